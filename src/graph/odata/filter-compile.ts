import { badRequest, unsupportedQuery, type GraphRequestError } from '../errors';
import type { ComparisonOperator, FilterExpression, Lambda, Literal, MemberPath, Operand } from './filter-ast';
import type { CollectionSpec, FilterSchema, FilterSpec, FilterValue, FilterValueType, ScalarSpec, Support } from './filter-schema';

type Test = (entity: unknown) => boolean;

export interface CompiledFilter<T> {
  readonly test: (entity: T) => boolean;
  /** The refusal to give when the request lacks the advanced query parameters, if any part needs them. */
  readonly needsAdvanced: GraphRequestError | null;
}

/** Graph refuses a filter with more alternatives than this (an `in` list counts each value). */
export const MAX_OR_CLAUSES = 15;

const EDM: Record<FilterValueType | 'null', string> = {
  string: 'Edm.String',
  boolean: 'Edm.Boolean',
  datetime: 'Edm.DateTimeOffset',
  guid: 'Edm.Guid',
  number: 'Edm.Int32',
  null: 'null',
};

const OPERATOR_KIND: Record<ComparisonOperator, string> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
};

const MIRRORED: Record<ComparisonOperator, ComparisonOperator> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

function operatorNeedsParameters(operator: string): GraphRequestError {
  return unsupportedQuery(
    `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
  );
}

/** Comparisons on text ignore case, as the directory's do. */
function normalise(value: FilterValue, type: FilterValueType): FilterValue {
  if (value === undefined || value === null) return null;
  if (type === 'string' || type === 'guid') return String(value).toLowerCase();
  if (type === 'datetime') {
    const time = Date.parse(String(value));
    return Number.isNaN(time) ? null : time;
  }
  return value;
}

function compare(operator: ComparisonOperator, actual: FilterValue, expected: FilterValue): boolean {
  if (operator === 'eq') return actual === expected;
  if (operator === 'ne') return actual !== expected;
  if (actual === null || actual === undefined || expected === null || expected === undefined) return false;
  if (operator === 'gt') return actual > expected;
  if (operator === 'ge') return actual >= expected;
  if (operator === 'lt') return actual < expected;
  return actual <= expected;
}

class FilterCompiler<T> {
  private needsAdvanced: GraphRequestError | null = null;
  private scope: { readonly variable: string; readonly item: ScalarSpec<unknown> | Readonly<Record<string, ScalarSpec<unknown>>> } | null = null;

  constructor(private readonly schema: FilterSchema<T>) {}

  compile(expression: FilterExpression): CompiledFilter<T> {
    const clauses = this.orClauses(expression);
    if (this.schema.directoryObject && clauses > MAX_OR_CLAUSES) {
      throw unsupportedQuery(`Too many child clauses specified in search filter expression containing 'OR' operators: ${clauses}. Max allowed: ${MAX_OR_CLAUSES}.`);
    }
    const test = this.expression(expression);
    return { test: test as (entity: T) => boolean, needsAdvanced: this.needsAdvanced };
  }

  private orClauses(expression: FilterExpression): number {
    if (expression.kind === 'or') return this.orClauses(expression.left) + this.orClauses(expression.right);
    if (expression.kind === 'in') return expression.values.length;
    return 1;
  }

  private require(support: Support | undefined, spec: ScalarSpec<unknown> | CollectionSpec<unknown>, operator: string | null): void {
    if (support === undefined) throw this.unsupported(spec.name);
    if (support === 'advanced' && this.schema.directoryObject && !this.needsAdvanced) {
      this.needsAdvanced = operator === null ? this.unsupported(spec.name) : operatorNeedsParameters(operator);
    }
  }

  private advancedOperator(operator: string): void {
    if (this.schema.directoryObject && !this.needsAdvanced) this.needsAdvanced = operatorNeedsParameters(operator);
  }

  private unsupported(property: string): GraphRequestError {
    return unsupportedQuery(`Unsupported or invalid query filter clause specified for property '${property}' of resource '${this.schema.resource}'.`);
  }

  private expression(expression: FilterExpression): Test {
    switch (expression.kind) {
      case 'and': {
        const left = this.expression(expression.left);
        const right = this.expression(expression.right);
        return (entity) => left(entity) && right(entity);
      }
      case 'or': {
        const left = this.expression(expression.left);
        const right = this.expression(expression.right);
        return (entity) => left(entity) || right(entity);
      }
      case 'not': {
        this.advancedOperator('not');
        const operand = this.expression(expression.operand);
        return (entity) => !operand(entity);
      }
      case 'compare':
        return this.comparison(expression.operator, expression.left, expression.right);
      case 'in':
        return this.membership(expression.left, expression.values);
      case 'condition':
        return this.condition(expression.operand);
    }
  }

  private condition(operand: Operand): Test {
    if (operand.kind === 'lambda') return this.lambda(operand);
    if (operand.kind === 'call') return this.call(operand.name, operand.args);
    if (operand.kind === 'path') {
      const spec = this.scalar(operand);
      if (spec.type === 'boolean') {
        this.require(spec.eq, spec, null);
        return (entity) => spec.get(entity) === true;
      }
    }
    throw badRequest('Invalid filter clause: The $filter expression must evaluate to a single boolean value.', 'BadRequest');
  }

  private comparison(operator: ComparisonOperator, left: Operand, right: Operand): Test {
    if (left.kind === 'literal' && right.kind !== 'literal') return this.comparison(MIRRORED[operator], right, left);
    if (left.kind === 'path' && left.segments[left.segments.length - 1] === '$count') return this.count(operator, left, right);
    if (left.kind !== 'path' || right.kind !== 'literal') throw unsupportedQuery('Unsupported Query.');
    const spec = this.scalar(left);
    this.checkTypes(spec.type, right, operator);
    if (right.type === 'null') this.require(spec.eqNull ?? (spec.eq ? 'advanced' : undefined), spec, null);
    else if (operator === 'eq' || operator === 'ne') this.require(spec.eq, spec, null);
    else this.require(spec.range, spec, null);
    if (operator === 'ne') this.advancedOperator('ne');
    const expected = normalise(right.value, spec.type);
    const get = spec.get;
    const type = spec.type;
    if (type === 'string' && typeof expected === 'string' && (operator === 'eq' || operator === 'ne')) {
      // The hot path of a directory query: only a value of the same length can match, whatever its case.
      const length = expected.length;
      const equal = (entity: unknown) => {
        const value = get(entity);
        return typeof value === 'string' && value.length === length && value.toLowerCase() === expected;
      };
      return operator === 'eq' ? equal : (entity) => !equal(entity);
    }
    return (entity) => compare(operator, normalise(get(entity), type), expected);
  }

  private membership(left: Operand, values: readonly Literal[]): Test {
    if (left.kind !== 'path') throw unsupportedQuery('Unsupported Query.');
    const spec = this.scalar(left);
    this.require(spec.eq, spec, null);
    const expected = new Set(
      values.map((value) => {
        this.checkTypes(spec.type, value, 'eq');
        return normalise(value.value, spec.type);
      }),
    );
    return (entity) => expected.has(normalise(spec.get(entity), spec.type));
  }

  private call(name: string, args: readonly Operand[]): Test {
    if (name !== 'startswith' && name !== 'endswith') {
      const property = args[0]?.kind === 'path' ? this.scalar(args[0]).name : name;
      throw this.unsupported(property);
    }
    const [target, prefix] = args;
    if (args.length !== 2 || target?.kind !== 'path' || prefix?.kind !== 'literal') {
      throw badRequest(`Invalid filter clause: No function signature for the function with name '${name === 'startswith' ? 'startsWith' : 'endsWith'}' matches the specified arguments.`, 'BadRequest');
    }
    const spec = this.scalar(target);
    if (spec.type !== 'string' || prefix.type !== 'string') {
      throw badRequest(`Invalid filter clause: No function signature for the function with name '${name === 'startswith' ? 'startsWith' : 'endsWith'}' matches the specified arguments.`, 'BadRequest');
    }
    const text = String(prefix.value).toLowerCase();
    if (name === 'startswith') {
      this.require(spec.startsWith, spec, null);
      return (entity) => {
        const value = spec.get(entity);
        return typeof value === 'string' && value.toLowerCase().startsWith(text);
      };
    }
    // endsWith is advanced wherever Graph has it at all.
    this.require(spec.endsWith, spec, 'endsWith');
    this.advancedOperator('endsWith');
    return (entity) => {
      const value = spec.get(entity);
      return typeof value === 'string' && value.toLowerCase().endsWith(text);
    };
  }

  private lambda(lambda: Lambda): Test {
    if (this.scope) throw this.unsupported(lambda.collection.segments.join('/'));
    const spec = this.collection(lambda.collection);
    this.require(lambda.quantifier === 'any' ? spec.any : spec.all, spec, lambda.quantifier === 'all' ? 'all' : null);
    if (lambda.variable === null || lambda.body === null) {
      return lambda.quantifier === 'any' ? (entity) => spec.items(entity).length > 0 : () => true;
    }
    const item = spec.item ?? spec.itemProperties;
    if (!item) throw this.unsupported(spec.name);
    this.scope = { variable: lambda.variable, item };
    let body: Test;
    try {
      body = this.expression(lambda.body);
    } finally {
      this.scope = null;
    }
    return lambda.quantifier === 'any' ? (entity) => spec.items(entity).some(body) : (entity) => spec.items(entity).every(body);
  }

  private count(operator: ComparisonOperator, path: MemberPath, value: Operand): Test {
    const spec = this.collection({ ...path, segments: path.segments.slice(0, -1) });
    if (value.kind !== 'literal' || value.type !== 'number') throw this.unsupported(spec.name);
    this.require(spec.count, spec, null);
    this.advancedOperator('count');
    const expected = value.value as number;
    return (entity) => compare(operator, spec.items(entity).length, expected);
  }

  private lookup(path: MemberPath): FilterSpec<unknown> | ScalarSpec<unknown> {
    const [head, ...rest] = path.segments;
    if (this.scope && head === this.scope.variable) {
      const { item } = this.scope;
      if (rest.length === 0 && 'kind' in item) return item as ScalarSpec<unknown>;
      const property = rest.length === 1 && !('kind' in item) ? (item as Record<string, ScalarSpec<unknown>>)[rest[0]!.toLowerCase()] : undefined;
      if (!property) throw this.unknown(rest.join('/') || head!);
      return property;
    }
    const key = path.segments.join('/').toLowerCase();
    const spec = this.schema.properties[key];
    if (spec) return spec as FilterSpec<unknown>;
    if (this.schema.knownProperties.has(key) || this.schema.knownProperties.has(head!.toLowerCase())) throw this.unsupported(path.segments.join('/'));
    throw this.unknown(head!);
  }

  private unknown(name: string): GraphRequestError {
    return badRequest(`Invalid filter clause: Could not find a property named '${name}' on type '${this.schema.typeName}'.`, 'BadRequest');
  }

  private scalar(path: MemberPath): ScalarSpec<unknown> {
    const spec = this.lookup(path);
    if (spec.kind !== 'scalar') throw this.unsupported(spec.name);
    return spec;
  }

  private collection(path: MemberPath): CollectionSpec<unknown> {
    const spec = this.lookup(path);
    if (spec.kind !== 'collection') throw this.unsupported(spec.name);
    return spec;
  }

  private checkTypes(type: FilterValueType, literal: Literal, operator: ComparisonOperator): void {
    if (literal.type === 'null' || literal.type === type) return;
    throw badRequest(
      `Invalid filter clause: A binary operator with incompatible types was detected. Found operand types '${EDM[type]}' and '${EDM[literal.type]}' for operator kind '${OPERATOR_KIND[operator]}'.`,
      'BadRequest',
    );
  }
}

/** Checks a parsed filter against what the resource supports and turns it into a test of one entity. */
export function compileFilter<T>(expression: FilterExpression, schema: FilterSchema<T>): CompiledFilter<T> {
  return new FilterCompiler(schema).compile(expression);
}
