import { current, isDraft, type Draft } from 'immer';
import { skuById } from '../catalog';
import { getById } from '../collection';
import type { ApplyContext } from '../command';
import type {
  AssignedLicense,
  AuditEntry,
  InitiatedBy,
  LicenseAssignmentStateRecord,
  SubscribedSku,
  TargetResource,
  Tenant,
  User,
} from '../model';

/**
 * The bookkeeping shared by direct and group-based assignment: a user's assignment states decide
 * their assignedLicenses, and a user holding a product (from any number of sources) takes one
 * seat of it.
 */

/** Reads a value that may be an Immer draft as plain data, without copying what is unchanged. */
export function plain<T>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : value;
}

/** Graph forms a subscribedSku's id as `<tenantId>_<skuId>`. */
export function subscribedSkuId(organizationId: string, skuId: string): string {
  return `${organizationId}_${skuId}`;
}

export function subscribedSkuOf(tenant: Tenant, skuId: string): SubscribedSku | undefined {
  return getById(tenant.subscribedSkus, subscribedSkuId(tenant.organization.id, skuId));
}

/** Seats that can still be assigned: only Enabled seats take new assignments. */
export function freeSeats(subscription: SubscribedSku): number {
  return subscription.prepaidUnits.enabled - subscription.consumedUnits;
}

/** Whether the product is one the tenant can assign or remove at all. */
export function isCompanyLicense(subscription: SubscribedSku | undefined): subscription is SubscribedSku {
  return subscription !== undefined && subscription.capabilityStatus !== 'Deleted';
}

/** A state that gives the user the product (an error that left an earlier assignment in place counts). */
export function isHeld(record: LicenseAssignmentStateRecord): boolean {
  return record.state === 'Active' || record.state === 'ActiveWithError';
}

/**
 * A user's assignedLicenses from their assignment states: one entry per product held, where a
 * plan is on if any source turns it on ("multiple licenses for the same product can overlap, and
 * they result in all enabled services being applied to the user").
 */
export function deriveAssignedLicenses(states: readonly LicenseAssignmentStateRecord[]): AssignedLicense[] {
  const bySku = new Map<string, string[]>();
  for (const record of states) {
    if (!isHeld(record)) continue;
    const disabled = bySku.get(record.skuId);
    bySku.set(record.skuId, disabled ? disabled.filter((id) => record.disabledPlans.includes(id)) : [...record.disabledPlans]);
  }
  return [...bySku].map(([skuId, disabledPlans]) => ({ skuId, disabledPlans }));
}

export function sameLicenses(a: readonly AssignedLicense[], b: readonly AssignedLicense[]): boolean {
  return (
    a.length === b.length &&
    a.every((license, i) => license.skuId === b[i]!.skuId && samePlans(license.disabledPlans, b[i]!.disabledPlans))
  );
}

export function samePlans(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function sameRecord(a: LicenseAssignmentStateRecord, b: LicenseAssignmentStateRecord): boolean {
  return (
    a.skuId === b.skuId &&
    a.assignedByGroup === b.assignedByGroup &&
    a.state === b.state &&
    a.error === b.error &&
    a.lastUpdatedDateTime === b.lastUpdatedDateTime &&
    samePlans(a.disabledPlans, b.disabledPlans)
  );
}

export interface LicenseChange {
  readonly before: readonly AssignedLicense[];
  readonly after: readonly AssignedLicense[];
}

/** Moves a product's consumed units by `delta`. */
export function addConsumedUnits(draft: Draft<Tenant>, skuId: string, delta: number): void {
  const subscription = getById(draft.subscribedSkus, subscribedSkuId(draft.organization.id, skuId));
  if (subscription) subscription.consumedUnits += delta;
}

/**
 * Writes a user's assignment states and what follows from them. `holdsSeats` says whether the
 * user takes seats at all (active users do; soft-deleted users don't). Returns the change of
 * assignedLicenses, or undefined when the products and plans the user holds stayed the same.
 */
export function writeLicenseStates(
  draft: Draft<Tenant>,
  user: Draft<User>,
  states: readonly LicenseAssignmentStateRecord[],
  holdsSeats: boolean,
): LicenseChange | undefined {
  const previous = plain(user.licenseAssignmentStates);
  if (previous.length === states.length && previous.every((record, i) => sameRecord(record, states[i]!))) return undefined;
  const before = plain(user.assignedLicenses);
  const after = deriveAssignedLicenses(states);
  user.licenseAssignmentStates = states as Draft<LicenseAssignmentStateRecord[]>;
  if (sameLicenses(before, after)) return undefined;
  user.assignedLicenses = after as Draft<AssignedLicense[]>;
  if (holdsSeats) {
    for (const license of before) if (!after.some((held) => held.skuId === license.skuId)) addConsumedUnits(draft, license.skuId, -1);
    for (const license of after) if (!before.some((held) => held.skuId === license.skuId)) addConsumedUnits(draft, license.skuId, 1);
  }
  return { before, after };
}

/** How the audit log prints a set of licenses. */
export function describeLicenses(licenses: readonly AssignedLicense[]): string {
  return `[${licenses
    .map((license) => `[SkuName=${skuById(license.skuId)?.skuPartNumber ?? 'Unknown'}, SkuId=${license.skuId}, DisabledPlans=[${license.disabledPlans.join(', ')}]]`)
    .join(', ')}]`;
}

export function userLicenseTarget(user: Pick<User, 'id' | 'displayName' | 'userPrincipalName'>, change?: LicenseChange): TargetResource {
  return {
    id: user.id,
    displayName: user.displayName,
    type: 'User',
    userPrincipalName: user.userPrincipalName,
    modifiedProperties: change
      ? [{ displayName: 'AssignedLicense', oldValue: describeLicenses(change.before), newValue: describeLicenses(change.after) }]
      : [],
  };
}

/** Entra's actor for every change group-based licensing makes. */
export const GROUP_BASED_LICENSING: InitiatedBy = { app: { displayName: 'Microsoft Entra group-Based Licensing' } };

/**
 * The records Entra writes when a user's licenses change: "Change user license", and beside it
 * "Update user" with the same modified property.
 */
export function licenseAuditEntry(
  activityDisplayName: 'Change user license' | 'Update user',
  user: Pick<User, 'id' | 'displayName' | 'userPrincipalName'>,
  change: LicenseChange | undefined,
): AuditEntry {
  return {
    activityDisplayName,
    category: 'UserManagement',
    loggedByService: 'Core Directory',
    operationType: 'Update',
    targetResources: [userLicenseTarget(user, change)],
  };
}

/** Records a user's license change as done by a service rather than the signed-in admin. */
export function recordServiceLicenseChange(
  context: ApplyContext,
  user: Pick<User, 'id' | 'displayName' | 'userPrincipalName'>,
  change: LicenseChange,
  initiatedBy: InitiatedBy,
): void {
  context.record({ ...licenseAuditEntry('Change user license', user, change), initiatedBy });
}
