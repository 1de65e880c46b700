/**
 * The catalogue of domain errors. Code is what graders and tests match; message is the wording a
 * real tenant shows (Graph's error message, or the admin center's where Graph has none).
 */
export const errorCatalog = {
  InsufficientPrivileges: { status: 403, graphCode: 'Authorization_RequestDenied' },
  SignedInUserNotFound: { status: 401, graphCode: 'InvalidAuthenticationToken' },
  InvalidValue: { status: 400, graphCode: 'Request_BadRequest' },
  RequiredPropertyMissing: { status: 400, graphCode: 'Request_BadRequest' },
  ResourceNotFound: { status: 404, graphCode: 'Request_ResourceNotFound' },
  UserAlreadyExists: { status: 400, graphCode: 'Request_BadRequest' },
  UnverifiedDomain: { status: 400, graphCode: 'Request_BadRequest' },
  InvalidUserPrincipalName: { status: 400, graphCode: 'Request_BadRequest' },
  UserNotDeleted: { status: 404, graphCode: 'Request_ResourceNotFound' },
  RestoreConflict: { status: 400, graphCode: 'Request_BadRequest' },
  InvalidDuration: { status: 400, graphCode: 'Request_BadRequest' },
  InvalidDomainName: { status: 400, graphCode: 'Request_BadRequest' },
  DomainAlreadyExists: { status: 400, graphCode: 'Request_BadRequest' },
  DomainLimitReached: { status: 400, graphCode: 'Request_BadRequest' },
  /** `*.onmicrosoft.com` names are added through "Add onmicrosoft domain", not as custom domains. */
  OnMicrosoftDomainNotAllowed: { status: 400, graphCode: 'Request_BadRequest' },
  DomainAlreadyVerified: { status: 400, graphCode: 'Request_BadRequest' },
  DomainVerificationFailed: { status: 400, graphCode: 'Request_BadRequest' },
  DomainIsFederated: { status: 400, graphCode: 'Request_BadRequest' },
  OnMicrosoftDomainCannotBeRemoved: { status: 400, graphCode: 'Request_BadRequest' },
  DefaultDomainCannotBeRemoved: { status: 400, graphCode: 'Request_BadRequest' },
  /** Users, groups, contacts or subdomains still use the domain; the message lists them. */
  DomainInUse: { status: 400, graphCode: 'Request_BadRequest' },
  /** The simulated DNS host's field checks (outside the tenant, so no Graph code applies). */
  InvalidDnsRecord: { status: 400, graphCode: 'BadRequest' },
  DnsRecordConflict: { status: 409, graphCode: 'Conflict' },
  /** An address (proxyAddresses, mail) another user, group or contact already holds. */
  PropertyConflict: { status: 400, graphCode: 'Request_BadRequest' },
  InvalidManager: { status: 400, graphCode: 'Request_BadRequest' },
  InvitationNotAllowed: { status: 400, graphCode: 'BadRequest' },
  InvitationNotPending: { status: 400, graphCode: 'BadRequest' },
  /** A member or owner the group already has ("One or more added object references already exist..."). */
  ReferenceAlreadyExists: { status: 400, graphCode: 'Request_BadRequest' },
  /** A group of this kind can't hold that kind of member (Unified groups in Unified groups...). */
  NestingNotSupported: { status: 400, graphCode: 'Request_BadRequest' },
  /** Members of a group with dynamic membership come from its rule, never by hand. */
  DynamicMembershipManaged: { status: 400, graphCode: 'Request_BadRequest' },
  InvalidMembershipRule: { status: 400, graphCode: 'Request_BadRequest' },
  LastOwnerCannotBeRemoved: { status: 400, graphCode: 'Request_BadRequest' },
  /** Group-based licensing: a group with licenses assigned can't be deleted. */
  GroupHasLicenses: { status: 400, graphCode: 'Request_BadRequest' },
  /** The principal already holds the role at that scope ("A conflicting object..."). */
  ConflictingObject: { status: 400, graphCode: 'Request_BadRequest' },
  GroupNotRoleAssignable: { status: 400, graphCode: 'Request_BadRequest' },
  /** The role can't be assigned at an administrative unit scope. */
  ScopeNotSupported: { status: 400, graphCode: 'Request_BadRequest' },
  /** Removing one's own Global Administrator assignment, or the tenant's last one. */
  RoleRemovalNotAllowed: { status: 400, graphCode: 'Request_BadRequest' },
  /** Restricted management administrative units take users and security groups only. */
  MemberTypeNotSupported: { status: 400, graphCode: 'Request_BadRequest' },
  /** PIM needs Microsoft Entra ID P2 (or ID Governance); Graph answers 400, not 403 (see rules/pim-policy.ts). */
  AadPremiumLicenseRequired: { status: 400, graphCode: 'AadPremiumLicenseRequired' },
  RoleAssignmentExists: { status: 400, graphCode: 'RoleAssignmentExists' },
  RoleAssignmentDoesNotExist: { status: 400, graphCode: 'RoleAssignmentDoesNotExist' },
  PendingRoleAssignmentRequest: { status: 400, graphCode: 'PendingRoleAssignmentRequest' },
  /** The request breaks the role's PIM settings; the message names the failed rules. */
  RoleAssignmentRequestPolicyValidationFailed: { status: 400, graphCode: 'RoleAssignmentRequestPolicyValidationFailed' },
  ActiveDurationTooShort: { status: 400, graphCode: 'ActiveDurationTooShort' },
  /** A PIM request's own requestor can't approve or deny it. */
  SelfApprovalNotAllowed: { status: 400, graphCode: 'Request_BadRequest' },
  /** License assignment: the user has no usage location, or one where products can't be used. */
  UsageLocationRequired: { status: 400, graphCode: 'Request_BadRequest' },
  /** A product with no unassigned Enabled seats left. */
  NoLicensesAvailable: { status: 400, graphCode: 'Request_BadRequest' },
  /** A SKU the tenant doesn't hold ("does not correspond to a valid company License"). */
  InvalidLicense: { status: 400, graphCode: 'Request_BadRequest' },
  /** Removing a license the user or group doesn't have. */
  LicenseNotAssigned: { status: 400, graphCode: 'Request_BadRequest' },
  /** Removing, directly from a user, a license they inherit from a group. */
  InheritedLicense: { status: 400, graphCode: 'Request_BadRequest' },
  /** A disabled plan that isn't part of the product. */
  InvalidDisabledPlan: { status: 400, graphCode: 'Request_BadRequest' },
  MutuallyExclusiveServicePlans: { status: 400, graphCode: 'Request_BadRequest' },
  /** An add-on plan whose prerequisite plan would be missing. */
  DependentServicePlanMissing: { status: 400, graphCode: 'Request_BadRequest' },
  /** Group-based licensing takes security groups and security-enabled Microsoft 365 groups only. */
  GroupLicensingNotSupported: { status: 400, graphCode: 'Request_BadRequest' },
  /** Removing seats that are assigned to users. */
  LicensesInUse: { status: 400, graphCode: 'BadRequest' },
  /** A trial the tenant has already used, or of a product it already pays for. */
  TrialNotAvailable: { status: 400, graphCode: 'BadRequest' },
  /** Changing a subscription that is expired, disabled or deleted. */
  SubscriptionNotActive: { status: 400, graphCode: 'BadRequest' },
  /** Active Directory refuses: a name, logon name or UPN already in use (no Graph code: it is the domain controller's answer). */
  DirectoryObjectExists: { status: 400, graphCode: 'BadRequest' },
  /** Active Directory refuses: the password policy, a protected object, a missing forest or UPN suffix. */
  DirectoryConstraintViolation: { status: 400, graphCode: 'BadRequest' },
  /** The Entra Connect server refuses: sync not configured, or an option the current configuration forbids. */
  SyncConfigurationInvalid: { status: 400, graphCode: 'BadRequest' },
  /** A cloud write to a synced attribute of an object mastered on-premises. */
  OnPremisesMastered: { status: 400, graphCode: 'Request_BadRequest' },
  /** Enabling a Conditional Access policy while security defaults are on (the policy editor's banner). */
  SecurityDefaultsEnabled: { status: 400, graphCode: 'BadRequest' },
  /** A policy for all users and all resources that doesn't exclude the admin saving it, not acknowledged. */
  LockoutRisk: { status: 400, graphCode: 'BadRequest' },
  /** A named location a Conditional Access policy still uses. */
  NamedLocationInUse: { status: 400, graphCode: 'BadRequest' },
  /** Tenant Lab, not the tenant, refuses the change: the attempt is open in another tab, or finished. */
  AttemptReadOnly: { status: 423, graphCode: 'Locked' },
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export interface TenantError {
  readonly code: ErrorCode;
  readonly status: number;
  readonly graphCode: string;
  readonly message: string;
  /** Which input the error is about, for forms that show errors beside the field. */
  readonly target?: string;
}

export function tenantError(code: ErrorCode, message: string, target?: string): TenantError {
  const { status, graphCode } = errorCatalog[code];
  return target === undefined ? { code, status, graphCode, message } : { code, status, graphCode, message, target };
}

/** Graph's wording for a denied call. */
export const INSUFFICIENT_PRIVILEGES_MESSAGE = 'Insufficient privileges to complete the operation.';

export function insufficientPrivileges(): TenantError {
  return tenantError('InsufficientPrivileges', INSUFFICIENT_PRIVILEGES_MESSAGE);
}

export function notFound(kind: string, id: string): TenantError {
  return tenantError(
    'ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    kind,
  );
}

/**
 * The refusals several areas share (Graph's generic property wording) and the core's own. Each
 * area's own refusals live in `areas/<area>/errors.ts`; `tenantError` is called only in these
 * catalogue files (tests/lint/error-catalogue.test.ts), so each message is written once.
 */
export const TENANT_ERRORS = {
  invalidProperty: (property: string, resource: string) =>
    tenantError('InvalidValue', `Invalid value specified for property '${property}' of resource '${resource}'.`, property),
  requiredProperty: (property: string, resource: string, target = property) =>
    tenantError('RequiredPropertyMissing', `A value is required for property '${property}' of resource '${resource}'.`, target),
  /** An update command with no changes object (directory users and contacts, on-premises users). */
  noChanges: () => tenantError('InvalidValue', 'No changes were given.', 'changes'),
  displayNameRequired: () => tenantError('RequiredPropertyMissing', 'Display name is required.', 'displayName'),
  /** A member or owner the object already has. */
  referenceAlreadyExists: (property: 'members' | 'owners', target: string) =>
    tenantError('ReferenceAlreadyExists', `One or more added object references already exist for the following modified properties: '${property}'.`, target),

  gestureSize: (maxParts: number) => tenantError('InvalidValue', `A gesture has between 1 and ${maxParts} parts.`, 'parts'),
  gesturePartUnbound: (index: number, gesture: string, target: string) =>
    tenantError('InvalidValue', `Part ${index + 1} of '${gesture}' needs an object an earlier part did not create.`, target),
  nestedGesture: () => tenantError('InvalidValue', 'A gesture cannot contain another gesture.', 'parts'),
  unknownCommand: (type: string) => tenantError('InvalidValue', `Unknown command '${type}'.`, 'type'),
  invalidFastForward: (duration: string) =>
    tenantError(
      'InvalidDuration',
      `'${duration}' is not a duration to fast-forward by. Use an ISO 8601 duration between PT1S and P400D, such as P30D or PT2H.`,
      'duration',
    ),
  /** Tenant Lab's refusal, worded by the session that refuses (another tab holds it, or it is finished). */
  attemptReadOnly: (refusal: string) => tenantError('AttemptReadOnly', refusal),
} as const;
