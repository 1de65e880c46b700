/** The $filter expression tree the parser builds and the compiler checks against a resource. */

export type LiteralType = 'string' | 'boolean' | 'null' | 'number' | 'guid' | 'datetime';

export interface Literal {
  readonly kind: 'literal';
  readonly type: LiteralType;
  readonly value: string | number | boolean | null;
  readonly position: number;
}

/** A member path (`department`, `initiatedBy/user/id`, `assignedLicenses/$count`, or a lambda variable). */
export interface MemberPath {
  readonly kind: 'path';
  readonly segments: readonly string[];
  readonly position: number;
}

export interface FunctionCall {
  readonly kind: 'call';
  /** Lower-cased: `startswith`, `endswith`, `contains`. */
  readonly name: string;
  readonly args: readonly Operand[];
  readonly position: number;
}

/** `collection/any(x: body)` or `collection/all(x: body)`; `any()` without a body asks for a non-empty collection. */
export interface Lambda {
  readonly kind: 'lambda';
  readonly collection: MemberPath;
  readonly quantifier: 'any' | 'all';
  readonly variable: string | null;
  readonly body: FilterExpression | null;
  readonly position: number;
}

export type Operand = Literal | MemberPath | FunctionCall | Lambda;

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterExpression =
  | { readonly kind: 'and' | 'or'; readonly left: FilterExpression; readonly right: FilterExpression; readonly position: number }
  | { readonly kind: 'not'; readonly operand: FilterExpression; readonly position: number }
  | { readonly kind: 'compare'; readonly operator: ComparisonOperator; readonly left: Operand; readonly right: Operand; readonly position: number }
  | { readonly kind: 'in'; readonly left: Operand; readonly values: readonly Literal[]; readonly position: number }
  /** A bare operand used as a condition: a function call or a lambda. */
  | { readonly kind: 'condition'; readonly operand: Operand; readonly position: number };
