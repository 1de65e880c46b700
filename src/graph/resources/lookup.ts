import { findUserByUserPrincipalName, getById, type AdministrativeUnit, type Group, type OrgContact, type Tenant, type User } from '../../tenant';
import { badRequest, resourceNotFound } from '../errors';

/** Finding what a URL or a body names, with Graph's 404 when it isn't there. */

/** A user by object id or user principal name, as `/users/{id | userPrincipalName}` takes either. */
export function userOr404(tenant: Tenant, idOrUpn: string): User {
  const user = getById(tenant.directory.users, idOrUpn) ?? (idOrUpn.includes('@') ? findUserByUserPrincipalName(tenant, idOrUpn) : undefined);
  if (!user) throw resourceNotFound(idOrUpn);
  return user;
}

export function groupOr404(tenant: Tenant, id: string): Group {
  const group = getById(tenant.directory.groups, id);
  if (!group) throw resourceNotFound(id);
  return group;
}

export function administrativeUnitOr404(tenant: Tenant, id: string): AdministrativeUnit {
  const unit = getById(tenant.roles.administrativeUnits, id);
  if (!unit) throw resourceNotFound(id);
  return unit;
}

/** A directory object of the kinds the sandbox keeps, tagged with its Graph type. */
export type DirectoryObject =
  | { readonly kind: 'user'; readonly entity: User }
  | { readonly kind: 'group'; readonly entity: Group }
  | { readonly kind: 'contact'; readonly entity: OrgContact }
  | { readonly kind: 'administrativeUnit'; readonly entity: AdministrativeUnit };

export function directoryObject(tenant: Tenant, id: string): DirectoryObject | undefined {
  const user = getById(tenant.directory.users, id);
  if (user) return { kind: 'user', entity: user };
  const group = getById(tenant.directory.groups, id);
  if (group) return { kind: 'group', entity: group };
  const contact = getById(tenant.directory.contacts, id);
  if (contact) return { kind: 'contact', entity: contact };
  const unit = getById(tenant.roles.administrativeUnits, id);
  return unit ? { kind: 'administrativeUnit', entity: unit } : undefined;
}

/** A body must be a JSON object. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Write requests (excluding DELETE) must contain the Content-Type header declaration.', 'BadRequest');
  }
  return body as Record<string, unknown>;
}

const OBJECT_REFERENCE = /^https:\/\/graph\.microsoft\.com\/(?:v1\.0|beta)\/(?:directoryObjects|users|groups|contacts|devices|servicePrincipals)\/([^/?#]+)$/i;

/** The object id in a `{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}` reference. */
export function referencedId(value: unknown): string {
  const match = typeof value === 'string' ? OBJECT_REFERENCE.exec(value.trim()) : null;
  if (!match) throw badRequest(`Invalid object identifier '${typeof value === 'string' ? value : ''}'.`);
  return decodeURIComponent(match[1]!);
}

/** The `@odata.id` of a $ref body. */
export function referenceBodyId(body: unknown): string {
  const object = bodyObject(body);
  if (!('@odata.id' in object)) throw badRequest('Missing required property @odata.id in the request body.', 'BadRequest');
  return referencedId(object['@odata.id']);
}

/** The ids of an `…@odata.bind` array (create and update bodies). */
export function boundIds(value: unknown, property: string): string[] {
  if (!Array.isArray(value)) throw badRequest(`Invalid value specified for property '${property}'.`);
  return value.map(referencedId);
}
