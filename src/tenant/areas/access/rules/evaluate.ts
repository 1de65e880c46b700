import type { Device } from '../model/device';
import type { NamedLocation } from '../model/named-location';
import type { BuiltInControl, ConditionalAccessPolicy, ConditionalAccessUsers } from '../model/policy';
import type { PerUserMfaState } from '../model/settings';
import type { AppliedPolicyResult, SignInRequest } from '../model/sign-in';
import { appEntryCovers, cloudAppById, SECURITY_DEFAULTS_ADMIN_ROLES, type CloudApp } from '../catalog';
import { inRange, parseIpv4 } from './ip';
import type { SignInSubject } from './subject';

/*
 * The sign-in engine: how Microsoft Entra evaluates a sign-in after the first factor
 * (learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-policies and
 * concept-conditional-access-report-only). Every enabled policy whose assignments all match
 * applies; exclusions override inclusions; any applicable Block wins; otherwise every applicable
 * policy's grant controls must be met (all of them, or one of them, per policy). Report-only
 * policies are evaluated and reported, never enforced. Security defaults, when they are on, stand
 * in for policies. Pure: everything it needs is passed in.
 */

/** What the engine knows besides the request: the tenant's settings and what the user has done. */
export interface EvaluationContext {
  readonly policies: readonly ConditionalAccessPolicy[];
  readonly namedLocations: readonly NamedLocation[];
  readonly securityDefaultsEnabled: boolean;
  readonly perUserMfa: PerUserMfaState;
  readonly device: Device | undefined;
  /** The user has completed multifactor authentication in this sign-in. */
  readonly mfaCompleted: boolean;
}

/** An assignment of a policy, named as What If names the first one that did not match. */
export type PolicyCondition = 'Users' | 'Cloud apps' | 'Client apps' | 'Device platform' | 'Locations' | 'Sign-in risk' | 'User risk';

export interface PolicyEvaluation {
  readonly policy: ConditionalAccessPolicy;
  readonly applies: boolean;
  /** The first assignment that left the policy out, or null when it applies. */
  readonly unmatched: PolicyCondition | null;
  readonly result: AppliedPolicyResult;
  /** Grant controls the sign-in has not met (for OR, all of them when none is met). */
  readonly unmet: readonly BuiltInControl[];
}

export type SecurityDefaultsEffect = 'notApplied' | 'none' | 'mfa' | 'block';

export interface SignInOutcome {
  readonly policies: readonly PolicyEvaluation[];
  readonly securityDefaults: SecurityDefaultsEffect;
  /** Per-user MFA (Enabled or Enforced) asks for MFA whatever the policies say. */
  readonly perUserMfaRequired: boolean;
  /** granted, blocked (nothing the user can do) or interrupted (the user must still do something). */
  readonly access: 'granted' | 'blocked' | 'interrupted';
  /** The enforced controls still unmet, in the order Entra prompts for them. */
  readonly required: readonly BuiltInControl[];
  /** Whether MFA was required by anything enforced (policies, security defaults or per-user MFA). */
  readonly mfaRequired: boolean;
  readonly errorCode: number;
  readonly failureReason: string;
}

/** Entra prompts for unmet controls in this order (concept-conditional-access-policies, "Phase 2"). */
export const PROMPT_ORDER: readonly BuiltInControl[] = ['mfa', 'compliantDevice', 'domainJoinedDevice', 'approvedApplication', 'compliantApplication', 'passwordChange'];

/** Controls the user can satisfy there and then, so report-only records "user action required". */
const USER_ACTIONS: ReadonlySet<BuiltInControl> = new Set(['mfa', 'passwordChange']);

/** AADSTS codes and the sign-in log's failure reason (entra-docs reference-error-codes). */
export const FAILURE = {
  blockedByConditionalAccess: { code: 53003, reason: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.' },
  blockedBySecurityDefaults: { code: 530035, reason: 'Access has been blocked by security defaults.' },
  mfaRequired: {
    code: 50076,
    reason: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  },
  deviceNotCompliant: { code: 53000, reason: "Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device isn't compliant." },
  deviceNotDomainJoined: { code: 53001, reason: "Device is not in required device state: domainJoined. Conditional Access policy requires a domain joined device, and the device isn't domain joined." },
  approvedAppRequired: { code: 53005, reason: "Application needs to enforce Intune protection policies. The app used isn't an approved app for Conditional Access." },
} as const;

function failureFor(control: BuiltInControl): { readonly code: number; readonly reason: string } {
  switch (control) {
    case 'mfa':
      return FAILURE.mfaRequired;
    case 'compliantDevice':
      return FAILURE.deviceNotCompliant;
    case 'domainJoinedDevice':
      return FAILURE.deviceNotDomainJoined;
    case 'approvedApplication':
    case 'compliantApplication':
      return FAILURE.approvedAppRequired;
    default:
      return FAILURE.blockedByConditionalAccess;
  }
}

function usersMatch(users: ConditionalAccessUsers, subject: SignInSubject): boolean {
  const covers = (ids: readonly string[], groups: readonly string[], roles: readonly string[]): boolean =>
    ids.some((id) => id === 'All' || id === subject.user.id || (id === 'GuestsOrExternalUsers' && subject.isGuest)) ||
    groups.some((id) => subject.groupIds.has(id)) ||
    roles.some((id) => subject.roleIds.has(id));
  // Exclusions are evaluated first: an excluded user is out whatever includes them.
  if (covers(users.excludeUsers, users.excludeGroups, users.excludeRoles)) return false;
  return covers(users.includeUsers, users.includeGroups, users.includeRoles);
}

function appsMatch(policy: ConditionalAccessPolicy, app: CloudApp | undefined, appId: string): boolean {
  const { includeApplications, excludeApplications } = policy.conditions.applications;
  if (excludeApplications.some((entry) => appEntryCovers(entry, app, appId))) return false;
  return includeApplications.some((entry) => appEntryCovers(entry, app, appId));
}

/** The named locations a sign-in comes from, and whether any of them is trusted. */
interface Whereabouts {
  readonly ids: ReadonlySet<string>;
  readonly trusted: boolean;
}

function whereaboutsOf(request: SignInRequest, locations: readonly NamedLocation[]): Whereabouts {
  const ip = request.ipAddress === null ? undefined : parseIpv4(request.ipAddress);
  const ids = new Set<string>();
  let trusted = false;
  for (const location of locations) {
    const inside =
      location.kind === 'ip'
        ? ip !== undefined && location.ipRanges.some((range) => inRange(ip, range))
        : request.countryCode === null
          ? location.includeUnknownCountriesAndRegions
          : location.countriesAndRegions.includes(request.countryCode);
    if (!inside) continue;
    ids.add(location.id);
    if (location.kind === 'ip' && location.isTrusted) trusted = true;
  }
  return { ids, trusted };
}

function locationEntryCovers(entry: string, where: Whereabouts): boolean {
  if (entry === 'All') return true;
  if (entry === 'AllTrusted') return where.trusted;
  return where.ids.has(entry);
}

function platformEntryCovers(entry: string, platform: string | null): boolean {
  return entry === 'all' || entry === platform;
}

/** The first assignment that leaves the policy out, in the order What If reports them. */
function unmatchedCondition(policy: ConditionalAccessPolicy, request: SignInRequest, subject: SignInSubject, app: CloudApp | undefined, where: () => Whereabouts): PolicyCondition | null {
  const { conditions } = policy;
  if (!usersMatch(conditions.users, subject)) return 'Users';
  if (!appsMatch(policy, app, request.appId)) return 'Cloud apps';
  const clients = conditions.clientAppTypes;
  if (clients.length > 0 && !clients.includes('all') && !clients.includes(request.clientAppType)) return 'Client apps';
  const platforms = conditions.platforms;
  if (platforms) {
    if (platforms.excludePlatforms.some((entry) => platformEntryCovers(entry, request.devicePlatform))) return 'Device platform';
    if (!platforms.includePlatforms.some((entry) => platformEntryCovers(entry, request.devicePlatform))) return 'Device platform';
  }
  const locations = conditions.locations;
  if (locations) {
    const here = where();
    if (locations.excludeLocations.some((entry) => locationEntryCovers(entry, here))) return 'Locations';
    if (!locations.includeLocations.some((entry) => locationEntryCovers(entry, here))) return 'Locations';
  }
  if (conditions.signInRiskLevels.length > 0 && !conditions.signInRiskLevels.includes(request.signInRiskLevel)) return 'Sign-in risk';
  if (conditions.userRiskLevels.length > 0 && !conditions.userRiskLevels.includes(request.userRiskLevel)) return 'User risk';
  return null;
}

function controlMet(control: BuiltInControl, context: EvaluationContext): boolean {
  switch (control) {
    case 'mfa':
      return context.mfaCompleted;
    case 'compliantDevice':
      return context.device?.isCompliant === true;
    case 'domainJoinedDevice':
      return context.device?.trustType === 'ServerAd';
    default:
      // Block is never met; the sandbox has no app protection policies or password change in a sign-in.
      return false;
  }
}

function unmetControls(policy: ConditionalAccessPolicy, context: EvaluationContext): readonly BuiltInControl[] {
  const controls = policy.grantControls?.builtInControls ?? [];
  if (controls.length === 0) return [];
  if (controls.includes('block')) return ['block'];
  const unmet = controls.filter((control) => !controlMet(control, context));
  if (policy.grantControls!.operator === 'OR' && unmet.length < controls.length) return [];
  return unmet;
}

function resultOf(policy: ConditionalAccessPolicy, applies: boolean, unmet: readonly BuiltInControl[]): AppliedPolicyResult {
  if (policy.state === 'disabled') return 'notEnabled';
  const reportOnly = policy.state === 'enabledForReportingButNotEnforced';
  if (!applies) return reportOnly ? 'reportOnlyNotApplied' : 'notApplied';
  if (unmet.length === 0) return reportOnly ? 'reportOnlySuccess' : 'success';
  if (!reportOnly) return 'failure';
  return unmet.every((control) => USER_ACTIONS.has(control)) ? 'reportOnlyInterrupted' : 'reportOnlyFailure';
}

/** Legacy authentication: Exchange ActiveSync and other clients (POP, IMAP, SMTP, older Office). */
export function isLegacyClient(request: SignInRequest): boolean {
  return request.clientAppType === 'exchangeActiveSync' || request.clientAppType === 'other';
}

/**
 * Security defaults (fundamentals/security-defaults): legacy authentication is blocked; the
 * listed admin roles always do MFA, and everyone does for Azure management.
 */
function securityDefaultsEffect(request: SignInRequest, subject: SignInSubject, app: CloudApp | undefined, enabled: boolean): SecurityDefaultsEffect {
  if (!enabled) return 'notApplied';
  if (isLegacyClient(request)) return 'block';
  if (app?.azureManagement) return 'mfa';
  for (const role of subject.roleIds) if (SECURITY_DEFAULTS_ADMIN_ROLES.has(role)) return 'mfa';
  return 'none';
}

/** Evaluates a sign-in the way Entra does and says what it gets. */
export function evaluateSignIn(request: SignInRequest, subject: SignInSubject, context: EvaluationContext): SignInOutcome {
  const app = cloudAppById(request.appId);
  let whereabouts: Whereabouts | undefined;
  const where = () => (whereabouts ??= whereaboutsOf(request, context.namedLocations));
  const policies: PolicyEvaluation[] = [];
  let blocked = false;
  const unmetEnforced = new Set<BuiltInControl>();
  for (const policy of context.policies) {
    const unmatched = policy.state === 'disabled' ? null : unmatchedCondition(policy, request, subject, app, where);
    const applies = policy.state !== 'disabled' && unmatched === null;
    const unmet = applies ? unmetControls(policy, context) : [];
    policies.push({ policy, applies, unmatched, result: resultOf(policy, applies, unmet), unmet });
    if (!applies || policy.state !== 'enabled') continue;
    for (const control of unmet) {
      if (control === 'block') blocked = true;
      else unmetEnforced.add(control);
    }
  }
  const securityDefaults = securityDefaultsEffect(request, subject, app, context.securityDefaultsEnabled);
  const perUserMfaRequired = context.perUserMfa !== 'disabled' && !isLegacyClient(request);
  const mfaRequired =
    securityDefaults === 'mfa' ||
    perUserMfaRequired ||
    policies.some((evaluation) => evaluation.applies && evaluation.policy.state === 'enabled' && evaluation.policy.grantControls?.builtInControls.includes('mfa') === true);
  if ((securityDefaults === 'mfa' || perUserMfaRequired) && !context.mfaCompleted) unmetEnforced.add('mfa');
  const required = PROMPT_ORDER.filter((control) => unmetEnforced.has(control));
  if (blocked) return { policies, securityDefaults, perUserMfaRequired, access: 'blocked', required, mfaRequired, errorCode: FAILURE.blockedByConditionalAccess.code, failureReason: FAILURE.blockedByConditionalAccess.reason };
  if (securityDefaults === 'block') {
    return { policies, securityDefaults, perUserMfaRequired, access: 'blocked', required, mfaRequired, errorCode: FAILURE.blockedBySecurityDefaults.code, failureReason: FAILURE.blockedBySecurityDefaults.reason };
  }
  if (required.length === 0) return { policies, securityDefaults, perUserMfaRequired, access: 'granted', required, mfaRequired, errorCode: 0, failureReason: '' };
  const first = failureFor(required[0]!);
  const access = required.every((control) => USER_ACTIONS.has(control)) ? 'interrupted' : 'blocked';
  return { policies, securityDefaults, perUserMfaRequired, access, required, mfaRequired, errorCode: first.code, failureReason: first.reason };
}
