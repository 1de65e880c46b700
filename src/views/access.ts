import { getById, toArray } from '../tenant/collection';
import type { AppliedPolicyResult, AuthenticationMethodId, ConditionalAccessPolicy, NamedLocation, PerUserMfaState, SignIn, SsprMethod, Tenant } from '../tenant/model';
import { userAuthenticationOf } from '../tenant/areas/access/rules/sign-in';

/** The policy list's State column and the editor's "Enable policy" switch. */
export const POLICY_STATE_LABELS: Readonly<Record<ConditionalAccessPolicy['state'], string>> = {
  enabledForReportingButNotEnforced: 'Report-only',
  enabled: 'On',
  disabled: 'Off',
};

/** How the sign-in log's Conditional Access tab and What If word a policy's result. */
export const POLICY_RESULT_LABELS: Readonly<Record<AppliedPolicyResult, string>> = {
  success: 'Success',
  failure: 'Failure',
  notApplied: 'Not Applied',
  notEnabled: 'Disabled',
  reportOnlySuccess: 'Report-only: Success',
  reportOnlyFailure: 'Report-only: Failure',
  reportOnlyNotApplied: 'Report-only: Not applied',
  reportOnlyInterrupted: 'Report-only: User action required',
};

/** The grant controls as the policy editor's Grant pane lists them. */
export const GRANT_CONTROL_LABELS = {
  mfa: 'Require multifactor authentication',
  compliantDevice: 'Require device to be marked as compliant',
  domainJoinedDevice: 'Require Microsoft Entra hybrid joined device',
  approvedApplication: 'Require approved client app',
  compliantApplication: 'Require app protection policy',
  passwordChange: 'Require password change',
} as const;

export const CLIENT_APP_LABELS = {
  browser: 'Browser',
  mobileAppsAndDesktopClients: 'Mobile apps and desktop clients',
  exchangeActiveSync: 'Exchange ActiveSync clients',
  other: 'Other clients',
} as const;

export const PLATFORM_LABELS = { android: 'Android', iOS: 'iOS', windowsPhone: 'Windows Phone', windows: 'Windows', macOS: 'macOS', linux: 'Linux' } as const;

/** Authentication methods > Policies, in the blade's wording. */
export const AUTHENTICATION_METHOD_LABELS: Readonly<Record<AuthenticationMethodId, string>> = {
  Fido2: 'Passkey (FIDO2)',
  MicrosoftAuthenticator: 'Microsoft Authenticator',
  Sms: 'SMS',
  TemporaryAccessPass: 'Temporary Access Pass',
  HardwareOath: 'Hardware OATH tokens',
  SoftwareOath: 'Third-party software OATH tokens',
  Voice: 'Voice call',
  Email: 'Email OTP',
  X509Certificate: 'Certificate-based authentication',
};

/** Password reset > Authentication methods. */
export const SSPR_METHOD_LABELS: Readonly<Record<SsprMethod, string>> = {
  mobileAppNotification: 'Mobile app notification',
  mobileAppCode: 'Mobile app code',
  email: 'Email',
  mobilePhone: 'Mobile phone',
  officePhone: 'Office phone',
  securityQuestions: 'Security questions',
};

export const PER_USER_MFA_LABELS: Readonly<Record<PerUserMfaState, string>> = { disabled: 'Disabled', enabled: 'Enabled', enforced: 'Enforced' };

export interface PolicyRow {
  readonly id: string;
  readonly displayName: string;
  readonly state: string;
  readonly createdDateTime: string;
  readonly modifiedDateTime: string;
}

export function selectPolicyRows(tenant: Tenant): PolicyRow[] {
  return toArray(tenant.access.conditionalAccessPolicies)
    .map((policy) => ({ id: policy.id, displayName: policy.displayName, state: POLICY_STATE_LABELS[policy.state], createdDateTime: policy.createdDateTime, modifiedDateTime: policy.modifiedDateTime ?? '' }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export interface NamedLocationRow {
  readonly id: string;
  readonly displayName: string;
  readonly type: 'IP ranges' | 'Countries';
  readonly trusted: string;
  readonly summary: string;
}

export function namedLocationSummary(location: NamedLocation): string {
  if (location.kind === 'ip') return location.ipRanges.join(', ');
  return [...location.countriesAndRegions, ...(location.includeUnknownCountriesAndRegions ? ['Unknown countries/regions'] : [])].join(', ');
}

export function selectNamedLocationRows(tenant: Tenant): NamedLocationRow[] {
  return toArray(tenant.access.namedLocations)
    .map((location) => ({
      id: location.id,
      displayName: location.displayName,
      type: location.kind === 'ip' ? ('IP ranges' as const) : ('Countries' as const),
      trusted: location.kind === 'ip' && location.isTrusted ? 'Yes' : 'No',
      summary: namedLocationSummary(location),
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Sign-in logs, newest first. */
export function selectSignIns(tenant: Tenant): SignIn[] {
  return toArray(tenant.access.signIns).sort((a, b) => (a.createdDateTime === b.createdDateTime ? b.id.localeCompare(a.id) : b.createdDateTime.localeCompare(a.createdDateTime)));
}

export function signInStatus(signIn: SignIn): 'Success' | 'Failure' | 'Interrupted' {
  if (signIn.status.errorCode === 0) return 'Success';
  return signIn.status.errorCode === 50076 ? 'Interrupted' : 'Failure';
}

export interface PerUserMfaRow {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly state: string;
}

export function selectPerUserMfaRows(tenant: Tenant): PerUserMfaRow[] {
  return toArray(tenant.directory.users)
    .map((user) => ({ id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, state: PER_USER_MFA_LABELS[userAuthenticationOf(tenant, user.id).perUserMfaState] }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** A group's name for the settings blades, or the id when the group is gone. */
export function groupName(tenant: Tenant, id: string): string {
  if (id === 'all_users') return 'All users';
  return getById(tenant.directory.groups, id)?.displayName ?? id;
}

export interface DeviceRow {
  readonly id: string;
  readonly displayName: string;
  readonly enabled: string;
  readonly operatingSystem: string;
  readonly version: string;
  readonly joinType: string;
  readonly owner: string;
  readonly compliant: string;
  readonly activity: string;
}

const JOIN_TYPES = { Workplace: 'Microsoft Entra registered', AzureAd: 'Microsoft Entra joined', ServerAd: 'Microsoft Entra hybrid joined' } as const;

/** Entra ID > Devices > All devices, by name. */
export function selectDeviceRows(tenant: Tenant): DeviceRow[] {
  return toArray(tenant.access.devices)
    .map((device) => ({
      id: device.id,
      displayName: device.displayName,
      enabled: device.accountEnabled ? 'Yes' : 'No',
      operatingSystem: device.operatingSystem,
      version: device.operatingSystemVersion,
      joinType: JOIN_TYPES[device.trustType],
      owner: device.registeredOwnerId === null ? 'None' : (getById(tenant.directory.users, device.registeredOwnerId)?.displayName ?? 'None'),
      compliant: device.isCompliant ? 'Yes' : 'No',
      activity: device.approximateLastSignInDateTime ?? '',
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
