import { TENANT_SCHEMA_VERSION, type Tenant } from '../../tenant/model';

/**
 * The tenant as it stood after the first `seq` commands of an attempt: a cache that lets a long
 * attempt resume from here and replay only the tail. The log stays the truth; a snapshot that
 * doesn't match its fixture or the tenant's schema is ignored and rebuilt, never trusted.
 */
export interface SnapshotRecord {
  readonly schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  readonly attemptId: string;
  readonly seq: number;
  readonly tenantSchemaVersion: number;
  /** Digest of the starting tenant the log was replayed on (see `fixtureDigest`). */
  readonly fixtureDigest: string;
  readonly takenAt: string;
  /** Stored as a structured clone, not JSON, so it comes back exactly as replay built it. */
  readonly tenant: Tenant;
}

export const SNAPSHOT_SCHEMA_VERSION = 1;

/** How many commands between snapshots: at this spacing a resume replays at most this many. */
export const SNAPSHOT_INTERVAL = 500;

/** Snapshots kept per attempt: the newest, and one before it for an undo that crosses it. */
export const SNAPSHOTS_KEPT = 2;

export function isSnapshotDue(logLength: number, interval = SNAPSHOT_INTERVAL): boolean {
  return logLength > 0 && logLength % interval === 0;
}

/** Whether a stored snapshot can stand in for replaying its first `seq` commands over `fixture`. */
export function snapshotFits(record: SnapshotRecord, digest: string): boolean {
  return (
    record.schemaVersion === SNAPSHOT_SCHEMA_VERSION &&
    record.tenantSchemaVersion === TENANT_SCHEMA_VERSION &&
    record.fixtureDigest === digest &&
    typeof record.tenant === 'object' &&
    record.tenant !== null &&
    record.tenant.schemaVersion === TENANT_SCHEMA_VERSION
  );
}
