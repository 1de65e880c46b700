/** Entra dynamic membership rules: parse, check, evaluate over users, explain, print. */
export type {
  CollectionExpression,
  ComparisonExpression,
  ComparisonOperator,
  DirectReportsRule,
  LogicalExpression,
  MembershipRule,
  NotExpression,
  RuleExpression,
  RuleObjectType,
  RuleOperand,
  RuleScalar,
  RuleSpan,
  RuleValue,
} from './ast';
export { ruleObjectType } from './ast';
export { formatRuleBuilderRows, RULE_BUILDER_MAX_EXPRESSIONS, RULE_BUILDER_OPERATORS, ruleBuilderRows, type RuleBuilderOperator, type RuleBuilderRow } from './builder';
export { compileMembershipRule, DEVICE_RULE_MESSAGE, type MembershipPredicate, type MembershipRuleContext } from './compile';
export { explainMembershipRule, type ExpressionResult, type MembershipRuleExplanation } from './explain';
export { formatMembershipRule } from './format';
export { MAX_MEMBERSHIP_RULE_LENGTH, parseMembershipRule } from './parser';
export { ruleProperties, type RulePropertyDefinition, type RulePropertyType } from './properties';
export { assignedPlansOf, type AssignedPlan, type DynamicRuleSubject } from './subject';
export { ruleValidationMessage, type RuleSyntaxError } from './syntax-error';
