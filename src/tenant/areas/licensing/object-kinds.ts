import type { ObjectKindDefinition, ReferenceDefinition } from '../../area';
import { skuById, skuByPartNumber, skuCatalog } from '../../catalog';
import { getById } from '../../collection';
import { subscriptionOf } from '../../lookup';
import type { SubscribedSku } from '../../model';

function productName(skuIdOrPartNumber: string): string {
  return (skuById(skuIdOrPartNumber) ?? skuByPartNumber(skuIdOrPartNumber))?.displayName ?? skuIdOrPartNumber;
}

const subscription: ObjectKindDefinition<SubscribedSku> = {
  description: 'A subscription (subscribed SKU) by its skuPartNumber, e.g. SPE_E5.',
  find: (tenant, key) => {
    const found = subscriptionOf(tenant, key);
    return found ? [found] : [];
  },
  locate: (tenant, id) => {
    const entity = getById(tenant.licensing.subscribedSkus, id);
    return entity ? { kind: 'subscription', entity } : undefined;
  },
  describe: (entity) => `the ${productName(entity.skuId)} subscription`,
  describeKey: (key) => `a ${productName(key)} subscription`,
  missing: (key) => (skuByPartNumber(key) ? `the tenant holds no ${key} subscription at the start or after the solution` : `'${key}' is not a skuPartNumber in the catalogue (e.g. SPE_E5, ENTERPRISEPACK)`),
};

/** Subscriptions as scenario checks name them. */
export const LICENSING_OBJECT_KINDS = { subscription };

const servicePlanIds = new Map(skuCatalog.flatMap((sku) => sku.servicePlans.map((plan) => [plan.servicePlanName.toLowerCase(), plan.servicePlanId] as const)));

/** What a scenario step may name instead of giving ids: products and service plans from the catalogue. */
export const LICENSING_REFERENCES: Readonly<Record<string, ReferenceDefinition>> = {
  sku: {
    description: 'a license product by skuPartNumber',
    resolve: (_tenant, key) => skuByPartNumber(key)?.skuId ?? { error: `'${key}' is not a skuPartNumber in the catalogue` },
  },
  servicePlan: {
    description: 'a service plan by servicePlanName',
    resolve: (_tenant, key) => servicePlanIds.get(key.toLowerCase()) ?? { error: `'${key}' is not a servicePlanName in the catalogue` },
  },
};
