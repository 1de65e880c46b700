import { roleTemplateById, roleTemplateByName, skuByPartNumber } from '../../tenant/catalog';
import { getById } from '../../tenant/collection';
import type { LicenseAssignmentStateRecord, Tenant, User } from '../../tenant/model';
import { activationsOf, eligibilitiesOf, roleAssignableGroupsOf, roleAssignmentsOf } from '../../tenant/areas/roles/rules/role-holders';
import { administrativeUnitIdOf, administrativeUnitScope } from '../../tenant/areas/roles/rules/role-scope';
import { administrativeUnitsNamed, groupsNamed, groupsWithMember, groupsWithOwner } from '../lookup';
import { productName, type DirectoryObject } from '../objects';
import { listNames, outcome, type Evaluator, type Outcome } from './context';
import { isOutcome, single } from './objects';

function user(tenant: Tenant, userPrincipalName: string): User | Outcome {
  const found = single(tenant, { user: userPrincipalName });
  return isOutcome(found) ? found : (found.entity as User);
}

function isUser(value: User | Outcome): value is User {
  return !('passed' in value);
}

function groupRelation(relation: 'member' | 'owner'): Evaluator<'memberOf' | 'ownerOf'> {
  return (check, { final }) => {
    const person = user(final, check.user);
    if (!isUser(person)) return person;
    const groups = groupsNamed(final, check.group);
    if (groups.length === 0) return outcome(false, `there is no group named ${check.group}`);
    const related = groups.some((group) => (relation === 'member' ? group.memberIds : group.ownerIds).includes(person.id));
    const of = relation === 'member' ? 'a member of' : 'an owner of';
    const held = (relation === 'member' ? groupsWithMember : groupsWithOwner)(final, person.id).map((group) => group.displayName);
    if (check.not) {
      return related ? outcome(false, `${person.displayName} is still ${of} ${check.group}`) : outcome(true, `${person.displayName} is not ${of} ${check.group}`);
    }
    return related
      ? outcome(true, `${person.displayName} is ${of} ${check.group}`)
      : outcome(false, `${person.displayName} is not ${of} ${check.group}; ${relation === 'member' ? 'member' : 'owner'} of: ${listNames(held)}`);
  };
}

export const memberOf = groupRelation('member') as Evaluator<'memberOf'>;
export const ownerOf = groupRelation('owner') as Evaluator<'ownerOf'>;

const HOLDING: ReadonlySet<LicenseAssignmentStateRecord['state']> = new Set(['Active', 'ActiveWithError']);

/** Where each of a user's licenses comes from and how it went, with direct licenses the builder wrote without states included. */
function licenseStates(person: User, skuId: string): LicenseAssignmentStateRecord[] {
  const states = person.licenseAssignmentStates.filter((state) => state.skuId === skuId);
  if (states.length > 0) return states;
  const assigned = person.assignedLicenses.find((license) => license.skuId === skuId);
  return assigned ? [{ skuId, disabledPlans: assigned.disabledPlans, assignedByGroup: null, state: 'Active', error: 'None', lastUpdatedDateTime: '' }] : [];
}

function source(tenant: Tenant, state: LicenseAssignmentStateRecord): string {
  if (state.assignedByGroup === null) return 'directly';
  return `through the group ${getById(tenant.directory.groups, state.assignedByGroup)?.displayName ?? state.assignedByGroup}`;
}

export const holdsLicense: Evaluator<'holdsLicense'> = (check, { final }) => {
  const person = user(final, check.user);
  if (!isUser(person)) return person;
  const sku = skuByPartNumber(check.sku);
  if (!sku) return outcome(false, `${check.sku} is not a product in the catalogue`);
  const product = sku.displayName;
  const wantedGroups = check.group ? groupsNamed(final, check.group).map((group) => group.id) : null;
  const via = check.group ? 'group' : (check.via ?? 'any');
  const states = licenseStates(person, sku.skuId);
  const fits = (state: LicenseAssignmentStateRecord) =>
    via === 'any' ||
    (via === 'direct' ? state.assignedByGroup === null : state.assignedByGroup !== null && (!wantedGroups || wantedGroups.includes(state.assignedByGroup)));
  const holding = states.filter((state) => HOLDING.has(state.state));
  const held = holding.filter(fits);
  const how = (list: readonly LicenseAssignmentStateRecord[]) => list.map((state) => source(final, state)).join(' and ');
  if (check.not) {
    return holding.length > 0 ? outcome(false, `${person.displayName} still holds ${product} (${how(holding)})`) : outcome(true, `${person.displayName} holds no ${product} license`);
  }
  if (held.length > 0) return outcome(true, `${person.displayName} holds ${product} ${how(held)}`);
  const failing = states.find((state) => !HOLDING.has(state.state) && fits(state));
  if (failing) return outcome(false, `${person.displayName}'s ${product} license assigned ${source(final, failing)} is in error (${failing.error})`);
  if (holding.length > 0) {
    const wanted = via === 'direct' ? 'directly' : check.group ? `through the group ${check.group}` : 'through a group';
    return outcome(false, `${person.displayName} holds ${product} ${how(holding)}, not ${wanted}`);
  }
  const others = person.assignedLicenses.map((license) => productName(license.skuId));
  return outcome(false, `${person.displayName} holds no ${product} license; licenses held: ${listNames(others)}`);
};

export const planDisabled: Evaluator<'planDisabled'> = (check, { final }) => {
  const person = user(final, check.user);
  if (!isUser(person)) return person;
  const sku = skuByPartNumber(check.sku);
  const plan = sku?.servicePlans.find((candidate) => candidate.servicePlanName.toLowerCase() === check.plan.toLowerCase());
  if (!sku || !plan) return outcome(false, `${check.plan} is not a service plan of ${check.sku}`);
  const states = licenseStates(person, sku.skuId).filter((state) => HOLDING.has(state.state));
  if (states.length === 0) return outcome(false, `${person.displayName} holds no ${sku.displayName} license`);
  const disabled = states.every((state) => state.disabledPlans.includes(plan.servicePlanId));
  const where = `in ${person.displayName}'s ${sku.displayName} license`;
  if (check.not) return disabled ? outcome(false, `${plan.displayName} is turned off ${where}`) : outcome(true, `${plan.displayName} is on ${where}`);
  return disabled ? outcome(true, `${plan.displayName} is turned off ${where}`) : outcome(false, `${plan.displayName} is still on ${where}`);
};

type Assignment = { readonly roleDefinitionId: string; readonly directoryScopeId: string };
type AssignmentType = 'active' | 'eligible' | 'activated';
/** An assignment and, when the principal holds it as a member of a role-assignable group, that group. */
type Held = { readonly assignment: Assignment; readonly through: string | null };

function assignmentsOf(tenant: Tenant, principalId: string, type: AssignmentType): readonly Assignment[] {
  if (type === 'eligible') return eligibilitiesOf(tenant, principalId);
  if (type === 'activated') return activationsOf(tenant, principalId);
  return roleAssignmentsOf(tenant, principalId);
}

/**
 * What a principal holds: its own assignments and, for a user, those of the role-assignable
 * groups they are a member of, which Entra grants to every member. Activations are always the
 * user's own.
 */
function heldBy(tenant: Tenant, principal: DirectoryObject, type: AssignmentType): Held[] {
  const own = assignmentsOf(tenant, principal.entity.id, type).map((assignment) => ({ assignment, through: null }));
  if (principal.kind !== 'user' || type === 'activated') return own;
  const inherited = roleAssignableGroupsOf(tenant, principal.entity.id).flatMap((group) =>
    assignmentsOf(tenant, group.id, type).map((assignment) => ({ assignment, through: group.displayName })),
  );
  return [...own, ...inherited];
}

function scopeName(tenant: Tenant, directoryScopeId: string): string {
  const unitId = administrativeUnitIdOf(directoryScopeId);
  if (unitId === undefined) return directoryScopeId === '/' ? 'tenant' : directoryScopeId;
  return `administrative unit ${getById(tenant.roles.administrativeUnits, unitId)?.displayName ?? unitId}`;
}

function describeHeld(tenant: Tenant, held: Held, type: AssignmentType | null): string {
  const details = [type && type !== 'active' ? type : null, scopeName(tenant, held.assignment.directoryScopeId), held.through ? `through the group ${held.through}` : null];
  return `${roleTemplateById(held.assignment.roleDefinitionId)?.displayName ?? held.assignment.roleDefinitionId} (${details.filter(Boolean).join(', ')})`;
}

/** Every role the principal holds, active, eligible or activated, for feedback. */
function describeRoles(tenant: Tenant, principal: DirectoryObject): string {
  return listNames((['active', 'eligible', 'activated'] as const).flatMap((type) => heldBy(tenant, principal, type).map((held) => describeHeld(tenant, held, type))));
}

export const holdsRole: Evaluator<'holdsRole'> = (check, { final }) => {
  const principal = check.group ? single(final, { group: check.group }) : single(final, { user: check.user ?? '' });
  if (isOutcome(principal)) return principal;
  const name = principal.kind === 'group' ? `the group ${principal.entity.displayName}` : (principal.entity as User).displayName;
  const role = roleTemplateByName(check.role);
  if (!role) return outcome(false, `${check.role} is not a built-in role`);
  let scopes: readonly string[] | null = null;
  let where = '';
  if (check.scope === 'tenant') {
    scopes = ['/'];
    where = ' for the whole tenant';
  } else if (check.scope) {
    const unitName = check.scope.administrativeUnit;
    scopes = administrativeUnitsNamed(final, unitName).map((unit) => administrativeUnitScope(unit.id));
    if (scopes.length === 0) return outcome(check.not === true, `there is no administrative unit named ${unitName}`);
    where = ` over the administrative unit ${unitName}`;
  }
  const type = check.assignment ?? 'active';
  const how = type === 'active' ? '' : ` (${type})`;
  const matching = heldBy(final, principal, type).filter(
    ({ assignment }) => assignment.roleDefinitionId === role.id && (scopes === null || scopes.includes(assignment.directoryScopeId)),
  );
  if (check.not) {
    return matching.length > 0
      ? outcome(false, `${name} holds ${matching.map((held) => describeHeld(final, held, type)).join(', ')}`)
      : outcome(true, `${name} does not hold ${role.displayName}${how}${where}`);
  }
  const through = matching.find((held) => held.through === null) ? '' : ` through the group ${matching[0]?.through}`;
  return matching.length > 0
    ? outcome(true, `${name} holds ${role.displayName}${how}${where}${through}`)
    : outcome(false, `${name} does not hold ${role.displayName}${how}${where}; roles held: ${describeRoles(final, principal)}`);
};

export const managerIs: Evaluator<'managerIs'> = (check, { final }) => {
  const person = user(final, check.user);
  if (!isUser(person)) return person;
  const current = person.managerId ? getById(final.directory.users, person.managerId) : undefined;
  const now = current ? `${person.displayName}'s manager is ${current.displayName}` : `${person.displayName} has no manager`;
  if (check.manager === null) return current ? outcome(false, `${now}; expected none`) : outcome(true, now);
  const wanted = user(final, check.manager);
  if (!isUser(wanted)) return wanted;
  return current?.id === wanted.id ? outcome(true, now) : outcome(false, `${now}, not ${wanted.displayName}`);
};
