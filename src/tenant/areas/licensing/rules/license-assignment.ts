import { current, isDraft, type Draft } from 'immer';
import { skuById } from '../../../catalog';
import { bucketOf, getById } from '../../../collection';
import type { ApplyContext } from '../../../command';
import type {
  AssignedLicense,
  AuditEntry,
  InitiatedBy,
  LicenseAssignmentStateRecord,
  ModifiedProperty,
  SubscribedSku,
  TargetResource,
  Tenant,
  User,
} from '../../../model';
import { activityFields } from '../../../describe';
import { LICENSING_ACTIVITIES } from '../activities';

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
  return getById(tenant.licensing.subscribedSkus, subscribedSkuId(tenant.organization.id, skuId));
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
  // Most users hold one product or none: no map needed (this runs twice per member of a licensed group).
  if (states.length === 0) return [];
  if (states.length === 1) return isHeld(states[0]!) ? singleLicense(states[0]!) : [];
  const bySku = new Map<string, string[]>();
  for (const record of states) {
    if (!isHeld(record)) continue;
    const disabled = bySku.get(record.skuId);
    bySku.set(record.skuId, disabled ? disabled.filter((id) => record.disabledPlans.includes(id)) : [...record.disabledPlans]);
  }
  return [...bySku].map(([skuId, disabledPlans]) => ({ skuId, disabledPlans }));
}

const singleLicenses = new WeakMap<LicenseAssignmentStateRecord, readonly AssignedLicense[]>();

/**
 * The licenses of a user whose one state is this record: frozen and kept per record, so the
 * members of a group who share a record (see group licensing) share this list too.
 */
function singleLicense(record: LicenseAssignmentStateRecord): AssignedLicense[] {
  // A draft may still change: its list is made afresh.
  if (isDraft(record)) return [{ skuId: record.skuId, disabledPlans: [...record.disabledPlans] }];
  let licenses = singleLicenses.get(record);
  if (!licenses) {
    licenses = Object.freeze([Object.freeze({ skuId: record.skuId, disabledPlans: Object.freeze([...record.disabledPlans]) })]);
    singleLicenses.set(record, licenses);
  }
  return licenses as AssignedLicense[];
}

function sameLicenses(a: readonly AssignedLicense[], b: readonly AssignedLicense[]): boolean {
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
  const subscription = getById(draft.licensing.subscribedSkus, subscribedSkuId(draft.organization.id, skuId));
  if (subscription) subscription.consumedUnits += delta;
}

export interface LicenseStatesUpdate {
  readonly assignedLicenses: readonly AssignedLicense[];
  /** Undefined when the products and plans the user holds stay the same. */
  readonly change: LicenseChange | undefined;
}

/** What licensing reads of a user. */
export type LicenseHolder = Pick<User, 'id' | 'displayName' | 'userPrincipalName' | 'usageLocation' | 'licenseAssignmentStates' | 'assignedLicenses'>;

/**
 * A user's licensing fields as plain data. A drafted user is read field by field: `current()` on
 * the whole user would copy every nested list through property descriptors.
 */
export function licenseHolder(user: User | Draft<User>): LicenseHolder {
  if (!isDraft(user)) return user as User;
  return {
    id: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    usageLocation: user.usageLocation,
    licenseAssignmentStates: plain(user.licenseAssignmentStates),
    assignedLicenses: plain(user.assignedLicenses),
  };
}

/** What writing these assignment states changes on a user, or undefined when nothing does. */
export function licenseStatesUpdate(
  user: Pick<User, 'licenseAssignmentStates' | 'assignedLicenses'>,
  states: readonly LicenseAssignmentStateRecord[],
): LicenseStatesUpdate | undefined {
  const previous = user.licenseAssignmentStates;
  if (previous.length === states.length && previous.every((record, i) => sameRecord(record, states[i]!))) return undefined;
  const before = user.assignedLicenses;
  const after = deriveAssignedLicenses(states);
  if (sameLicenses(before, after)) return { assignedLicenses: before, change: undefined };
  return { assignedLicenses: after, change: { before, after } };
}

/** The seats a license change takes (+1) and gives back (-1), by product. */
export function seatMoves(change: LicenseChange): [string, number][] {
  const moves: [string, number][] = [];
  for (const license of change.before) if (!change.after.some((held) => held.skuId === license.skuId)) moves.push([license.skuId, -1]);
  for (const license of change.after) if (!change.before.some((held) => held.skuId === license.skuId)) moves.push([license.skuId, 1]);
  return moves;
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
  const update = licenseStatesUpdate(licenseHolder(user), states);
  if (!update) return undefined;
  user.licenseAssignmentStates = states as Draft<LicenseAssignmentStateRecord[]>;
  if (!update.change) return undefined;
  user.assignedLicenses = update.assignedLicenses as Draft<AssignedLicense[]>;
  if (holdsSeats) for (const [skuId, delta] of seatMoves(update.change)) addConsumedUnits(draft, skuId, delta);
  return update.change;
}

/**
 * A user with new assignment states, as a new frozen object. Frozen, so Immer does not walk it
 * looking for drafts when the command finishes: on 10,000 group members that walk costs more
 * than the licensing itself. Later changes in the same command replace it again
 * (`storeLicenseStates`) rather than write into it.
 */
export function replacedUser(user: User, states: readonly LicenseAssignmentStateRecord[], update: LicenseStatesUpdate): User {
  return Object.freeze({ ...user, licenseAssignmentStates: states, assignedLicenses: update.assignedLicenses });
}

/**
 * Writes a user's assignment states whichever form the user has in the draft: a draft is written
 * into, a user already replaced in this command is replaced again.
 */
export function storeLicenseStates(
  draft: Draft<Tenant>,
  collection: 'users' | 'deletedUsers',
  userId: string,
  states: readonly LicenseAssignmentStateRecord[],
  holdsSeats: boolean,
): LicenseChange | undefined {
  const current = getById(draft.directory[collection], userId);
  if (!current) return undefined;
  if (isDraft(current)) return writeLicenseStates(draft, current, states, holdsSeats);
  const update = licenseStatesUpdate(current, states);
  if (!update) return undefined;
  writeUsers(draft.directory[collection].buckets as Draft<Record<string, User> | null>[], bucketOf(userId), new Map([[userId, replacedUser(current, states, update)]]));
  if (update.change && holdsSeats) for (const [skuId, delta] of seatMoves(update.change)) addConsumedUnits(draft, skuId, delta);
  return update.change;
}

/**
 * Puts users back into their bucket. A bucket group-based licensing rewrote whole earlier in the
 * command is frozen, so it is copied before the write.
 */
export function writeUsers(buckets: Draft<Record<string, User> | null>[], slot: number, users: ReadonlyMap<string, User>): void {
  let bucket = buckets[slot]!;
  if (Object.isFrozen(bucket)) {
    bucket = { ...bucket };
    buckets[slot] = bucket;
  }
  for (const [id, user] of users) bucket[id] = user as Draft<User>;
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
export const GROUP_BASED_LICENSING: InitiatedBy = Object.freeze({ app: Object.freeze({ displayName: 'Microsoft Entra group-Based Licensing' }) });

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

const SHARED_LIMIT = 1024;
const descriptions = new Map<string, string>();
const licenseChanges = new Map<string, Map<string, readonly ModifiedProperty[]>>();

/** describeLicenses, kept per set of products and disabled plans: a group gives its members the same few. */
function sharedDescription(licenses: readonly AssignedLicense[]): string {
  if (licenses.length === 0) return '[]';
  let key = '';
  for (const license of licenses) key += `${license.skuId}:${license.disabledPlans.join(',')};`;
  let text = descriptions.get(key);
  if (text === undefined) {
    text = describeLicenses(licenses);
    if (descriptions.size >= SHARED_LIMIT) descriptions.clear();
    descriptions.set(key, text);
  }
  return text;
}

/** The frozen AssignedLicense change, one object for every record that shows the same change. */
function sharedLicenseChange(change: LicenseChange): readonly ModifiedProperty[] {
  const oldValue = sharedDescription(change.before);
  const newValue = sharedDescription(change.after);
  let byNew = licenseChanges.get(oldValue);
  if (!byNew) {
    if (licenseChanges.size >= SHARED_LIMIT) licenseChanges.clear();
    byNew = new Map();
    licenseChanges.set(oldValue, byNew);
  }
  let properties = byNew.get(newValue);
  if (!properties) {
    properties = Object.freeze([Object.freeze({ displayName: 'AssignedLicense', oldValue, newValue })]);
    byNew.set(newValue, properties);
  }
  return properties;
}

/**
 * Records a user's license change as done by a service rather than the signed-in admin: the same
 * "Change user license" record licenseAuditEntry describes. A group's licenses write one per
 * member, so the record is frozen as it is built (Immer need not walk it) and the members who
 * see the same change share its modified property.
 */
export function recordServiceLicenseChange(
  context: ApplyContext,
  user: Pick<User, 'id' | 'displayName' | 'userPrincipalName'>,
  change: LicenseChange,
  initiatedBy: InitiatedBy,
): void {
  const target: TargetResource = Object.freeze({
    id: user.id,
    displayName: user.displayName,
    type: 'User',
    userPrincipalName: user.userPrincipalName,
    modifiedProperties: sharedLicenseChange(change),
  });
  context.record({
    ...activityFields(LICENSING_ACTIVITIES['Change user license']),
    loggedByService: 'Core Directory',
    targetResources: Object.freeze([target]),
    initiatedBy,
  });
}
