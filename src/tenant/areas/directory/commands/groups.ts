import { original, type Draft } from 'immer';
import { entities, getById, putEntity, removeEntity } from '../../../collection';
import { defineCommand, type AuditActivity } from '../../../command';
import { notFound, TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Group, ModifiedProperty, Tenant } from '../../../model';
import { cancelProcessesFor } from '../../../schedule';
import { scheduleGroupPurge } from '../processes';
import { membershipRuleError } from '../rules/dynamic-membership';
import { groupAddressConflict, groupMailError } from '../rules/group-addresses';
import { memberIdsOf, ownerIdsOf, setMemberIds, setOwnerIds, withoutId } from '../rules/group-membership';
import {
  descriptionError,
  displayNameError,
  groupKindOf,
  groupPermission,
  groupTarget,
  isDynamicGroup,
  isSoftDeletable,
  mailNicknameError,
  supportsDynamicMembership,
  type GroupKind,
} from '../rules/group-types';
import { defaultDomain } from '../../../selectors';
import { activeGroup, isError, permissionOn } from './group-common';
import { groupMembershipCommands, recordMembershipLinks } from './group-membership';
import { createGroupError, newGroup, type CreateGroup } from './group-create';
import { DIRECTORY_ACTIVITIES } from '../activities';

/** The properties "Edit name and description" and the group's Settings tab change. */
export interface GroupChanges {
  readonly displayName?: string;
  readonly description?: string | null;
  /** Microsoft 365 groups only. */
  readonly visibility?: 'Public' | 'Private';
  readonly mailNickname?: string;
  /** The primary email address of a mail-enabled group ("Email address, Primary" → Edit). */
  readonly mail?: string;
  /** Mail-enabled groups: "Let people outside the organization email this group". */
  readonly allowExternalSenders?: boolean;
  /** Microsoft 365 groups: "Send copies of group conversations and events to group members". */
  readonly autoSubscribeNewMembers?: boolean;
}

const CHANGEABLE: readonly (keyof GroupChanges)[] = [
  'displayName',
  'description',
  'visibility',
  'mailNickname',
  'mail',
  'allowExternalSenders',
  'autoSubscribeNewMembers',
];

export interface UpdateGroup {
  readonly type: 'group.update';
  readonly groupId: string;
  readonly changes: GroupChanges;
}

/**
 * Turns dynamic membership on, changes the rule, pauses or resumes it, or (with a null rule)
 * turns the group back to assigned membership, keeping its current members.
 */
export interface SetMembershipRule {
  readonly type: 'group.setMembershipRule';
  readonly groupId: string;
  /** A rule makes the group dynamic; null makes it assigned; omitted leaves the rule as it is. */
  readonly membershipRule?: string | null;
  readonly membershipRuleProcessingState?: 'On' | 'Paused';
}

export interface DeleteGroup {
  readonly type: 'group.delete';
  readonly groupId: string;
}

export interface RestoreGroup {
  readonly type: 'group.restore';
  readonly groupId: string;
}

export interface PermanentlyDeleteGroup {
  readonly type: 'group.permanentlyDelete';
  readonly groupId: string;
}

const UPDATE_GROUP: AuditActivity = DIRECTORY_ACTIVITIES['Update group'];

function auditValue(value: string | boolean | readonly string[] | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value);
}

function kindOf(group: Group): GroupKind {
  // Every stored group has one of the four shapes; commands never create another.
  return groupKindOf(group)!;
}

function updateError(tenant: Tenant, group: Group, changes: GroupChanges): TenantError | undefined {
  const kind = kindOf(group);
  for (const [property, value] of Object.entries(changes) as [keyof GroupChanges, unknown][]) {
    if (!CHANGEABLE.includes(property)) return DIRECTORY_ERRORS.notUpdatable(property);
    if (value === undefined) continue;
    switch (property) {
      case 'displayName': {
        const error = displayNameError(changes.displayName);
        if (error) return error;
        break;
      }
      case 'description': {
        const error = descriptionError(changes.description);
        if (error) return error;
        break;
      }
      case 'visibility':
        if (kind !== 'microsoft365' || (value !== 'Public' && value !== 'Private')) return TENANT_ERRORS.invalidProperty('visibility', 'Group');
        // A role-assignable Microsoft 365 group stays private: anyone could join a public one.
        if (group.isAssignableToRole && value === 'Public') return TENANT_ERRORS.invalidProperty('visibility', 'Group');
        break;
      case 'mailNickname': {
        const error = mailNicknameError(changes.mailNickname!);
        if (error) return error;
        if (group.mailEnabled) {
          const conflict = groupAddressConflict(tenant, { mailNickname: changes.mailNickname! }, group.id);
          if (conflict) return conflict;
        }
        break;
      }
      case 'mail': {
        if (!group.mailEnabled) return TENANT_ERRORS.invalidProperty('mail', 'Group');
        const error = groupMailError(tenant, changes.mail!) ?? groupAddressConflict(tenant, { mail: changes.mail! }, group.id);
        if (error) return error;
        break;
      }
      case 'allowExternalSenders':
        if (!group.mailEnabled || typeof value !== 'boolean') return TENANT_ERRORS.invalidProperty('allowExternalSenders', 'Group');
        break;
      case 'autoSubscribeNewMembers':
        if (kind !== 'microsoft365' || typeof value !== 'boolean') return TENANT_ERRORS.invalidProperty('autoSubscribeNewMembers', 'Group');
        break;
    }
  }
  return undefined;
}

function ruleChangeError(group: Group, command: SetMembershipRule): TenantError | undefined {
  const { membershipRule, membershipRuleProcessingState: state } = command;
  if (membershipRule === undefined && state === undefined) return TENANT_ERRORS.requiredProperty('membershipRule', 'Group');
  if (state !== undefined && state !== 'On' && state !== 'Paused') return TENANT_ERRORS.invalidProperty('membershipRuleProcessingState', 'Group');
  if (membershipRule === null) {
    if (!isDynamicGroup(group)) return TENANT_ERRORS.invalidProperty('membershipRule', 'Group');
    return state === undefined ? undefined : TENANT_ERRORS.invalidProperty('membershipRuleProcessingState', 'Group');
  }
  if (membershipRule === undefined) return isDynamicGroup(group) ? undefined : TENANT_ERRORS.requiredProperty('membershipRule', 'Group');
  const kind = kindOf(group);
  if (!supportsDynamicMembership(kind)) {
    return DIRECTORY_ERRORS.dynamicNotForKind();
  }
  if (group.isAssignableToRole) {
    return DIRECTORY_ERRORS.dynamicNotRoleAssignable();
  }
  return membershipRuleError(membershipRule, kind);
}

/** The groups that hold `groupId` as a member, read from the committed state. */
function parentGroupIds(committed: Tenant, groupId: string): string[] {
  const parents: string[] = [];
  for (const group of entities(committed.directory.groups)) if (group.memberIds.includes(groupId)) parents.push(group.id);
  return parents;
}

function userMemberIds(tenant: Tenant, group: Group): string[] {
  return memberIdsOf(group).filter((id) => getById(tenant.directory.users, id));
}

/**
 * A group that leaves the directory leaves the groups it was nested in too. Only security groups
 * and mail-enabled groups can be nested, and those are deleted for good, so nothing is kept.
 */
function leaveParents(draft: Draft<Tenant>, parents: readonly string[], groupId: string): void {
  for (const parentId of parents) {
    const parent = getById(draft.directory.groups, parentId)!;
    setMemberIds(parent, withoutId(memberIdsOf(parent), groupId));
  }
}

export const groupCommands = {
  'group.create': defineCommand<CreateGroup>({
    permission: (command) => ({
      action: groupPermission(
        {
          groupTypes: command.groupTypes ?? [],
          mailEnabled: command.mailEnabled,
          securityEnabled: command.securityEnabled,
          isAssignableToRole: command.isAssignableToRole === true,
        },
        'create',
      ),
    }),
    activity: DIRECTORY_ACTIVITIES['Add group'],
    validate(tenant, command) {
      return createGroupError(tenant, command);
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const group = newGroup(command, context, defaultDomain(committed)?.id ?? '');
      putEntity(draft.directory.groups, group);
      recordMembershipLinks(committed, group, group.ownerIds, 'owner', context);
      recordMembershipLinks(committed, group, group.memberIds, 'member', context);
      context.reconcile(draft, { users: userMemberIds(committed, group), groups: [group.id] });
      const created = getById(draft.directory.groups, group.id)!;
      return [
        groupTarget(created, [
          { displayName: 'displayName', oldValue: null, newValue: auditValue(created.displayName) },
          { displayName: 'groupTypes', oldValue: null, newValue: auditValue(created.groupTypes) },
          { displayName: 'mailEnabled', oldValue: null, newValue: auditValue(created.mailEnabled) },
          { displayName: 'securityEnabled', oldValue: null, newValue: auditValue(created.securityEnabled) },
          { displayName: 'mailNickname', oldValue: null, newValue: auditValue(created.mailNickname) },
          ...(created.membershipRule ? [{ displayName: 'membershipRule', oldValue: null, newValue: auditValue(created.membershipRule) }] : []),
          ...(created.isAssignableToRole ? [{ displayName: 'isAssignableToRole', oldValue: null, newValue: auditValue(true) }] : []),
        ]),
      ];
    },
  }),

  'group.update': defineCommand<UpdateGroup>({
    permission: (command, tenant) =>
      permissionOn(tenant, command.groupId, command.changes.visibility !== undefined ? 'visibility/update' : 'basic/update'),
    activity: UPDATE_GROUP,
    validate(tenant, command) {
      const group = activeGroup(tenant, command.groupId);
      if (isError(group)) return group;
      return updateError(tenant, group, command.changes ?? {});
    },
    apply(draft, command) {
      const group = getById(draft.directory.groups, command.groupId)!;
      const modified: ModifiedProperty[] = [];
      for (const property of CHANGEABLE) {
        const value = command.changes[property];
        if (value === undefined) continue;
        const next = property === 'displayName' ? (value as string).trim() : value;
        const oldValue = auditValue(group[property]);
        const newValue = auditValue(next);
        if (oldValue !== newValue) modified.push({ displayName: property, oldValue, newValue });
        (group as Record<keyof GroupChanges, unknown>)[property] = next;
      }
      return [groupTarget(group, modified)];
    },
  }),

  'group.setMembershipRule': defineCommand<SetMembershipRule>({
    permission: (command, tenant) => permissionOn(tenant, command.groupId, 'dynamicMembershipRule/update'),
    activity: UPDATE_GROUP,
    validate(tenant, command) {
      const group = activeGroup(tenant, command.groupId);
      if (isError(group)) return group;
      return ruleChangeError(group, command);
    },
    apply(draft, command, context) {
      const group = getById(draft.directory.groups, command.groupId)!;
      const before = {
        groupTypes: [...group.groupTypes],
        membershipRule: group.membershipRule,
        membershipRuleProcessingState: group.membershipRuleProcessingState,
      };
      if (command.membershipRule === null) {
        // Back to assigned: the members the rule gave stay, now as assigned members.
        group.groupTypes = group.groupTypes.filter((type) => type !== 'DynamicMembership');
        group.membershipRule = null;
        group.membershipRuleProcessingState = null;
      } else {
        if (!group.groupTypes.includes('DynamicMembership')) group.groupTypes.push('DynamicMembership');
        if (command.membershipRule !== undefined) group.membershipRule = command.membershipRule;
        group.membershipRuleProcessingState = command.membershipRuleProcessingState ?? group.membershipRuleProcessingState ?? 'On';
      }
      const modified: ModifiedProperty[] = [];
      for (const property of ['groupTypes', 'membershipRule', 'membershipRuleProcessingState'] as const) {
        const oldValue = auditValue(before[property]);
        const newValue = auditValue(group[property]);
        if (oldValue !== newValue) modified.push({ displayName: property, oldValue, newValue });
      }
      // A new rule, or a resumed one, recomputes the members; a converted group drops the
      // members it had by assignment unless the rule selects them.
      context.reconcile(draft, { groups: [group.id] });
      return [groupTarget(group, modified)];
    },
  }),

  'group.delete': defineCommand<DeleteGroup>({
    permission: (command, tenant) => permissionOn(tenant, command.groupId, 'delete'),
    activity: DIRECTORY_ACTIVITIES['Delete group'],
    validate(tenant, command) {
      const group = activeGroup(tenant, command.groupId);
      if (isError(group)) return group;
      if (group.assignedLicenses.length > 0) {
        return DIRECTORY_ERRORS.groupHasLicenses(group.displayName);
      }
      return undefined;
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const group = getById(draft.directory.groups, command.groupId)!;
      const parents = parentGroupIds(committed, group.id);
      const users = userMemberIds(committed, getById(committed.directory.groups, group.id)!);
      removeEntity(draft.directory.groups, group.id);
      leaveParents(draft, parents, group.id);
      if (isSoftDeletable(kindOf(group))) {
        group.deletedDateTime = context.now;
        putEntity(draft.directory.deletedGroups, group);
        scheduleGroupPurge(draft, group.id, context.now, context);
      } else {
        // Entra deletes a security group for good at once: nothing may keep pointing at it.
        context.dropReferences(draft, group.id);
      }
      context.reconcile(draft, { users, groups: [group.id, ...parents] });
      return [groupTarget(group)];
    },
  }),

  'group.restore': defineCommand<RestoreGroup>({
    permission: (command, tenant) => permissionOn(tenant, command.groupId, 'restore', 'deletedGroups'),
    activity: DIRECTORY_ACTIVITIES['Restore group'],
    validate(tenant, command) {
      const group = getById(tenant.directory.deletedGroups, command.groupId);
      if (!group) return notFound('deletedGroup', command.groupId);
      const conflict = groupAddressConflict(tenant, { mailNickname: group.mailNickname, mail: group.mail }, group.id);
      return conflict ? DIRECTORY_ERRORS.restoreConflict(conflict) : undefined;
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const group = getById(draft.directory.deletedGroups, command.groupId)!;
      removeEntity(draft.directory.deletedGroups, group.id);
      group.deletedDateTime = null;
      // Members and owners deleted in the meantime don't come back with the group.
      const exists = (id: string) => getById(committed.directory.users, id) !== undefined || getById(committed.directory.contacts, id) !== undefined;
      setMemberIds(group, memberIdsOf(group).filter(exists));
      setOwnerIds(group, ownerIdsOf(group).filter((id) => getById(committed.directory.users, id) !== undefined));
      putEntity(draft.directory.groups, group);
      cancelProcessesFor(draft, group.id);
      context.reconcile(draft, { users: memberIdsOf(group).filter((id) => getById(committed.directory.users, id)), groups: [group.id] });
      return [groupTarget(group)];
    },
  }),

  'group.permanentlyDelete': defineCommand<PermanentlyDeleteGroup>({
    permission: (command) => ({ action: 'microsoft.directory/deletedItems.groups/delete', targetId: command.groupId }),
    activity: DIRECTORY_ACTIVITIES['Hard Delete group'],
    validate(tenant, command) {
      return getById(tenant.directory.deletedGroups, command.groupId) ? undefined : notFound('deletedGroup', command.groupId);
    },
    apply(draft, command, context) {
      const group = getById(draft.directory.deletedGroups, command.groupId)!;
      removeEntity(draft.directory.deletedGroups, group.id);
      cancelProcessesFor(draft, group.id);
      context.dropReferences(draft, group.id);
      context.reconcile(draft, { groups: [group.id] });
      return [groupTarget(group)];
    },
  }),

  ...groupMembershipCommands,
};
