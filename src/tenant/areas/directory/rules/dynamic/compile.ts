import { ruleObjectType, type CollectionExpression, type ComparisonExpression, type ComparisonOperator, type MembershipRule, type RuleExpression, type RuleOperand, type RuleScalar, type RuleValue } from './ast';
import { compileLinearPattern, isPatternRefusal } from './linear-regex';
import { NEGATION_OF } from './operators';
import { DURATION } from './parser';
import { lookupRuleProperty } from './properties';
import {
  assignedPlansOf,
  userBooleanReader,
  userCollectionReader,
  userDateReader,
  userStringReader,
  type AssignedPlan,
  type DynamicRuleSubject,
} from './subject';

/** What a rule needs from outside the user to be evaluated. */
export interface MembershipRuleContext {
  /** The simulated clock (an ISO date), for rules comparing employeeHireDate with system.now. */
  readonly now?: string;
  /** The ids of the groups a user is a direct member of, for memberOf rules. */
  readonly memberOf?: (userId: string) => readonly string[];
}

export type MembershipPredicate = (user: DynamicRuleSubject) => boolean;

type Test<T> = (value: T) => boolean;
type Read<T, V> = (value: T) => V;

const lower = (scalar: RuleScalar): string => (scalar.kind === 'string' ? scalar.value : scalar.text).toLowerCase();

/** -eq "" and -eq null are the same question: the directory holds no empty strings. */
const isNull = (value: string | null | undefined): value is null | undefined | '' => value === null || value === undefined || value === '';

/**
 * Whether a string can equal a lower-cased constant of this length, checked without lower-casing
 * it: lower-casing keeps a string's length except for U+0130 (İ), which becomes two characters.
 * Most comparisons fail here, without allocating a lower-cased copy.
 */
const sameLengthWhenLowered = (value: string, length: number): boolean => value.length === length || value.includes('\u0130');

/** The positive string operators, over a lower-cased value; negated ones are their negation. */
function stringTest(operator: ComparisonOperator, value: RuleValue): Test<string | null | undefined> {
  if (value.kind === 'null') return operator === 'eq' ? isNull : (v) => !isNull(v);
  const positive = NEGATION_OF[operator];
  if (positive) {
    const test = stringTest(positive, value);
    return (v) => !test(v);
  }
  if (value.kind === 'list') {
    const set = new Set(value.items.map(lower));
    return (v) => v !== null && v !== undefined && set.has(v.toLowerCase());
  }
  if (value.kind !== 'string' && value.kind !== 'number') throw new Error(`A ${value.kind} is not compared as a string.`);
  const raw = value.kind === 'string' ? value.value : value.text;
  const constant = raw.toLowerCase();
  switch (operator) {
    case 'eq':
      return (v) => v !== null && v !== undefined && (v === raw || (sameLengthWhenLowered(v, constant.length) && v.toLowerCase() === constant));
    case 'startsWith':
      return (v) => v !== null && v !== undefined && v.toLowerCase().startsWith(constant);
    case 'endsWith':
      return (v) => v !== null && v !== undefined && v.toLowerCase().endsWith(constant);
    case 'contains':
      return (v) => v !== null && v !== undefined && v.toLowerCase().includes(constant);
    case 'match': {
      // Entra's regular expressions are case-insensitive and unanchored, like .NET's Regex.IsMatch.
      const pattern = compileLinearPattern(raw, { ignoreCase: true, maxLength: Number.POSITIVE_INFINITY });
      // The parser refused every pattern that does not compile, so this only guards a hand-built rule.
      if (isPatternRefusal(pattern)) throw new Error(`The -match pattern can't be used: ${pattern.message}.`);
      return (v) => v !== null && v !== undefined && pattern.test(v);
    }
    default:
      throw new Error(`-${operator} does not compare strings.`);
  }
}

function applyDuration(at: number, duration: string): number {
  const match = DURATION.exec(duration);
  if (!match) throw new Error(`'${duration}' is not a duration.`);
  const sign = duration.startsWith('-') ? -1 : 1;
  const part = (index: number) => sign * Number.parseInt(match[index] ?? '0', 10);
  const date = new Date(at);
  date.setUTCFullYear(date.getUTCFullYear() + part(1), date.getUTCMonth() + part(2), date.getUTCDate() + 7 * part(3) + part(4));
  date.setUTCHours(date.getUTCHours() + part(6), date.getUTCMinutes() + part(7), date.getUTCSeconds() + part(8));
  return date.getTime();
}

function dateConstant(value: RuleValue, context: MembershipRuleContext): number {
  switch (value.kind) {
    case 'now': {
      if (context.now === undefined) throw new Error('This rule compares with system.now: pass the simulated clock as context.now.');
      const now = Date.parse(context.now);
      return value.plus === null ? now : applyDuration(now, value.plus);
    }
    case 'dateTime':
      return Date.parse(value.text);
    case 'string':
      return Date.parse(value.value);
    default:
      throw new Error(`A ${value.kind} is not a date.`);
  }
}

function dateTest(operator: ComparisonOperator, value: RuleValue, context: MembershipRuleContext): Test<string | null | undefined> {
  if (value.kind === 'null') return operator === 'eq' ? isNull : (v) => !isNull(v);
  const constant = dateConstant(value, context);
  const time = (v: string | null | undefined) => (isNull(v) ? Number.NaN : Date.parse(v));
  switch (operator) {
    case 'eq':
      return (v) => time(v) === constant;
    case 'ne':
      return (v) => time(v) !== constant;
    case 'le':
      return (v) => time(v) <= constant;
    case 'ge':
      return (v) => time(v) >= constant;
    default:
      throw new Error(`-${operator} does not compare dates.`);
  }
}

function booleanTest(operator: ComparisonOperator, value: RuleValue): Test<boolean | null | undefined> {
  const wanted = value.kind === 'boolean' ? value.value : null;
  const equal: Test<boolean | null | undefined> = wanted === null ? (v) => v === null || v === undefined : (v) => v === wanted;
  return operator === 'eq' ? equal : (v) => !equal(v);
}

/**
 * A multi-valued property compared directly (`user.otherMails -endsWith "@contoso.com"`) holds
 * when any item does; a negated operator holds when no item has the positive property.
 */
function collectionTest(operator: ComparisonOperator, value: RuleValue): Test<readonly string[]> {
  if (value.kind === 'null') return operator === 'eq' ? (list) => list.length === 0 : (list) => list.length > 0;
  const positive = NEGATION_OF[operator];
  const item = stringTest(positive ?? operator, value);
  const any = (list: readonly string[]) => {
    for (const entry of list) if (item(entry)) return true;
    return false;
  };
  return positive ? (list) => !any(list) : any;
}

function compileSubjectComparison(node: ComparisonExpression, context: MembershipRuleContext): Test<DynamicRuleSubject> {
  const { operand, operator, value } = node;
  const name = operand.kind === 'property' ? operand.name : '';
  switch (lookupRuleProperty('user', name)?.type) {
    case 'boolean': {
      const read = userBooleanReader(name);
      const test = booleanTest(operator, value);
      return (s) => test(read(s));
    }
    case 'dateTime': {
      const test = dateTest(operator, value, context);
      return (s) => test(userDateReader(s));
    }
    case 'stringCollection': {
      const read = userCollectionReader(name);
      const test = collectionTest(operator, value);
      return (s) => test(read(s));
    }
    default: {
      const read = userStringReader(name);
      const test = stringTest(operator, value);
      return (s) => test(read(s));
    }
  }
}

function all<T>(tests: readonly Test<T>[]): Test<T> {
  if (tests.length === 2) {
    const [a, b] = tests as [Test<T>, Test<T>];
    return (t) => a(t) && b(t);
  }
  if (tests.length === 3) {
    const [a, b, c] = tests as [Test<T>, Test<T>, Test<T>];
    return (t) => a(t) && b(t) && c(t);
  }
  return (t) => {
    for (const test of tests) if (!test(t)) return false;
    return true;
  };
}

function some<T>(tests: readonly Test<T>[]): Test<T> {
  if (tests.length === 2) {
    const [a, b] = tests as [Test<T>, Test<T>];
    return (t) => a(t) || b(t);
  }
  if (tests.length === 3) {
    const [a, b, c] = tests as [Test<T>, Test<T>, Test<T>];
    return (t) => a(t) || b(t) || c(t);
  }
  return (t) => {
    for (const test of tests) if (test(t)) return true;
    return false;
  };
}

function quantifier<I>(quantifier: 'any' | 'all', condition: Test<I>): Test<readonly I[]> {
  return quantifier === 'any'
    ? (items) => {
        for (const item of items) if (condition(item)) return true;
        return false;
      }
    : (items) => {
        for (const item of items) if (!condition(item)) return false;
        return true;
      };
}

function quantify<I>(kind: 'any' | 'all', items: Read<DynamicRuleSubject, readonly I[]>, condition: Test<I>): Test<DynamicRuleSubject> {
  const test = quantifier(kind, condition);
  return (s) => test(items(s));
}

/** -and, -or and -not over whatever the leaves test: the user, or an item of a collection. */
function compileTree<T>(node: RuleExpression, leaf: (node: ComparisonExpression | CollectionExpression) => Test<T>): Test<T> {
  switch (node.kind) {
    case 'and':
      return all(node.operands.map((operand) => compileTree(operand, leaf)));
    case 'or':
      return some(node.operands.map((operand) => compileTree(operand, leaf)));
    case 'not': {
      const operand = compileTree(node.operand, leaf);
      return (t) => !operand(t);
    }
    default:
      return leaf(node);
  }
}

/** The condition of an -any/-all, over one item; `read` gives the string an operand names. */
function compileCondition<T>(node: RuleExpression, read: (operand: RuleOperand) => Read<T, string | null | undefined>): Test<T> {
  return compileTree<T>(node, (leaf) => {
    // The parser allows no -any/-all inside a condition.
    if (leaf.kind === 'collection') throw new Error('-any and -all cannot be nested.');
    const value = read(leaf.operand);
    const test = stringTest(leaf.operator, leaf.value);
    return (item) => test(value(item));
  });
}

const readItem = (): Read<string, string> => (item) => item;

function readPlan(operand: RuleOperand): Read<AssignedPlan, string> {
  const name = operand.kind === 'itemProperty' ? operand.name : '';
  if (name === 'servicePlanId') return (plan) => plan.servicePlanId;
  if (name === 'service') return (plan) => plan.service;
  return (plan) => plan.capabilityStatus;
}

function compileCollection(node: CollectionExpression, context: MembershipRuleContext): Test<DynamicRuleSubject> {
  if (node.property === 'assignedPlans') {
    // Users with the same licenses share one plan list, so the condition is decided once per list.
    const test = quantifier(node.quantifier, compileCondition(node.condition, readPlan));
    const verdicts = new WeakMap<readonly AssignedPlan[], boolean>();
    return (s) => {
      const plans = assignedPlansOf(s);
      let verdict = verdicts.get(plans);
      if (verdict === undefined) {
        verdict = test(plans);
        verdicts.set(plans, verdict);
      }
      return verdict;
    };
  }
  if (node.property === 'memberOf') {
    const memberOf = context.memberOf;
    if (!memberOf) throw new Error('This rule uses memberOf: pass context.memberOf to read group memberships.');
    return quantify(node.quantifier, (s) => memberOf(s.id), compileCondition(node.condition, readItem));
  }
  return quantify(node.quantifier, userCollectionReader(node.property), compileCondition(node.condition, readItem));
}

/** Compiles any part of a user rule, for the whole rule and for each expression the validator shows. */
export function compileUserExpression(node: RuleExpression, context: MembershipRuleContext): Test<DynamicRuleSubject> {
  return compileTree<DynamicRuleSubject>(node, (leaf) => (leaf.kind === 'comparison' ? compileSubjectComparison(leaf, context) : compileCollection(leaf, context)));
}

/** Thrown when a device rule is compiled or explained against users. */
export const DEVICE_RULE_MESSAGE = "This rule selects devices; device rules can't be evaluated against users.";

/**
 * Turns a rule into a predicate over users: closures built once, with constants lower-cased and
 * regular expressions compiled here, so evaluating a tenant is a plain loop (no eval: rules in
 * scenario files are data). Throws for a device rule, a system.now rule without `context.now`
 * and a memberOf rule without `context.memberOf`.
 */
export function compileMembershipRule(rule: MembershipRule, context: MembershipRuleContext = {}): MembershipPredicate {
  if (rule.kind === 'directReports') {
    const managerId = rule.managerId.toLowerCase();
    return (user) => user.managerId !== null && user.managerId.toLowerCase() === managerId;
  }
  if (ruleObjectType(rule) === 'device') throw new Error(DEVICE_RULE_MESSAGE);
  return compileUserExpression(rule, context);
}
