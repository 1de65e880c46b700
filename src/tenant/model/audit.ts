/** Graph's modifiedProperty inside a directoryAudit target. */
export interface ModifiedProperty {
  readonly displayName: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

export interface TargetResource {
  readonly id: string;
  readonly displayName: string | null;
  readonly type: 'User' | 'Group' | 'Role' | 'Domain' | 'Company' | 'AdministrativeUnit' | 'Contact' | 'Policy' | 'Device' | 'Other';
  readonly userPrincipalName?: string | null;
  readonly modifiedProperties: readonly ModifiedProperty[];
}

export interface InitiatedBy {
  readonly user?: { readonly id: string; readonly displayName: string; readonly userPrincipalName: string };
  /** The app a change was made through (a delegated Graph call), or the service itself (no appId). */
  readonly app?: { readonly appId?: string; readonly displayName: string };
}

export type AuditCategory =
  | 'UserManagement'
  | 'GroupManagement'
  | 'RoleManagement'
  | 'AdministrativeUnit'
  | 'Contact'
  | 'DirectoryManagement'
  | 'Policy'
  | 'Other';

/** Graph's directoryAudit. */
export interface AuditRecord {
  readonly id: string;
  readonly activityDateTime: string;
  readonly activityDisplayName: string;
  readonly category: AuditCategory;
  readonly loggedByService: 'Core Directory' | 'Self-service Password Management' | 'Invited Users' | 'PIM';
  readonly operationType: 'Add' | 'Update' | 'Delete' | 'Assign' | 'Unassign' | 'Other';
  readonly initiatedBy: InitiatedBy;
  readonly targetResources: readonly TargetResource[];
  readonly result: 'success' | 'failure';
  readonly resultReason: string;
}

/** What a command reports for the audit log; dispatch adds the id, time, actor and result. */
export type AuditEntry = Omit<AuditRecord, 'id' | 'activityDateTime' | 'initiatedBy' | 'result' | 'resultReason'>;

/**
 * The audit log in fixed-size chunks: appending copies one chunk and the chunk list, never
 * the whole log, so a long attempt stays cheap to update.
 */
export interface AuditLog {
  readonly size: number;
  readonly chunks: readonly (readonly AuditRecord[])[];
}

export const AUDIT_CHUNK_SIZE = 64;
