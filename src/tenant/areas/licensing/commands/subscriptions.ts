import { skuById, skuByPartNumber } from '../../../catalog';
import { addDays } from '../../../clock';
import { entities, getById, putEntity } from '../../../collection';
import { defineCommand } from '../../../command';
import { notFound, type TenantError } from '../../../errors';
import type { CompanySubscription, Tenant } from '../../../model';
import { cancelProcessesFor } from '../../../schedule';
import { retryCountViolations } from '../rules/group-licensing';
import { subscribedSkuOf } from '../rules/license-assignment';
import {
  lifecycleProcess,
  moveSubscription,
  refreshSubscribedSku,
  subscriptionsOfSku,
  TRIAL_DAYS,
  TRIAL_LICENSES,
} from '../rules/subscriptions';
import { LICENSING_ERRORS } from '../errors';

/** Billing > Your products > "Buy licenses", or Purchase services for a product the tenant lacks. */
export interface BuyLicenses {
  readonly type: 'subscription.buyLicenses';
  readonly skuId: string;
  readonly quantity: number;
}

/** Billing > Your products > "Remove licenses", effective now. */
export interface RemoveLicenses {
  readonly type: 'subscription.removeLicenses';
  readonly skuId: string;
  readonly quantity: number;
}

/** Purchase services > a product > "Start free trial". */
export interface StartTrial {
  readonly type: 'subscription.startTrial';
  readonly skuPartNumber: string;
}

/** Your products > a product > "Cancel subscription", within the cancellation window. */
export interface CancelSubscription {
  readonly type: 'subscription.cancel';
  readonly skuId: string;
}

/**
 * Buying and cancelling is the Microsoft 365 admin center's billing, not a directory change:
 * Entra publishes only `microsoft.commerce.billing/allEntities/allProperties/allTasks` (Global and
 * Billing Administrators), which covers this action; read-only billing grants don't. Billing
 * actions go to the admin center's order history, not the Entra audit log, so they have no
 * activity of their own.
 */
const BILLING_ACTION = 'microsoft.commerce.billing/subscriptions/update';

function skuName(skuId: string): string {
  return skuById(skuId)?.displayName ?? skuId;
}

/** The most licenses one order changes; the admin center's quantity box stops well before. */
const MAX_QUANTITY = 10_000;

function quantityError(quantity: number): TenantError | undefined {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    return LICENSING_ERRORS.invalidQuantity(MAX_QUANTITY);
  }
  return undefined;
}

/** The paid subscription that takes new licenses: the product's active one that isn't a trial. */
function activePaidSubscription<T extends CompanySubscription>(subscriptions: Iterable<T>, skuId: string): T | undefined {
  return subscriptionsOfSku(subscriptions, skuId).find((subscription) => !subscription.isTrial && subscription.status === 'Enabled');
}

function ownedSkuError(tenant: Tenant, skuId: string): TenantError | undefined {
  const product = subscribedSkuOf(tenant, skuId);
  return product && product.capabilityStatus !== 'Deleted' ? undefined : notFound('subscription', skuId);
}

export const subscriptionCommands = {
  'subscription.buyLicenses': defineCommand<BuyLicenses>({
    describe: (command) => `${command.quantity} ${skuName(command.skuId)} license${command.quantity === 1 ? '' : 's'} bought`,
    permission: BILLING_ACTION,
    activity: null,
    validate(_tenant, command) {
      if (!skuById(command.skuId)) return notFound('product', command.skuId);
      return quantityError(command.quantity);
    },
    apply(draft, command, context) {
      const paid = activePaidSubscription(entities(draft.licensing.subscriptions), command.skuId);
      if (paid) {
        paid.totalLicenses += command.quantity;
      } else {
        // A product with no active paid subscription gets a new one, beside any trial of it.
        const sku = skuById(command.skuId)!;
        putEntity(draft.licensing.subscriptions, {
          id: context.newId(),
          skuId: sku.skuId,
          skuPartNumber: sku.skuPartNumber,
          status: 'Enabled',
          totalLicenses: command.quantity,
          isTrial: false,
          createdDateTime: context.now,
          nextLifecycleDateTime: null,
        });
      }
      refreshSubscribedSku(draft, command.skuId, context.now);
      retryCountViolations(draft, command.skuId, context);
    },
  }),

  'subscription.removeLicenses': defineCommand<RemoveLicenses>({
    describe: (command) => `${command.quantity} ${skuName(command.skuId)} license${command.quantity === 1 ? '' : 's'} removed from the subscription`,
    permission: BILLING_ACTION,
    activity: null,
    validate(tenant, command) {
      const owned = ownedSkuError(tenant, command.skuId) ?? quantityError(command.quantity);
      if (owned) return owned;
      const paid = activePaidSubscription(entities(tenant.licensing.subscriptions), command.skuId);
      if (!paid || paid.totalLicenses < command.quantity) {
        return LICENSING_ERRORS.removableLicenses(paid?.totalLicenses ?? 0);
      }
      const product = subscribedSkuOf(tenant, command.skuId)!;
      const unassigned = product.prepaidUnits.enabled - product.consumedUnits;
      if (command.quantity > unassigned) {
        return LICENSING_ERRORS.licensesInUse(command.quantity - Math.max(unassigned, 0));
      }
      return undefined;
    },
    apply(draft, command, context) {
      activePaidSubscription(entities(draft.licensing.subscriptions), command.skuId)!.totalLicenses -= command.quantity;
      refreshSubscribedSku(draft, command.skuId, context.now);
    },
  }),

  'subscription.startTrial': defineCommand<StartTrial>({
    describe: (command) => `Free trial of ${skuByPartNumber(command.skuPartNumber)?.displayName ?? command.skuPartNumber} started`,
    permission: BILLING_ACTION,
    activity: null,
    validate(tenant, command) {
      const sku = skuByPartNumber(command.skuPartNumber);
      if (!sku) return notFound('product', command.skuPartNumber);
      const subscriptions = subscriptionsOfSku(entities(tenant.licensing.subscriptions), sku.skuId);
      if (subscriptions.some((subscription) => subscription.isTrial)) {
        return LICENSING_ERRORS.trialUsed(sku.displayName);
      }
      if (subscriptions.some((subscription) => subscription.status !== 'Deleted')) {
        return LICENSING_ERRORS.trialOfOwnedProduct(sku.displayName);
      }
      return undefined;
    },
    apply(draft, command, context) {
      const sku = skuByPartNumber(command.skuPartNumber)!;
      const trial: CompanySubscription = {
        id: context.newId(),
        skuId: sku.skuId,
        skuPartNumber: sku.skuPartNumber,
        status: 'Enabled',
        totalLicenses: TRIAL_LICENSES,
        isTrial: true,
        createdDateTime: context.now,
        nextLifecycleDateTime: addDays(context.now, TRIAL_DAYS),
      };
      putEntity(draft.licensing.subscriptions, trial);
      putEntity(draft.scheduledProcesses, lifecycleProcess(context.newId(), trial));
      refreshSubscribedSku(draft, sku.skuId, context.now);
      retryCountViolations(draft, sku.skuId, context);
    },
  }),

  'subscription.cancel': defineCommand<CancelSubscription>({
    describe: (command) => `Subscription to ${skuName(command.skuId)} cancelled`,
    permission: BILLING_ACTION,
    activity: null,
    validate(tenant, command) {
      const owned = ownedSkuError(tenant, command.skuId);
      if (owned) return owned;
      const live = subscriptionsOfSku(entities(tenant.licensing.subscriptions), command.skuId).some(
        (subscription) => subscription.status === 'Enabled' || subscription.status === 'Warning',
      );
      return live ? undefined : LICENSING_ERRORS.subscriptionDisabled();
    },
    apply(draft, command, context) {
      // Every subscription of the product that is still running goes straight to Disabled.
      for (const subscription of subscriptionsOfSku(entities(draft.licensing.subscriptions), command.skuId)) {
        if (subscription.status !== 'Enabled' && subscription.status !== 'Warning') continue;
        cancelProcessesFor(draft, subscription.id);
        moveSubscription(draft, getById(draft.licensing.subscriptions, subscription.id)!, 'Suspended', context);
      }
    },
  }),
};
