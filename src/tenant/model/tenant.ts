import type { AreaSlices } from '../areas';
import type { Collection } from '../collection';
import type { IdGenerator } from '../ids';
import type { SimulatedClock } from '../clock';
import type { AuditLog } from './audit';
import type { Organization } from './organization';
import type { ScheduledProcess } from './process';

export const TENANT_SCHEMA_VERSION = 2;

/**
 * The whole simulated tenant. Plain data only, so it can be frozen, diffed, serialised and
 * replayed. Built-in role definitions are not here: they are static catalog data. Each area of the
 * `areas` table owns the slice under its key (`tenant.directory.users`, `tenant.licensing.subscribedSkus`…).
 */
export interface Tenant extends AreaSlices {
  readonly schemaVersion: typeof TENANT_SCHEMA_VERSION;
  readonly organization: Organization;
  readonly clock: SimulatedClock;
  readonly ids: IdGenerator;
  readonly scheduledProcesses: Collection<ScheduledProcess>;
  readonly auditLog: AuditLog;
}
