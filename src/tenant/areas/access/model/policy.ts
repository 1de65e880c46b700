/** Graph's conditionalAccessPolicy `state`: On, Off, or Report-only in the portal. */
export type ConditionalAccessPolicyState = 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';

/** Graph's conditionalAccessClientApp; legacy authentication is `exchangeActiveSync` + `other`. */
export type ClientAppType = 'all' | 'browser' | 'mobileAppsAndDesktopClients' | 'exchangeActiveSync' | 'other';

/** Graph's conditionalAccessDevicePlatform, without `all`, which a policy spells as a list value. */
export type DevicePlatform = 'android' | 'iOS' | 'windows' | 'windowsPhone' | 'macOS' | 'linux';

export type RiskLevel = 'low' | 'medium' | 'high' | 'hidden' | 'none';

/** Graph's conditionalAccessGrantControl. */
export type BuiltInControl = 'block' | 'mfa' | 'compliantDevice' | 'domainJoinedDevice' | 'approvedApplication' | 'compliantApplication' | 'passwordChange';

/**
 * Graph's conditionalAccessUsers. `includeUsers` holds user ids or `All`, `None`,
 * `GuestsOrExternalUsers`; roles are role template ids. Exclusions override inclusions.
 */
export interface ConditionalAccessUsers {
  readonly includeUsers: readonly string[];
  readonly excludeUsers: readonly string[];
  readonly includeGroups: readonly string[];
  readonly excludeGroups: readonly string[];
  readonly includeRoles: readonly string[];
  readonly excludeRoles: readonly string[];
}

/** Graph's conditionalAccessApplications: app ids, or `All`, `Office365`, `MicrosoftAdminPortals`, `None`. */
export interface ConditionalAccessApplications {
  readonly includeApplications: readonly string[];
  readonly excludeApplications: readonly string[];
  /** `urn:user:registersecurityinfo`, `urn:user:registerdevice`. */
  readonly includeUserActions: readonly string[];
}

export interface ConditionalAccessPlatforms {
  readonly includePlatforms: readonly (DevicePlatform | 'all')[];
  readonly excludePlatforms: readonly (DevicePlatform | 'all')[];
}

/** Named-location ids, or `All` and `AllTrusted`. */
export interface ConditionalAccessLocations {
  readonly includeLocations: readonly string[];
  readonly excludeLocations: readonly string[];
}

/** Graph's conditionalAccessConditionSet; a condition left null is not configured and matches every sign-in. */
export interface ConditionalAccessConditionSet {
  readonly users: ConditionalAccessUsers;
  readonly applications: ConditionalAccessApplications;
  readonly clientAppTypes: readonly ClientAppType[];
  readonly platforms: ConditionalAccessPlatforms | null;
  readonly locations: ConditionalAccessLocations | null;
  readonly signInRiskLevels: readonly RiskLevel[];
  readonly userRiskLevels: readonly RiskLevel[];
}

export interface ConditionalAccessGrantControls {
  /** Require all the selected controls (AND, the portal's default) or one of them (OR). */
  readonly operator: 'AND' | 'OR';
  readonly builtInControls: readonly BuiltInControl[];
}

export interface ConditionalAccessSessionControls {
  readonly signInFrequency: { readonly isEnabled: boolean; readonly value: number; readonly type: 'hours' | 'days' } | null;
  readonly persistentBrowser: { readonly isEnabled: boolean; readonly mode: 'always' | 'never' } | null;
  readonly applicationEnforcedRestrictions: { readonly isEnabled: boolean } | null;
}

/** Graph's conditionalAccessPolicy. */
export interface ConditionalAccessPolicy {
  readonly id: string;
  readonly displayName: string;
  readonly state: ConditionalAccessPolicyState;
  readonly createdDateTime: string;
  readonly modifiedDateTime: string | null;
  readonly conditions: ConditionalAccessConditionSet;
  readonly grantControls: ConditionalAccessGrantControls | null;
  readonly sessionControls: ConditionalAccessSessionControls | null;
}

/** What a new-policy or edit command gives: the policy without what the tenant stamps on it. */
export type ConditionalAccessPolicyInput = Omit<ConditionalAccessPolicy, 'id' | 'createdDateTime' | 'modifiedDateTime'>;
