import { tenantError } from '../../errors';

/** The Conditional Access editor's banner while security defaults are on. */
export const SECURITY_DEFAULTS_BANNER =
  "It looks like you're about to manage your organization's security configurations. That's great! You must first disable security defaults before enabling a Conditional Access policy.";

/** The editor's lockout warning for a policy on all users and all resources. */
export const LOCKOUT_WARNING =
  "Don't lock yourself out! We recommend applying a policy to a small set of users first to verify it behaves as expected. We also recommend excluding at least one administrator from this policy. This ensures that you still have access and can update a policy if a change is required. Please review the affected users and apps.";

/**
 * The access area's refusals (Conditional Access, named locations, devices, security defaults,
 * authentication methods, SSPR, sign-ins), in the Entra admin center's wording.
 */
export const ACCESS_ERRORS = {
  /** The name box of the policy editor and of a named location. */
  nameRequired: () => tenantError('RequiredPropertyMissing', 'Name is required.', 'displayName'),
  groupNotFound: (id: string, target: 'users' | 'includeTargets') => tenantError('ResourceNotFound', `The group '${id}' doesn't exist in the directory.`, target),

  // Conditional Access policies.
  nameTooLong: () => tenantError('InvalidValue', 'The name can be at most 256 characters.', 'displayName'),
  unknownPolicyState: (state: string) =>
    tenantError('InvalidValue', `'${state}' isn't a policy state. Use enabled, disabled or enabledForReportingButNotEnforced.`, 'state'),
  userNotFound: (id: string) => tenantError('ResourceNotFound', `The user '${id}' doesn't exist in the directory.`, 'users'),
  roleTemplateNotFound: (id: string) => tenantError('ResourceNotFound', `'${id}' isn't a built-in directory role template id.`, 'users'),
  noUsers: () => tenantError('InvalidValue', 'Select the users, groups or roles the policy applies to, or All users.', 'users'),
  applicationNotFound: (id: string) => tenantError('ResourceNotFound', `The application '${id}' isn't a cloud app the tenant knows.`, 'applications'),
  noApplications: () => tenantError('InvalidValue', 'Select the resources (cloud apps) or user action the policy applies to.', 'applications'),
  unknownClientAppType: (value: string) => tenantError('InvalidValue', `'${value}' isn't a client app type.`, 'clientAppTypes'),
  unknownPlatform: (value: string) => tenantError('InvalidValue', `'${value}' isn't a device platform.`, 'platforms'),
  noPlatforms: () => tenantError('InvalidValue', 'Select the device platforms to include, or Any device.', 'platforms'),
  namedLocationNotFound: (id: string) => tenantError('ResourceNotFound', `The named location '${id}' doesn't exist.`, 'locations'),
  noLocations: () => tenantError('InvalidValue', 'Select the locations to include, or Any network or location.', 'locations'),
  unknownRiskLevel: (value: string) => tenantError('InvalidValue', `'${value}' isn't a risk level.`, 'riskLevels'),
  noControls: () => tenantError('InvalidValue', 'Select at least one grant or session control.', 'grantControls'),
  unknownGrantControl: (value: string) => tenantError('InvalidValue', `'${value}' isn't a grant control.`, 'grantControls'),
  invalidOperator: () => tenantError('InvalidValue', "The operator must be 'AND' or 'OR'.", 'grantControls'),
  noGrantControls: () => tenantError('InvalidValue', 'Select at least one control to grant access.', 'grantControls'),
  blockCombined: () => tenantError('InvalidValue', 'Block access can’t be combined with other controls.', 'grantControls'),
  passwordChangeConditions: () =>
    tenantError(
      'InvalidValue',
      '"Require password change" needs "Require multifactor authentication" with "Require all the selected controls", a user risk condition, All resources, and no other conditions.',
      'grantControls',
    ),
  securityDefaultsEnabled: () => tenantError('SecurityDefaultsEnabled', SECURITY_DEFAULTS_BANNER, 'state'),
  lockoutRisk: () => tenantError('LockoutRisk', LOCKOUT_WARNING, 'users'),

  // Named locations and devices.
  locationKindFixed: () => tenantError('InvalidValue', 'A named location keeps its type: IP ranges or countries.', 'kind'),
  noIpRanges: () => tenantError('InvalidValue', 'Add at least one IP range.', 'ipRanges'),
  invalidIpRange: (range: string) => tenantError('InvalidValue', `'${range}' isn't a valid IPv4 range in CIDR notation, such as 203.0.113.0/24.`, 'ipRanges'),
  ipRangeTooLarge: (range: string, minPrefix: number) => tenantError('InvalidValue', `'${range}' is too large. IP ranges must be /${minPrefix} or smaller.`, 'ipRanges'),
  noCountries: () => tenantError('InvalidValue', 'Select at least one country or region.', 'countriesAndRegions'),
  invalidCountryCode: (code: string) => tenantError('InvalidValue', `'${code}' isn't a two-letter country or region code.`, 'countriesAndRegions'),
  /** `policies` are the display names of the Conditional Access policies that use the location. */
  namedLocationInUse: (location: string, policies: readonly string[]) =>
    tenantError('NamedLocationInUse', `${location} can't be deleted because Conditional Access policies use it: ${policies.join(', ')}.`, 'locationId'),
  deviceNameRequired: () => tenantError('RequiredPropertyMissing', 'A device needs a name.', 'displayName'),
  unknownOperatingSystem: (value: string) => tenantError('InvalidValue', `'${value}' isn't an operating system.`, 'operatingSystem'),
  unknownTrustType: (value: string) => tenantError('InvalidValue', `'${value}' isn't a join type.`, 'trustType'),

  // Security defaults, authentication methods, per-user MFA and SSPR.
  securityDefaultsBlocked: () =>
    tenantError(
      'InvalidValue',
      'Your organization uses Conditional Access policies that are on. Security defaults can’t be enabled while they are; turn those policies off first.',
      'isEnabled',
    ),
  noMethodTargets: () => tenantError('InvalidValue', 'Select All users or at least one group to include.', 'includeTargets'),
  unknownPerUserMfaState: (state: string) => tenantError('InvalidValue', `'${state}' isn't a per-user MFA state.`, 'state'),
  unknownMethod: (method: string) => tenantError('InvalidValue', `'${method}' isn't an authentication method.`, 'method'),
  methodRegistered: () => tenantError('InvalidValue', 'The user already has this method registered.', 'method'),
  invalidSsprEnablement: () => tenantError('InvalidValue', 'Self service password reset enabled must be None, Selected or All.', 'enablement'),
  ssprGroupRequired: () => tenantError('RequiredPropertyMissing', 'Select a group for self service password reset.', 'selectedGroupId'),
  invalidMethodsRequired: () => tenantError('InvalidValue', 'Number of methods required to reset must be 1 or 2.', 'numberOfMethodsRequired'),
  unknownResetMethod: (method: string) => tenantError('InvalidValue', `'${method}' isn't a password reset method.`, 'methods'),
  tooFewResetMethods: (required: number) =>
    tenantError('InvalidValue', `Select at least ${required} methods available to users: ${required} are required to reset.`, 'methods'),
  mobileAppOnly: () =>
    tenantError('InvalidValue', 'When one method is required to reset, the mobile app can’t be the only method available. Select another method as well.', 'methods'),
  invalidReconfirmationDays: () =>
    tenantError('InvalidValue', 'The number of days before users are asked to reconfirm must be between 0 and 730.', 'reconfirmationDays'),

  // Sign-ins.
  unknownCloudApp: (appId: string) => tenantError('InvalidValue', `'${appId}' isn't a cloud app the tenant knows.`, 'appId'),
  unknownClientApp: (value: string) => tenantError('InvalidValue', `'${value}' isn't a client app.`, 'clientAppType'),
  invalidIpAddress: (address: string) => tenantError('InvalidValue', `'${address}' isn't an IPv4 address.`, 'ipAddress'),
  invalidSignInCountry: (code: string) => tenantError('InvalidValue', `'${code}' isn't a two-letter country code.`, 'countryCode'),
  invalidDelay: (after: string) => tenantError('InvalidDuration', `'${after}' is not a duration. Use an ISO 8601 duration such as PT2H.`, 'after'),
} as const;
