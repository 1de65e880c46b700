import { availableUnits, entities, type SubscribedSku, type Tenant } from '../tenant';
import { productName } from './users';

export interface ProductRow {
  /** The subscribedSku id. */
  readonly id: string;
  readonly skuId: string;
  readonly name: string;
  readonly purchased: number;
  readonly assigned: number;
  readonly available: number;
  readonly isTrial: boolean;
  readonly capabilityStatus: SubscribedSku['capabilityStatus'];
}

/** One row per subscription the tenant holds, by product name. */
export function selectProductRows(tenant: Tenant): ProductRow[] {
  const rows: ProductRow[] = [];
  for (const subscription of entities(tenant.licensing.subscribedSkus)) {
    rows.push({
      id: subscription.id,
      skuId: subscription.skuId,
      name: productName(subscription.skuId),
      purchased: subscription.prepaidUnits.enabled,
      assigned: subscription.consumedUnits,
      available: availableUnits(subscription),
      isTrial: subscription.isTrial,
      capabilityStatus: subscription.capabilityStatus,
    });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}
