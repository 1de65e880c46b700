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

describe('a -match pattern that could hang the evaluation', () => {
  it('is refused at its nested quantifier, before anything evaluates it', { timeout: 1_000 }, () => {
    const text = rule('(a+)+$');
    expect(refusal(text)).toEqual({
      message:
        "The regular expression used with -match can't be evaluated safely: '(a+)+' repeats a part that itself repeats or has alternatives (a nested quantifier), which can take exponentially long to evaluate; repeat one level only.",
      at: '(a+)+',
    });
    const result = parseMembershipRule(text);
    expect(result.ok ? undefined : result.error).toMatchObject({ position: 25, length: 5 });
  });

  it.each([
    ['(a|a)*b', '(a|a)*'],
    ['(\\w+\\s?)*$', '(\\w+\\s?)*'],
    ['^(\\w+\\.?)+$', '(\\w+\\.?)+'],
    ['(.*a){20}', '(.*a){20}'],
    ['^(x+x+)+y', '(x+x+)+'],
    ['^((a|b)c)+$', '((a|b)c)+'],
    ['^(a?a?)*$', '(a?a?)*'],
  ])('refuses the nested quantifier in %s', (pattern, at) => {
    expect(refusal(rule(pattern))).toMatchObject({ at, message: expect.stringContaining('(a nested quantifier)') });
  });

  it('refuses backreferences, numbered or named', () => {
    expect(refusal(rule('^(a)\\1$'))).toEqual({
      message: "The regular expression used with -match can't be evaluated safely: backreferences such as '\\1' can take exponentially long to evaluate and aren't supported here.",
      at: '\\1',
    });
    expect(refusal(rule('(?<x>a)\\k<x>')).at).toBe('\\k<x>');
  });

  it('refuses runs that can trade characters, pointing from the first to the last', () => {
    expect(refusal(rule('^a*a*a*b'))).toEqual({
      message:
        "The regular expression used with -match can't be evaluated safely: 'a*', 'a*' and 'a*' can take the same characters one after the other, so a value can be split between them in too many ways to evaluate over every user; anchor the pattern with ^ or use fewer repetitions.",
      at: 'a*a*a*',
    });
    // Without ^ the pattern is tried from every position, which is one run more.
    expect(refusal(rule('.*.*x'))).toEqual({
      message:
        "The regular expression used with -match can't be evaluated safely: '.*' and '.*', tried from every position since the pattern has no ^, can take the same characters one after the other, so a value can be split between them in too many ways to evaluate over every user; anchor the pattern with ^ or use fewer repetitions.",
      at: '.*.*',
    });
    expect(refusal(rule('\\w*\\s?\\w*!')).at).toBe('\\w*\\s?\\w*');
    expect(refusal(rule(`^${'a?'.repeat(17)}${'a'.repeat(17)}$`)).message).toContain("the 17 repetitions in 'a?a?");
  });

  it('refuses a pattern longer than 512 characters, pointing at all of it', () => {
    const pattern = 'x'.repeat(513);
    expect(refusal(rule(pattern))).toEqual({
      message: "The regular expression used with -match can't be evaluated safely: the pattern is 513 characters long; use at most 512, or -in for a list of values.",
      at: pattern,
    });
  });

  it('points at the whole value when escapes in the rule moved the pattern', () => {
    expect(refusal('user.displayName -match "`"(a+)+$"').at).toBe('"`"(a+)+$"');
  });

  it('guards -notMatch and patterns inside -any alike', () => {
    expect(refusal(rule('(a+)+$', '-notMatch')).message).toMatch(/^The regular expression used with -notMatch can't be evaluated safely/);
    expect(refusal('user.proxyAddresses -any (_ -match "(a+)+$")').at).toBe('(a+)+');
  });

  it('keeps a group with such a rule from being created, leaving the tenant unchanged', () => {
    new TestTenant().expectRejected(
      { type: 'group.create', displayName: 'Slow', mailEnabled: false, securityEnabled: true, groupTypes: ['DynamicMembership'], membershipRule: rule('(a+)+$') },
      'InvalidMembershipRule',
      "Dynamic membership rule validation error: The regular expression used with -match can't be evaluated safely: '(a+)+' repeats",
    );
  });

  it("stops a scenario's setup that carries such a rule", () => {
    const setup = runSteps(
      fixtureTenant('contoso'),
      [{ type: 'group.create', displayName: 'Slow', mailEnabled: false, securityEnabled: true, groupTypes: ['DynamicMembership'], membershipRule: rule('(a+)+$') }],
      SYSTEM_ACTOR,
      ['start', 'setup'],
      true,
    );
    expect(setup.problems.map((problem) => problem.message).join('\n')).toContain("can't be evaluated safely: '(a+)+'");
  });
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
    ['^contoso(\\.[a-z]+)+$', 'contoso.co.uk', 'contoso.'],
    ['\\d{3}-\\d{4}', 'ext 555-0100', '55-0100'],
    ['^.*\\s.*$', 'Megan Bowen', 'Megan'],
    ['[a-z]+@[a-z]+\\.com', 'x megan@contoso.com', '@contoso.com'],
    ['(?:x)?y$', 'xy', 'yx'],
  ])('%s is accepted and matches as a regular expression', (pattern, member, notMember) => {
    expect(matches(rule(pattern), ruleUser({ displayName: member }))).toBe(true);
    expect(matches(rule(pattern), ruleUser({ displayName: notMember }))).toBe(false);
  });
});
