import { entities, findEntity } from './collection';
import type { Domain, SubscribedSku, Tenant, User } from './model';
import { findUserByUpn } from './areas/directory/rules/upn';

/** Narrow reads the pages and graders share; each returns plain data, never a draft. */

/** The active user with this UPN, ignoring case. */
export function findUserByUserPrincipalName(tenant: Tenant, userPrincipalName: string): User | undefined {
  return findUserByUpn(tenant, userPrincipalName, false);
}

export function defaultDomain(tenant: Tenant): Domain | undefined {
  return findEntity(tenant.domains.domains, (domain) => domain.isDefault);
}

export function availableUnits(subscription: SubscribedSku): number {
  return subscription.prepaidUnits.enabled - subscription.consumedUnits;
}

export interface TenantSummary {
  readonly activeUsers: number;
  readonly licensedUsers: number;
  readonly unlicensedUsers: number;
  readonly blockedUsers: number;
  readonly guestUsers: number;
  readonly deletedUsers: number;
  readonly groups: number;
  readonly purchasedLicenses: number;
  readonly assignedLicenses: number;
  readonly availableLicenses: number;
}

/** The figures on the admin center's Home page. */
export function summarizeTenant(tenant: Tenant): TenantSummary {
  let licensedUsers = 0;
  let blockedUsers = 0;
  let guestUsers = 0;
  for (const user of entities(tenant.directory.users)) {
    if (user.assignedLicenses.length > 0) licensedUsers += 1;
    if (!user.accountEnabled) blockedUsers += 1;
    if (user.userType === 'Guest') guestUsers += 1;
  }
  let purchasedLicenses = 0;
  let assignedLicenses = 0;
  for (const subscription of entities(tenant.licensing.subscribedSkus)) {
    // Free products count their seats in millions; the admin center leaves them out of totals.
    if (subscription.prepaidUnits.enabled >= 10_000) continue;
    purchasedLicenses += subscription.prepaidUnits.enabled;
    assignedLicenses += subscription.consumedUnits;
  }
  return {
    activeUsers: tenant.directory.users.size,
    licensedUsers,
    unlicensedUsers: tenant.directory.users.size - licensedUsers,
    blockedUsers,
    guestUsers,
    deletedUsers: tenant.directory.deletedUsers.size,
    groups: tenant.directory.groups.size,
    purchasedLicenses,
    assignedLicenses,
    availableLicenses: purchasedLicenses - assignedLicenses,
  };
}
