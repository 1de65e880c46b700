import type { GraphContext } from '../context';
import type { FilterSchema, Support } from './filter-schema';

export type Serialized = Record<string, unknown>;

export interface OrderBySpec<T> {
  readonly name: string;
  readonly key: (entity: T) => string | number | null;
  readonly support: Support;
}

export interface SearchSpec<T> {
  readonly name: string;
  readonly get: (entity: T) => string | null;
  /** displayName and description are matched word by word; other properties by their start. */
  readonly tokenized: boolean;
}

/**
 * How one Graph type is read: its name, what $filter, $orderby, $search, $select and $expand may
 * use, and how an entity is written out. Routes share these, so /users and /groups/{id}/members
 * answer a user the same way.
 */
export interface ResourceType<T> {
  /** 'microsoft.graph.user' */
  readonly typeName: string;
  readonly filter?: FilterSchema<T>;
  readonly orderBy?: Readonly<Record<string, OrderBySpec<T>>>;
  readonly search?: Readonly<Record<string, SearchSpec<T>>>;
  /** The properties a plain GET returns, as Graph spells them. */
  readonly defaultProperties: readonly string[];
  /** For a collection of mixed types (members, memberOf): the defaults of each entity's own type. */
  readonly defaultPropertiesOf?: (entity: T) => readonly string[];
  /** Every property $select may name, as Graph spells them. */
  readonly properties: readonly string[];
  readonly serialize: (entity: T, context: GraphContext) => Serialized;
  /** Navigation properties $expand may name, by lower-cased name. */
  readonly expand?: Readonly<Record<string, { readonly name: string; readonly value: (entity: T, context: GraphContext) => unknown }>>;
  /** Directory collections page by 100 up to 999; others return everything. */
  readonly paging?: { readonly defaultSize: number; readonly maxSize: number };
}
