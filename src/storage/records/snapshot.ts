import { TENANT_SCHEMA_VERSION, type Tenant } from '../../tenant/model';

/**
 * The tenant as it stood after the first `seq` commands of an attempt: a cache that lets a long
 * attempt resume from here and replay only the tail. The log stays the truth; a snapshot that
 * doesn't match its start, the tenant's schema, or can't be read is ignored, never trusted.
 */
export interface SnapshotRecord {
  readonly schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  readonly attemptId: string;
  readonly seq: number;
  readonly tenantSchemaVersion: number;
  /** Digest of the starting tenant the log was replayed on (see `fixtureDigest`). */
  readonly fixtureDigest: string;
  readonly takenAt: string;
  /**
   * The tenant as JSON text. The state is plain data (no undefined, no shared identity that
   * matters), so JSON loses nothing; and V8 writes and reads JSON text about twice as fast as
   * IndexedDB's structured clone walks the same object graph.
   */
  readonly tenantJson: string;
}

export const SNAPSHOT_SCHEMA_VERSION = 1;

/**
 * Commands between snapshots. On the Contoso tenant a command replays in about half a
 * millisecond, so a resume replays at most ~50 ms of tail; a snapshot of a 5,000-command attempt
 * (3 MB, mostly audit log) costs a few tens of milliseconds once in a hundred commands.
 */
export const SNAPSHOT_INTERVAL = 100;

/** Snapshots kept per attempt: the newest, and one before it for an undo that crosses it. */
export const SNAPSHOTS_KEPT = 2;

export function isSnapshotDue(logLength: number, interval = SNAPSHOT_INTERVAL): boolean {
  return logLength > 0 && logLength % interval === 0;
}

/** The snapshot's tenant, if it can stand in for replaying its first `seq` commands over the start with `digest`. */
export function snapshotTenant(record: SnapshotRecord, digest: string): Tenant | undefined {
  if (record.schemaVersion !== SNAPSHOT_SCHEMA_VERSION || record.tenantSchemaVersion !== TENANT_SCHEMA_VERSION || record.fixtureDigest !== digest) return undefined;
  try {
    const tenant = JSON.parse(record.tenantJson) as Tenant | null;
    return tenant !== null && typeof tenant === 'object' && tenant.schemaVersion === TENANT_SCHEMA_VERSION ? tenant : undefined;
  } catch {
    return undefined;
  }
}
