import { describe, expect, it } from 'vitest';
import { errorOf, graphOn } from './support';

describe('hostile $filter values get a clear 400, never a crash or a hang', () => {
  const cases: readonly [string, string][] = [
    ['a 10,000-character filter of garbage', '§'.repeat(10_000)],
    ['a 10,000-character chain of alternatives', Array.from({ length: 600 }, (_, i) => `city eq 'c${i}'`).join(' or ')],
    ['10,000 nested parentheses', `${'('.repeat(5_000)}city eq 'x'${')'.repeat(5_000)}`],
    ['5,000 nested nots', `${'not '.repeat(5_000)}city eq 'x'`],
    ['unclosed parentheses only', '('.repeat(10_000)],
    ['a lambda inside a lambda', 'assignedLicenses/any(x:assignedLicenses/any(y:y/skuId eq 06ebc4ee-1bb5-47dd-8120-11324bc54e06))'],
    ['control characters', 'city eq \u0000\u0007'],
  ];

  it.each(cases)('%s', (_name, filter) => {
    const { call } = graphOn();
    const response = call('GET', `/v1.0/users?$filter=${encodeURIComponent(filter)}`);
    expect(response.status).toBe(400);
    const { code, message } = errorOf(response);
    expect(['BadRequest', 'Request_UnsupportedQuery']).toContain(code);
    expect(message.length).toBeGreaterThan(10);
  });

  it('reads unicode in strings as text', () => {
    const { call } = graphOn();
    const response = call('GET', `/v1.0/users?$filter=${encodeURIComponent("city eq 'São Paulo 🌆 <script>'")}`);
    expect(response.status).toBe(200);
    expect((response.body as { value: unknown[] }).value).toEqual([]);
  });

  it('refuses a filter nested deeper than the limit by name', () => {
    const { call } = graphOn();
    const response = call('GET', `/v1.0/users?$filter=${'('.repeat(150)}city eq 'x'${')'.repeat(150)}`);
    expect(errorOf(response).message).toBe('Invalid filter clause: Recursion depth exceeded allowed limit.');
  });

  it('refuses a malformed percent-encoding', () => {
    const { call } = graphOn();
    const response = call('GET', '/v1.0/users?$filter=city%ZZ');
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('BadRequest');
  });
});
