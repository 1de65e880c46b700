import { skuByPartNumber, skuById } from '../tenant/catalog';
import type { Tenant } from '../tenant/model';
import { isObjectKind, OBJECT_KINDS, type EntityOf, type ObjectKind } from './kinds';
import type { ObjectRef } from './schema';

/** An object a check names, found in one state of the tenant, under its kind there. */
export type DirectoryObject = { readonly [K in ObjectKind]: { readonly kind: K; readonly entity: EntityOf<K> } }[ObjectKind] & {
  /** Set when the check followed the object that had this name at the start (`{ atStart: … }`). */
  readonly followedFrom?: string;
};

function asObject(kind: string, entity: { readonly id: string }): DirectoryObject {
  // An area's kind finds or locates only entities of that kind.
  return { kind, entity } as DirectoryObject;
}

/** A name as a check gives it: the object that has it now, or `{ atStart: name }`, the one that had it at the start. */
export type NameRef = string | { readonly atStart: string };

export function nameText(name: NameRef): string {
  return typeof name === 'string' ? name : name.atStart;
}

export function refKind(ref: ObjectRef): [ObjectKind, string] {
  const [kind, key] = Object.entries(ref)[0] as [ObjectKind, NameRef];
  return [kind, nameText(key)];
}

function refName(ref: ObjectRef): NameRef {
  return Object.values(ref)[0] as NameRef;
}

/** An object by id wherever it is now (a user may be in Deleted users), under the kind it has there. */
function byId(tenant: Tenant, kind: ObjectKind, id: string): DirectoryObject | undefined {
  const located = OBJECT_KINDS[kind].locate(tenant, id);
  return located ? asObject(located.kind, located.entity) : undefined;
}

/** The same object in another state of the tenant (by id), or undefined when it is gone. */
export function sameObjectIn(tenant: Tenant, object: DirectoryObject): DirectoryObject | undefined {
  return byId(tenant, object.kind, object.entity.id);
}

/**
 * Every object the reference matches: none, one, or (for group names, which Entra does not keep
 * unique) several. A name given as `{ atStart: name }` is looked up in `start` and followed by id
 * into `tenant`, renamed, deleted or restored since: the object still gone from `tenant` is not
 * found. Without `start`, it is looked up in `tenant` itself.
 */
export function findObjects(tenant: Tenant, ref: ObjectRef, start?: Tenant): readonly DirectoryObject[] {
  const [kind, key] = refKind(ref);
  const name = refName(ref);
  if (typeof name === 'object' && start && start !== tenant) {
    const atStart = findByName(start, kind, key);
    const alsoElsewhere = (OBJECT_KINDS[kind].alsoAtStart ?? []).filter(isObjectKind).flatMap((other) => findByName(start, other, key));
    return [...atStart, ...alsoElsewhere].flatMap((object) => {
      const now = byId(tenant, kind, object.entity.id);
      return now ? [{ ...now, followedFrom: key }] : [];
    });
  }
  return findByName(tenant, kind, key);
}

function findByName(tenant: Tenant, kind: ObjectKind, key: string): readonly DirectoryObject[] {
  return OBJECT_KINDS[kind].find(tenant, key).map((entity) => asObject(kind, entity));
}

export function productName(skuIdOrPartNumber: string): string {
  const sku = skuById(skuIdOrPartNumber) ?? skuByPartNumber(skuIdOrPartNumber);
  return sku?.displayName ?? skuIdOrPartNumber;
}

/** How feedback names an object: "Megan Bowen (MeganB@contoso.com)", "the group Sales"… */
export function describeObject(object: DirectoryObject): string {
  const from = object.followedFrom;
  if (from === undefined) return describeFound(object);
  const entity = object.entity as { readonly userPrincipalName?: string; readonly displayName?: string; readonly id: string };
  const now = entity.userPrincipalName ?? entity.displayName ?? entity.id;
  if (now.toLowerCase() === from.toLowerCase()) return describeFound(object);
  if (entity.userPrincipalName !== undefined && object.kind !== 'guest') {
    return `${entity.displayName} (${entity.userPrincipalName}${object.kind === 'deletedUser' ? ', in Deleted users' : ''}; ${from} at the start)`;
  }
  return `${describeFound(object)} (${from} at the start)`;
}

function describeFound(object: DirectoryObject): string {
  return OBJECT_KINDS[object.kind].describe(object.entity);
}

/** How feedback names an object that was not found. */
export function describeRef(ref: ObjectRef): string {
  const [kind, key] = refKind(ref);
  if (typeof refName(ref) === 'object') return `${describeRefName(kind, key)} (as named at the start)`;
  return describeRefName(kind, key);
}

function describeRefName(kind: ObjectKind, key: string): string {
  return OBJECT_KINDS[kind].describeKey(key);
}

/** A property of an object by name or `parent.child` path; absent properties read as null. */
export function readProperty(object: DirectoryObject, property: string): unknown {
  let value: unknown = object.entity;
  for (const segment of property.split('.')) {
    value = value !== null && typeof value === 'object' && Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : null;
  }
  return value ?? null;
}

/** Properties whose values are names the directory compares without case. */
const CASE_INSENSITIVE = new Set(['userPrincipalName', 'mail', 'mailNickname', 'id']);

export function isCaseInsensitive(property: string): boolean {
  return CASE_INSENSITIVE.has(property);
}

/** Renders a value for feedback: text in quotes, everything else as written in a scenario file. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : value.map(showValue).join(', ');
  return String(value);
}
