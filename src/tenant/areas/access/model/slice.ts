import { emptyCollection, type Collection } from '../../../collection';
import type { Device } from './device';
import type { NamedLocation } from './named-location';
import type { ConditionalAccessPolicy } from './policy';
import type { AuthenticationMethodsPolicy, PasswordResetPolicy, UserAuthentication } from './settings';
import { AUTHENTICATION_METHOD_IDS } from './settings';
import type { QueuedSignIn, SignIn } from './sign-in';

/** Sign-in security: security defaults, MFA, methods, SSPR, Conditional Access, devices and sign-in logs. */
export interface AccessSlice {
  /** Graph's identitySecurityDefaultsEnforcementPolicy.isEnabled. */
  readonly securityDefaultsEnabled: boolean;
  readonly authenticationMethodsPolicy: AuthenticationMethodsPolicy;
  readonly passwordReset: PasswordResetPolicy;
  /** Per-user MFA and registered methods of users who have any; absent users are Disabled with none. */
  readonly userAuthentication: Collection<UserAuthentication>;
  readonly conditionalAccessPolicies: Collection<ConditionalAccessPolicy>;
  readonly namedLocations: Collection<NamedLocation>;
  readonly devices: Collection<Device>;
  readonly signIns: Collection<SignIn>;
  readonly queuedSignIns: Collection<QueuedSignIn>;
}

/**
 * A tenant created today: security defaults on (tenants created since 22 October 2019), every
 * authentication method Off in the methods policy, self-service password reset for nobody.
 */
export function emptyAccess(): AccessSlice {
  return {
    securityDefaultsEnabled: true,
    authenticationMethodsPolicy: {
      policyMigrationState: 'preMigration',
      authenticationMethodConfigurations: AUTHENTICATION_METHOD_IDS.map((id) => ({ id, state: 'disabled', includeTargets: [], excludeTargets: [] })),
    },
    passwordReset: {
      enablement: 'none',
      selectedGroupId: null,
      numberOfMethodsRequired: 1,
      methods: ['mobilePhone', 'email'],
      requireRegistration: true,
      reconfirmationDays: 180,
    },
    userAuthentication: emptyCollection(),
    conditionalAccessPolicies: emptyCollection(),
    namedLocations: emptyCollection(),
    devices: emptyCollection(),
    signIns: emptyCollection(),
    queuedSignIns: emptyCollection(),
  };
}
