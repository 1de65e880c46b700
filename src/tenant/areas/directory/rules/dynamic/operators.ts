import type { ComparisonOperator } from './ast';

/** Comparison operators by their lower-case spelling (the hyphen is optional, case is not significant). */
export const COMPARISON_OPERATORS: ReadonlyMap<string, ComparisonOperator> = new Map(
  (
    ['eq', 'ne', 'startsWith', 'notStartsWith', 'endsWith', 'notEndsWith', 'contains', 'notContains', 'match', 'notMatch', 'in', 'notIn', 'le', 'ge'] as const
  ).map((operator) => [operator.toLowerCase(), operator]),
);

export const STRING_OPERATORS: ReadonlySet<ComparisonOperator> = new Set([
  'eq',
  'ne',
  'startsWith',
  'notStartsWith',
  'endsWith',
  'notEndsWith',
  'contains',
  'notContains',
  'match',
  'notMatch',
  'in',
  'notIn',
]);
export const BOOLEAN_OPERATORS: ReadonlySet<ComparisonOperator> = new Set(['eq', 'ne']);
/** -le and -ge are documented for dates (employeeHireDate) only. */
export const DATE_OPERATORS: ReadonlySet<ComparisonOperator> = new Set(['eq', 'ne', 'le', 'ge']);

/** The negated operators, each the plain negation of its positive twin. */
export const NEGATION_OF: Readonly<Partial<Record<ComparisonOperator, ComparisonOperator>>> = {
  ne: 'eq',
  notStartsWith: 'startsWith',
  notEndsWith: 'endsWith',
  notContains: 'contains',
  notMatch: 'match',
  notIn: 'in',
};
