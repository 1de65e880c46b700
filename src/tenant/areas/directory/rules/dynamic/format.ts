import type { MembershipRule, RuleOperand, RuleScalar, RuleValue } from './ast';

/** A string in double quotation marks; a backtick escapes quotation marks and backticks inside it. */
export function quoteRuleString(value: string): string {
  return `"${value.replace(/[`"]/g, '`$&')}"`;
}

function scalar(value: RuleScalar): string {
  return value.kind === 'string' ? quoteRuleString(value.value) : value.text;
}

export function formatRuleValue(value: RuleValue): string {
  switch (value.kind) {
    case 'string':
    case 'number':
      return scalar(value);
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'dateTime':
      return value.text;
    case 'now':
      return value.plus === null ? 'system.now' : `system.now -plus ${value.plus}`;
    case 'list':
      return `[${value.items.map(scalar).join(', ')}]`;
  }
}

export function formatRuleOperand(operand: RuleOperand): string {
  switch (operand.kind) {
    case 'property':
    case 'itemProperty':
      return `${operand.object}.${operand.name}`;
    case 'item':
      return '_';
  }
}

/**
 * Prints a rule as canonical text (the rule builder's text view): documented property names,
 * hyphenated operators, parentheses only where precedence needs them, and always around the
 * condition of -any/-all and the operand of -not. Parsing the text gives back the same tree.
 */
export function formatMembershipRule(rule: MembershipRule): string {
  switch (rule.kind) {
    case 'directReports':
      return `Direct Reports for ${quoteRuleString(rule.managerId)}`;
    case 'comparison':
      return `${formatRuleOperand(rule.operand)} -${rule.operator} ${formatRuleValue(rule.value)}`;
    case 'collection':
      return `${rule.object}.${rule.property} -${rule.quantifier} (${formatMembershipRule(rule.condition)})`;
    case 'and':
      // -and binds tighter than -or, so an -or inside an -and needs its parentheses.
      return rule.operands.map((operand) => (operand.kind === 'or' ? `(${formatMembershipRule(operand)})` : formatMembershipRule(operand))).join(' -and ');
    case 'or':
      return rule.operands.map(formatMembershipRule).join(' -or ');
    case 'not':
      return `-not (${formatMembershipRule(rule.operand)})`;
  }
}
