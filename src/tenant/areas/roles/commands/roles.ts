import { original, type Draft } from 'immer';
import { ROLE, roleTemplateById } from '../../../catalog';
import { getById, putEntity, removeEntity } from '../../../collection';
import { defineCommand, type ApplyContext } from '../../../command';
import { notFound, type TenantError } from '../../../errors';
import type { RoleAssignment, TargetResource, Tenant } from '../../../model';
import { activeHoldersOfRole, roleAssignmentsOf } from '../rules/role-holders';
import { administrativeUnitIdOf, roleScopeError, TENANT_SCOPE } from '../rules/role-scope';
import { principalTarget, roleTarget } from '../rules/pim-schedules';
import { ROLE_ACTIVITIES } from '../activities';
import { ROLE_ERRORS } from '../errors';
import { activityFields } from '../../../describe';

/** Give a user or a role-assignable group a role, across the directory or over an administrative unit. */
export interface AssignRole {
  readonly type: 'role.assign';
  readonly principalId: string;
  readonly roleDefinitionId: string;
  /** `/` (the default) or `/administrativeUnits/<id>`. */
  readonly directoryScopeId?: string;
}

/** Take a role assignment away, named by its id or by who holds which role where. */
export type RemoveRole = { readonly type: 'role.remove' } & (
  | { readonly assignmentId: string }
  | { readonly principalId: string; readonly roleDefinitionId: string; readonly directoryScopeId?: string }
);

/** Role management needs the action only Privileged Role Administrators and Global Administrators hold. */
const MANAGE_ROLE_ASSIGNMENTS = 'microsoft.directory/roleAssignments/allProperties/allTasks';

/**
 * The principal of a role assignment or eligibility: an active user, or a group created as
 * role-assignable (Entra refuses every other group with Graph's message below).
 */
export function rolePrincipalError(tenant: Tenant, principalId: string): TenantError | undefined {
  if (getById(tenant.directory.users, principalId)) return undefined;
  const group = getById(tenant.directory.groups, principalId);
  if (!group || group.deletedDateTime !== null) return notFound('principal', principalId);
  if (!group.isAssignableToRole) {
    return ROLE_ERRORS.groupNotRoleAssignable();
  }
  return undefined;
}

/** Immer's base of the root draft: the committed state `validate` saw, where indexes may be queried. */
export function committedState(draft: Draft<Tenant>): Tenant {
  return original(draft) as Tenant;
}

function findAssignment(tenant: Tenant, command: RemoveRole): RoleAssignment | undefined {
  if ('assignmentId' in command) return getById(tenant.roles.roleAssignments, command.assignmentId);
  const scope = command.directoryScopeId ?? TENANT_SCOPE;
  return roleAssignmentsOf(tenant, command.principalId).find(
    (assignment) => assignment.roleDefinitionId === command.roleDefinitionId && assignment.directoryScopeId === scope,
  );
}

function assignmentTargets(tenant: Draft<Tenant>, assignment: RoleAssignment): TargetResource[] {
  const role = roleTemplateById(assignment.roleDefinitionId);
  return [
    {
      ...principalTarget(tenant, assignment.principalId),
      modifiedProperties: [
        { displayName: 'Role.DisplayName', oldValue: null, newValue: role?.displayName ?? null },
        { displayName: 'Role.TemplateId', oldValue: null, newValue: assignment.roleDefinitionId },
        { displayName: 'Role.DirectoryScopeId', oldValue: null, newValue: assignment.directoryScopeId },
      ],
    },
    roleTarget(assignment.roleDefinitionId),
  ];
}

/**
 * Roles over a restricted management administrative unit get an audit record of their own, so
 * changes to who may manage the protected objects stand out (admin-units-restricted-management).
 */
function recordRestrictedScope(draft: Draft<Tenant>, assignment: RoleAssignment, verb: 'Add' | 'Remove', context: ApplyContext): void {
  const administrativeUnitId = administrativeUnitIdOf(assignment.directoryScopeId);
  const unit = administrativeUnitId === undefined ? undefined : getById(draft.roles.administrativeUnits, administrativeUnitId);
  if (!unit?.isMemberManagementRestricted) return;
  context.record({
    ...activityFields(ROLE_ACTIVITIES[`${verb === 'Add' ? 'Add member to' : 'Remove member from'} role scoped over Restricted Management Administrative Unit`]),
    loggedByService: 'Core Directory',
    targetResources: [
      ...assignmentTargets(draft, assignment),
      { id: unit.id, displayName: unit.displayName, type: 'AdministrativeUnit', modifiedProperties: [] },
    ],
  });
}

export const roleCommands = {
  'role.assign': defineCommand<AssignRole>({
    permission: MANAGE_ROLE_ASSIGNMENTS,
    activity: ROLE_ACTIVITIES['Add member to role'],
    validate(tenant, command) {
      const scope = command.directoryScopeId ?? TENANT_SCOPE;
      const error = rolePrincipalError(tenant, command.principalId) ?? roleScopeError(tenant, command.roleDefinitionId, scope);
      if (error) return error;
      const duplicate = roleAssignmentsOf(tenant, command.principalId).some(
        (assignment) => assignment.roleDefinitionId === command.roleDefinitionId && assignment.directoryScopeId === scope,
      );
      if (duplicate) {
        return ROLE_ERRORS.conflictingObject();
      }
      return undefined;
    },
    apply(draft, command, context) {
      const assignment: RoleAssignment = {
        id: context.newId(),
        principalId: command.principalId,
        roleDefinitionId: command.roleDefinitionId,
        directoryScopeId: command.directoryScopeId ?? TENANT_SCOPE,
        createdDateTime: context.now,
      };
      putEntity(draft.roles.roleAssignments, assignment);
      recordRestrictedScope(draft, assignment, 'Add', context);
      return assignmentTargets(draft, assignment);
    },
  }),

  'role.remove': defineCommand<RemoveRole>({
    permission: MANAGE_ROLE_ASSIGNMENTS,
    activity: ROLE_ACTIVITIES['Remove member from role'],
    validate(tenant, command, context) {
      const assignment = findAssignment(tenant, command);
      if (!assignment) return notFound('roleAssignment', 'assignmentId' in command ? command.assignmentId : command.principalId);
      if (assignment.roleDefinitionId !== ROLE.globalAdministrator || assignment.directoryScopeId !== TENANT_SCOPE) return undefined;
      if (context.actor.kind === 'user' && context.actor.userId === assignment.principalId) {
        // Graph's own guard: nobody removes their own Global Administrator role.
        return ROLE_ERRORS.removeSelfFromGlobalAdministrator();
      }
      if (activeHoldersOfRole(tenant, ROLE.globalAdministrator, TENANT_SCOPE, { sourceId: assignment.id }).size === 0) {
        // Entra keeps a tenant from losing its last active Global Administrator.
        return ROLE_ERRORS.lastGlobalAdministrator();
      }
      return undefined;
    },
    apply(draft, command, context) {
      const assignment = findAssignment(committedState(draft), command)!;
      removeEntity(draft.roles.roleAssignments, assignment.id);
      recordRestrictedScope(draft, assignment, 'Remove', context);
      return assignmentTargets(draft, assignment);
    },
  }),
};
