import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileMembershipRule,
  explainMembershipRule,
  formatMembershipRule,
  parseMembershipRule,
  ruleObjectType,
  type ComparisonOperator,
  type MembershipRule,
  type RuleExpression,
  type RuleScalar,
  type RuleValue,
} from '../../src/tenant/areas/directory/rules/dynamic';
import { license, ruleUser, withoutSpans } from './dynamic-rules-support';

const NO_SPAN = { position: 0, length: 0 };

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const scalar: fc.Arbitrary<RuleScalar> = fc.oneof(
  text.map((value) => ({ kind: 'string' as const, value })),
  fc.integer({ min: -99_999, max: 99_999 }).map((value) => ({ kind: 'number' as const, text: String(value) })),
);
const list: fc.Arbitrary<RuleValue> = fc.array(scalar, { minLength: 1, maxLength: 4 }).map((items) => ({ kind: 'list' as const, items }));
const patterns = fc.constantFrom('^Da.*', '.*vid', 'a|b', '\\d+', '(?:x)?y$', '[`"]');

/** A comparison of a string operand, valid for the operator it picks. */
function stringComparison(operand: Extract<RuleExpression, { kind: 'comparison' }>['operand']): fc.Arbitrary<RuleExpression> {
  const plain = fc.constantFrom<ComparisonOperator>('eq', 'ne', 'startsWith', 'notStartsWith', 'endsWith', 'notEndsWith', 'contains', 'notContains');
  return fc.oneof(
    fc.tuple(plain, scalar).map(([operator, value]) => ({ kind: 'comparison' as const, span: NO_SPAN, operand, operator, value })),
    fc.tuple(fc.constantFrom<ComparisonOperator>('match', 'notMatch'), patterns).map(([operator, value]) => ({
      kind: 'comparison' as const,
      span: NO_SPAN,
      operand,
      operator,
      value: { kind: 'string' as const, value },
    })),
    fc.tuple(fc.constantFrom<ComparisonOperator>('in', 'notIn'), list).map(([operator, value]) => ({ kind: 'comparison' as const, span: NO_SPAN, operand, operator, value })),
    fc.constantFrom<ComparisonOperator>('eq', 'ne').map((operator) => ({ kind: 'comparison' as const, span: NO_SPAN, operand, operator, value: { kind: 'null' as const } })),
  );
}

const userProperty = (name: string) => ({ kind: 'property' as const, object: 'user' as const, name });

const userComparison: fc.Arbitrary<RuleExpression> = fc.oneof(
  fc
    .constantFrom('department', 'city', 'jobTitle', 'mailNickName', 'telephoneNumber', 'extensionAttribute7', 'extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber', 'otherMails', 'proxyAddresses')
    .chain((name) => stringComparison(userProperty(name))),
  fc.tuple(fc.constantFrom('accountEnabled', 'dirSyncEnabled'), fc.constantFrom<ComparisonOperator>('eq', 'ne'), fc.constantFrom<RuleValue>({ kind: 'boolean', value: true }, { kind: 'boolean', value: false }, { kind: 'null' })).map(
    ([name, operator, value]) => ({ kind: 'comparison' as const, span: NO_SPAN, operand: userProperty(name), operator, value }),
  ),
  fc
    .tuple(
      fc.constantFrom<ComparisonOperator>('eq', 'ne', 'le', 'ge'),
      fc.oneof(
        fc.constantFrom<RuleValue>({ kind: 'now', plus: null }, { kind: 'now', plus: 'p1d' }, { kind: 'now', plus: '-P30D' }, { kind: 'now', plus: 'PT12H' }),
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).chain((date) =>
          fc.constantFrom<RuleValue>({ kind: 'dateTime', text: date.toISOString() }, { kind: 'string', value: date.toISOString() }),
        ),
      ),
    )
    .map(([operator, value]) => ({ kind: 'comparison' as const, span: NO_SPAN, operand: userProperty('employeeHireDate'), operator, value })),
);

/** And/or/not trees over `leaf`; chains of one operator are merged as the parser merges them. */
function tree(leaf: fc.Arbitrary<RuleExpression>, depth: number): fc.Arbitrary<RuleExpression> {
  if (depth === 0) return leaf;
  const child = tree(leaf, depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    fc.tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(child, { minLength: 2, maxLength: 3 })).map(([kind, operands]) => ({
      kind,
      span: NO_SPAN,
      operands: operands.flatMap((operand) => (operand.kind === kind ? operand.operands : [operand])),
    })),
    child.map((operand) => ({ kind: 'not' as const, span: NO_SPAN, operand })),
  );
}

const itemCondition = tree(stringComparison({ kind: 'item' }), 2);
const planCondition = tree(
  fc.constantFrom('servicePlanId', 'service', 'capabilityStatus').chain((name) => stringComparison({ kind: 'itemProperty', object: 'assignedPlan', name })),
  2,
);
const collection: fc.Arbitrary<RuleExpression> = fc.oneof(
  fc.tuple(fc.constantFrom('proxyAddresses', 'otherMails'), fc.constantFrom('any' as const, 'all' as const), itemCondition).map(([property, quantifier, condition]) => ({
    kind: 'collection' as const,
    span: NO_SPAN,
    quantifier,
    object: 'user' as const,
    property,
    condition,
  })),
  fc.tuple(fc.constantFrom('any' as const, 'all' as const), planCondition).map(([quantifier, condition]) => ({
    kind: 'collection' as const,
    span: NO_SPAN,
    quantifier,
    object: 'user' as const,
    property: 'assignedPlans',
    condition,
  })),
);

const deviceRule: fc.Arbitrary<MembershipRule> = tree(
  fc.constantFrom('deviceOSType', 'displayName', 'devicePhysicalIds').chain((name) => stringComparison({ kind: 'property', object: 'device', name })),
  2,
);

const membershipRule: fc.Arbitrary<MembershipRule> = fc.oneof(
  { arbitrary: tree(fc.oneof({ arbitrary: userComparison, weight: 4 }, collection), 3), weight: 8 },
  { arbitrary: deviceRule, weight: 1 },
  { arbitrary: fc.uuid().map((managerId) => ({ kind: 'directReports' as const, span: NO_SPAN, managerId })), weight: 1 },
  {
    arbitrary: fc.array(fc.uuid(), { minLength: 1, maxLength: 3 }).map((ids) => ({
      kind: 'collection' as const,
      span: NO_SPAN,
      quantifier: 'any' as const,
      object: 'user' as const,
      property: 'memberOf',
      condition: {
        kind: 'comparison' as const,
        span: NO_SPAN,
        operand: { kind: 'itemProperty' as const, object: 'group' as const, name: 'objectId' },
        operator: 'in' as const,
        value: { kind: 'list' as const, items: ids.map((value) => ({ kind: 'string' as const, value })) },
      },
    })),
    weight: 1,
  },
);

const DOCUMENTED = [
  '(user.department -eq "Sales") -and -not (user.jobTitle -startsWith "SDE")',
  'user.country \u2013eq "US" \u2013and (user.department \u2013eq "Marketing" \u2013or user.department \u2013eq "Sales")',
  'user.assignedPlans -any (assignedPlan.servicePlanId -eq "efb87545-963c-4e0d-99df-69c6916d9eb0" -and assignedPlan.capabilityStatus -eq "Enabled")',
  '(user.proxyAddresses -any (_ -startsWith "contoso"))',
  'Direct Reports for "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"',
  'user.employeehiredate -ge system.now -plus p1d',
  "user.memberof -any (group.objectId -in ['value'])",
  'user.department -in ["50001","50002","50003"] -or user.mail -ne null',
  'device.devicePhysicalIDs -any _ -startsWith "[ZTDId]"',
];

/** Pieces of the rule language, spliced into rules to make near-misses. */
const FRAGMENTS = ['(', ')', '"', "'", '`', '[', ']', ',', '_', '-', '\u2013', '-and', '-or', '-not', '-any', '-all', '-eq', 'null', 'user.', 'device.', 'system.now', '-plus', 'p1d', '\u201c', ' ', '$', '.', 'Direct Reports for'];

const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 12 })).map(([at, count]) => (rule: string) => {
    const start = at % (rule.length + 1);
    return rule.slice(0, start) + rule.slice(start + count);
  }),
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 3 }))).map(([at, fragment]) => (rule: string) => {
    const start = at % (rule.length + 1);
    return rule.slice(0, start) + fragment + rule.slice(start);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 20 })).map(([at, count]) => (rule: string) => {
    const start = at % (rule.length + 1);
    const part = rule.slice(start, start + count);
    return rule.slice(0, start) + (part === part.toUpperCase() ? part.toLowerCase() : part.toUpperCase()) + rule.slice(start + count);
  }),
);

const context = { now: '2026-03-02T09:00:00.000Z', memberOf: () => ['value'] };
const users = [
  ruleUser({ department: 'Sales', jobTitle: 'SDE', country: 'US', employeeHireDate: '2026-03-05T00:00:00Z', assignedLicenses: [license('SPE_E5')] }),
  ruleUser({ proxyAddresses: ['smtp:contoso@x.com'], otherMails: ['a@b.c'], onPremisesSyncEnabled: true, accountEnabled: false }),
];

/** The parser's promise: a result, never an exception, and an error that points inside the text. */
function expectWellFormedResult(rule: string): void {
  const result = parseMembershipRule(rule);
  if (result.ok) {
    // Whatever parses can be printed, re-read and (for user rules) evaluated.
    const reparsed = parseMembershipRule(formatMembershipRule(result.rule));
    expect(reparsed.ok && withoutSpans(reparsed.rule)).toEqual(withoutSpans(result.rule));
    if (ruleObjectType(result.rule) === 'user') {
      const predicate = compileMembershipRule(result.rule, context);
      for (const user of users) {
        const explanation = explainMembershipRule(result.rule, user, context);
        if (explanation.status !== 'unknown') expect(explanation.status === 'member').toBe(predicate(user));
      }
    }
    return;
  }
  const { message, position, length } = result.error;
  expect(message.length).toBeGreaterThan(0);
  expect(message).not.toBe('The membership rule could not be read.');
  expect(position).toBeGreaterThanOrEqual(0);
  expect(position).toBeLessThanOrEqual(rule.length);
  expect(length).toBeGreaterThanOrEqual(0);
  expect(position + length).toBeLessThanOrEqual(rule.length);
}

describe('the parser on any input', () => {
  it('never throws on random text and points inside it', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), expectWellFormedResult), { numRuns: 2_000 });
  });

  it('never throws on random strings of rule fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom('user.department', 'user.proxyAddresses', '"x"', '["a"]', '5')), { maxLength: 14 }), (parts) =>
        expectWellFormedResult(parts.join(' ')),
      ),
      { numRuns: 2_000 },
    );
  });

  it('never throws on mutated valid rules', () => {
    const valid = fc.oneof(fc.constantFrom(...DOCUMENTED), membershipRule.map(formatMembershipRule));
    fc.assert(
      fc.property(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }), (rule, mutations) => expectWellFormedResult(mutations.reduce((text, mutate) => mutate(text), rule))),
      { numRuns: 2_000 },
    );
  });
});

/** Regular expressions from pieces that make backtracking blow up when nested or chained. */
const regexAtom = fc.constantFrom('a', 'b', 'x', '.', '\\w', '\\s', '\\d', '\\.', '[ab]', '[^b]');
const regexQuantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{2,}', '*?', '+?');
const { regex } = fc.letrec<{ regex: string; term: string }>((tie) => ({
  regex: fc.array(tie('term'), { minLength: 1, maxLength: 4, depthIdentifier: 'regex' }).map((terms) => terms.join('')),
  term: fc
    .tuple(
      fc.oneof(
        { maxDepth: 3, depthIdentifier: 'regex' },
        regexAtom,
        fc.tuple(fc.constantFrom('(', '(?:'), fc.array(tie('regex'), { minLength: 1, maxLength: 3, depthIdentifier: 'regex' })).map(([open, alternatives]) => `${open}${alternatives.join('|')})`),
      ),
      regexQuantifier,
    )
    .map(([term, quantifier]) => term + quantifier),
}));
const anchoredRegex = fc.tuple(fc.boolean(), regex, fc.boolean()).map(([start, pattern, end]) => `${start ? '^' : ''}${pattern}${end ? '$' : ''}`);
/** Values that make a backtracking matcher try every split of a long run before failing. */
const adversarial = ['a', 'ab', 'a ', '1', 'x.', 'b'].map((unit) => ruleUser({ displayName: `${unit.repeat(48 / unit.length)}!` }));

describe('the -match guard', () => {
  it('accepts only patterns that evaluate over long adversarial values without hanging', () => {
    fc.assert(
      fc.property(anchoredRegex, fc.constantFrom('-match', '-notMatch'), (pattern, operator) => {
        const rule = `user.displayName ${operator} "${pattern}"`;
        expectWellFormedResult(rule);
        const result = parseMembershipRule(rule);
        if (!result.ok) return;
        // A pattern the guard lets through but that backtracks exponentially would stop this test here.
        const predicate = compileMembershipRule(result.rule);
        for (const user of adversarial) predicate(user);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('printing and parsing', () => {
  it('parse(format(rule)) gives back the rule', () => {
    fc.assert(
      fc.property(membershipRule, (rule) => {
        const printed = formatMembershipRule(rule);
        fc.pre(printed.length <= 3072);
        const result = parseMembershipRule(printed);
        if (!result.ok) throw new Error(`${printed}\n${' '.repeat(result.error.position)}^ ${result.error.message}`);
        expect(withoutSpans(result.rule)).toEqual(withoutSpans(rule));
      }),
      { numRuns: 1_000 },
    );
  });

  it('explains a user the way the compiled rule decides', () => {
    fc.assert(
      fc.property(tree(fc.oneof(userComparison, collection), 3), (rule) => {
        const predicate = compileMembershipRule(rule, context);
        for (const user of users) {
          const explanation = explainMembershipRule(rule, user, context);
          expect(explanation.status).toBe(predicate(user) ? 'member' : 'notMember');
        }
      }),
      { numRuns: 500 },
    );
  });
});
