import { original, type Draft } from 'immer';
import { SERVICE_INITIATOR } from '../../../audit';
import { skuById, type SkuDefinition } from '../../../catalog';
import { addDays } from '../../../clock';
import { entities, getById, putEntity } from '../../../collection';
import type { ApplyContext } from '../../../command';
import { guidFor } from '../../../ids';
import type { AssignedLicense, CompanySubscription, LicenseAssignmentStateRecord, ScheduledProcess, SubscribedSku, Tenant } from '../../../model';
import { plain, recordServiceLicenseChange, storeLicenseStates, subscribedSkuId } from './license-assignment';
import { activityFields } from '../../../describe';
import { LICENSING_ACTIVITIES } from '../activities';

/**
 * The commercial side of licensing: subscriptions, their seats and their lifecycle, after
 * microsoft-365-docs `commerce/subscriptions/what-if-my-subscription-expires.md`.
 *
 * Active (Graph: Enabled) → Expired (Warning, 30 days: users keep working) → Disabled
 * (Suspended, 90 days: users lose access, admins can't assign its licenses) → Deleted. Paid
 * subscriptions renew (recurring billing) and only leave Active when cancelled, which skips
 * Expired ("cancel a monthly subscription within the cancellation policy window ... moves to the
 * Disabled status"). Trials run 30 days, then take the same path.
 */

export const TRIAL_LICENSES = 25;
export const TRIAL_DAYS = 30;
export const EXPIRED_DAYS = 30;
export const DISABLED_DAYS = 90;

/** A subscribedSku for a catalog product before any subscription gives it seats. */
export function emptySubscribedSku(organizationId: string, sku: SkuDefinition, now: string): SubscribedSku {
  return {
    id: subscribedSkuId(organizationId, sku.skuId),
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    appliesTo: sku.appliesTo,
    capabilityStatus: 'Deleted',
    consumedUnits: 0,
    prepaidUnits: { enabled: 0, suspended: 0, warning: 0, lockedOut: 0 },
    servicePlans: sku.servicePlans.map((plan) => ({
      servicePlanId: plan.servicePlanId,
      servicePlanName: plan.servicePlanName,
      provisioningStatus: 'Success',
      appliesTo: sku.appliesTo,
    })),
    isTrial: false,
    createdDateTime: now,
  };
}

/** A subscribedSku's seats, status and trial flag, summed over its subscriptions. */
export function summarizeSubscriptions(
  subscriptions: Iterable<CompanySubscription>,
): Pick<SubscribedSku, 'capabilityStatus' | 'prepaidUnits' | 'isTrial'> {
  const units = { enabled: 0, suspended: 0, warning: 0, lockedOut: 0 };
  const statuses = new Set<CompanySubscription['status']>();
  let live = 0;
  let trials = 0;
  for (const subscription of subscriptions) {
    if (subscription.status === 'Deleted') continue;
    live += 1;
    if (subscription.isTrial) trials += 1;
    statuses.add(subscription.status);
    if (subscription.status === 'Enabled') units.enabled += subscription.totalLicenses;
    else if (subscription.status === 'Warning') units.warning += subscription.totalLicenses;
    else if (subscription.status === 'Suspended') units.suspended += subscription.totalLicenses;
    else units.lockedOut += subscription.totalLicenses;
  }
  // The product shows the best status any of its subscriptions is in.
  const capabilityStatus = (['Enabled', 'Warning', 'Suspended', 'LockedOut'] as const).find((status) => statuses.has(status)) ?? 'Deleted';
  return { capabilityStatus, prepaidUnits: units, isTrial: live > 0 && trials === live };
}

export function subscriptionsOfSku<T extends CompanySubscription>(all: Iterable<T>, skuId: string): T[] {
  const result: T[] = [];
  for (const subscription of all) if (subscription.skuId === skuId) result.push(subscription);
  return result;
}

/** Brings a product's subscribedSku in line with its subscriptions, creating it on first purchase. */
export function refreshSubscribedSku(draft: Draft<Tenant>, skuId: string, now: string): void {
  const summary = summarizeSubscriptions(subscriptionsOfSku(entities(draft.licensing.subscriptions), skuId));
  const existing = getById(draft.licensing.subscribedSkus, subscribedSkuId(draft.organization.id, skuId));
  if (existing) {
    existing.capabilityStatus = summary.capabilityStatus;
    existing.prepaidUnits = summary.prepaidUnits;
    existing.isTrial = summary.isTrial;
    return;
  }
  putEntity(draft.licensing.subscribedSkus, { ...emptySubscribedSku(draft.organization.id, skuById(skuId)!, now), ...summary });
}

/** Fixture subscriptions take their ids from the seed, not the tenant's counter, so adding one shifts no other id. */
export function fixtureSubscriptionId(seed: number, skuId: string, isTrial: boolean): string {
  let hash = seed;
  for (let i = 0; i < skuId.length; i++) hash = Math.imul(hash ^ skuId.charCodeAt(i), 0x01000193);
  return guidFor(hash ^ (isTrial ? 0x7f4a7c15 : 0x2545f491), 0);
}

export function lifecycleProcess(id: string, subscription: CompanySubscription): ScheduledProcess {
  return { id, kind: 'subscription.lifecycle', dueDateTime: subscription.nextLifecycleDateTime!, targetId: subscription.id };
}

/** Moves a subscription to a status and schedules the step after it. */
export function moveSubscription(
  draft: Draft<Tenant>,
  subscription: Draft<CompanySubscription>,
  status: CompanySubscription['status'],
  context: ApplyContext,
): void {
  subscription.status = status;
  const days = status === 'Warning' ? EXPIRED_DAYS : status === 'Suspended' ? DISABLED_DAYS : null;
  subscription.nextLifecycleDateTime = days === null ? null : addDays(context.now, days);
  if (days !== null) putEntity(draft.scheduledProcesses, lifecycleProcess(context.newId(), subscription));
  refreshSubscribedSku(draft, subscription.skuId, context.now);
  if (status === 'Deleted') {
    context.record({
      initiatedBy: SERVICE_INITIATOR,
      ...activityFields(LICENSING_ACTIVITIES['Delete subscription']),
      loggedByService: 'Core Directory',
      targetResources: [{ id: subscription.id, displayName: subscription.skuPartNumber, type: 'Other', modifiedProperties: [] }],
    });
    const product = getById(draft.licensing.subscribedSkus, subscribedSkuId(draft.organization.id, subscription.skuId));
    if (product?.capabilityStatus === 'Deleted') revokeProduct(draft, subscription.skuId, context);
  }
}

/** The scheduled step of a subscription's lifecycle: Enabled → Warning → Suspended → Deleted. */
export function advanceSubscriptionLifecycle(draft: Draft<Tenant>, subscriptionId: string, context: ApplyContext): void {
  const subscription = getById(draft.licensing.subscriptions, subscriptionId);
  if (!subscription || subscription.nextLifecycleDateTime !== context.now) return;
  const next = subscription.status === 'Enabled' ? 'Warning' : subscription.status === 'Warning' ? 'Suspended' : 'Deleted';
  moveSubscription(draft, subscription, next, context);
}

/**
 * When the last subscription of a product is deleted, the product leaves the tenant: its
 * licenses are taken from every user (directly assigned or inherited) and every group.
 */
function revokeProduct(draft: Draft<Tenant>, skuId: string, context: ApplyContext): void {
  const base = original(draft) as Tenant;
  const holds = (licenses: readonly { readonly skuId: string }[]) => licenses.some((license) => license.skuId === skuId);
  for (const group of entities(base.directory.groups)) {
    if (!holds(group.assignedLicenses)) continue;
    const target = getById(draft.directory.groups, group.id);
    if (target) target.assignedLicenses = plain(target.assignedLicenses).filter((license) => license.skuId !== skuId) as Draft<AssignedLicense[]>;
  }
  for (const [collectionName, holdsSeats] of [['users', true], ['deletedUsers', false]] as const) {
    for (const user of entities(base.directory[collectionName])) {
      if (!holds(user.licenseAssignmentStates)) continue;
      // Read from the committed state for speed; an earlier step of the same command may have moved the user.
      const target = getById(draft.directory[collectionName], user.id);
      if (!target) continue;
      const states: readonly LicenseAssignmentStateRecord[] = plain(target.licenseAssignmentStates);
      const change = storeLicenseStates(draft, collectionName, user.id, states.filter((record) => record.skuId !== skuId), holdsSeats);
      if (change) recordServiceLicenseChange(context, user, change, SERVICE_INITIATOR);
    }
  }
}
