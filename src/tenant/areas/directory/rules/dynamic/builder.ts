import { ruleObjectType, type ComparisonExpression, type ComparisonOperator, type MembershipRule, type RuleExpression } from './ast';
import { formatRuleValue, quoteRuleString } from './format';
import { lookupRuleProperty } from './properties';

/** The operators of the portal's rule builder, as its Operator column names them. */
export type RuleBuilderOperator =
  | 'Equals'
  | 'Not Equals'
  | 'Starts With'
  | 'Not Starts With'
  | 'Ends With'
  | 'Not Ends With'
  | 'Contains'
  | 'Not Contains'
  | 'Match'
  | 'Not Match'
  | 'In'
  | 'Not In';

export const RULE_BUILDER_OPERATORS: Readonly<Record<RuleBuilderOperator, ComparisonOperator>> = {
  Equals: 'eq',
  'Not Equals': 'ne',
  'Starts With': 'startsWith',
  'Not Starts With': 'notStartsWith',
  'Ends With': 'endsWith',
  'Not Ends With': 'notEndsWith',
  Contains: 'contains',
  'Not Contains': 'notContains',
  Match: 'match',
  'Not Match': 'notMatch',
  In: 'in',
  'Not In': 'notIn',
};

const LABELS = new Map(Object.entries(RULE_BUILDER_OPERATORS).map(([label, operator]) => [operator, label as RuleBuilderOperator]));

/** One row of the rule builder grid: And/Or, Property, Operator, Value. */
export interface RuleBuilderRow {
  /** How the row joins the rows above it; null on the first row. */
  readonly andOr: 'And' | 'Or' | null;
  /** The user property, without `user.`. */
  readonly property: string;
  readonly operator: RuleBuilderOperator;
  /** The value as the Value box shows it: strings without their quotation marks. */
  readonly value: string;
}

/** The most expressions the rule builder holds. */
export const RULE_BUILDER_MAX_EXPRESSIONS = 5;

class DoesNotFit {
  constructor(readonly reason: string) {}
}

function rowsOf(node: RuleExpression, andOr: RuleBuilderRow['andOr'], rows: RuleBuilderRow[]): void {
  switch (node.kind) {
    case 'comparison':
      rows.push(rowOf(node, andOr));
      return;
    case 'and':
    case 'or':
      node.operands.forEach((operand, index) => {
        // Rows are read with -and binding tighter than -or, so only an -or inside an -and needs parentheses.
        if (node.kind === 'and' && operand.kind === 'or') throw new DoesNotFit('The rule uses parentheses to set operator precedence.');
        rowsOf(operand, index === 0 ? andOr : node.kind === 'and' ? 'And' : 'Or', rows);
      });
      return;
    case 'not':
      throw new DoesNotFit('The rule uses -not.');
    case 'collection':
      throw new DoesNotFit(node.property === 'memberOf' ? 'The rule uses memberOf.' : 'The rule uses -any or -all.');
  }
}

function rowOf(node: ComparisonExpression, andOr: RuleBuilderRow['andOr']): RuleBuilderRow {
  const label = LABELS.get(node.operator);
  if (!label) throw new DoesNotFit(`The rule builder has no operator for -${node.operator}.`);
  // The docs list rules with -contains or -notContains among those that need the text box.
  if (node.operator === 'contains' || node.operator === 'notContains') throw new DoesNotFit('The rule uses -contains or -notContains.');
  const property = node.operand.kind === 'property' ? node.operand.name : '';
  const value = node.value.kind === 'string' ? node.value.value : formatRuleValue(node.value);
  return { andOr, property, operator: label, value };
}

/**
 * The rows the portal's rule builder shows for a rule, or why it can only show the text box:
 * user rules of at most five expressions, without -not, -any/-all, parentheses that change
 * precedence, -contains/-notContains or Direct Reports (entra-docs `groups-dynamic-membership.md`).
 */
export function ruleBuilderRows(rule: MembershipRule): { readonly rows: readonly RuleBuilderRow[]; readonly reason: null } | { readonly rows: null; readonly reason: string } {
  if (ruleObjectType(rule) === 'device') return { rows: null, reason: 'The rule builder is available only for user rules.' };
  if (rule.kind === 'directReports') return { rows: null, reason: 'Direct Reports rules can only be edited in the text box.' };
  const rows: RuleBuilderRow[] = [];
  try {
    rowsOf(rule, null, rows);
  } catch (error) {
    if (error instanceof DoesNotFit) return { rows: null, reason: error.reason };
    throw error;
  }
  if (rows.length > RULE_BUILDER_MAX_EXPRESSIONS) return { rows: null, reason: `The rule has ${rows.length} expressions; the rule builder holds at most ${RULE_BUILDER_MAX_EXPRESSIONS}.` };
  return { rows, reason: null };
}

function valueText(row: RuleBuilderRow): string {
  const type = lookupRuleProperty('user', row.property)?.type;
  const value = row.value.trim();
  if (value.toLowerCase() === 'null' || (type === 'boolean' && /^(true|false)$/i.test(value))) return value.toLowerCase();
  if (row.operator === 'In' || row.operator === 'Not In') {
    return value.startsWith('[') ? value : `[${value.split(',').map((item) => quoteRuleString(item.trim())).join(', ')}]`;
  }
  if (type === 'dateTime' && !value.startsWith('"')) return value;
  return quoteRuleString(row.value);
}

/** The rule text for builder rows (parse it to validate what the learner entered). */
export function formatRuleBuilderRows(rows: readonly RuleBuilderRow[]): string {
  return rows
    .map((row, index) => {
      const expression = `user.${row.property} -${RULE_BUILDER_OPERATORS[row.operator]} ${valueText(row)}`;
      return index === 0 ? expression : `${row.andOr === 'Or' ? '-or' : '-and'} ${expression}`;
    })
    .join(' ');
}
