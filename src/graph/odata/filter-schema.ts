/**
 * What a resource lets $filter touch, property by property, and whether each operator works by
 * default or only as an advanced query (ConsistencyLevel: eventual and $count=true), after the
 * tables of Graph's "Advanced query capabilities on directory objects".
 */

export type FilterValueType = 'string' | 'boolean' | 'datetime' | 'guid' | 'number';

/** `default`: works as is; `advanced`: needs the advanced query parameters. Absent: not supported at all. */
export type Support = 'default' | 'advanced';

export type FilterValue = string | boolean | number | null | undefined;

export interface ScalarSpec<T> {
  readonly kind: 'scalar';
  /** The property's name as Graph spells it (paths joined with `/`). */
  readonly name: string;
  readonly type: FilterValueType;
  readonly get: (entity: T) => FilterValue;
  /** eq and in; ne and not follow eq but always need advanced parameters. */
  readonly eq?: Support;
  readonly startsWith?: Support;
  readonly endsWith?: Support;
  /** ge, le, gt, lt. */
  readonly range?: Support;
  /** `eq null` / `ne null`; advanced where not said. */
  readonly eqNull?: Support;
}

export interface CollectionSpec<T> {
  readonly kind: 'collection';
  readonly name: string;
  readonly items: (entity: T) => readonly unknown[];
  /** For a collection of primitives: how an item compares (its `name` is the collection's). */
  readonly item?: ScalarSpec<unknown>;
  /** For a collection of objects: the item properties a lambda may test, by lower-cased name. */
  readonly itemProperties?: Readonly<Record<string, ScalarSpec<unknown>>>;
  readonly any: Support;
  readonly all?: Support;
  /** `collection/$count eq 0`: advanced wherever Graph supports it. */
  readonly count?: Support;
}

export type FilterSpec<T> = ScalarSpec<T> | CollectionSpec<T>;

export interface FilterSchema<T> {
  /** The resource name Graph's messages use: 'User', 'Group'. */
  readonly resource: string;
  /** The OData type name: 'microsoft.graph.user'. */
  readonly typeName: string;
  /** Directory objects follow the advanced-query rules; other resources (audit logs) don't have them. */
  readonly directoryObject: boolean;
  /** Filterable properties by lower-cased name (paths joined with `/`). */
  readonly properties: Readonly<Record<string, FilterSpec<T>>>;
  /** Every property the type has, lower-cased, filterable or not: an unknown name is a different error. */
  readonly knownProperties: ReadonlySet<string>;
}
