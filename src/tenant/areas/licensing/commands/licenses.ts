import type { Draft } from 'immer';
import { getById } from '../../../collection';
import { defineCommand } from '../../../command';
import { notFound, TENANT_ERRORS, type TenantError } from '../../../errors';
import type { AssignedLicense, Group, LicenseAssignmentStateRecord, Tenant, User } from '../../../model';
import type { PermissionRequirement } from '../../roles/permissions';
import { reprocessGroup, reprocessUser } from '../rules/group-licensing';
import {
  describeLicenses,
  freeSeats,
  isCompanyLicense,
  isHeld,
  licenseAuditEntry,
  plain,
  subscribedSkuOf,
  userLicenseTarget,
  writeLicenseStates,
} from '../rules/license-assignment';
import {
  conflictingPlans,
  enabledPlanIds,
  isUsageLocationAllowed,
  licenseSetError,
  missingPrerequisites,
} from '../rules/licensing';
import { DIRECTORY_ACTIVITIES } from '../../directory/activities';
import { LICENSING_ACTIVITIES } from '../activities';
import { LICENSING_ERRORS } from '../errors';

/** Graph's `POST /users/{id}/assignLicense`: both lists, in one request (pass [] when unused). */
export interface AssignUserLicense {
  readonly type: 'user.assignLicense';
  readonly userId: string;
  readonly addLicenses: readonly AssignedLicense[];
  readonly removeLicenses: readonly string[];
}

/**
 * Setting a user's usage location, the one profile property a License Administrator may change
 * (`microsoft.directory/users/usageLocation/update`), as the admin center's "Usage location" box
 * on the Licenses and apps tab does. The box has no empty choice, so it can't clear it.
 */
export interface SetUsageLocation {
  readonly type: 'user.setUsageLocation';
  readonly userId: string;
  readonly usageLocation: string;
}

/** Graph's `POST /groups/{id}/assignLicense`, for group-based licensing. */
export interface AssignGroupLicense {
  readonly type: 'group.assignLicense';
  readonly groupId: string;
  readonly addLicenses: readonly AssignedLicense[];
  readonly removeLicenses: readonly string[];
}

/** "Reprocess" on a group's Licenses page (`POST /groups/{id}/reprocessLicenseAssignment`). */
export interface ReprocessGroupLicenses {
  readonly type: 'group.reprocessLicenseAssignment';
  readonly groupId: string;
}

/** "Reprocess" on a user's Licenses page (`POST /users/{id}/reprocessLicenseAssignment`). */
export interface ReprocessUserLicenses {
  readonly type: 'user.reprocessLicenseAssignment';
  readonly userId: string;
}

function listsError(command: { readonly addLicenses: unknown; readonly removeLicenses: unknown }): TenantError | undefined {
  if (!Array.isArray(command.addLicenses) || !Array.isArray(command.removeLicenses)) {
    return LICENSING_ERRORS.listsRequired();
  }
  return undefined;
}

function bothListsError(command: { readonly addLicenses: readonly AssignedLicense[]; readonly removeLicenses: readonly string[] }): TenantError | undefined {
  const added = command.addLicenses.find((license) => command.removeLicenses.includes(license.skuId));
  return added && LICENSING_ERRORS.addedAndRemoved(added.skuId);
}

/** The licenses both lists name must be products the tenant holds. */
function companyLicensesError(tenant: Tenant, command: { readonly addLicenses: readonly AssignedLicense[]; readonly removeLicenses: readonly string[] }): TenantError | undefined {
  for (const skuId of command.removeLicenses) if (!isCompanyLicense(subscribedSkuOf(tenant, skuId))) return LICENSING_ERRORS.invalidLicense(skuId, 'removeLicenses');
  const setError = licenseSetError(command.addLicenses);
  if (setError) return setError;
  for (const license of command.addLicenses) if (!isCompanyLicense(subscribedSkuOf(tenant, license.skuId))) return LICENSING_ERRORS.invalidLicense(license.skuId);
  return undefined;
}

function plansOf(records: readonly { readonly skuId: string; readonly disabledPlans: readonly string[] }[]): Set<string> {
  const plans = new Set<string>();
  for (const record of records) for (const id of enabledPlanIds(record)) plans.add(id);
  return plans;
}

/** A user's direct assignment states once the command's additions and removals are made. */
function directStatesAfter(user: User, command: AssignUserLicense, now: string): LicenseAssignmentStateRecord[] {
  const direct = user.licenseAssignmentStates.filter((record) => record.assignedByGroup === null && !command.removeLicenses.includes(record.skuId));
  const result = direct.map((record) => {
    const added = command.addLicenses.find((license) => license.skuId === record.skuId);
    return added ? { ...record, disabledPlans: [...added.disabledPlans], lastUpdatedDateTime: now } : record;
  });
  for (const license of command.addLicenses) {
    if (direct.some((record) => record.skuId === license.skuId)) continue;
    result.push({ skuId: license.skuId, disabledPlans: [...license.disabledPlans], assignedByGroup: null, state: 'Active', error: 'None', lastUpdatedDateTime: now });
  }
  return result;
}

function userAssignmentError(tenant: Tenant, user: User, command: AssignUserLicense, now: string): TenantError | undefined {
  for (const skuId of command.removeLicenses) {
    const records = user.licenseAssignmentStates.filter((record) => record.skuId === skuId);
    if (records.some((record) => record.assignedByGroup === null)) continue;
    if (records.length > 0) {
      return LICENSING_ERRORS.inherited();
    }
    return LICENSING_ERRORS.userLicenseNotAssigned();
  }
  if (command.addLicenses.length > 0 && (!user.usageLocation || !isUsageLocationAllowed(user.usageLocation))) return LICENSING_ERRORS.usageLocation();

  const inherited = user.licenseAssignmentStates.filter((record) => record.assignedByGroup !== null && isHeld(record));
  const after = [...directStatesAfter(user, command, now), ...inherited];
  for (const license of command.addLicenses) {
    const conflict = conflictingPlans(enabledPlanIds(license), plansOf(after.filter((record) => record.skuId !== license.skuId)));
    if (conflict) return LICENSING_ERRORS.mutuallyExclusive(conflict[0], conflict[1]);
  }

  const before = new Set(missingPrerequisites(plansOf(user.licenseAssignmentStates.filter(isHeld))).map(([id]) => id));
  const addedPlans = plansOf(command.addLicenses);
  for (const [id, prerequisites] of missingPrerequisites(plansOf(after))) {
    if (!before.has(id)) return LICENSING_ERRORS.dependencyMissing(id, prerequisites, addedPlans.has(id) ? 'addLicenses' : 'removeLicenses');
  }

  for (const license of command.addLicenses) {
    if (user.assignedLicenses.some((held) => held.skuId === license.skuId)) continue;
    if (freeSeats(subscribedSkuOf(tenant, license.skuId)!) < 1) return LICENSING_ERRORS.noAvailableLicenses(license.skuId);
  }
  return undefined;
}

function userRequirement(action: string) {
  return (command: { readonly userId: string }): PermissionRequirement => ({ action, targetId: command.userId });
}

/** Role-assignable groups need their own action, which Groups and License Administrators lack. */
function groupRequirement(task: 'assignLicense' | 'reprocessLicenseAssignment') {
  return (command: { readonly groupId: string }, tenant: Tenant): PermissionRequirement => {
    const group = getById(tenant.directory.groups, command.groupId);
    const entity = group?.isAssignableToRole ? 'groupsAssignableToRoles' : 'groups';
    return { action: `microsoft.directory/${entity}/${task}`, targetId: command.groupId };
  };
}

function groupLicensesAfter(group: Group, command: AssignGroupLicense): AssignedLicense[] {
  const kept = group.assignedLicenses.filter((license) => !command.removeLicenses.includes(license.skuId));
  const result = kept.map((license) => command.addLicenses.find((added) => added.skuId === license.skuId) ?? license);
  for (const license of command.addLicenses) if (!kept.some((held) => held.skuId === license.skuId)) result.push(license);
  return result.map((license) => ({ skuId: license.skuId, disabledPlans: [...license.disabledPlans] }));
}

function groupAssignmentError(group: Group, command: AssignGroupLicense): TenantError | undefined {
  if (!group.securityEnabled) {
    return LICENSING_ERRORS.groupNotSupported();
  }
  for (const skuId of command.removeLicenses) {
    if (!group.assignedLicenses.some((license) => license.skuId === skuId)) {
      return LICENSING_ERRORS.groupLicenseNotAssigned();
    }
  }
  // Asynchronous for members, but the group's own set must hold together: an add-on needs its
  // prerequisite in the same group, and two conflicting products can't be given together.
  const after = groupLicensesAfter(group, command);
  const setError = licenseSetError(after);
  if (setError) return setError;
  const missing = missingPrerequisites(plansOf(after))[0];
  return missing && LICENSING_ERRORS.dependencyMissing(missing[0], missing[1]);
}

function groupAuditTarget(group: Group, before: readonly AssignedLicense[], after: readonly AssignedLicense[]) {
  return {
    id: group.id,
    displayName: group.displayName,
    type: 'Group' as const,
    modifiedProperties: [{ displayName: 'AssignedLicense', oldValue: describeLicenses(before), newValue: describeLicenses(after) }],
  };
}

export const licenseCommands = {
  'user.assignLicense': defineCommand<AssignUserLicense>({
    permission: userRequirement('microsoft.directory/users/assignLicense'),
    activity: LICENSING_ACTIVITIES['Change user license'],
    validate(tenant, command, context) {
      const user = getById(tenant.directory.users, command.userId);
      if (!user) return notFound('user', command.userId);
      return listsError(command) ?? bothListsError(command) ?? companyLicensesError(tenant, command) ?? userAssignmentError(tenant, user, command, context.now);
    },
    apply(draft, command, context) {
      const user = getById(draft.directory.users, command.userId)!;
      const current: User = plain(user);
      const inherited = current.licenseAssignmentStates.filter((record) => record.assignedByGroup !== null);
      const change = writeLicenseStates(draft, user, [...directStatesAfter(current, command, context.now), ...inherited], true);
      context.record(licenseAuditEntry('Update user', user, change));
      // A change to the user is processed by group-based licensing too (a conflicting direct
      // license removed lets an inherited one in).
      context.reconcile(draft, { users: [user.id] });
      return [userLicenseTarget(user, change)];
    },
  }),

  'user.setUsageLocation': defineCommand<SetUsageLocation>({
    permission: userRequirement('microsoft.directory/users/usageLocation/update'),
    activity: DIRECTORY_ACTIVITIES['Update user'],
    validate(tenant, command) {
      if (!getById(tenant.directory.users, command.userId)) return notFound('user', command.userId);
      if (!/^[A-Z]{2}$/.test(command.usageLocation)) {
        return TENANT_ERRORS.invalidProperty('usageLocation', 'User');
      }
      return undefined;
    },
    apply(draft, command, context) {
      const user = getById(draft.directory.users, command.userId)!;
      const oldValue = user.usageLocation;
      user.usageLocation = command.usageLocation;
      context.reconcile(draft, { users: [user.id] });
      const modified = oldValue === command.usageLocation ? [] : [{ displayName: 'UsageLocation', oldValue, newValue: command.usageLocation }];
      return [{ id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties: modified }];
    },
  }),

  'group.assignLicense': defineCommand<AssignGroupLicense>({
    permission: groupRequirement('assignLicense'),
    activity: LICENSING_ACTIVITIES['Set group license'],
    validate(tenant, command) {
      const group = getById(tenant.directory.groups, command.groupId);
      if (!group) return notFound('group', command.groupId);
      return listsError(command) ?? bothListsError(command) ?? companyLicensesError(tenant, command) ?? groupAssignmentError(group, command);
    },
    apply(draft, command, context) {
      const group = getById(draft.directory.groups, command.groupId)!;
      const current: Group = plain(group);
      const after = groupLicensesAfter(current, command);
      group.assignedLicenses = after as Draft<AssignedLicense[]>;
      context.reconcile(draft, { groups: [group.id] });
      return [groupAuditTarget(current, current.assignedLicenses, after)];
    },
  }),

  'group.reprocessLicenseAssignment': defineCommand<ReprocessGroupLicenses>({
    permission: groupRequirement('reprocessLicenseAssignment'),
    activity: LICENSING_ACTIVITIES['Trigger group license recalculation'],
    validate(tenant, command) {
      return getById(tenant.directory.groups, command.groupId) ? undefined : notFound('group', command.groupId);
    },
    apply(draft, command, context) {
      const group = getById(draft.directory.groups, command.groupId)!;
      reprocessGroup(draft, group.id, context);
      return [{ id: group.id, displayName: group.displayName, type: 'Group', modifiedProperties: [] }];
    },
  }),

  'user.reprocessLicenseAssignment': defineCommand<ReprocessUserLicenses>({
    permission: userRequirement('microsoft.directory/users/reprocessLicenseAssignment'),
    // Entra logs no activity of its own for a user's reprocess, only the license changes it makes.
    activity: null,
    validate(tenant, command) {
      return getById(tenant.directory.users, command.userId) ? undefined : notFound('user', command.userId);
    },
    apply(draft, command, context) {
      reprocessUser(draft, command.userId, context);
    },
  }),
};
