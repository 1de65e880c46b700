import { TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Group, ModifiedProperty, TargetResource } from '../../../model';
import type { PermissionAction } from '../../roles/permissions';

/**
 * The four kinds of group the admin centers create, told apart the way Graph tells them apart
 * (groups-overview.md): `Unified` in groupTypes makes a Microsoft 365 group; otherwise the
 * mailEnabled and securityEnabled flags decide.
 *
 * | kind                | groupTypes  | mailEnabled | securityEnabled |
 * | microsoft365        | Unified     | true        | either          |
 * | security            | (none)      | false       | true            |
 * | mailEnabledSecurity | (none)      | true        | true            |
 * | distribution        | (none)      | true        | false           |
 *
 * Graph cannot create the last two (Exchange owns them), but the Microsoft 365 admin center can,
 * so the sandbox lets `group.create` make all four.
 *
 * Devices (not modelled yet) can be members of security groups only: Microsoft 365 groups hold
 * users, and mail-enabled groups hold mail recipients.
 */
export type GroupKind = 'microsoft365' | 'security' | 'mailEnabledSecurity' | 'distribution';

export type GroupFlags = Pick<Group, 'groupTypes' | 'mailEnabled' | 'securityEnabled'>;

export function groupKindOf(group: GroupFlags): GroupKind | undefined {
  if (group.groupTypes.includes('Unified')) return group.mailEnabled ? 'microsoft365' : undefined;
  if (group.mailEnabled) return group.securityEnabled ? 'mailEnabledSecurity' : 'distribution';
  return group.securityEnabled ? 'security' : undefined;
}

export function isDynamicGroup(group: Pick<Group, 'groupTypes'>): boolean {
  return group.groupTypes.includes('DynamicMembership');
}

/** Only Microsoft 365 groups and security groups can have a dynamic membership rule. */
export function supportsDynamicMembership(kind: GroupKind): boolean {
  return kind === 'microsoft365' || kind === 'security';
}

/**
 * Soft delete applies to Microsoft 365 groups only: Entra's "Restore a deleted Microsoft 365
 * group" page says it "isn't available for security groups and distribution groups", and both
 * admin centers offer Restore for Microsoft 365 groups alone. (A newer Graph page describes soft
 * delete for cloud security groups too, but the restore API and the portals still say otherwise;
 * the sandbox follows what the learner sees in the portals.)
 */
export function isSoftDeletable(kind: GroupKind): boolean {
  return kind === 'microsoft365';
}

/** Whether `member` may be a direct member of `parent`. */
export function nestingError(parent: Group, member: Group): TenantError | undefined {
  if (parent.id === member.id) return DIRECTORY_ERRORS.memberOfItself();
  if (parent.isAssignableToRole) {
    return DIRECTORY_ERRORS.nestingInRoleAssignable();
  }
  const parentKind = groupKindOf(parent);
  const memberKind = groupKindOf(member);
  switch (parentKind) {
    case 'microsoft365':
      return memberKind === 'microsoft365' ? DIRECTORY_ERRORS.unifiedInUnified() : DIRECTORY_ERRORS.onlyUsersInMicrosoft365();
    case 'security':
      // Security groups nest security groups (mail-enabled or not); Microsoft 365 groups and
      // distribution lists can't join them (Graph's allowed member types).
      if (memberKind === 'security' || memberKind === 'mailEnabledSecurity') return undefined;
      break;
    case 'mailEnabledSecurity':
      // Exchange keeps a mail-enabled security group's members mail-enabled security principals.
      if (memberKind === 'mailEnabledSecurity') return undefined;
      break;
    case 'distribution':
      // A distribution list can hold any mail-enabled group except a Microsoft 365 group.
      if (memberKind === 'distribution' || memberKind === 'mailEnabledSecurity') return undefined;
      break;
    case undefined:
      break;
  }
  return DIRECTORY_ERRORS.nestingNotAllowed(member.displayName, parent.displayName);
}

/** Contacts can join security groups and mail-enabled groups, never Microsoft 365 groups. */
export function acceptsContacts(group: Group): boolean {
  return groupKindOf(group) !== 'microsoft365' && !group.isAssignableToRole;
}

/**
 * The entity of the Entra resource action that governs a group. Role-assignable groups have their
 * own entity that only Privileged Role Administrators (and Global Administrators) hold; Exchange
 * owns distribution lists and mail-enabled security groups, so only roles with rights over all
 * groups manage them here.
 */
function permissionEntity(group: Pick<Group, 'groupTypes' | 'mailEnabled' | 'securityEnabled' | 'isAssignableToRole'>): string {
  if (group.isAssignableToRole) return 'groupsAssignableToRoles';
  const kind = groupKindOf(group);
  if (kind === 'microsoft365') return 'groups.unified';
  if (kind === 'security') return 'groups.security';
  return 'groups';
}

export type GroupTask =
  | 'create'
  | 'delete'
  | 'restore'
  | 'basic/update'
  | 'visibility/update'
  | 'members/update'
  | 'owners/update'
  | 'dynamicMembershipRule/update';

export function groupPermission(group: Pick<Group, 'groupTypes' | 'mailEnabled' | 'securityEnabled' | 'isAssignableToRole'>, task: GroupTask): PermissionAction {
  return `microsoft.directory/${permissionEntity(group)}/${task}`;
}

/** Graph's mailNickname rule: ASCII only, none of @ ( ) \ [ ] " ; : . < > , or space, 1 to 64 characters. */
export function mailNicknameError(mailNickname: string): TenantError | undefined {
  if (mailNickname.length < 1 || mailNickname.length > 64 || !/^[\x21-\x7e]+$/.test(mailNickname) || /[@()\\[\]";:.<>,]/.test(mailNickname)) {
    return TENANT_ERRORS.invalidProperty('mailNickname', 'Group');
  }
  return undefined;
}

export const MAX_DISPLAY_NAME_LENGTH = 256;
export const MAX_DESCRIPTION_LENGTH = 1024;

export function displayNameError(displayName: string | undefined): TenantError | undefined {
  if (!displayName?.trim()) return TENANT_ERRORS.requiredProperty('displayName', 'Group');
  if (displayName.length > MAX_DISPLAY_NAME_LENGTH) {
    return TENANT_ERRORS.invalidProperty('displayName', 'Group');
  }
  return undefined;
}

export function descriptionError(description: string | null | undefined): TenantError | undefined {
  if (description && description.length > MAX_DESCRIPTION_LENGTH) {
    return TENANT_ERRORS.invalidProperty('description', 'Group');
  }
  return undefined;
}

export function groupTarget(group: Pick<Group, 'id' | 'displayName'>, modifiedProperties: readonly ModifiedProperty[] = []): TargetResource {
  return { id: group.id, displayName: group.displayName, type: 'Group', modifiedProperties };
}
