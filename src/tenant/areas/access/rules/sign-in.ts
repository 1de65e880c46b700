import { getById, toArray, type Collection } from '../../../collection';
import type { Tenant } from '../../../model';
import { cloudAppById, CLIENT_APP_USED } from '../catalog';
import type { Device } from '../model/device';
import type { ConditionalAccessPolicy } from '../model/policy';
import type { RegisteredMethodType, UserAuthentication } from '../model/settings';
import type { SignIn, SignInRequest } from '../model/sign-in';
import { evaluateSignIn, type SignInOutcome } from './evaluate';
import { subjectOf } from './subject';

const arrays = new WeakMap<object, readonly unknown[]>();

/** A collection's entities as one array, kept while the collection is unchanged (every sign-in reads them). */
function cachedArray<T extends { readonly id: string }>(collection: Collection<T>): readonly T[] {
  let array = arrays.get(collection) as readonly T[] | undefined;
  if (!array) {
    array = toArray(collection);
    arrays.set(collection, array);
  }
  return array;
}

export function userAuthenticationOf(tenant: Tenant, userId: string): UserAuthentication {
  return getById(tenant.access.userAuthentication, userId) ?? { id: userId, perUserMfaState: 'disabled', methods: [] };
}

/** Methods that can answer an MFA prompt, in the order Entra offers them. */
const MFA_METHODS: readonly RegisteredMethodType[] = ['microsoftAuthenticator', 'fido2', 'softwareOath', 'phone'];

/** How the sign-in log names the method a user answered MFA with. */
const MFA_METHOD_NAMES: Readonly<Record<string, string>> = {
  microsoftAuthenticator: 'Mobile app notification',
  fido2: 'FIDO2 security key',
  softwareOath: 'Mobile app verification code',
  phone: 'Text message',
};

export function mfaMethodOf(tenant: Tenant, userId: string): RegisteredMethodType | undefined {
  const methods = userAuthenticationOf(tenant, userId).methods;
  return MFA_METHODS.find((method) => methods.includes(method));
}

/** What a sign-in would get with the tenant as it is: What If's answer (MFA not yet done). */
export function evaluateInTenant(tenant: Tenant, request: SignInRequest, mfaCompleted = false): SignInOutcome | undefined {
  const subject = subjectOf(tenant, request.userId);
  if (!subject) return undefined;
  const device: Device | undefined = request.deviceId === null ? undefined : getById(tenant.access.devices, request.deviceId);
  return evaluateSignIn(request, subject, {
    policies: cachedArray(tenant.access.conditionalAccessPolicies),
    namedLocations: cachedArray(tenant.access.namedLocations),
    securityDefaultsEnabled: tenant.access.securityDefaultsEnabled,
    perUserMfa: userAuthenticationOf(tenant, request.userId).perUserMfaState,
    device,
    mfaCompleted,
  });
}

/**
 * How a sign-in ends when the user does what they can: asked for MFA, a user with a method
 * registered completes it and the sign-in is evaluated again; one with none can't.
 */
export function attemptSignIn(tenant: Tenant, request: SignInRequest): { readonly outcome: SignInOutcome; readonly mfaMethod: RegisteredMethodType | undefined } | undefined {
  const first = evaluateInTenant(tenant, request);
  if (!first) return undefined;
  const method = mfaMethodOf(tenant, request.userId);
  if (first.access === 'blocked' || !first.required.includes('mfa') || !method) return { outcome: first, mfaMethod: undefined };
  return { outcome: evaluateInTenant(tenant, request, true)!, mfaMethod: method };
}

/** The sign-in log entry for an attempted sign-in. */
export function signInRecord(tenant: Tenant, id: string, request: SignInRequest, outcome: SignInOutcome, mfaMethod: RegisteredMethodType | undefined): SignIn {
  const user = getById(tenant.directory.users, request.userId)!;
  const device = request.deviceId === null ? undefined : getById(tenant.access.devices, request.deviceId);
  const app = cloudAppById(request.appId);
  const enforcing = outcome.policies.filter((evaluation) => evaluation.policy.state !== 'disabled');
  const enforcedApplies = enforcing.some((evaluation) => evaluation.applies && evaluation.policy.state === 'enabled');
  const granted = outcome.access === 'granted';
  return {
    id,
    createdDateTime: tenant.clock.now,
    userId: user.id,
    userPrincipalName: user.userPrincipalName,
    userDisplayName: user.displayName,
    appId: request.appId,
    appDisplayName: app?.displayName ?? request.appId,
    clientAppUsed: CLIENT_APP_USED[request.clientAppType] ?? 'Other clients',
    ipAddress: request.ipAddress ?? '',
    location: { countryOrRegion: request.countryCode ?? '' },
    deviceDetail: {
      deviceId: device?.id ?? '',
      displayName: device?.displayName ?? '',
      operatingSystem: device?.operatingSystem ?? platformName(request.devicePlatform),
      isCompliant: device?.isCompliant ?? false,
      trustType: device ? TRUST_TYPE_NAMES[device.trustType] : '',
    },
    status: granted
      ? { errorCode: 0, failureReason: 'Other.', additionalDetails: mfaMethod ? 'MFA completed in Azure AD' : '' }
      : { errorCode: outcome.errorCode, failureReason: outcome.failureReason, additionalDetails: '' },
    conditionalAccessStatus: !enforcedApplies ? 'notApplied' : enforcing.some((evaluation) => evaluation.result === 'failure') ? 'failure' : 'success',
    appliedConditionalAccessPolicies: enforcing.map((evaluation) => ({
      id: evaluation.policy.id,
      displayName: evaluation.policy.displayName,
      result: evaluation.result,
      enforcedGrantControls: evaluation.applies ? controlNames(evaluation.policy.grantControls?.builtInControls ?? []) : [],
      enforcedSessionControls: evaluation.applies ? sessionControlNames(evaluation.policy) : [],
    })),
    authenticationRequirement: outcome.mfaRequired ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    mfaDetail: mfaMethod ? { authMethod: MFA_METHOD_NAMES[mfaMethod]!, authDetail: '' } : null,
    riskLevelDuringSignIn: request.signInRiskLevel,
    riskLevelAggregated: request.userRiskLevel,
  };
}

const TRUST_TYPE_NAMES = { Workplace: 'Microsoft Entra registered', AzureAd: 'Microsoft Entra joined', ServerAd: 'Microsoft Entra hybrid joined' } as const;

function platformName(platform: SignInRequest['devicePlatform']): string {
  const names: Readonly<Record<string, string>> = { android: 'Android', iOS: 'iOS', windows: 'Windows', windowsPhone: 'Windows Phone', macOS: 'MacOs', linux: 'Linux' };
  return platform === null ? '' : (names[platform] ?? platform);
}

/** The sign-in log's names for grant controls ("Require multifactor authentication"…). */
export const GRANT_CONTROL_NAMES: Readonly<Record<string, string>> = {
  block: 'Block',
  mfa: 'Mfa',
  compliantDevice: 'RequireCompliantDevice',
  domainJoinedDevice: 'RequireDomainJoinedDevice',
  approvedApplication: 'RequireApprovedApp',
  compliantApplication: 'RequireCompliantApp',
  passwordChange: 'PasswordChange',
};

function controlNames(controls: readonly string[]): string[] {
  return controls.map((control) => GRANT_CONTROL_NAMES[control] ?? control);
}

function sessionControlNames(policy: ConditionalAccessPolicy): string[] {
  const session = policy.sessionControls;
  if (!session) return [];
  const names: string[] = [];
  if (session.signInFrequency?.isEnabled) names.push('SignInFrequency');
  if (session.persistentBrowser?.isEnabled) names.push('PersistentBrowserSessionMode');
  if (session.applicationEnforcedRestrictions?.isEnabled) names.push('AppEnforcedRestrictions');
  return names;
}
