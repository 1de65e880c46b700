import {
  activationMaximumHours,
  administrativeUnitIdOf,
  auditRecords,
  builtInRoles,
  DEFAULT_ROLE_SETTINGS,
  entities,
  getById,
  heldRoles,
  myEligibleRoles,
  pendingActivationApprovals,
  roleHolders,
  roleSettings,
  roleTemplateById,
  TENANT_SCOPE,
  type RoleHolderRow,
  type RoleSettings,
  type Tenant,
} from '../tenant';

/** Reads for Privileged Identity Management: My roles, the role settings and Approve requests. */

function roleName(roleDefinitionId: string): string {
  return roleTemplateById(roleDefinitionId)?.displayName ?? roleDefinitionId;
}

/** "Directory" for the whole tenant, else the administrative unit's name, as PIM's Scope column says. */
export function scopeName(tenant: Tenant, directoryScopeId: string): string {
  if (directoryScopeId === TENANT_SCOPE) return 'Directory';
  const unitId = administrativeUnitIdOf(directoryScopeId) ?? directoryScopeId;
  return getById(tenant.roles.administrativeUnits, unitId)?.displayName ?? unitId;
}

export interface MyEligibleRow {
  readonly roleDefinitionId: string;
  readonly roleName: string;
  readonly directoryScopeId: string;
  readonly scope: string;
  /** "Direct", or "Group" when eligible through a role-assignable group. */
  readonly membership: 'Direct' | 'Group';
  readonly groupName: string | null;
  readonly endDateTime: string | null;
  readonly state: 'Eligible' | 'Activated' | 'PendingApproval';
  /** The role's settings the Activate pane applies. */
  readonly maximumHours: number;
  readonly requiresJustification: boolean;
  readonly requiresTicket: boolean;
  readonly requiresApproval: boolean;
}

export interface MyActiveRow {
  readonly roleDefinitionId: string;
  readonly roleName: string;
  readonly directoryScopeId: string;
  readonly scope: string;
  readonly membership: 'Direct' | 'Group';
  readonly state: 'Assigned' | 'Activated';
  readonly endDateTime: string | null;
  readonly sourceId: string;
}

export interface MyRoles {
  readonly eligible: readonly MyEligibleRow[];
  readonly active: readonly MyActiveRow[];
}

/** "My roles | Microsoft Entra roles" for the signed-in user: what they may activate and what they hold. */
export function myRolesSelector(userId: string): (tenant: Tenant) => MyRoles {
  return (tenant) => {
    const eligible = myEligibleRoles(tenant, userId).map((entry): MyEligibleRow => {
      const { eligibility } = entry;
      const settings = roleSettings(tenant, eligibility.roleDefinitionId);
      return {
        roleDefinitionId: eligibility.roleDefinitionId,
        roleName: roleName(eligibility.roleDefinitionId),
        directoryScopeId: eligibility.directoryScopeId,
        scope: scopeName(tenant, eligibility.directoryScopeId),
        membership: entry.memberType,
        groupName: entry.groupId ? (getById(tenant.directory.groups, entry.groupId)?.displayName ?? null) : null,
        endDateTime: eligibility.scheduleInfo.expiration.endDateTime,
        state: entry.state,
        maximumHours: activationMaximumHours(settings),
        requiresJustification: settings.activationRequirements.includes('Justification'),
        requiresTicket: settings.activationRequirements.includes('Ticketing'),
        requiresApproval: settings.isApprovalRequired,
      };
    });
    const active = heldRoles(tenant, userId).map((role) => ({
      roleDefinitionId: role.roleDefinitionId,
      roleName: roleName(role.roleDefinitionId),
      directoryScopeId: role.directoryScopeId,
      scope: scopeName(tenant, role.directoryScopeId),
      membership: role.memberType,
      state: role.assignmentType,
      endDateTime: role.endDateTime,
      sourceId: role.sourceId,
    }));
    const byRole = (a: { roleName: string; scope: string }, b: { roleName: string; scope: string }) => a.roleName.localeCompare(b.roleName, 'en') || a.scope.localeCompare(b.scope, 'en');
    return { eligible: eligible.sort(byRole), active: active.sort(byRole) };
  };
}

export function myRolesEqual(a: MyRoles, b: MyRoles): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface RoleSettingRow {
  readonly roleDefinitionId: string;
  readonly roleName: string;
  readonly isPrivileged: boolean;
  readonly settings: RoleSettings;
  /** Someone edited the settings (a policy is stored), rather than the defaults applying. */
  readonly modified: boolean;
}

/** "Role settings": every role with the settings PIM applies to it. */
export function selectRoleSettings(tenant: Tenant): RoleSettingRow[] {
  return builtInRoles
    .map((role) => {
      const settings = roleSettings(tenant, role.id);
      // A role nobody edited gets the shared defaults object itself.
      return { roleDefinitionId: role.id, roleName: role.displayName, isPrivileged: role.isPrivileged, settings, modified: settings !== DEFAULT_ROLE_SETTINGS };
    })
    .sort((a, b) => a.roleName.localeCompare(b.roleName, 'en'));
}

export function roleSettingsSelector(roleDefinitionId: string): (tenant: Tenant) => RoleSettings {
  return (tenant) => roleSettings(tenant, roleDefinitionId);
}

export interface ApprovalRow {
  readonly requestId: string;
  readonly requestor: string;
  readonly requestorUpn: string;
  readonly roleName: string;
  readonly scope: string;
  readonly justification: string | null;
  /** How long the activation asks for, in hours. */
  readonly hours: number;
  readonly createdDateTime: string;
}

/** "Approve requests" > "Requests for role activations". */
export function selectApprovals(tenant: Tenant): ApprovalRow[] {
  return pendingActivationApprovals(tenant).map((request) => {
    const user = getById(tenant.directory.users, request.principalId);
    const match = /^PT(\d+)H(?:(\d+)M)?$/.exec(request.duration ?? '');
    return {
      requestId: request.id,
      requestor: user?.displayName ?? request.principalId,
      requestorUpn: user?.userPrincipalName ?? '',
      roleName: roleName(request.roleDefinitionId),
      scope: scopeName(tenant, request.directoryScopeId),
      justification: request.justification,
      hours: match ? Number(match[1]) + Number(match[2] ?? 0) / 60 : 0,
      createdDateTime: request.createdDateTime,
    };
  });
}

export interface ExpiredRow {
  readonly id: string;
  readonly principalName: string;
  readonly userPrincipalName: string | null;
  readonly roleDefinitionId: string;
  readonly roleName: string;
  /** Which kind of assignment ran out. */
  readonly state: 'Eligible' | 'Activated';
  readonly endDateTime: string;
}

const EXPIRED_ACTIVITIES: Readonly<Record<string, ExpiredRow['state']>> = {
  'Remove eligible member from role in PIM completed (timebound)': 'Eligible',
  'Remove member from role (PIM activation expired)': 'Activated',
};

/**
 * "Expired assignments": eligibilities and activations that reached their end, read back from PIM's
 * own audit records (the schedules themselves are gone once they end), newest first.
 */
export function expiredAssignmentsSelector(roleDefinitionId: string | null): (tenant: Tenant) => ExpiredRow[] {
  return (tenant) => {
    const rows: ExpiredRow[] = [];
    for (const record of auditRecords(tenant)) {
      const state = EXPIRED_ACTIVITIES[record.activityDisplayName];
      if (!state || record.loggedByService !== 'PIM') continue;
      const principal = record.targetResources.find((target) => target.type === 'User' || target.type === 'Group');
      const role = record.targetResources.find((target) => target.type === 'Role');
      if (!principal || !role || (roleDefinitionId !== null && role.id !== roleDefinitionId)) continue;
      rows.push({
        id: record.id,
        principalName: principal.displayName ?? principal.id,
        userPrincipalName: principal.userPrincipalName ?? null,
        roleDefinitionId: role.id,
        roleName: role.displayName ?? roleName(role.id),
        state,
        endDateTime: record.activityDateTime,
      });
    }
    return rows.reverse();
  };
}

export interface PimRoleRow {
  readonly roleDefinitionId: string;
  readonly roleName: string;
  readonly isPrivileged: boolean;
  readonly eligible: number;
  readonly active: number;
}

/** PIM's "Roles": every role with how many hold it or may activate it. */
export function selectPimRoles(tenant: Tenant): PimRoleRow[] {
  const eligible = new Map<string, number>();
  const active = new Map<string, number>();
  const bump = (counts: Map<string, number>, roleId: string) => counts.set(roleId, (counts.get(roleId) ?? 0) + 1);
  for (const eligibility of entities(tenant.roles.roleEligibilitySchedules)) bump(eligible, eligibility.roleDefinitionId);
  for (const assignment of entities(tenant.roles.roleAssignments)) bump(active, assignment.roleDefinitionId);
  for (const instance of entities(tenant.roles.roleAssignmentScheduleInstances)) bump(active, instance.roleDefinitionId);
  return builtInRoles
    .map((role) => ({ roleDefinitionId: role.id, roleName: role.displayName, isPrivileged: role.isPrivileged, eligible: eligible.get(role.id) ?? 0, active: active.get(role.id) ?? 0 }))
    .sort((a, b) => a.roleName.localeCompare(b.roleName, 'en'));
}

/** PIM's "Assignments": every role's holders, each row naming its role. */
export function selectAllAssignments(tenant: Tenant): (RoleHolderRow & { readonly roleName: string })[] {
  const roleIds = new Set<string>();
  for (const assignment of entities(tenant.roles.roleAssignments)) roleIds.add(assignment.roleDefinitionId);
  for (const eligibility of entities(tenant.roles.roleEligibilitySchedules)) roleIds.add(eligibility.roleDefinitionId);
  for (const instance of entities(tenant.roles.roleAssignmentScheduleInstances)) roleIds.add(instance.roleDefinitionId);
  return [...roleIds]
    .map((roleId) => ({ roleId, name: roleName(roleId) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .flatMap(({ roleId, name }) => roleHolders(tenant, roleId).map((row) => ({ ...row, roleName: name })));
}
