/** Graph's authenticationMethodConfiguration ids, in the Policies blade's order. */
export const AUTHENTICATION_METHOD_IDS = [
  'Fido2',
  'MicrosoftAuthenticator',
  'Sms',
  'TemporaryAccessPass',
  'HardwareOath',
  'SoftwareOath',
  'Voice',
  'Email',
  'X509Certificate',
] as const;

export type AuthenticationMethodId = (typeof AUTHENTICATION_METHOD_IDS)[number];

/** A target of a method: a group id, or `all_users`. */
export interface AuthenticationMethodTarget {
  readonly targetType: 'group';
  readonly id: string;
}

export interface AuthenticationMethodConfiguration {
  readonly id: AuthenticationMethodId;
  readonly state: 'enabled' | 'disabled';
  readonly includeTargets: readonly AuthenticationMethodTarget[];
  readonly excludeTargets: readonly AuthenticationMethodTarget[];
}

/** Graph's authenticationMethodsPolicy. */
export interface AuthenticationMethodsPolicy {
  readonly policyMigrationState: 'preMigration' | 'migrationInProgress' | 'migrationComplete';
  readonly authenticationMethodConfigurations: readonly AuthenticationMethodConfiguration[];
}

/** The methods self-service password reset offers, as the Password reset > Authentication methods blade lists them. */
export const SSPR_METHODS = ['mobileAppNotification', 'mobileAppCode', 'email', 'mobilePhone', 'officePhone', 'securityQuestions'] as const;

export type SsprMethod = (typeof SSPR_METHODS)[number];

/** Password reset > Properties, Authentication methods and Registration. */
export interface PasswordResetPolicy {
  /** "Self service password reset enabled": None, Selected (one group) or All. */
  readonly enablement: 'none' | 'selected' | 'all';
  readonly selectedGroupId: string | null;
  readonly numberOfMethodsRequired: 1 | 2;
  readonly methods: readonly SsprMethod[];
  /** "Require users to register when signing in". */
  readonly requireRegistration: boolean;
  /** "Number of days before users are asked to reconfirm their authentication information", 0 = never. */
  readonly reconfirmationDays: number;
}

/** Per-user MFA (legacy): Disabled, Enabled (enrolled), Enforced (registered). */
export type PerUserMfaState = 'disabled' | 'enabled' | 'enforced';

/** Graph's authentication method types a user can have registered (the password is always there). */
export type RegisteredMethodType = 'microsoftAuthenticator' | 'phone' | 'email' | 'fido2' | 'softwareOath' | 'temporaryAccessPass';

/** What the sandbox keeps about one user's authentication: per-user MFA and registered methods. */
export interface UserAuthentication {
  /** The user's id. */
  readonly id: string;
  readonly perUserMfaState: PerUserMfaState;
  readonly methods: readonly RegisteredMethodType[];
}
