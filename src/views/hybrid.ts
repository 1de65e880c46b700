import { getById, toArray, type Tenant } from '../tenant';
import type { OnPremisesSlice } from '../tenant/areas/onPremises/model/slice';
import { containerDn, containerPath } from '../tenant/areas/onPremises/rules/tree';
import { effectiveInterval, timeSpan } from '../tenant/areas/sync/rules/scheduler';

/*
 * Read models of the hybrid pages: the on-premises server's ADUC and Entra Connect panels, and
 * the Entra admin center's Microsoft Entra Connect page.
 */

export interface ContainerRow {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly distinguishedName: string;
  readonly objectClass: 'organizationalUnit' | 'container' | 'builtinDomain';
  readonly protectedFromAccidentalDeletion: boolean;
  readonly depth: number;
}

/** The ADUC tree, in path order. */
export function containerRows(onPremises: OnPremisesSlice): ContainerRow[] {
  return toArray(onPremises.containers)
    .map((container) => {
      const path = containerPath(onPremises, container.id);
      return {
        id: container.id,
        name: container.name,
        path,
        distinguishedName: containerDn(onPremises, container.id),
        objectClass: container.objectClass,
        protectedFromAccidentalDeletion: container.protectedFromAccidentalDeletion,
        depth: path.split('/').length - 2,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export interface OnPremisesObjectRow {
  readonly id: string;
  readonly name: string;
  readonly type: 'User' | 'Security Group' | 'Distribution Group' | 'Computer' | 'Organizational Unit';
  readonly description: string;
  readonly enabled: boolean;
}

/** ADUC's right pane lists at most this many objects; the rest are reached by search. */
export const MAX_LISTED_OBJECTS = 200;

/** The objects directly in one container, as ADUC's right pane lists them. */
export function objectsIn(onPremises: OnPremisesSlice, containerId: string): { readonly rows: OnPremisesObjectRow[]; readonly total: number } {
  const rows: OnPremisesObjectRow[] = [];
  for (const container of toArray(onPremises.containers)) {
    if (container.parentId === containerId) rows.push({ id: container.id, name: container.name, type: 'Organizational Unit', description: '', enabled: true });
  }
  for (const user of toArray(onPremises.users)) {
    if (user.parentId === containerId) rows.push({ id: user.id, name: user.name, type: 'User', description: user.userPrincipalName, enabled: user.enabled });
  }
  for (const group of toArray(onPremises.groups)) {
    if (group.parentId === containerId) {
      rows.push({ id: group.id, name: group.name, type: group.groupCategory === 'Security' ? 'Security Group' : 'Distribution Group', description: group.description ?? '', enabled: true });
    }
  }
  for (const computer of toArray(onPremises.computers)) {
    if (computer.parentId === containerId) rows.push({ id: computer.id, name: computer.name, type: 'Computer', description: computer.operatingSystem, enabled: computer.enabled });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return { rows: rows.slice(0, MAX_LISTED_OBJECTS), total: rows.length };
}

/** Get-ADSyncScheduler's output, field by field. */
export function schedulerLines(tenant: Tenant): [string, string][] {
  const scheduler = tenant.sync.scheduler;
  const customized = scheduler.customizedSyncCycleInterval;
  return [
    ['AllowedSyncCycleInterval', timeSpan(30)],
    ['CurrentlyEffectiveSyncCycleInterval', timeSpan(effectiveInterval(customized))],
    ['CustomizedSyncCycleInterval', customized === null ? '' : timeSpan(customized)],
    ['NextSyncCyclePolicyType', scheduler.nextSyncCyclePolicyType],
    ['NextSyncCycleStartTimeInUTC', scheduler.nextSyncCycleStartTimeInUTC ?? ''],
    ['PurgeRunHistoryInterval', '7.00:00:00'],
    ['SyncCycleEnabled', scheduler.syncCycleEnabled ? 'True' : 'False'],
    ['MaintenanceEnabled', 'True'],
    ['StagingModeEnabled', scheduler.stagingModeEnabled ? 'True' : 'False'],
    ['SchedulerSuspended', scheduler.schedulerSuspended ? 'True' : 'False'],
  ];
}

export interface SyncErrorRow {
  readonly id: string;
  readonly errorType: string;
  readonly category: string;
  /** The on-premises object to fix, by name and UPN. */
  readonly object: string;
  readonly attribute: string;
  readonly value: string;
  /** The object that already holds the value, by UPN or name. */
  readonly conflictingObject: string;
  readonly message: string;
  readonly firstOccurredDateTime: string;
}

export function syncErrorRows(tenant: Tenant): SyncErrorRow[] {
  return toArray(tenant.sync.errors)
    .map((error) => {
      const onPremises = getById(tenant.onPremises.users, error.onPremisesObjectId);
      const holder = error.conflictingObjectId ? getById(tenant.directory.users, error.conflictingObjectId) : undefined;
      const holderGroup = error.conflictingObjectId ? getById(tenant.directory.groups, error.conflictingObjectId) : undefined;
      return {
        id: error.id,
        errorType: error.errorType,
        category: error.category,
        object: onPremises ? `${onPremises.name} (${onPremises.userPrincipalName})` : error.onPremisesObjectId,
        attribute: error.attribute,
        value: error.value,
        conflictingObject: holder?.userPrincipalName ?? holderGroup?.displayName ?? '',
        message: error.message,
        firstOccurredDateTime: error.firstOccurredDateTime,
      };
    })
    .sort((a, b) => a.object.localeCompare(b.object));
}

export interface ConnectStatus {
  readonly configured: boolean;
  readonly syncEnabled: boolean;
  readonly lastSyncDateTime: string | null;
  readonly passwordHashSync: boolean;
  readonly passThroughAuthentication: boolean;
  readonly federatedDomains: number;
  readonly seamlessSingleSignOn: boolean;
  readonly passwordWriteback: boolean;
  readonly stagingMode: boolean;
  readonly lastRunStatus: string | null;
  readonly errorCount: number;
}

/** What the Entra admin center's Microsoft Entra Connect page shows. */
export function connectStatus(tenant: Tenant): ConnectStatus {
  const configuration = tenant.sync.configuration;
  return {
    configured: configuration !== null,
    syncEnabled: configuration !== null,
    lastSyncDateTime: tenant.sync.lastSyncDateTime,
    passwordHashSync: configuration?.passwordHashSync === true,
    passThroughAuthentication: configuration?.userSignIn === 'passThroughAuthentication',
    federatedDomains: toArray(tenant.domains.domains).filter((domain) => domain.authenticationType === 'Federated').length,
    seamlessSingleSignOn: configuration?.seamlessSingleSignOn === true,
    passwordWriteback: configuration?.passwordWriteback === true,
    stagingMode: configuration?.stagingMode === true,
    lastRunStatus: tenant.sync.runs.at(-1)?.status ?? null,
    errorCount: tenant.sync.errors.size,
  };
}

export function jsonEqual<T>(a: T, b: T): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
