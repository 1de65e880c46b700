import { expect } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import type { TenantStore } from '../../src/session/tenant-store';
import { entities, findUserByUserPrincipalName, skuByPartNumber, type Command, type Group } from '../../src/tenant';

/** Per-test time for these journeys, each of which renders the whole app. */
export const JOURNEY = { timeout: 120_000 };

export function groupNamed(store: TenantStore, name: string): Group | undefined {
  return [...entities(store.getTenant().directory.groups)].find((group) => group.displayName === name);
}

export function userId(store: TenantStore, upn: string): string {
  return findUserByUserPrincipalName(store.getTenant(), upn)!.id;
}

export function skuId(partNumber: string): string {
  return skuByPartNumber(partNumber)!.skuId;
}

/** Sends a set-up command as the signed-in admin and insists it is accepted. */
export function given(store: TenantStore, command: Command): void {
  const result = store.send(command);
  expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
}

/**
 * Contoso plus a dynamic security group of the Sales department and an assigned security group
 * licensed with Microsoft 365 E5, the groups most refusals are about.
 */
export function storeWithGroups(): TenantStore {
  const store = createDemoStore('');
  given(store, { type: 'group.create', displayName: 'Sales Department', mailEnabled: false, securityEnabled: true, groupTypes: ['DynamicMembership'], membershipRule: 'user.department -eq "Sales"' });
  given(store, { type: 'group.create', displayName: 'Licensed Staff', mailEnabled: false, securityEnabled: true, memberIds: [userId(store, 'DebraB@contoso.com')] });
  given(store, { type: 'group.assignLicense', groupId: groupNamed(store, 'Licensed Staff')!.id, addLicenses: [{ skuId: skuId('SPE_E5'), disabledPlans: [] }], removeLicenses: [] });
  return store;
}
