import { entities, getById, type Group, type User } from '../../tenant';
import type { GraphContext } from '../context';
import type { Serialized } from '../odata/resource-type';
import { GROUP_DEFAULT_PROPERTIES, serializeContact, serializeGroup } from './group-type';
import type { DirectoryObject } from './lookup';
import { activatedDirectoryRoles, serializeAdministrativeUnit, serializeDirectoryRole, type DirectoryRole } from './role-type';
import { serializeUser, USER_DEFAULT_PROPERTIES } from './user-type';

/** Related directory objects (members, owners, memberOf, manager): mixed types, each with its @odata.type. */

export type RelatedObject = DirectoryObject | { readonly kind: 'directoryRole'; readonly entity: DirectoryRole };

export const CONTACT_PROPERTIES = ['id', 'displayName', 'givenName', 'surname', 'mail', 'mailNickname', 'proxyAddresses', 'companyName', 'jobTitle', 'department'];
export const ROLE_PROPERTIES = ['id', 'deletedDateTime', 'description', 'displayName', 'roleTemplateId'];
export const UNIT_PROPERTIES = ['id', 'deletedDateTime', 'displayName', 'description', 'isMemberManagementRestricted', 'membershipType', 'visibility'];

export function serializeRelated(object: RelatedObject): Serialized {
  switch (object.kind) {
    case 'user':
      return { '@odata.type': '#microsoft.graph.user', ...serializeUser(object.entity) };
    case 'group':
      return { '@odata.type': '#microsoft.graph.group', ...serializeGroup(object.entity) };
    case 'contact':
      return { '@odata.type': '#microsoft.graph.orgContact', ...serializeContact(object.entity) };
    case 'administrativeUnit':
      return { '@odata.type': '#microsoft.graph.administrativeUnit', ...serializeAdministrativeUnit(object.entity) };
    case 'directoryRole':
      return { '@odata.type': '#microsoft.graph.directoryRole', ...serializeDirectoryRole(object.entity) };
  }
}

export function defaultsOf(object: RelatedObject): readonly string[] {
  switch (object.kind) {
    case 'user':
      return USER_DEFAULT_PROPERTIES;
    case 'group':
      return GROUP_DEFAULT_PROPERTIES;
    case 'contact':
      return CONTACT_PROPERTIES;
    case 'administrativeUnit':
      return UNIT_PROPERTIES;
    case 'directoryRole':
      return ROLE_PROPERTIES;
  }
}

/** An object as an expanded navigation property shows it: its own type's default properties. */
function expanded(object: RelatedObject): Serialized {
  const full = serializeRelated(object);
  const shaped: Serialized = { '@odata.type': full['@odata.type'] };
  for (const name of defaultsOf(object)) if (name in full) shaped[name] = full[name];
  return shaped;
}

export function memberList(context: GraphContext, ids: readonly string[]): RelatedObject[] {
  const { tenant } = context;
  const objects: RelatedObject[] = [];
  for (const id of ids) {
    const user = getById(tenant.directory.users, id);
    if (user) {
      objects.push({ kind: 'user', entity: user });
      continue;
    }
    const group = getById(tenant.directory.groups, id);
    if (group) {
      objects.push({ kind: 'group', entity: group });
      continue;
    }
    const contact = getById(tenant.directory.contacts, id);
    if (contact) objects.push({ kind: 'contact', entity: contact });
  }
  return objects;
}

export function memberObjects(context: GraphContext, group: Group): Serialized[] {
  return memberList(context, group.memberIds).map(expanded);
}

export function ownerObjects(context: GraphContext, group: Group): Serialized[] {
  return memberList(context, group.ownerIds).map(expanded);
}

/** What an object is a direct member of: groups, administrative units and (for users) directory roles held tenant-wide. */
export function memberOfList(context: GraphContext, objectId: string): RelatedObject[] {
  const { tenant } = context;
  const result: RelatedObject[] = [];
  for (const group of entities(tenant.directory.groups)) if (group.memberIds.includes(objectId)) result.push({ kind: 'group', entity: group });
  for (const unit of entities(tenant.roles.administrativeUnits)) if (unit.memberIds.includes(objectId)) result.push({ kind: 'administrativeUnit', entity: unit });
  const held = new Set<string>();
  for (const assignment of entities(tenant.roles.roleAssignments)) {
    if (assignment.principalId === objectId && assignment.directoryScopeId === '/') held.add(assignment.roleDefinitionId);
  }
  for (const role of activatedDirectoryRoles(tenant)) if (held.has(role.template.id)) result.push({ kind: 'directoryRole', entity: role });
  return result;
}

export function memberOfObjects(context: GraphContext, objectId: string): Serialized[] {
  return memberOfList(context, objectId).map(expanded);
}

export function managerOf(context: GraphContext, user: User): Serialized | undefined {
  const manager = user.managerId ? getById(context.tenant.directory.users, user.managerId) : undefined;
  return manager ? expanded({ kind: 'user', entity: manager }) : undefined;
}
