import { entities, findEntity, getById, licenseProducts, skuById, skuCatalog, type CompanySubscription, type SubscribedSku, type Tenant } from '../tenant';
import { daysUntil } from './portal-dates';

/** The words Your products uses for a subscription's lifecycle status (Graph's Enabled, Warning, Suspended). */
export type SubscriptionStatus = 'Active' | 'Expired' | 'Disabled';

export interface SubscriptionRow {
  readonly id: string;
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly name: string;
  readonly isTrial: boolean;
  readonly status: SubscriptionStatus;
  /** Days until the next lifecycle step (a trial's end, an expired subscription's disabling), or null while it renews. */
  readonly daysLeft: number | null;
  readonly nextLifecycleDateTime: string | null;
  readonly createdDateTime: string;
  /** This subscription's own licenses. */
  readonly totalLicenses: number;
  /** Licenses of the product assigned to users; the admin center counts them per product. */
  readonly assigned: number;
  /**
   * How it was bought. Everything in the sandbox is bought from Microsoft in the admin center
   * (no reseller, no product keys), which the admin center calls commercial direct.
   */
  readonly purchaseChannel: 'Commercial direct';
}

/** The tenant's subscribedSku of a product; a handful per tenant, so a scan is cheap. */
function productOf(tenant: Tenant, skuId: string): SubscribedSku | undefined {
  return findEntity(tenant.licensing.subscribedSkus, (product) => product.skuId === skuId);
}

function statusOf(subscription: CompanySubscription): SubscriptionStatus | undefined {
  switch (subscription.status) {
    case 'Enabled':
      return 'Active';
    case 'Warning':
      return 'Expired';
    case 'Suspended':
    case 'LockedOut':
      return 'Disabled';
    case 'Deleted':
      return undefined;
  }
}

function subscriptionRow(tenant: Tenant, subscription: CompanySubscription): SubscriptionRow | undefined {
  const status = statusOf(subscription);
  if (!status) return undefined;
  const product = productOf(tenant, subscription.skuId);
  return {
    id: subscription.id,
    skuId: subscription.skuId,
    skuPartNumber: subscription.skuPartNumber,
    name: skuById(subscription.skuId)?.displayName ?? subscription.skuPartNumber,
    isTrial: subscription.isTrial,
    status,
    daysLeft: subscription.nextLifecycleDateTime === null ? null : daysUntil(tenant.clock.now, subscription.nextLifecycleDateTime),
    nextLifecycleDateTime: subscription.nextLifecycleDateTime,
    createdDateTime: subscription.createdDateTime,
    totalLicenses: subscription.totalLicenses,
    assigned: product?.consumedUnits ?? 0,
    purchaseChannel: 'Commercial direct',
  };
}

/** Billing > Your products > Products: every subscription that isn't deleted, each on its own row, by name. */
export function selectSubscriptionRows(tenant: Tenant): SubscriptionRow[] {
  const rows: SubscriptionRow[] = [];
  for (const subscription of entities(tenant.licensing.subscriptions)) {
    const row = subscriptionRow(tenant, subscription);
    if (row) rows.push(row);
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en') || Number(a.isTrial) - Number(b.isTrial) || a.createdDateTime.localeCompare(b.createdDateTime));
}

export interface SubscriptionDetails extends SubscriptionRow {
  /** Licenses of the product (all its subscriptions) nobody holds yet. */
  readonly productAvailable: number;
  /** Licenses of the product's active paid subscription, the ones "Remove licenses" can take away. */
  readonly removable: number;
  readonly servicePlans: readonly string[];
}

export function subscriptionDetailsSelector(subscriptionId: string): (tenant: Tenant) => SubscriptionDetails | undefined {
  return (tenant) => {
    const subscription = getById(tenant.licensing.subscriptions, subscriptionId);
    const row = subscription && subscriptionRow(tenant, subscription);
    if (!row) return undefined;
    const product = productOf(tenant, row.skuId);
    let removable = 0;
    for (const other of entities(tenant.licensing.subscriptions)) {
      if (other.skuId === row.skuId && !other.isTrial && other.status === 'Enabled') removable += other.totalLicenses;
    }
    return {
      ...row,
      productAvailable: product ? product.prepaidUnits.enabled - product.consumedUnits : 0,
      removable,
      servicePlans: (skuById(row.skuId)?.servicePlans ?? []).map((plan) => plan.displayName).sort((a, b) => a.localeCompare(b, 'en')),
    };
  };
}

/** A product Purchase services offers, with what the tenant already has of it. */
export interface CatalogProduct {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly name: string;
  readonly servicePlanCount: number;
  /** The tenant holds a subscription of it that isn't deleted. */
  readonly owned: boolean;
  /** A free trial can still be started: never trialled, not owned. */
  readonly trialAvailable: boolean;
}

/** Every product of the catalogue, by name, with whether the tenant owns it or can try it. */
export function selectCatalog(tenant: Tenant): CatalogProduct[] {
  const owned = new Set<string>();
  const trialled = new Set<string>();
  for (const subscription of entities(tenant.licensing.subscriptions)) {
    if (subscription.isTrial) trialled.add(subscription.skuId);
    if (subscription.status !== 'Deleted') owned.add(subscription.skuId);
  }
  return skuCatalog
    .map((sku) => ({
      skuId: sku.skuId,
      skuPartNumber: sku.skuPartNumber,
      name: sku.displayName,
      servicePlanCount: sku.servicePlans.length,
      owned: owned.has(sku.skuId),
      trialAvailable: !owned.has(sku.skuId) && !trialled.has(sku.skuId),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function catalogProductSelector(skuPartNumber: string): (tenant: Tenant) => CatalogProduct | undefined {
  return (tenant) => selectCatalog(tenant).find((product) => product.skuPartNumber === skuPartNumber);
}

/** Billing > Licenses: one row per product the tenant holds (the core's summary). */
export const selectLicenseProducts = licenseProducts;
