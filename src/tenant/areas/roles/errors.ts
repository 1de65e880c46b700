import { tenantError } from '../../errors';

/** The roles area's refusals (directory roles, administrative units, PIM), in Graph's wording where Graph has one. */
export const ROLE_ERRORS = {
  groupNotRoleAssignable: () =>
    tenantError('GroupNotRoleAssignable', 'Groups without IsAssignableToRole property set cannot be assigned to roles.', 'principalId'),
  /** The principal already holds the role at that scope. */
  conflictingObject: () => tenantError('ConflictingObject', 'A conflicting object with one or more of the specified property values is present in the directory.'),
  removeSelfFromGlobalAdministrator: () =>
    tenantError('RoleRemovalNotAllowed', 'Removing self from Global Administrator built-in role is not allowed', 'assignmentId'),
  /** Graph's wording for another admin's attempt isn't documented, so this states the rule. */
  lastGlobalAdministrator: () =>
    tenantError(
      'RoleRemovalNotAllowed',
      "The last active Global Administrator assignment can't be removed. Assign the Global Administrator role to someone else first.",
      'assignmentId',
    ),
  /** Graph's wording for this case isn't documented; this names the rule the Entra docs state. */
  scopeNotSupported: (role: string) =>
    tenantError('ScopeNotSupported', `The ${role} role can't be assigned with administrative unit scope. Assign it to the whole directory instead.`, 'directoryScopeId'),

  // Administrative units.
  restrictedMemberType: (group: string) =>
    tenantError(
      'MemberTypeNotSupported',
      `${group} can't be added. Restricted management administrative units can contain users and security groups only, not Microsoft 365 groups, mail-enabled security groups or distribution groups.`,
      'memberIds',
    ),
  restrictedSettingFixed: () =>
    tenantError('InvalidValue', 'The restricted management setting can be chosen only when the administrative unit is created.', 'isMemberManagementRestricted'),
  noMembersSelected: () => tenantError('RequiredPropertyMissing', 'Select at least one user or group to add.', 'memberIds'),

  // Privileged Identity Management.
  /** See rules/pim-policy.ts for where this wording is recorded. */
  entraIdP2Required: () => tenantError('AadPremiumLicenseRequired', 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.'),
  /** A request that breaks the role's settings, naming each failed rule. */
  policyValidationFailed: (rules: readonly string[], target?: string) =>
    tenantError('RoleAssignmentRequestPolicyValidationFailed', `The following policy rules failed: [${rules.map((rule) => `"${rule}"`).join(',')}]`, target),
  signedInUserOnly: () => tenantError('SignedInUserNotFound', 'Only a signed-in user can activate or deactivate their own roles.'),
  assignmentExists: () => tenantError('RoleAssignmentExists', 'The Role assignment already exists.'),
  assignmentDoesNotExist: () => tenantError('RoleAssignmentDoesNotExist', 'The Role assignment does not exist.'),
  pendingRequest: () => tenantError('PendingRoleAssignmentRequest', 'There is already an existing pending Role assignment request.'),
  /**
   * Graph's answer, misspelling included: not in Microsoft's docs, but recorded word for word by
   * clients of roleAssignmentScheduleRequests (selfDeactivate within 5 minutes).
   */
  activeDurationTooShort: () => tenantError('ActiveDurationTooShort', 'The Active duration is too short. Miniumum Required is 5 minutes.'),
  justificationTooLong: (max: number, target: string) => tenantError('InvalidValue', `The justification can be at most ${max} characters.`, target),
  justificationRequired: () => tenantError('RequiredPropertyMissing', 'Justification is required.', 'justification'),
  permanentAndEndDate: () => tenantError('InvalidValue', 'Choose either a permanent eligibility or an end date, not both.', 'expiresDateTime'),
  invalidEndDate: () => tenantError('InvalidValue', "Invalid value specified for property 'expiresDateTime'.", 'expiresDateTime'),
  endBeforeStart: () => tenantError('InvalidValue', 'The end date must be later than the start date.', 'expiresDateTime'),
  requestNotPending: () => tenantError('InvalidValue', 'This request is no longer pending approval.', 'requestId'),
  selfApproval: () => tenantError('SelfApprovalNotAllowed', "You can't approve or deny your own request.", 'requestId'),
  invalidExpiryChoice: (target: string) =>
    tenantError('InvalidValue', 'Assignments can expire after 15 days, 1 month, 3 months, 6 months or 1 year.', target),
  invalidActivationDuration: () =>
    tenantError('InvalidValue', 'The activation duration must be at least 1 hour, in steps of half an hour.', 'durationHours'),
  invalidMaximumActivation: () =>
    tenantError('InvalidValue', 'Activation maximum duration must be between 1 and 24 hours.', 'maximumActivationHours'),
} as const;
