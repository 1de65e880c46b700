import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/scenario';
import { fixtureTenant } from '../../src/scenario/fixtures';
import { SYSTEM_ACTOR } from '../../src/tenant/actor';
import { parseMembershipRule } from '../../src/tenant/areas/directory/rules/dynamic';
import { TestTenant } from '../support/test-tenant';
import { matches, ruleUser } from './dynamic-rules-support';

const rule = (pattern: string, operator = '-match') => `user.displayName ${operator} "${pattern}"`;

/** The parse error of a -match rule, with the text it points at. */
function refusal(text: string): { message: string; at: string } {
  const result = parseMembershipRule(text);
  if (result.ok) throw new Error(`${text} should be refused`);
  return { message: result.error.message, at: text.slice(result.error.position, result.error.position + result.error.length) };
}

describe('a -match pattern RE2 cannot run in linear time', () => {
  it('is refused at its backreference, numbered or named, saying why', () => {
    expect(refusal(rule('^(a)\\1$'))).toEqual({
      message:
        'Query compilation error: error in regular expression used with -match: backreferences such as \'\\1\' are not supported: patterns are evaluated in linear time (RE2 syntax), which rules out backreferences.',
      at: '\\1',
    });
    expect(refusal(rule('(?<x>a)\\k<x>')).at).toBe('\\k<x>');
  });

  it.each([
    ['^(?=.*Sales)', '(?=', 'lookahead'],
    ['^(?!Temp)', '(?!', 'lookahead'],
    ['(?<=Mr )Smith', '(?<=', 'lookbehind'],
    ['(?<!Ms )Smith', '(?<!', 'lookbehind'],
    ['(?>a+)b', '(?>', 'atomic groups'],
  ])('refuses %s at %s', (pattern, at, kind) => {
    const refused = refusal(rule(pattern));
    expect(refused.at).toBe(at);
    expect(refused.message).toContain(`${kind} such as '${at}'`);
    expect(refused.message).toContain('linear time (RE2 syntax)');
  });

  it('does not mistake escaped or bracketed characters for those constructs', () => {
    expect(parseMembershipRule(rule('\\\\1')).ok).toBe(true);
    expect(parseMembershipRule(rule('[(?=]x')).ok).toBe(true);
    expect(parseMembershipRule(rule('[\\]1]')).ok).toBe(true);
  });

  it("refuses invalid syntax with RE2's reason, at the part it names", () => {
    expect(refusal(rule('a{2,1}'))).toEqual({ message: "Query compilation error: error in regular expression used with -match: invalid repeat count at '{2,1}'.", at: '{2,1}' });
    expect(refusal(rule('[abc')).message).toContain('missing closing ]');
  });

  it('refuses a pattern whose repetitions multiply out too far, and one longer than 512 characters', () => {
    expect(refusal(rule('\\p{L}{1,1000}x')).message).toContain('too large once its repetitions are counted out');
    const pattern = 'x'.repeat(513);
    expect(refusal(rule(pattern))).toEqual({
      message: 'Query compilation error: error in regular expression used with -match: the pattern is 513 characters long; use at most 512.',
      at: pattern,
    });
  });

  it('points at the whole value when escapes in the rule moved the pattern', () => {
    expect(refusal('user.displayName -match "`"(a)\\1"').at).toBe('"`"(a)\\1"');
  });

  it('checks -notMatch and patterns inside -any alike', () => {
    expect(refusal(rule('(a)\\1', '-notMatch')).message).toMatch(/^Query compilation error: error in regular expression used with -notMatch: backreferences/);
    expect(refusal('user.proxyAddresses -any (_ -match "(a)\\1")').at).toBe('\\1');
  });

  it('keeps a group with such a rule from being created, leaving the tenant unchanged', () => {
    new TestTenant().expectRejected(
      { type: 'group.create', displayName: 'Twice', mailEnabled: false, securityEnabled: true, groupTypes: ['DynamicMembership'], membershipRule: rule('(a)\\1') },
      'InvalidMembershipRule',
      'Dynamic membership rule validation error: Query compilation error: error in regular expression used with -match: backreferences',
    );
  });

  it("stops a scenario's setup that carries such a rule", () => {
    const setup = runSteps(
      fixtureTenant('contoso'),
      [{ type: 'group.create', displayName: 'Twice', mailEnabled: false, securityEnabled: true, groupTypes: ['DynamicMembership'], membershipRule: rule('(?=a)') }],
      SYSTEM_ACTOR,
      ['start', 'setup'],
      true,
    );
    expect(setup.problems.map((problem) => problem.message).join('\n')).toContain("lookahead such as '(?='");
  });
});

describe('patterns a backtracking engine takes ages on', () => {
  // The timeout is the assertion: a backtracking engine takes minutes on these.
  it.each([
    ['(a+)+$', false],
    ['(a|a)*b', false],
    ['(\\w+\\s?)*!x', false],
    ['^(\\w+\\.?)+$', false],
    ['(.*a){20}x', false],
    ['^(a?a?)*$', false],
    ['.*.*.*.*x', false],
    ['^a*a*a*b', false],
    ['(a+)+!', true],
  ] as const)('%s is accepted and answers at once on a long value (matches: %s)', (pattern, expected) => {
    expect(matches(rule(pattern), ruleUser({ displayName: `${'a'.repeat(120)}!` }))).toBe(expected);
  }, 1_000);
});

describe('the -match patterns people write', () => {
  it.each([
    ['^Sales', 'Sales Team', 'Presales'],
    ['.*@contoso\\.com$', 'megan@contoso.com', 'megan@contoso.com.evil'],
    ['^Da.*', 'David', 'aDa'],
    ['.*vid', 'David', 'Da'],
    ['.*?ago.*', 'Lagos', 'Lisbon'],
    ['^[A-Z][a-z]+ [A-Z]', 'Megan Bowen', 'megan'],
    ['^(Sales|Marketing)$', 'marketing', 'Sales and Marketing'],
    ['^[^@]+@(contoso|fabrikam)\\.com$', 'a@fabrikam.com', 'a@b@contoso.com'],
    ['^([a-z0-9-]+\\.)+com$', 'mail.eu.contoso.com', 'contoso.org'],
    ['\\d{3}-\\d{4}', 'ext 555-0100', '55-0100'],
    ['^.*\\s.*$', 'Megan Bowen', 'Megan'],
    ['(?:x)?y$', 'xy', 'yx'],
    ['^\\u00c9lise', 'élise Martin', 'Elise'],
    ['^(a+)+$', 'aaaa', 'aaab'],
  ])('%s is accepted and matches as a regular expression, without case', (pattern, member, notMember) => {
    expect(matches(rule(pattern), ruleUser({ displayName: member }))).toBe(true);
    expect(matches(rule(pattern), ruleUser({ displayName: notMember }))).toBe(false);
  });
});
