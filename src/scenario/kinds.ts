import type { ObjectKindDefinition, ObjectKindsOf, ReferenceDefinition } from '../tenant/area';
import { areas, type Areas } from '../tenant/areas';

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never;

/** Every area's object kinds, merged: the keys a check may name an object by. */
type AllObjectKinds = UnionToIntersection<ObjectKindsOf<Areas[keyof Areas]>>;

export type ObjectKind = keyof AllObjectKinds & string;

/** The entity an object kind finds: `User` for `user`, `Group` for `group`… */
export type EntityOf<K extends ObjectKind> = AllObjectKinds[K] extends ObjectKindDefinition<infer Entity> ? Entity : never;

function merged<T>(pick: (area: Areas[keyof Areas]) => Readonly<Record<string, T>> | undefined, what: string): Readonly<Record<string, T>> {
  const table: Record<string, T> = {};
  for (const area of Object.values(areas)) {
    for (const [key, value] of Object.entries(pick(area) ?? {})) {
      // Two areas claiming one key would make a check name two things; the table refuses at load.
      if (Object.hasOwn(table, key)) throw new Error(`The ${what} '${key}' is declared twice (area ${area.id}).`);
      table[key] = value;
    }
  }
  return table;
}

/** The object kinds, from the areas table. */
export const OBJECT_KINDS = merged<ObjectKindDefinition>((area) => area.objectKinds, 'object kind') as { readonly [K in ObjectKind]: ObjectKindDefinition };

export const OBJECT_KIND_NAMES = Object.keys(OBJECT_KINDS) as ObjectKind[];

export function isObjectKind(key: string): key is ObjectKind {
  return Object.hasOwn(OBJECT_KINDS, key);
}

/** What a scenario step may give by name (`{ user: … }`, `{ sku: … }`…), from the areas table. */
export const REFERENCES = merged<ReferenceDefinition>((area) => area.references, 'reference');
