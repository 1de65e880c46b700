import { roleTemplateById, roleTemplateByName } from '../../tenant/catalog';
import { getById } from '../../tenant/collection';
import type { Tenant } from '../../tenant/model';
import { activationsOf, activationsOfRole, eligibilitiesOf, eligibilitiesOfRole, roleAssignableGroupsOf, roleAssignmentsOf, roleAssignmentsOfRole } from '../../tenant/areas/roles/rules/role-holders';
import { administrativeUnitIdOf, administrativeUnitScope } from '../../tenant/areas/roles/rules/role-scope';
import { findObjects, nameText, type DirectoryObject, type NameRef } from '../objects';
import { listNames, outcome, type Evaluator, type GradingContext, type Outcome } from './context';
import { isDeleted, isOutcome, single, subjectName, userSubject } from './objects';
import { explainRoles } from './role-permissions';

type Assignment = { readonly roleDefinitionId: string; readonly directoryScopeId: string; readonly principalId: string };
export type AssignmentType = 'active' | 'eligible' | 'activated';
/** An assignment and, when the principal holds it as a member of a role-assignable group, that group. */
type Held = { readonly assignment: Assignment; readonly through: string | null };

function assignmentsOf(tenant: Tenant, principalId: string, type: AssignmentType): readonly Assignment[] {
  if (type === 'eligible') return eligibilitiesOf(tenant, principalId);
  if (type === 'activated') return activationsOf(tenant, principalId);
  return roleAssignmentsOf(tenant, principalId);
}

function assignmentsOfRole(tenant: Tenant, roleId: string, type: AssignmentType): readonly Assignment[] {
  if (type === 'eligible') return eligibilitiesOfRole(tenant, roleId);
  if (type === 'activated') return activationsOfRole(tenant, roleId);
  return roleAssignmentsOfRole(tenant, roleId);
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

/**
 * The users who effectively hold a role (at the given scopes, or any): assigned it themselves, or
 * members of a role-assignable group assigned it. Keyed by user id, with where each holds it from.
 */
export function effectiveHolders(tenant: Tenant, roleId: string, scopes: readonly string[] | null, type: AssignmentType): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  const add = (userId: string, how: string) => holders.set(userId, [...(holders.get(userId) ?? []), how]);
  for (const assignment of assignmentsOfRole(tenant, roleId, type)) {
    if (scopes !== null && !scopes.includes(assignment.directoryScopeId)) continue;
    if (getById(tenant.directory.users, assignment.principalId)) {
      add(assignment.principalId, 'directly');
      continue;
    }
    const group = getById(tenant.directory.groups, assignment.principalId);
    if (!group || type === 'activated') continue;
    for (const memberId of group.memberIds) if (getById(tenant.directory.users, memberId)) add(memberId, `through the group ${group.displayName}`);
  }
  return holders;
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
function allHeld(tenant: Tenant, principal: DirectoryObject): { held: Held; type: AssignmentType }[] {
  return (['active', 'eligible', 'activated'] as const).flatMap((type) => heldBy(tenant, principal, type).map((held) => ({ held, type })));
}

/** The scopes a check names: null for any, or the directory scope ids, or why it names none. */
export function scopesOf(context: GradingContext, scope: 'tenant' | { readonly administrativeUnit: NameRef } | undefined): { scopes: readonly string[] | null; where: string } | Outcome {
  if (scope === undefined) return { scopes: null, where: '' };
  if (scope === 'tenant') return { scopes: ['/'], where: ' for the whole tenant' };
  const name = nameText(scope.administrativeUnit);
  const units = findObjects(context.final, { administrativeUnit: scope.administrativeUnit }, context.start);
  if (units.length === 0) return outcome(false, `there is no administrative unit named ${name}`);
  return { scopes: units.map((unit) => administrativeUnitScope(unit.entity.id)), where: ` over the administrative unit ${name}` };
}

function principalOf(context: GradingContext, check: { readonly user?: NameRef | undefined; readonly group?: NameRef | undefined }): DirectoryObject | Outcome {
  return check.group !== undefined ? single(context.final, { group: check.group }, context.start) : userSubject(context, check.user ?? '');
}

/**
 * holdsRole. A role held through a role-assignable group counts for its members. A user in
 * Deleted users holds no role in use: `not: true` passes for them, the positive check fails. A
 * failure explains the difference between the roles held and the one asked for from their
 * permissions; its hint-safe version does not name the role asked for.
 */
export const holdsRole: Evaluator<'holdsRole'> = (check, context) => {
  const { final, start } = context;
  const principal = principalOf(context, check);
  if (isOutcome(principal)) return principal;
  const name = subjectName(principal);
  const role = roleTemplateByName(check.role);
  if (!role) return outcome(false, `${check.role} is not a built-in role`);
  const scoped = scopesOf(context, check.scope);
  if ('passed' in scoped) return check.not ? outcome(true, scoped.found) : scoped;
  const { scopes, where } = scoped;
  const type = check.assignment ?? 'active';
  const how = type === 'active' ? '' : ` (${type})`;
  if (isDeleted(principal)) {
    return check.not ? outcome(true, `${name} is in Deleted users, so holds no role in use`) : outcome(false, `${name} is in Deleted users, so holds no role in use`);
  }
  const matchingIn = (tenant: Tenant, object: DirectoryObject) =>
    heldBy(tenant, object, type).filter(({ assignment }) => assignment.roleDefinitionId === role.id && (scopes === null || scopes.includes(assignment.directoryScopeId)));
  const matching = matchingIn(final, principal);
  if (check.not) {
    if (matching.length === 0) return outcome(true, `${name} does not hold ${role.displayName}${how}${where}`);
    const still = matchingIn(start, principal).length > 0 ? 'still ' : '';
    const found = `${name} ${still}holds ${matching.map((held) => describeHeld(final, held, type)).join(', ')}`;
    return outcome(false, found, `${name} ${still}holds a role the task rules out`);
  }
  if (matching.length > 0) {
    const through = matching.find((held) => held.through === null) ? '' : ` through the group ${matching[0]?.through}`;
    return outcome(true, `${name} holds ${role.displayName}${how}${where}${through}`);
  }
  const held = allHeld(final, principal);
  const heldText = listNames(held.map(({ held: one, type: kind }) => describeHeld(final, one, kind)));
  const sameRole = held.filter(({ held: one }) => one.assignment.roleDefinitionId === role.id);
  const explanation = explainRoles(role.id, held.map(({ held: one }) => one.assignment.roleDefinitionId));
  const why = sameRole.length === 0 && explanation ? `. ${sentenceStart(explanation.full)}` : '';
  const safeWhy = sameRole.length === 0 && explanation ? `. ${sentenceStart(explanation.safe)}` : '';
  const safeWhat = sameRole.length > 0 ? 'holds the right role, but not with the scope or assignment type the task asks for' : 'does not hold the role the task asks for';
  return outcome(false, `${name} does not hold ${role.displayName}${how}${where}; roles held: ${heldText}${why}`, `${name} ${safeWhat}; roles held: ${heldText}${safeWhy}`);
};

function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

