import type { AreaModule, CommandTable } from '../area';
import { accessArea } from './access';
import type { AccessSlice } from './access/model/slice';
import { directoryArea } from './directory';
import type { DirectorySlice } from './directory/model/slice';
import { domainsArea } from './domains';
import type { DomainsSlice } from './domains/model/slice';
import { licensingArea } from './licensing';
import type { LicensingSlice } from './licensing/model/slice';
import { onPremisesArea } from './onPremises';
import type { OnPremisesSlice } from './onPremises/model/slice';
import { rolesArea } from './roles';
import type { RolesSlice } from './roles/model/slice';
import { syncArea } from './sync';
import type { SyncSlice } from './sync/model/slice';

/**
 * The tenant's slices, one per area, under the area's key. Spelt out rather than derived from the
 * table below: the areas' commands read the Tenant, so deriving it from them would be circular.
 */
export interface AreaSlices {
  readonly directory: DirectorySlice;
  readonly licensing: LicensingSlice;
  readonly roles: RolesSlice;
  readonly domains: DomainsSlice;
  readonly onPremises: OnPremisesSlice;
  readonly sync: SyncSlice;
  readonly access: AccessSlice;
}

/**
 * Every area of the tenant, in one explicit table. Each key is the area's slice of the state; the
 * command table, the process runner, reconcile, what a purge drops and the audit catalogue are all
 * derived from it. Order matters once: reconcile steps run in this order (memberships settle
 * before the licenses they pass on).
 */
export const areas = {
  directory: directoryArea,
  licensing: licensingArea,
  roles: rolesArea,
  domains: domainsArea,
  onPremises: onPremisesArea,
  sync: syncArea,
  access: accessArea,
} satisfies { readonly [K in keyof AreaSlices]: AreaModule<AreaSlices[K], CommandTable> };

export type Areas = typeof areas;
