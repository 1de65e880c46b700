/**
 * The syntax tree of an Entra dynamic membership rule. Nodes keep the span of source text they
 * came from, so the rule editor can point at an expression; everything else is canonical (the
 * property's documented spelling, operators without their hyphen), so two rules that differ
 * only in spacing, operator case or redundant parentheses have trees that differ only in spans.
 */

/** Where a node came from in the rule text: a 0-based character offset and a length. */
export interface RuleSpan {
  readonly position: number;
  readonly length: number;
}

/** Comparison operators, named as the docs spell them without the leading hyphen. */
export type ComparisonOperator =
  | 'eq'
  | 'ne'
  | 'startsWith'
  | 'notStartsWith'
  | 'endsWith'
  | 'notEndsWith'
  | 'contains'
  | 'notContains'
  | 'match'
  | 'notMatch'
  | 'in'
  | 'notIn'
  | 'le'
  | 'ge';

export type RuleObjectType = 'user' | 'device';

/** What an expression compares: a property of the user or device, or of the item in an -any/-all. */
export type RuleOperand =
  | { readonly kind: 'property'; readonly object: RuleObjectType; readonly name: string }
  /** `_`: the current string of a string collection inside -any/-all. */
  | { readonly kind: 'item' }
  /** `assignedPlan.service` inside `assignedPlans -any (...)`, `group.objectId` inside `memberOf -any (...)`. */
  | { readonly kind: 'itemProperty'; readonly object: 'assignedPlan' | 'group'; readonly name: string };

/** A single value as written: numbers and unquoted dates keep their text. */
export type RuleScalar =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string };

export type RuleValue =
  | RuleScalar
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  /** An unquoted date and time, e.g. `2020-06-10T18:13:20Z`. */
  | { readonly kind: 'dateTime'; readonly text: string }
  /** `system.now`, optionally `-plus` an ISO 8601 duration such as `p1d` (kept as written). */
  | { readonly kind: 'now'; readonly plus: string | null }
  /** The bracketed list of -in and -notIn. */
  | { readonly kind: 'list'; readonly items: readonly RuleScalar[] };

export interface ComparisonExpression {
  readonly kind: 'comparison';
  readonly span: RuleSpan;
  readonly operand: RuleOperand;
  readonly operator: ComparisonOperator;
  readonly value: RuleValue;
}

/** `user.proxyAddresses -any (_ -startsWith "smtp")`: a condition over a multi-valued property. */
export interface CollectionExpression {
  readonly kind: 'collection';
  readonly span: RuleSpan;
  readonly quantifier: 'any' | 'all';
  readonly object: RuleObjectType;
  readonly property: string;
  readonly condition: RuleExpression;
}

/** -and / -or over two or more operands; a chain of one operator is always one node. */
export interface LogicalExpression {
  readonly kind: 'and' | 'or';
  readonly span: RuleSpan;
  readonly operands: readonly RuleExpression[];
}

export interface NotExpression {
  readonly kind: 'not';
  readonly span: RuleSpan;
  readonly operand: RuleExpression;
}

export type RuleExpression = ComparisonExpression | CollectionExpression | LogicalExpression | NotExpression;

/** `Direct Reports for "<managerObjectId>"`, which stands alone. */
export interface DirectReportsRule {
  readonly kind: 'directReports';
  readonly span: RuleSpan;
  readonly managerId: string;
}

export type MembershipRule = RuleExpression | DirectReportsRule;

/** Whether a rule selects users or devices (a rule never mixes the two). */
export function ruleObjectType(rule: MembershipRule): RuleObjectType {
  switch (rule.kind) {
    case 'directReports':
      return 'user';
    case 'comparison':
      // At the top level an operand is always a user or device property.
      return rule.operand.kind === 'property' ? rule.operand.object : 'user';
    case 'collection':
      return rule.object;
    case 'and':
    case 'or':
      return ruleObjectType(rule.operands[0]!);
    case 'not':
      return ruleObjectType(rule.operand);
  }
}
