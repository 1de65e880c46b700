import type { Draft } from 'immer';
import { entities, getById, putEntity, removeEntity } from '../../../collection';
import { defineCommand, type ApplyContext } from '../../../command';
import { notFound, TENANT_ERRORS, type TenantError } from '../../../errors';
import type { AdministrativeUnit, Group, ModifiedProperty, TargetResource, Tenant } from '../../../model';
import { cancelProcessesFor } from '../../../schedule';
import { principalTarget } from '../rules/pim-schedules';
import { administrativeUnitScope } from '../rules/role-scope';
import { ROLE_ACTIVITIES } from '../activities';
import { ROLE_ERRORS } from '../errors';
import { activityFields } from '../../../describe';

export interface CreateAdministrativeUnit {
  readonly type: 'administrativeUnit.create';
  readonly displayName: string;
  readonly description?: string | null;
  /** Only at creation: Entra never lets it change afterwards. */
  readonly isMemberManagementRestricted?: boolean;
}

export interface UpdateAdministrativeUnit {
  readonly type: 'administrativeUnit.update';
  readonly administrativeUnitId: string;
  readonly displayName?: string;
  readonly description?: string | null;
  /** Accepted only when unchanged: the setting is fixed at creation. */
  readonly isMemberManagementRestricted?: boolean;
}

export interface DeleteAdministrativeUnit {
  readonly type: 'administrativeUnit.delete';
  readonly administrativeUnitId: string;
}

/** Add users and groups; adding a group brings the group object into scope, not its members. */
export interface AddAdministrativeUnitMembers {
  readonly type: 'administrativeUnit.addMembers';
  readonly administrativeUnitId: string;
  readonly memberIds: readonly string[];
}

export interface RemoveAdministrativeUnitMember {
  readonly type: 'administrativeUnit.removeMember';
  readonly administrativeUnitId: string;
  readonly memberId: string;
}

const DISPLAY_NAME_MAX_LENGTH = 256;

function unitTarget(unit: AdministrativeUnit, modifiedProperties: readonly ModifiedProperty[] = []): TargetResource {
  return { id: unit.id, displayName: unit.displayName, type: 'AdministrativeUnit', modifiedProperties };
}

function displayNameError(displayName: string | undefined): TenantError | undefined {
  if (displayName === undefined) return undefined;
  if (!displayName.trim()) return TENANT_ERRORS.displayNameRequired();
  if (displayName.length > DISPLAY_NAME_MAX_LENGTH) {
    return TENANT_ERRORS.invalidProperty('displayName', 'AdministrativeUnit');
  }
  return undefined;
}

function unitOf(tenant: Tenant, administrativeUnitId: string): AdministrativeUnit | TenantError {
  return getById(tenant.roles.administrativeUnits, administrativeUnitId) ?? notFound('administrativeUnit', administrativeUnitId);
}

function isError(value: AdministrativeUnit | TenantError): value is TenantError {
  return 'code' in value;
}

/** Restricted management units hold users and security groups, not Microsoft 365 or mail-enabled groups. */
function isSecurityOnlyGroup(group: Group): boolean {
  return group.securityEnabled && !group.mailEnabled && !group.groupTypes.includes('Unified');
}

function memberError(tenant: Tenant, unit: AdministrativeUnit, memberId: string): TenantError | undefined {
  if (getById(tenant.directory.users, memberId)) return undefined;
  const group = getById(tenant.directory.groups, memberId);
  if (!group || group.deletedDateTime !== null) return notFound('member', memberId);
  if (unit.isMemberManagementRestricted && !isSecurityOnlyGroup(group)) {
    return ROLE_ERRORS.restrictedMemberType(group.displayName);
  }
  return undefined;
}

/** Restricted units get their own member activities in the audit log, beside the ordinary ones. */
function recordMembership(draft: Draft<Tenant>, unit: AdministrativeUnit, memberId: string, verb: 'Add' | 'Remove', main: boolean, context: ApplyContext): TargetResource[] {
  const targets = [principalTarget(draft, memberId), unitTarget(unit)];
  if (!main) {
    const activity = ROLE_ACTIVITIES[verb === 'Add' ? 'Add member to administrative unit' : 'Remove member from administrative unit'];
    context.record({ ...activityFields(activity), loggedByService: 'Core Directory', targetResources: targets });
  }
  if (unit.isMemberManagementRestricted) {
    context.record({
      ...activityFields(ROLE_ACTIVITIES[verb === 'Add' ? 'Add member to restricted management administrative unit' : 'Remove member from restricted management administrative unit']),
      loggedByService: 'Core Directory',
      targetResources: targets,
    });
  }
  return targets;
}

export const administrativeUnitCommands = {
  'administrativeUnit.create': defineCommand<CreateAdministrativeUnit>({
    permission: 'microsoft.directory/administrativeUnits/create',
    activity: ROLE_ACTIVITIES['Add administrative unit'],
    validate(_tenant, command) {
      return displayNameError(command.displayName ?? '');
    },
    apply(draft, command, context) {
      const unit: AdministrativeUnit = {
        id: context.newId(),
        displayName: command.displayName.trim(),
        description: command.description?.trim() || null,
        isMemberManagementRestricted: command.isMemberManagementRestricted ?? false,
        membershipType: 'Assigned',
        createdDateTime: context.now,
        memberIds: [],
      };
      putEntity(draft.roles.administrativeUnits, unit);
      return [
        unitTarget(unit, [
          { displayName: 'DisplayName', oldValue: null, newValue: unit.displayName },
          { displayName: 'IsMemberManagementRestricted', oldValue: null, newValue: String(unit.isMemberManagementRestricted) },
        ]),
      ];
    },
  }),

  'administrativeUnit.update': defineCommand<UpdateAdministrativeUnit>({
    permission: 'microsoft.directory/administrativeUnits/basic/update',
    activity: ROLE_ACTIVITIES['Update administrative unit'],
    validate(tenant, command) {
      const unit = unitOf(tenant, command.administrativeUnitId);
      if (isError(unit)) return unit;
      if (command.isMemberManagementRestricted !== undefined && command.isMemberManagementRestricted !== unit.isMemberManagementRestricted) {
        return ROLE_ERRORS.restrictedSettingFixed();
      }
      return displayNameError(command.displayName);
    },
    apply(draft, command) {
      const unit = getById(draft.roles.administrativeUnits, command.administrativeUnitId)!;
      const modified: ModifiedProperty[] = [];
      if (command.displayName !== undefined && command.displayName.trim() !== unit.displayName) {
        modified.push({ displayName: 'DisplayName', oldValue: unit.displayName, newValue: command.displayName.trim() });
        unit.displayName = command.displayName.trim();
      }
      if (command.description !== undefined && (command.description?.trim() || null) !== unit.description) {
        const description = command.description?.trim() || null;
        modified.push({ displayName: 'Description', oldValue: unit.description, newValue: description });
        unit.description = description;
      }
      return [unitTarget(unit, modified)];
    },
  }),

  'administrativeUnit.delete': defineCommand<DeleteAdministrativeUnit>({
    permission: 'microsoft.directory/administrativeUnits/delete',
    activity: ROLE_ACTIVITIES['Delete administrative unit'],
    validate(tenant, command) {
      const unit = unitOf(tenant, command.administrativeUnitId);
      return isError(unit) ? unit : undefined;
    },
    apply(draft, command) {
      const unit = getById(draft.roles.administrativeUnits, command.administrativeUnitId)!;
      removeEntity(draft.roles.administrativeUnits, unit.id);
      // Entra asks admins to remove the unit's scoped roles first; with no restore of units in the
      // sandbox, the roles, eligibilities and activations over it go with it instead of dangling.
      const scope = administrativeUnitScope(unit.id);
      for (const assignment of [...entities(draft.roles.roleAssignments)]) {
        if (assignment.directoryScopeId === scope) removeEntity(draft.roles.roleAssignments, assignment.id);
      }
      for (const eligibility of [...entities(draft.roles.roleEligibilitySchedules)]) {
        if (eligibility.directoryScopeId !== scope) continue;
        removeEntity(draft.roles.roleEligibilitySchedules, eligibility.id);
        cancelProcessesFor(draft, eligibility.id);
      }
      for (const instance of [...entities(draft.roles.roleAssignmentScheduleInstances)]) {
        if (instance.directoryScopeId !== scope) continue;
        removeEntity(draft.roles.roleAssignmentScheduleInstances, instance.id);
        cancelProcessesFor(draft, instance.id);
      }
      return [unitTarget(unit)];
    },
  }),

  'administrativeUnit.addMembers': defineCommand<AddAdministrativeUnitMembers>({
    permission: 'microsoft.directory/administrativeUnits/members/update',
    activity: ROLE_ACTIVITIES['Add member to administrative unit'],
    validate(tenant, command) {
      const unit = unitOf(tenant, command.administrativeUnitId);
      if (isError(unit)) return unit;
      if (command.memberIds.length === 0) return ROLE_ERRORS.noMembersSelected();
      const seen = new Set<string>();
      for (const memberId of command.memberIds) {
        if (seen.has(memberId) || unit.memberIds.includes(memberId)) {
          return TENANT_ERRORS.referenceAlreadyExists('members', 'memberIds');
        }
        seen.add(memberId);
        const error = memberError(tenant, unit, memberId);
        if (error) return error;
      }
      return undefined;
    },
    apply(draft, command, context) {
      const unit = getById(draft.roles.administrativeUnits, command.administrativeUnitId)!;
      unit.memberIds.push(...command.memberIds);
      // Entra logs one record per member; the first is this command's main record.
      const [first, ...rest] = command.memberIds;
      const targets = recordMembership(draft, unit, first!, 'Add', true, context);
      for (const memberId of rest) recordMembership(draft, unit, memberId, 'Add', false, context);
      return targets;
    },
  }),

  'administrativeUnit.removeMember': defineCommand<RemoveAdministrativeUnitMember>({
    permission: 'microsoft.directory/administrativeUnits/members/update',
    activity: ROLE_ACTIVITIES['Remove member from administrative unit'],
    validate(tenant, command) {
      const unit = unitOf(tenant, command.administrativeUnitId);
      if (isError(unit)) return unit;
      return unit.memberIds.includes(command.memberId) ? undefined : notFound('member', command.memberId);
    },
    apply(draft, command, context) {
      const unit = getById(draft.roles.administrativeUnits, command.administrativeUnitId)!;
      unit.memberIds.splice(unit.memberIds.indexOf(command.memberId), 1);
      return recordMembership(draft, unit, command.memberId, 'Remove', true, context);
    },
  }),
};
