import { tenantError, type TenantError } from '../../errors';

/** A property whose value no two directory objects may share. */
type UniqueProperty = 'userPrincipalName' | 'mailNickname' | 'proxyAddresses';

const sameValueExists = (property: UniqueProperty) => `Another object with the same value for property ${property} already exists.`;

/** Why a dynamic group's members can't be changed by hand, adding or removing. */
const dynamicMembers = (change: 'add members to' | 'remove a member from') =>
  `You can't ${change} a group with dynamic membership: its membership rule decides who the members are.`;

/**
 * The directory area's refusals (users, guests, groups, contacts), in Graph's wording where Graph
 * has one, else the admin center's. Graph's generic property errors are in src/tenant/errors.ts.
 */
export const DIRECTORY_ERRORS = {
  notUpdatable: (property: string) => tenantError('InvalidValue', `Property '${property}' can't be updated this way.`, property),

  // Users.
  invalidUserPrincipalName: () => tenantError('InvalidUserPrincipalName', 'Property userPrincipalName is invalid.', 'userPrincipalName'),
  unverifiedUpnDomain: () =>
    tenantError(
      'UnverifiedDomain',
      'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
      'userPrincipalName',
    ),
  userAlreadyExists: (property: UniqueProperty) => tenantError('UserAlreadyExists', sameValueExists(property), property),
  /** An address (proxyAddresses, mail) or nickname that another user, group or contact already holds. */
  propertyConflict: (property: Exclude<UniqueProperty, 'userPrincipalName'>) => tenantError('PropertyConflict', sameValueExists(property), property),
  /** A deleted object whose name or address another object took meanwhile; the admin center then offers a new one. */
  restoreConflict: (conflict: TenantError) => tenantError('RestoreConflict', conflict.message, conflict.target),
  passwordComplexity: () =>
    tenantError(
      'InvalidValue',
      'The specified password does not comply with password complexity requirements. Please provide a different password.',
      'password',
    ),
  ownManager: () => tenantError('InvalidManager', "A user can't be their own manager.", 'managerId'),
  managerLoop: () => tenantError('InvalidManager', 'This manager reports, directly or indirectly, to the user. A reporting chain cannot loop.', 'managerId'),
  bulkSize: (max: number) => tenantError('InvalidValue', `Add between 1 and ${max} users at a time.`, 'users'),
  deleteSelf: () => tenantError('InvalidValue', "You can't delete yourself.", 'userId'),

  // Users synced from Active Directory (rules/source-of-authority.ts).
  /** Graph's refusal of a cloud write to a synced attribute (observed wording; see m365-facts §8). */
  onPremisesMastered: () =>
    tenantError('OnPremisesMastered', 'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.'),
  /** Without password writeback, a synced user's password is reset in AD only. */
  passwordResetMastered: () =>
    tenantError(
      'OnPremisesMastered',
      'This user is synchronized from your on-premises Active Directory, so the password can only be reset there. To reset it here, turn on password writeback in Microsoft Entra Connect.',
    ),

  // Guests.
  memberWithAddress: () =>
    tenantError('InvitationNotAllowed', "Non-external user already exists with the given mail address and can't be invited.", 'invitedUserEmailAddress'),
  /** Someone on one of the tenant's own domains is a colleague: the portal says to create a user account instead. */
  colleagueInvited: () =>
    tenantError(
      'InvitationNotAllowed',
      'This user can’t be invited to this directory. Please try a different email address for the user or create a user account for them in your Azure AD directory.',
      'invitedUserEmailAddress',
    ),
  notInvited: () => tenantError('InvitationNotPending', 'This user was not invited, so there is no invitation to redeem.', 'userId'),
  invitationRedeemed: () => tenantError('InvitationNotPending', 'This invitation has already been redeemed.', 'userId'),

  // Contacts.
  emailRequired: () => tenantError('RequiredPropertyMissing', 'Email is required.', 'mail'),

  // Groups.
  unverifiedGroupMailDomain: () =>
    tenantError(
      'UnverifiedDomain',
      "The domain portion of the group's email address is invalid. You must use one of the verified domain names in your organization.",
      'mail',
    ),
  groupHasLicenses: (group: string) =>
    tenantError(
      'GroupHasLicenses',
      `Group deletion failed. The group '${group}' has active license assignments; remove its licenses before deleting it.`,
      'assignedLicenses',
    ),
  onlyUsersAsOwners: () => tenantError('InvalidValue', 'Only users can be owners of a group.', 'ownerIds'),
  lastOwner: () => tenantError('LastOwnerCannotBeRemoved', 'The group must have at least one owner, hence this owner cannot be removed.', 'ownerId'),
  memberOfItself: () => tenantError('NestingNotSupported', "A group can't be a member of itself.", 'memberIds'),
  nestingInRoleAssignable: () => tenantError('NestingNotSupported', 'Nesting is currently not supported for groups that can be assigned to a role.', 'memberIds'),
  unifiedInUnified: () => tenantError('NestingNotSupported', 'Unified Groups cannot be added to Unified Groups.', 'memberIds'),
  onlyUsersInMicrosoft365: () => tenantError('NestingNotSupported', 'Only users can be members of a Microsoft 365 group.', 'memberIds'),
  nestingNotAllowed: (member: string, parent: string) =>
    tenantError('NestingNotSupported', `The group '${member}' can't be a member of the group '${parent}'.`, 'memberIds'),
  nestingLoop: (member: string, parent: string) =>
    tenantError('NestingNotSupported', `The group '${member}' already contains '${parent}', so it can't also be its member.`, 'memberIds'),
  contactsNotAccepted: (group: string) => tenantError('NestingNotSupported', `Contacts can't be members of the group '${group}'.`, 'memberIds'),

  // Dynamic membership.
  dynamicNotForKind: () => tenantError('InvalidValue', 'Dynamic membership is available for security groups and Microsoft 365 groups only.', 'groupTypes'),
  dynamicNotRoleAssignable: () =>
    tenantError('InvalidValue', 'A group with isAssignableToRole property set to true cannot be of dynamic membership type.', 'groupTypes'),
  dynamicMembersAdded: () => tenantError('DynamicMembershipManaged', dynamicMembers('add members to'), 'memberIds'),
  dynamicMemberRemoved: () => tenantError('DynamicMembershipManaged', dynamicMembers('remove a member from'), 'memberIds'),
  /** `message` is the rule parser's explanation (rules/dynamic-membership.ts). */
  invalidMembershipRule: (message: string) => tenantError('InvalidMembershipRule', message, 'membershipRule'),
  devicesInMicrosoft365Rule: () =>
    tenantError('InvalidMembershipRule', 'Dynamic membership rule validation error: Microsoft 365 groups can have users only, not devices.', 'membershipRule'),
} as const;
