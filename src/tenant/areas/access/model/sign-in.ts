import type { BuiltInControl, ClientAppType, DevicePlatform, RiskLevel } from './policy';

/**
 * A sign-in to simulate: who, to which app, from what client, device and network. It is the What
 * If tool's input and a queued sign-in's: anything left null is "not specified".
 */
export interface SignInRequest {
  readonly userId: string;
  /** The app id of the resource, from the cloud-app catalogue. */
  readonly appId: string;
  readonly clientAppType: Exclude<ClientAppType, 'all'>;
  readonly devicePlatform: DevicePlatform | null;
  /** A registered device the sign-in comes from, for compliance and join type. */
  readonly deviceId: string | null;
  readonly ipAddress: string | null;
  /** Two-letter ISO code; null when the IP address maps to no known country. */
  readonly countryCode: string | null;
  readonly signInRiskLevel: RiskLevel;
  readonly userRiskLevel: RiskLevel;
}

/** Graph's appliedConditionalAccessPolicy result. */
export type AppliedPolicyResult =
  | 'success'
  | 'failure'
  | 'notApplied'
  | 'notEnabled'
  | 'reportOnlySuccess'
  | 'reportOnlyFailure'
  | 'reportOnlyNotApplied'
  | 'reportOnlyInterrupted';

/** Graph's appliedConditionalAccessPolicy, as a sign-in log's Conditional Access tab lists it. */
export interface AppliedConditionalAccessPolicy {
  readonly id: string;
  readonly displayName: string;
  readonly result: AppliedPolicyResult;
  readonly enforcedGrantControls: readonly string[];
  readonly enforcedSessionControls: readonly string[];
}

/** Graph's signIn, with the fields the Sign-in logs page shows. */
export interface SignIn {
  readonly id: string;
  readonly createdDateTime: string;
  readonly userId: string;
  readonly userPrincipalName: string;
  readonly userDisplayName: string;
  readonly appId: string;
  readonly appDisplayName: string;
  /** Graph's clientAppUsed wording: "Browser", "Exchange ActiveSync"… */
  readonly clientAppUsed: string;
  readonly ipAddress: string;
  readonly location: { readonly countryOrRegion: string };
  readonly deviceDetail: {
    readonly deviceId: string;
    readonly displayName: string;
    readonly operatingSystem: string;
    readonly isCompliant: boolean;
    readonly trustType: string;
  };
  /** errorCode 0 is success. */
  readonly status: { readonly errorCode: number; readonly failureReason: string; readonly additionalDetails: string };
  readonly conditionalAccessStatus: 'success' | 'failure' | 'notApplied';
  readonly appliedConditionalAccessPolicies: readonly AppliedConditionalAccessPolicy[];
  readonly authenticationRequirement: 'singleFactorAuthentication' | 'multiFactorAuthentication';
  readonly mfaDetail: { readonly authMethod: string; readonly authDetail: string } | null;
  readonly riskLevelDuringSignIn: RiskLevel;
  readonly riskLevelAggregated: RiskLevel;
}

/** A sign-in a scenario queued on the simulated clock; it runs when the clock reaches it. */
export interface QueuedSignIn {
  readonly id: string;
  readonly request: SignInRequest;
  readonly dueDateTime: string;
}

export type { BuiltInControl };
