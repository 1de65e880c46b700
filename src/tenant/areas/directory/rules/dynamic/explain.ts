import { ruleObjectType, type MembershipRule, type RuleExpression, type RuleSpan } from './ast';
import { compileMembershipRule, compileUserExpression, DEVICE_RULE_MESSAGE, type MembershipRuleContext } from './compile';
import { formatMembershipRule } from './format';
import type { DynamicRuleSubject } from './subject';

/** One expression of a rule and how it came out for the user. */
export interface ExpressionResult {
  /** The expression as canonical text. */
  readonly text: string;
  /** Where it is in the rule text that was parsed, to highlight it. */
  readonly span: RuleSpan;
  readonly result: boolean;
}

/**
 * What the portal's "Validate Rules" tab shows for one user: member or not, and why, or
 * "Unknown" with the reason when the rule can't be validated.
 */
export type MembershipRuleExplanation =
  | {
      readonly status: 'member' | 'notMember';
      /** The operands of the rule's outermost -and/-or (or the whole rule when it has none). */
      readonly clauses: readonly ExpressionResult[];
      /** Every single expression, in rule order: what "View details" lists. */
      readonly expressions: readonly ExpressionResult[];
    }
  | { readonly status: 'unknown'; readonly reason: string };

function expressionsOf(node: RuleExpression): RuleExpression[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.operands.flatMap(expressionsOf);
    case 'not':
      return expressionsOf(node.operand);
    default:
      return [node];
  }
}

function usesMemberOf(node: RuleExpression): boolean {
  return expressionsOf(node).some((expression) => expression.kind === 'collection' && expression.property === 'memberOf');
}

/**
 * Evaluates a rule for one user expression by expression, for the "Validate Rules" tab.
 * `context.now` is needed when the rule compares with system.now.
 */
export function explainMembershipRule(rule: MembershipRule, user: DynamicRuleSubject, context: MembershipRuleContext = {}): MembershipRuleExplanation {
  if (ruleObjectType(rule) === 'device') return { status: 'unknown', reason: DEVICE_RULE_MESSAGE };
  if (rule.kind === 'directReports') {
    const result = compileMembershipRule(rule)(user);
    const only = { text: formatMembershipRule(rule), span: rule.span, result };
    return { status: result ? 'member' : 'notMember', clauses: [only], expressions: [only] };
  }
  // As in the portal: "The dynamic group rule builder and validate feature can't be used for memberOf at this time."
  if (usesMemberOf(rule)) return { status: 'unknown', reason: "Rules that use memberOf can't be validated at this time." };
  const evaluate = (node: RuleExpression): ExpressionResult => ({
    text: formatMembershipRule(node),
    span: node.span,
    result: compileUserExpression(node, context)(user),
  });
  const member = compileUserExpression(rule, context)(user);
  const clauses = rule.kind === 'and' || rule.kind === 'or' ? rule.operands : [rule];
  return { status: member ? 'member' : 'notMember', clauses: clauses.map(evaluate), expressions: expressionsOf(rule).map(evaluate) };
}
