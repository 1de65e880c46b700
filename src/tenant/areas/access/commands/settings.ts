import { castDraft } from 'immer';
import { getById, putEntity, removeEntity, toArray } from '../../../collection';
import { defineCommand } from '../../../command';
import { notFound } from '../../../errors';
import type { TargetResource, Tenant } from '../../../model';
import { DIRECTORY_ACTIVITIES } from '../../directory/activities';
import { ACCESS_ACTIVITIES } from '../activities';
import { ACCESS_ERRORS } from '../errors';
import {
  AUTHENTICATION_METHOD_IDS,
  SSPR_METHODS,
  type AuthenticationMethodId,
  type AuthenticationMethodTarget,
  type PasswordResetPolicy,
  type PerUserMfaState,
  type RegisteredMethodType,
} from '../model/settings';
import { userAuthenticationOf } from '../rules/sign-in';

/** Entra ID > Overview > Properties > Manage security defaults. */
export interface UpdateSecurityDefaults {
  readonly type: 'securityDefaults.update';
  readonly isEnabled: boolean;
}

/** Authentication methods > Policies > a method: Enable, Include and Exclude targets. */
export interface UpdateAuthenticationMethod {
  readonly type: 'authenticationMethodsPolicy.updateMethod';
  readonly methodId: AuthenticationMethodId;
  readonly state: 'enabled' | 'disabled';
  readonly includeTargets: readonly AuthenticationMethodTarget[];
  readonly excludeTargets: readonly AuthenticationMethodTarget[];
}

/** Password reset > Properties, Authentication methods and Registration; what isn't given stays. */
export interface UpdatePasswordReset {
  readonly type: 'passwordReset.update';
  readonly changes: Partial<PasswordResetPolicy>;
}

/** The per-user MFA page: Enable, Enforce or Disable MFA for a user. */
export interface SetPerUserMfa {
  readonly type: 'user.setPerUserMfaState';
  readonly userId: string;
  readonly state: PerUserMfaState;
}

/** A user registers a method at My Security info (or an admin adds one on the user's Authentication methods). */
export interface RegisterAuthenticationMethod {
  readonly type: 'user.registerAuthenticationMethod';
  readonly userId: string;
  readonly method: RegisteredMethodType;
}

export interface DeleteAuthenticationMethod {
  readonly type: 'user.deleteAuthenticationMethod';
  readonly userId: string;
  readonly method: RegisteredMethodType;
}

const REGISTERED_METHODS: readonly RegisteredMethodType[] = ['microsoftAuthenticator', 'phone', 'email', 'fido2', 'softwareOath', 'temporaryAccessPass'];

function policyTarget(id: string, displayName: string, modifiedProperties: TargetResource['modifiedProperties']): TargetResource {
  return { id, displayName, type: 'Policy', modifiedProperties };
}

function userTarget(tenant: Tenant, userId: string, modifiedProperties: TargetResource['modifiedProperties'] = []): TargetResource {
  const user = getById(tenant.directory.users, userId)!;
  return { id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties };
}

function targetsError(tenant: Tenant, targets: readonly AuthenticationMethodTarget[]) {
  const bad = targets.find((target) => target.id !== 'all_users' && !getById(tenant.directory.groups, target.id));
  return bad ? ACCESS_ERRORS.groupNotFound(bad.id, 'includeTargets') : undefined;
}

/** The password reset settings a change leaves, checked as the blades check them. */
function passwordResetError(tenant: Tenant, policy: PasswordResetPolicy) {
  if (!['none', 'selected', 'all'].includes(policy.enablement)) return ACCESS_ERRORS.invalidSsprEnablement();
  if (policy.enablement === 'selected') {
    if (policy.selectedGroupId === null) return ACCESS_ERRORS.ssprGroupRequired();
    if (!getById(tenant.directory.groups, policy.selectedGroupId)) return notFound('group', policy.selectedGroupId);
  }
  if (policy.numberOfMethodsRequired !== 1 && policy.numberOfMethodsRequired !== 2) return ACCESS_ERRORS.invalidMethodsRequired();
  const bad = policy.methods.find((method) => !(SSPR_METHODS as readonly string[]).includes(method));
  if (bad !== undefined) return ACCESS_ERRORS.unknownResetMethod(bad);
  if (policy.methods.length < policy.numberOfMethodsRequired) {
    return ACCESS_ERRORS.tooFewResetMethods(policy.numberOfMethodsRequired);
  }
  // concept-sspr-howitworks: the Authenticator app can't be the only method when one is required.
  if (policy.numberOfMethodsRequired === 1 && policy.methods.every((method) => method === 'mobileAppNotification' || method === 'mobileAppCode')) {
    return ACCESS_ERRORS.mobileAppOnly();
  }
  if (!Number.isInteger(policy.reconfirmationDays) || policy.reconfirmationDays < 0 || policy.reconfirmationDays > 730) {
    return ACCESS_ERRORS.invalidReconfirmationDays();
  }
  return undefined;
}

function described(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export const settingsCommands = {
  'securityDefaults.update': defineCommand<UpdateSecurityDefaults>({
    permission: 'microsoft.directory/conditionalAccessPolicies/tenantDefault/update',
    activity: ACCESS_ACTIVITIES['Update policy'],
    validate(tenant, command) {
      // Security defaults and Conditional Access are either-or; the properties blade won't turn them on over enforced policies.
      if (command.isEnabled && toArray(tenant.access.conditionalAccessPolicies).some((policy) => policy.state === 'enabled')) {
        return ACCESS_ERRORS.securityDefaultsBlocked();
      }
      return undefined;
    },
    apply(draft, command) {
      const oldValue = String(draft.access.securityDefaultsEnabled);
      draft.access.securityDefaultsEnabled = command.isEnabled;
      return [policyTarget('00000000-0000-0000-0000-000000000005', 'Security Defaults', [{ displayName: 'IsEnabled', oldValue, newValue: String(command.isEnabled) }])];
    },
  }),

  'authenticationMethodsPolicy.updateMethod': defineCommand<UpdateAuthenticationMethod>({
    permission: 'microsoft.directory/organization/strongAuthentication/update',
    activity: ACCESS_ACTIVITIES['Update policy'],
    validate(tenant, command) {
      if (!(AUTHENTICATION_METHOD_IDS as readonly string[]).includes(command.methodId)) return notFound('authenticationMethodConfiguration', command.methodId);
      if (command.state === 'enabled' && command.includeTargets.length === 0) return ACCESS_ERRORS.noMethodTargets();
      return targetsError(tenant, [...command.includeTargets, ...command.excludeTargets]);
    },
    apply(draft, command) {
      const configurations = draft.access.authenticationMethodsPolicy.authenticationMethodConfigurations;
      const index = configurations.findIndex((configuration) => configuration.id === command.methodId);
      const oldValue = configurations[index]!.state;
      configurations[index] = { id: command.methodId, state: command.state, includeTargets: [...command.includeTargets], excludeTargets: [...command.excludeTargets] };
      return [policyTarget(command.methodId, `Authentication Methods Policy: ${command.methodId}`, [{ displayName: 'State', oldValue, newValue: command.state }])];
    },
  }),

  'passwordReset.update': defineCommand<UpdatePasswordReset>({
    permission: 'microsoft.directory/organization/strongAuthentication/update',
    activity: ACCESS_ACTIVITIES['Update policy'],
    validate: (tenant, command) => passwordResetError(tenant, { ...tenant.access.passwordReset, ...command.changes }),
    apply(draft, command) {
      const before = draft.access.passwordReset;
      const merged: PasswordResetPolicy = { ...before, ...command.changes };
      // Only Selected keeps a group; None and All apply to nobody or everybody.
      const after: PasswordResetPolicy = { ...merged, selectedGroupId: merged.enablement === 'selected' ? merged.selectedGroupId : null };
      const changed = (Object.keys(command.changes) as (keyof PasswordResetPolicy)[]).map((key) => ({ displayName: key, oldValue: described(before[key]), newValue: described(after[key]) }));
      draft.access.passwordReset = castDraft(after);
      return [policyTarget('00000000-0000-0000-0000-000000000006', 'Password reset policy', changed)];
    },
  }),

  'user.setPerUserMfaState': defineCommand<SetPerUserMfa>({
    permission: (command) => ({ action: 'microsoft.directory/users/authenticationMethods/basic/update', targetId: command.userId }),
    activity: DIRECTORY_ACTIVITIES['Update user'],
    validate(tenant, command) {
      if (!getById(tenant.directory.users, command.userId)) return notFound('user', command.userId);
      if (!['disabled', 'enabled', 'enforced'].includes(command.state)) return ACCESS_ERRORS.unknownPerUserMfaState(command.state);
      return undefined;
    },
    apply(draft, command) {
      const current = userAuthenticationOf(draft as Tenant, command.userId);
      putEntity(draft.access.userAuthentication, { ...current, perUserMfaState: command.state });
      return [userTarget(draft as Tenant, command.userId, [{ displayName: 'StrongAuthenticationRequirement', oldValue: current.perUserMfaState, newValue: command.state }])];
    },
  }),

  'user.registerAuthenticationMethod': defineCommand<RegisterAuthenticationMethod>({
    permission: (command) => ({ action: 'microsoft.directory/users/authenticationMethods/create', targetId: command.userId }),
    activity: ACCESS_ACTIVITIES['User registered security info'],
    validate(tenant, command) {
      if (!getById(tenant.directory.users, command.userId)) return notFound('user', command.userId);
      if (!REGISTERED_METHODS.includes(command.method)) return ACCESS_ERRORS.unknownMethod(command.method);
      if (userAuthenticationOf(tenant, command.userId).methods.includes(command.method)) return ACCESS_ERRORS.methodRegistered();
      return undefined;
    },
    apply(draft, command) {
      const current = userAuthenticationOf(draft as Tenant, command.userId);
      // Registering MFA moves a per-user Enabled user to Enforced (howto-mfa-userstates).
      const perUserMfaState = current.perUserMfaState === 'enabled' && command.method !== 'email' ? 'enforced' : current.perUserMfaState;
      putEntity(draft.access.userAuthentication, { ...current, perUserMfaState, methods: [...current.methods, command.method] });
      return [userTarget(draft as Tenant, command.userId, [{ displayName: 'AuthenticationMethod', oldValue: null, newValue: command.method }])];
    },
  }),

  'user.deleteAuthenticationMethod': defineCommand<DeleteAuthenticationMethod>({
    permission: (command) => ({ action: 'microsoft.directory/users/authenticationMethods/delete', targetId: command.userId }),
    activity: ACCESS_ACTIVITIES['User deleted security info'],
    validate(tenant, command) {
      if (!getById(tenant.directory.users, command.userId)) return notFound('user', command.userId);
      if (!userAuthenticationOf(tenant, command.userId).methods.includes(command.method)) return notFound('authenticationMethod', command.method);
      return undefined;
    },
    apply(draft, command) {
      const current = userAuthenticationOf(draft as Tenant, command.userId);
      const methods = current.methods.filter((method) => method !== command.method);
      if (methods.length === 0 && current.perUserMfaState === 'disabled') removeEntity(draft.access.userAuthentication, command.userId);
      else putEntity(draft.access.userAuthentication, { ...current, methods });
      return [userTarget(draft as Tenant, command.userId, [{ displayName: 'AuthenticationMethod', oldValue: command.method, newValue: null }])];
    },
  }),
};
