import { roleTemplateByName } from '../../tenant/catalog';
import { getById, type Collection } from '../../tenant/collection';
import { eligibilitiesOf, roleAssignableGroupsOf, roleAssignmentsOf } from '../../tenant/areas/roles/rules/role-holders';
import type { AssignedLicense, Tenant } from '../../tenant/model';
import { describeObject, findObjects, nameText, productName, readProperty, showValue, type DirectoryObject } from '../objects';
import type { ObjectRef } from '../schema';
import { labelKindOf, propertyLabel } from '../labels';
import { listNames, outcome, sameValue, type Evaluator } from './context';
import { changedEntities } from './diff';

/** The ids the `except` list names, as found at the start or now (an excepted user may have been renamed or deleted). */
function exceptedIds(start: Tenant, final: Tenant, except: readonly ObjectRef[] | undefined): Set<string> {
  const ids = new Set<string>();
  for (const ref of except ?? []) {
    const alternatives: ObjectRef[] = ref.user !== undefined ? [ref, { deletedUser: nameText(ref.user) }] : [ref];
    for (const tenant of [start, final]) for (const alternative of alternatives) for (const object of findObjects(tenant, alternative, start)) ids.add(object.entity.id);
  }
  return ids;
}

function nameOf(tenant: Tenant, id: string): string {
  const user = getById(tenant.directory.users, id) ?? getById(tenant.directory.deletedUsers, id);
  if (user) return `${user.displayName} (${user.userPrincipalName})`;
  const group = getById(tenant.directory.groups, id);
  return group ? `the group ${group.displayName}` : id;
}

/** Assignments of a role, standing or PIM-eligible, that exist now but did not at the start. */
function gainedAssignments<T extends { readonly id: string; readonly principalId: string; readonly roleDefinitionId: string; readonly directoryScopeId: string }>(
  before: Collection<T>,
  after: Collection<T>,
  roleId: string,
): T[] {
  const changed = changedEntities(before, after);
  const held = new Set(changed.flatMap(([old]) => (old?.roleDefinitionId === roleId ? [`${old.principalId} ${old.directoryScopeId}`] : [])));
  return changed.flatMap(([old, now]) =>
    !old && now?.roleDefinitionId === roleId && !held.has(`${now.principalId} ${now.directoryScopeId}`) ? [now] : [],
  );
}

function holdsAnyway(tenant: Tenant, principalId: string, roleId: string): boolean {
  return roleAssignmentsOf(tenant, principalId).some((assignment) => assignment.roleDefinitionId === roleId) || eligibilitiesOf(tenant, principalId).some((eligibility) => eligibility.roleDefinitionId === roleId);
}

/**
 * Users who gained the role by joining a role-assignable group that holds it: Entra grants a
 * group's roles to every member. Only groups the attempt changed are looked at.
 */
function joinedRoleGroups(start: Tenant, final: Tenant, roleId: string): { userId: string; group: string }[] {
  const joined: { userId: string; group: string }[] = [];
  for (const [before, after] of changedEntities(start.directory.groups, final.directory.groups)) {
    if (!after?.isAssignableToRole || !holdsAnyway(final, after.id, roleId)) continue;
    for (const userId of after.memberIds) {
      if (before?.memberIds.includes(userId) && holdsAnyway(start, after.id, roleId)) continue;
      const heldAtStart = holdsAnyway(start, userId, roleId) || roleAssignableGroupsOf(start, userId).some((group) => holdsAnyway(start, group.id, roleId));
      if (!heldAtStart && getById(final.directory.users, userId)) joined.push({ userId, group: after.displayName });
    }
  }
  return joined;
}

export const noRoleGained: Evaluator<'noRoleGained'> = (check, { start, final }) => {
  const role = roleTemplateByName(check.role);
  if (!role) return outcome(false, `${check.role} is not a built-in role`);
  const excepted = exceptedIds(start, final, check.except);
  const heldAtStart = (userId: string) => holdsAnyway(start, userId, role.id) || roleAssignableGroupsOf(start, userId).some((group) => holdsAnyway(start, group.id, role.id));
  /**
   * A role given to a group is held by its members: each one who did not hold it at the start
   * gained it, and is named (an excepted member's gain is the task's own). A group with no such
   * member gives the role to nobody yet.
   */
  const gainers = (principalId: string, how: string): string[] => {
    const group = getById(final.directory.groups, principalId);
    if (!group) return excepted.has(principalId) ? [] : [`${nameOf(final, principalId)}${how}`];
    if (excepted.has(group.id)) return [];
    return group.memberIds
      .filter((userId) => !excepted.has(userId) && getById(final.directory.users, userId) && !heldAtStart(userId))
      .map((userId) => `${nameOf(final, userId)} (${how ? `${how.trim().replace(/^\(|\)$/g, '')}, ` : ''}through the group ${group.displayName})`);
  };
  const gained = [
    ...gainedAssignments(start.roles.roleAssignments, final.roles.roleAssignments, role.id).flatMap((assignment) => gainers(assignment.principalId, '')),
    ...gainedAssignments(start.roles.roleEligibilitySchedules, final.roles.roleEligibilitySchedules, role.id).flatMap((eligibility) => gainers(eligibility.principalId, ' (eligible)')),
    ...joinedRoleGroups(start, final, role.id).filter(({ userId }) => !excepted.has(userId)).map(({ userId, group }) => `${nameOf(final, userId)} (through the group ${group})`),
  ];
  const names = [...new Set(gained)];
  return names.length === 0
    ? outcome(true, `no${check.except?.length ? ' other' : ''} principal gained ${role.displayName}`)
    : outcome(false, `gained ${role.displayName}: ${listNames(names)}`);
};

type CollectionName = 'users' | 'groups' | 'administrativeUnits' | 'domains';

const OBJECT_KIND = { users: 'user', groups: 'group', administrativeUnits: 'administrativeUnit', domains: 'domain' } as const;

function collectionOf(tenant: Tenant, name: CollectionName): Collection<{ readonly id: string }> {
  return name === 'domains' ? tenant.domains.domains : name === 'administrativeUnits' ? tenant.roles.administrativeUnits : tenant.directory[name];
}

function objectOf(name: CollectionName, entity: { readonly id: string }): DirectoryObject {
  return { kind: OBJECT_KIND[name], entity } as DirectoryObject;
}

function describeEntity(name: CollectionName, entity: { readonly id: string }): string {
  return describeObject(objectOf(name, entity));
}

export const noneDeleted: Evaluator<'noneDeleted'> = (check, { start, final }) => {
  const excepted = exceptedIds(start, final, check.except);
  const deleted: string[] = [];
  for (const [before, after] of changedEntities(collectionOf(start, check.collection), collectionOf(final, check.collection))) {
    if (before && !after && !excepted.has(before.id)) deleted.push(describeEntity(check.collection, before));
  }
  const noun = OBJECT_KIND[check.collection].replace('administrativeUnit', 'administrative unit');
  return deleted.length === 0
    ? outcome(true, `no${check.except?.length ? ' other' : ''} ${noun} was deleted`)
    : outcome(false, `deleted: ${listNames(deleted)}`);
};

function licenseKey(licenses: readonly AssignedLicense[]): string {
  return licenses
    .map((license) => `${license.skuId}:${[...license.disabledPlans].sort().join(',')}`)
    .sort()
    .join('|');
}

function licenseNames(licenses: readonly AssignedLicense[]): string {
  return licenses.length === 0 ? 'none' : licenses.map((license) => productName(license.skuId) + (license.disabledPlans.length ? ` (${license.disabledPlans.length} plans off)` : '')).join(', ');
}

export const licensesUnchanged: Evaluator<'licensesUnchanged'> = (check, { start, final }) => {
  const excepted = exceptedIds(start, final, check.except);
  const changed: string[] = [];
  for (const [before, after] of changedEntities(start.directory.users, final.directory.users)) {
    if (!before || !after || excepted.has(after.id)) continue;
    if (licenseKey(before.assignedLicenses) !== licenseKey(after.assignedLicenses)) {
      changed.push(`${after.displayName} (${licenseNames(before.assignedLicenses)} → ${licenseNames(after.assignedLicenses)})`);
    }
  }
  return changed.length === 0
    ? outcome(true, `no${check.except?.length ? ' other' : ''} user's licenses changed`)
    : outcome(false, `licenses changed for ${listNames(changed)}`);
};

export const unchanged: Evaluator<'unchanged'> = (check, { start, final }) => {
  const excepted = exceptedIds(start, final, check.except);
  const changed: string[] = [];
  for (const [before, after] of changedEntities(collectionOf(start, check.collection), collectionOf(final, check.collection))) {
    if (!before || !after || excepted.has(after.id)) continue;
    const old = readProperty(objectOf(check.collection, before), check.property);
    const now = readProperty(objectOf(check.collection, after), check.property);
    if (!sameValue(old, now, false)) changed.push(`${describeEntity(check.collection, after)} (${showValue(old)} → ${showValue(now)})`);
  }
  const noun = OBJECT_KIND[check.collection].replace('administrativeUnit', 'administrative unit');
  const label = propertyLabel(labelKindOf(check.collection), check.property);
  return changed.length === 0
    ? outcome(true, `no${check.except?.length ? ' other' : ''} ${noun}'s ${label} changed`)
    : outcome(false, `changed ${label}: ${listNames(changed)}`);
};
