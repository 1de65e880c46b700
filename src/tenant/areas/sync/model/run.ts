/**
 * One joined object in the Entra ID connector space: which on-premises object (its objectGUID
 * is the id) is linked to which cloud object, by which source anchor.
 */
export interface ConnectorObject {
  readonly id: string;
  readonly objectClass: 'user' | 'group';
  readonly cloudId: string;
  readonly sourceAnchor: string;
}

/** The error types Entra Connect Health and the Entra admin center show for an export. */
export type SyncErrorType = 'AttributeValueMustBeUnique' | 'InvalidSoftMatch' | 'ExistingAdminRoleConflict' | 'ObjectTypeMismatch';

/** Connect Health's sync-error categories. */
export type SyncErrorCategory = 'Duplicate Attribute' | 'Data Mismatch' | 'Data Validation Failure' | 'Other';

/** An export error on one on-premises object; gone when a later cycle finds the source fixed. */
export interface SyncError {
  /** `<objectGUID>:<attribute>`. */
  readonly id: string;
  readonly onPremisesObjectId: string;
  /** The cloud object the error was quarantined on, when the object was still provisioned. */
  readonly cloudObjectId: string | null;
  readonly errorType: SyncErrorType;
  readonly category: SyncErrorCategory;
  /** The attribute at fault: UserPrincipalName, ProxyAddresses, or SourceAnchor for match errors. */
  readonly attribute: string;
  readonly value: string;
  /** The existing object that holds the value, by cloud id. */
  readonly conflictingObjectId: string | null;
  readonly message: string;
  readonly firstOccurredDateTime: string;
}

export type SyncRunStatus = 'success' | 'completed-export-errors' | 'stopped-deletion-threshold-exceeded' | 'staging-no-export';

/** One sync cycle as Synchronization Service Manager's Operations tab would list it. */
export interface SyncRun {
  readonly id: string;
  readonly policyType: 'Delta' | 'Initial';
  readonly startDateTime: string;
  readonly status: SyncRunStatus;
  readonly adds: number;
  readonly updates: number;
  readonly deletes: number;
  readonly exportErrors: number;
}
