import { skuById } from '../../catalog';
import { entities, getById } from '../../collection';
import type {
  CompanySubscription,
  LicenseAssignmentError,
  LicenseAssignmentState,
  LicenseAssignmentStateRecord,
  SubscriptionCapabilityStatus,
  Tenant,
} from '../../model';
import { isHeld } from './rules/license-assignment';
import { subscriptionsOfSku } from './rules/subscriptions';

/** Reads for the Licenses, Your products, user Licenses and apps and group Licenses pages. */

/** How the admin centers name each group-licensing error (entra-docs `licensing-groups-resolve-problems.md`). */
export const LICENSE_ERROR_TEXT: Readonly<Record<Exclude<LicenseAssignmentError, 'None'>, string>> = {
  CountViolation: 'Not enough licenses',
  MutuallyExclusiveViolation: 'Conflicting service plans',
  DependencyViolation: 'Other products depend on this license',
  ProhibitedInUsageLocationViolation: "Usage location isn't allowed",
  UniquenessViolation: 'Proxy address is already being used',
  Other: 'Other',
};

export interface ProductSummary {
  readonly skuId: string;
  readonly skuPartNumber: string;
  /** The product name the admin center shows, e.g. "Microsoft 365 E5". */
  readonly displayName: string;
  readonly capabilityStatus: SubscriptionCapabilityStatus;
  /** Every live subscription of the product is a trial. */
  readonly isTrial: boolean;
  /** Licenses that can be assigned: the product's Enabled seats. */
  readonly purchased: number;
  readonly assigned: number;
  /** Purchased minus assigned; negative when seats were lost to an expired subscription. */
  readonly available: number;
  /** Seats of expired subscriptions (still working for the users who have them). */
  readonly expired: number;
  /** Seats of disabled subscriptions. */
  readonly disabled: number;
}

/** One row per product the tenant holds (Billing > Licenses), by name. */
export function licenseProducts(tenant: Tenant): ProductSummary[] {
  const products: ProductSummary[] = [];
  for (const product of entities(tenant.licensing.subscribedSkus)) {
    if (product.capabilityStatus === 'Deleted') continue;
    products.push({
      skuId: product.skuId,
      skuPartNumber: product.skuPartNumber,
      displayName: skuById(product.skuId)?.displayName ?? product.skuPartNumber,
      capabilityStatus: product.capabilityStatus,
      isTrial: product.isTrial,
      purchased: product.prepaidUnits.enabled,
      assigned: product.consumedUnits,
      available: product.prepaidUnits.enabled - product.consumedUnits,
      expired: product.prepaidUnits.warning,
      disabled: product.prepaidUnits.suspended,
    });
  }
  return products.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

/** Every subscription of a product, newest first (Your products lists each separately). */
export function productSubscriptions(tenant: Tenant, skuId: string): CompanySubscription[] {
  return subscriptionsOfSku(entities(tenant.licensing.subscriptions), skuId).sort((a, b) =>
    a.createdDateTime === b.createdDateTime ? (a.id < b.id ? -1 : 1) : a.createdDateTime < b.createdDateTime ? 1 : -1,
  );
}

export type LicenseSource = { readonly kind: 'direct' } | { readonly kind: 'group'; readonly groupId: string; readonly groupName: string };

export interface LicenseSourceState {
  readonly source: LicenseSource;
  readonly state: LicenseAssignmentState;
  readonly error: LicenseAssignmentError;
}

export interface ServicePlanToggle {
  readonly servicePlanId: string;
  readonly servicePlanName: string;
  readonly displayName: string;
  /** On when any source that gives the user the product turns it on. */
  readonly enabled: boolean;
}

export interface UserLicense {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly displayName: string;
  /** Whether the user has the product (from at least one source). */
  readonly held: boolean;
  readonly sources: readonly LicenseSourceState[];
  readonly servicePlans: readonly ServicePlanToggle[];
}

function sourceOf(tenant: Tenant, record: LicenseAssignmentStateRecord): LicenseSource {
  if (record.assignedByGroup === null) return { kind: 'direct' };
  return { kind: 'group', groupId: record.assignedByGroup, groupName: getById(tenant.directory.groups, record.assignedByGroup)?.displayName ?? record.assignedByGroup };
}

/** A user's products with where each comes from and which apps are on (Licenses and apps). */
export function userLicenses(tenant: Tenant, userId: string): UserLicense[] {
  const user = getById(tenant.directory.users, userId) ?? getById(tenant.directory.deletedUsers, userId);
  if (!user) return [];
  const skuIds = [...new Set(user.licenseAssignmentStates.map((record) => record.skuId))];
  return skuIds.map((skuId) => {
    const sku = skuById(skuId);
    const records = user.licenseAssignmentStates.filter((record) => record.skuId === skuId);
    const assigned = user.assignedLicenses.find((license) => license.skuId === skuId);
    return {
      skuId,
      skuPartNumber: sku?.skuPartNumber ?? skuId,
      displayName: sku?.displayName ?? skuId,
      held: records.some(isHeld),
      sources: records.map((record) => ({ source: sourceOf(tenant, record), state: record.state, error: record.error })),
      servicePlans: (sku?.servicePlans ?? []).map((plan) => ({
        servicePlanId: plan.servicePlanId,
        servicePlanName: plan.servicePlanName,
        displayName: plan.displayName,
        enabled: assigned !== undefined && !assigned.disabledPlans.includes(plan.servicePlanId),
      })),
    };
  });
}

export type GroupLicenseStatus = 'All licenses assigned' | 'Errors & issues';

export interface GroupUserInError {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly errors: readonly { readonly skuId: string; readonly error: LicenseAssignmentError }[];
}

export interface GroupLicensing {
  readonly licenses: readonly { readonly skuId: string; readonly displayName: string; readonly servicePlans: readonly ServicePlanToggle[] }[];
  /** Null when the group has no licenses. */
  readonly status: GroupLicenseStatus | null;
  /** Members the group's licenses reached ("Successfully assigned"). */
  readonly assignedCount: number;
  /** Members in a licensing error for this group ("Actions needed"). */
  readonly usersInError: readonly GroupUserInError[];
}

/** A group's licenses and how they went for its members (the group's Licenses tab). */
export function groupLicensing(tenant: Tenant, groupId: string): GroupLicensing | undefined {
  const group = getById(tenant.directory.groups, groupId);
  if (!group) return undefined;
  const usersInError: GroupUserInError[] = [];
  let assignedCount = 0;
  if (group.assignedLicenses.length > 0) {
    for (const memberId of group.memberIds) {
      const user = getById(tenant.directory.users, memberId);
      if (!user) continue;
      const records = user.licenseAssignmentStates.filter((record) => record.assignedByGroup === groupId);
      const errors = records.filter((record) => record.error !== 'None').map((record) => ({ skuId: record.skuId, error: record.error }));
      if (errors.length > 0) usersInError.push({ userId: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, errors });
      else if (records.length > 0) assignedCount += 1;
    }
  }
  return {
    licenses: group.assignedLicenses.map((license) => {
      const sku = skuById(license.skuId);
      return {
        skuId: license.skuId,
        displayName: sku?.displayName ?? license.skuId,
        servicePlans: (sku?.servicePlans ?? []).map((plan) => ({
          servicePlanId: plan.servicePlanId,
          servicePlanName: plan.servicePlanName,
          displayName: plan.displayName,
          enabled: !license.disabledPlans.includes(plan.servicePlanId),
        })),
      };
    }),
    status: group.assignedLicenses.length === 0 ? null : usersInError.length > 0 ? 'Errors & issues' : 'All licenses assigned',
    assignedCount,
    usersInError,
  };
}

export interface ProductHolder {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly sources: readonly LicenseSourceState[];
}

/** A product's Users tab: everyone with an assignment of it (held or in error), and how they got it. */
export function productHolders(tenant: Tenant, skuId: string): ProductHolder[] {
  const holders: ProductHolder[] = [];
  for (const user of entities(tenant.directory.users)) {
    const records = user.licenseAssignmentStates.filter((record) => record.skuId === skuId);
    if (records.length === 0) continue;
    holders.push({
      userId: user.id,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      sources: records.map((record) => ({ source: sourceOf(tenant, record), state: record.state, error: record.error })),
    });
  }
  return holders.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

/** A product's Groups tab: the groups that assign it. */
export function productGroups(tenant: Tenant, skuId: string): { readonly groupId: string; readonly displayName: string }[] {
  const groups: { groupId: string; displayName: string }[] = [];
  for (const group of entities(tenant.directory.groups)) {
    if (group.assignedLicenses.some((license) => license.skuId === skuId)) groups.push({ groupId: group.id, displayName: group.displayName });
  }
  return groups.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}
