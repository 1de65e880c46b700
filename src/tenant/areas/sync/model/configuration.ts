/** The wizard's "User sign-in" page. */
export type UserSignIn = 'passwordHashSync' | 'passThroughAuthentication' | 'federation' | 'doNotConfigure';

/** "Uniquely identifying your users": Let Azure manage the source anchor, or objectGUID. */
export type SourceAnchorAttribute = 'mS-DS-ConsistencyGuid' | 'objectGUID';

/**
 * Microsoft Entra Connect Sync as the wizard leaves it configured. Express settings take the
 * whole forest, password hash sync and mS-DS-ConsistencyGuid; Customize chooses each.
 */
export interface SyncConfiguration {
  readonly installType: 'express' | 'custom';
  readonly userSignIn: UserSignIn;
  /** Password hash synchronization: the sign-in method, or the optional feature beside PTA or federation. */
  readonly passwordHashSync: boolean;
  readonly passwordWriteback: boolean;
  readonly seamlessSingleSignOn: boolean;
  readonly sourceAnchor: SourceAnchorAttribute;
  /** Domain and OU filtering: null syncs the whole domain; else the OUs (and what lies under them) to sync. */
  readonly includedContainerIds: readonly string[] | null;
  /** Staging mode: import and synchronize, never export. */
  readonly stagingMode: boolean;
  /** The tenant's BlockSoftMatch feature: new objects never take over a cloud object by proxyAddresses or UPN. */
  readonly blockSoftMatch: boolean;
  /** The verified domain federated with AD FS when the sign-in method is federation. */
  readonly federatedDomain: string | null;
  readonly configuredDateTime: string;
}

/** Get-ADSyncScheduler's fields. Intervals are minutes (the cmdlet shows them as hh:mm:ss). */
export interface SyncScheduler {
  readonly syncCycleEnabled: boolean;
  readonly customizedSyncCycleInterval: number | null;
  readonly nextSyncCyclePolicyType: 'Delta' | 'Initial';
  readonly nextSyncCycleStartTimeInUTC: string | null;
  readonly stagingModeEnabled: boolean;
  /** Opening the wizard suspends the scheduler; closing it resumes. */
  readonly schedulerSuspended: boolean;
}

/** "Prevent accidental deletes": on by default at 500 deletes per export. */
export interface DeletionPrevention {
  readonly enabled: boolean;
  readonly threshold: number;
}
