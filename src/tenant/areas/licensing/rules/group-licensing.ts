import { current, isDraft, original, type Draft } from 'immer';
import { createBucketIndex } from '../../../bucket-index';
import { bucketOf, getById } from '../../../collection';
import type { ApplyContext } from '../../../command';
import type { AssignedLicense, Group, LicenseAssignmentError, LicenseAssignmentStateRecord, TargetResource, Tenant, User } from '../../../model';
import {
  addConsumedUnits,
  deriveAssignedLicenses,
  describeLicenses,
  GROUP_BASED_LICENSING,
  isHeld,
  licenseHolder,
  licenseStatesUpdate,
  plain,
  replacedUser,
  writeUsers,
  recordServiceLicenseChange,
  samePlans,
  seatMoves,
  subscribedSkuId,
  type LicenseChange,
  type LicenseHolder,
} from './license-assignment';
import { conflictingPlans, enabledPlanIds, isUsageLocationAllowed, missingPrerequisites } from './licensing';
import { activityFields } from '../../../describe';
import { LICENSING_ACTIVITIES } from '../activities';

/**
 * Group-based licensing, after entra-docs `licensing-groups-resolve-problems.md` and
 * `licensing-group-advanced.md`:
 * - licenses on a security-enabled group flow to its direct user members only (nested groups'
 *   members get nothing);
 * - failures are recorded on the user (licenseAssignmentStates), never returned to the caller:
 *   CountViolation, MutuallyExclusiveViolation, DependencyViolation,
 *   ProhibitedInUsageLocationViolation; if one product of a group fails for a user, none of that
 *   group's products are assigned to them (products the user already had from the group stay, as
 *   ActiveWithError);
 * - a user without a usage location inherits the tenant's country;
 * - a user holding a product directly and through groups takes one seat; plans are on if any
 *   source turns them on;
 * - leaving a group removes its licenses unless another held plan depends on them
 *   (DependencyViolation, the license stays as ActiveWithError).
 *
 * What is processed when, and what needs the Reprocess button:
 * - automatic: a group's licenses change (all members); members join or leave (those users); a
 *   change to a user itself (usage location, direct licenses, deletion or restore); seats added
 *   to a product (users in CountViolation for it, as the sandbox's stand-in for Entra's
 *   background retries);
 * - Reprocess: seats freed by taking licenses from other users or groups ("if you free up some
 *   licenses by removing direct license assignments from users, you need to trigger the processing
 *   of groups").
 */

/** Committed groups that hold licenses. */
const licensedGroups = createBucketIndex<Group>((group) => (group.assignedLicenses.length > 0 ? ['licensed'] : []));

/** A committed member list never changes, so its lookup set is kept for as long as the list lives. */
const memberSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function memberSet(memberIds: readonly string[]): ReadonlySet<string> {
  let members = memberSets.get(memberIds);
  if (!members) {
    members = new Set(memberIds);
    memberSets.set(memberIds, members);
  }
  return members;
}

/**
 * Per command (by draft): users the command itself may have drafted (its reconcile scope), users
 * this module replaced with new objects, and users whose seats were given up on deletion or taken
 * again on restore, so a command that reconciles more than once moves them only once.
 */
interface CommandLedger {
  readonly touched: Set<string>;
  readonly seatsMoved: Set<string>;
}

const ledgers = new WeakMap<object, CommandLedger>();

function ledgerOf(draft: Draft<Tenant>): CommandLedger {
  let ledger = ledgers.get(draft);
  if (!ledger) {
    ledger = { touched: new Set(), seatsMoved: new Set() };
    ledgers.set(draft, ledger);
  }
  return ledger;
}

interface ChangedGroup {
  readonly before: Group | undefined;
  readonly after: Group | undefined;
  readonly members: ReadonlySet<string>;
}

/** From this many changed users in one bucket, the bucket is rewritten whole. */
const BULK_BUCKET_WRITES = 8;

/** Result of processing one user: which of their groups failed. */
interface UserOutcome {
  readonly failedGroups: ReadonlySet<string>;
}

type UserCollection = 'users' | 'deletedUsers';

/**
 * One processing pass over a command's draft. It reads the committed state (plain objects, no
 * proxies) except for what the command touched, writes a processed user as a new object, and
 * settles consumed units once at the end: that keeps 10,000 members cheap to process.
 */
class LicensingPass {
  private readonly base: Tenant;
  private readonly ledger: CommandLedger;
  private readonly changed = new Map<string, ChangedGroup>();
  private readonly country: string;
  private readonly seatsAtStart = new Map<string, number>();
  private readonly seatDelta = new Map<string, number>();
  /** Users this pass replaces, by collection and bucket slot, written bucket by bucket at the end. */
  private readonly pending: Record<UserCollection, Map<number, Map<string, User>>> = { users: new Map(), deletedUsers: new Map() };

  constructor(
    private readonly draft: Draft<Tenant>,
    private readonly context: ApplyContext,
    changedGroupIds: Iterable<string>,
    touchedUserIds: Iterable<string>,
  ) {
    this.base = original(draft) as Tenant;
    this.ledger = ledgerOf(draft);
    for (const id of touchedUserIds) this.ledger.touched.add(id);
    this.country = this.base.organization.countryLetterCode;
    for (const id of changedGroupIds) {
      if (this.changed.has(id)) continue;
      const draftGroup = getById(draft.directory.groups, id);
      const after = draftGroup ? plain(draftGroup) : undefined;
      this.changed.set(id, {
        before: getById(this.base.directory.groups, id),
        after,
        members: after && after.assignedLicenses.length > 0 ? memberSet(after.memberIds) : new Set(),
      });
    }
  }

  changedGroup(id: string): ChangedGroup | undefined {
    return this.changed.get(id);
  }

  /** Whether the id is a user, active or deleted (a group's members may be groups or contacts). */
  isUser(id: string): boolean {
    return (
      this.ledger.touched.has(id) ||
      getById(this.base.directory.users, id) !== undefined ||
      getById(this.base.directory.deletedUsers, id) !== undefined
    );
  }

  /** The licensed groups a user is a direct member of now, in a stable order. */
  private groupsOf(userId: string): Group[] {
    const groups: Group[] = [];
    for (const group of licensedGroups.find(this.base.directory.groups, 'licensed')) {
      if (!this.changed.has(group.id) && memberSet(group.memberIds).has(userId)) groups.push(group);
    }
    for (const { after, members } of this.changed.values()) {
      if (after && members.has(userId)) groups.push(after);
    }
    return groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The committed user, or for one the command touched, its draft (or the object this module put there). */
  private read(collection: UserCollection, id: string): User | Draft<User> | undefined {
    return this.ledger.touched.has(id) ? getById(this.draft.directory[collection], id) : getById(this.base.directory[collection], id);
  }

  private readonly firstAssignments = new Map<string, LicenseAssignmentStateRecord>();
  /** freeSeats for resolveLicenseStates, made once per pass rather than once per member. */
  private readonly seatsLeft = (skuId: string): number => this.freeSeats(skuId);

  private freeSeats(skuId: string): number {
    let atStart = this.seatsAtStart.get(skuId);
    if (atStart === undefined) {
      const subscription = getById(this.draft.licensing.subscribedSkus, subscribedSkuId(this.base.organization.id, skuId));
      atStart = subscription ? subscription.prepaidUnits.enabled - subscription.consumedUnits : 0;
      this.seatsAtStart.set(skuId, atStart);
    }
    return atStart - (this.seatDelta.get(skuId) ?? 0);
  }

  private moveSeat(skuId: string, delta: number): void {
    this.seatDelta.set(skuId, (this.seatDelta.get(skuId) ?? 0) + delta);
  }

  /** Writes the user's new states: through the draft if the command drafted them, else as a new object. */
  private write(
    collection: UserCollection,
    user: User | Draft<User>,
    holder: LicenseHolder,
    states: readonly LicenseAssignmentStateRecord[],
    holdsSeats: boolean,
  ): LicenseChange | undefined {
    const update = licenseStatesUpdate(holder, states);
    if (!update) return undefined;
    if (isDraft(user)) {
      const drafted = user as Draft<User>;
      drafted.licenseAssignmentStates = states as Draft<LicenseAssignmentStateRecord[]>;
      drafted.assignedLicenses = update.assignedLicenses as Draft<AssignedLicense[]>;
    } else {
      const slots = this.pending[collection];
      const slot = bucketOf(user.id);
      let updates = slots.get(slot);
      if (!updates) {
        updates = new Map();
        slots.set(slot, updates);
      }
      updates.set(user.id, replacedUser(user as User, states, update));
      this.ledger.touched.add(user.id);
    }
    if (update.change && holdsSeats) for (const [skuId, delta] of seatMoves(update.change)) this.moveSeat(skuId, delta);
    return update.change;
  }

  /** Brings one user's inherited licenses in line with their groups. */
  processUser(userId: string): UserOutcome {
    const user = this.read('users', userId);
    const wasActive = getById(this.base.directory.users, userId) !== undefined;
    if (!user) {
      const deleted = this.read('deletedUsers', userId);
      // A deleted user frees their seats; they keep their licenses in case they are restored.
      if (deleted && wasActive && this.firstSeatMove(userId)) {
        for (const license of licenseHolder(deleted).assignedLicenses) this.moveSeat(license.skuId, -1);
      }
      return { failedGroups: new Set() };
    }
    const holder = licenseHolder(user);
    let states = holder.licenseAssignmentStates;
    if (!wasActive && getById(this.base.directory.deletedUsers, userId) && this.firstSeatMove(userId)) states = this.retakeSeats(holder);

    const resolved = resolveLicenseStates({
      states,
      groups: this.groupsOf(userId),
      held: deriveAssignedLicenses(states),
      usageLocation: holder.usageLocation ?? this.country,
      freeSeats: this.seatsLeft,
      now: this.context.now,
      firstAssignments: this.firstAssignments,
    });
    const change = this.write('users', user, holder, resolved.states, true);
    if (change) recordServiceLicenseChange(this.context, holder, change, GROUP_BASED_LICENSING);
    return resolved;
  }

  private firstSeatMove(userId: string): boolean {
    if (this.ledger.seatsMoved.has(userId)) return false;
    this.ledger.seatsMoved.add(userId);
    return true;
  }

  /**
   * A restored user takes seats again for the products they held; a product with no free seat
   * left is dropped (a direct assignment) or goes into CountViolation (an inherited one). The
   * dropped ones are taken here and given back when the states are written.
   */
  private retakeSeats(user: LicenseHolder): LicenseAssignmentStateRecord[] {
    const dropped = new Set<string>();
    for (const license of user.assignedLicenses) {
      if (this.freeSeats(license.skuId) < 1) dropped.add(license.skuId);
      this.moveSeat(license.skuId, 1);
    }
    return user.licenseAssignmentStates.flatMap((record): LicenseAssignmentStateRecord[] => {
      if (!dropped.has(record.skuId)) return [record];
      if (record.assignedByGroup === null) return [];
      return [{ ...record, state: 'Error', error: 'CountViolation', lastUpdatedDateTime: this.context.now }];
    });
  }

  /**
   * Writes the replaced users and settles the seats the pass took and gave back on each product.
   * Where many users of one bucket the command has not touched change (a group's licenses reach
   * its members), the bucket is written as one new frozen object of frozen users: Immer then does
   * one write per bucket instead of one per user and does not walk the users when the command
   * ends. Otherwise users are written one by one.
   */
  finish(): void {
    for (const collection of ['users', 'deletedUsers'] as const) {
      const slots = this.pending[collection];
      if (slots.size === 0) continue;
      const buckets = this.draft.directory[collection].buckets as Draft<Record<string, User> | null>[];
      for (const [slot, updates] of slots) {
        const drafted = buckets[slot]!;
        const base = isDraft(drafted) ? (original(drafted) as Record<string, User>) : undefined;
        if (updates.size >= BULK_BUCKET_WRITES && base && current(drafted) === base) {
          const next: Record<string, User> = {};
          for (const id in base) next[id] = updates.get(id) ?? Object.freeze(base[id]!);
          buckets[slot] = Object.freeze(next) as Draft<Record<string, User>>;
        } else {
          writeUsers(buckets, slot, updates);
        }
      }
    }
    for (const [skuId, delta] of this.seatDelta) if (delta !== 0) addConsumedUnits(this.draft, skuId, delta);
  }
}

interface ResolveInput {
  readonly states: readonly LicenseAssignmentStateRecord[];
  /** The licensed groups the user is a direct member of, in processing order. */
  readonly groups: readonly Group[];
  /** The products the user holds before this pass. */
  readonly held: readonly AssignedLicense[];
  /** The user's usage location, or the tenant's country when they have none. */
  readonly usageLocation: string;
  readonly freeSeats: (skuId: string) => number;
  readonly now: string;
  /** First assignments made in this pass, shared by the members who get the same one (see firstAssignment). */
  readonly firstAssignments: Map<string, LicenseAssignmentStateRecord>;
}

function plansOf(records: readonly LicenseAssignmentStateRecord[]): Set<string> {
  const plans = new Set<string>();
  for (const record of records) if (isHeld(record)) for (const id of enabledPlanIds(record)) plans.add(id);
  return plans;
}

/** A leaving license that provides a plan some kept plan depends on. */
function neededProvider(
  keptPlans: ReadonlySet<string>,
  leaving: readonly LicenseAssignmentStateRecord[],
  kept: readonly LicenseAssignmentStateRecord[],
): LicenseAssignmentStateRecord | undefined {
  for (const [, prerequisites] of missingPrerequisites(keptPlans)) {
    const provider = leaving.find((record) => !kept.includes(record) && enabledPlanIds(record).some((id) => prerequisites.includes(id)));
    if (provider) return provider;
  }
  return undefined;
}

/** The next state of an assignment; the previous object itself when nothing about it changed. */
function updated(
  previous: LicenseAssignmentStateRecord | undefined,
  next: Omit<LicenseAssignmentStateRecord, 'lastUpdatedDateTime'>,
  now: string,
): LicenseAssignmentStateRecord {
  if (previous && previous.state === next.state && previous.error === next.error && samePlans(previous.disabledPlans, next.disabledPlans)) {
    return previous;
  }
  return { ...next, lastUpdatedDateTime: now };
}

/**
 * A group's product reaching a user who had no state for it: the same record for every member with
 * the same outcome, frozen and shared, instead of one object each (on 10,000 members, building and
 * keeping them was a good part of the work). States are never edited in place, so sharing is safe.
 */
function firstAssignment(input: ResolveInput, license: AssignedLicense, groupId: string, state: 'Active' | 'Error', error: LicenseAssignmentError): LicenseAssignmentStateRecord {
  const key = `${groupId} ${license.skuId} ${state} ${error}`;
  let record = input.firstAssignments.get(key);
  if (!record || record.disabledPlans !== license.disabledPlans || record.lastUpdatedDateTime !== input.now) {
    record = Object.freeze({ skuId: license.skuId, disabledPlans: license.disabledPlans, assignedByGroup: groupId, state, error, lastUpdatedDateTime: input.now });
    input.firstAssignments.set(key, record);
  }
  return record;
}

/*
 * Lookups as plain loops: resolveLicenseStates runs once per member of a group, and closures made
 * per call cost more there than the searches themselves.
 */
function groupWithId(groups: readonly Group[], id: string): Group | undefined {
  for (const group of groups) if (group.id === id) return group;
  return undefined;
}

function recordOf(records: readonly LicenseAssignmentStateRecord[], groupId: string, skuId: string): LicenseAssignmentStateRecord | undefined {
  for (const record of records) if (record.assignedByGroup === groupId && record.skuId === skuId) return record;
  return undefined;
}

/**
 * The assignment states a user should have: their direct assignments as they are, then each
 * group's products, assigned all together or not at all. Pure: reads seat counts through
 * `freeSeats` and never writes. Written to allocate little: it runs once per member of a group.
 */
function resolveLicenseStates(input: ResolveInput): { states: LicenseAssignmentStateRecord[]; failedGroups: Set<string> } {
  const { groups } = input;
  const direct: LicenseAssignmentStateRecord[] = [];
  const staying: LicenseAssignmentStateRecord[] = [];
  const leaving: LicenseAssignmentStateRecord[] = [];
  for (const record of input.states) {
    if (record.assignedByGroup === null) direct.push(record);
    else if (groupWithId(groups, record.assignedByGroup)?.assignedLicenses.some((license) => license.skuId === record.skuId)) staying.push(record);
    else if (isHeld(record)) leaving.push(record);
  }

  // Leaving licenses go, unless a plan the user keeps depends on one of their plans.
  const kept: LicenseAssignmentStateRecord[] = [];
  if (leaving.length > 0) {
    const keptPlans = plansOf([...direct, ...staying]);
    for (let provider = neededProvider(keptPlans, leaving, kept); provider; provider = neededProvider(keptPlans, leaving, kept)) {
      kept.push(provider);
      for (const id of enabledPlanIds(provider)) keptPlans.add(id);
    }
  }

  const states: LicenseAssignmentStateRecord[] = [...direct];
  for (const record of kept) states.push(updated(record, { ...record, state: 'ActiveWithError', error: 'DependencyViolation' }, input.now));
  const alreadyHeld = new Set(input.held.map((license) => license.skuId));
  const seatsTaken = new Map<string, number>();
  const failedGroups = new Set<string>();

  groups.forEach((group, index) => {
    const later = index + 1 < groups.length ? staying.filter((record) => groups.indexOf(groupWithId(groups, record.assignedByGroup!)!) > index) : [];
    const others = states.length + later.length === 0 ? [] : [...states, ...later].filter(isHeld);
    const error = groupError(group.assignedLicenses, others, alreadyHeld, seatsTaken, input);
    if (error) failedGroups.add(group.id);
    for (const license of group.assignedLicenses) {
      const before = recordOf(staying, group.id, license.skuId);
      if (!error) {
        if (!alreadyHeld.has(license.skuId) && !others.some((record) => record.skuId === license.skuId)) {
          seatsTaken.set(license.skuId, (seatsTaken.get(license.skuId) ?? 0) + 1);
          alreadyHeld.add(license.skuId);
        }
        states.push(
          before
            ? updated(before, { skuId: license.skuId, disabledPlans: license.disabledPlans, assignedByGroup: group.id, state: 'Active', error: 'None' }, input.now)
            : firstAssignment(input, license, group.id, 'Active', 'None'),
        );
      } else if (before && isHeld(before)) {
        states.push(updated(before, { ...before, state: 'ActiveWithError', error }, input.now));
      } else {
        states.push(
          before
            ? updated(before, { skuId: license.skuId, disabledPlans: license.disabledPlans, assignedByGroup: group.id, state: 'Error', error }, input.now)
            : firstAssignment(input, license, group.id, 'Error', error),
        );
      }
    }
  });
  return { states, failedGroups };
}

const groupPlansCache = new WeakMap<readonly AssignedLicense[], ReadonlySet<string>>();

/** The plans a group's products turn on, kept per (never changed in place) license list. */
function plansOfGroup(licenses: readonly AssignedLicense[]): ReadonlySet<string> {
  let plans = groupPlansCache.get(licenses);
  if (!plans) {
    plans = new Set(licenses.flatMap((license) => enabledPlanIds(license)));
    groupPlansCache.set(licenses, plans);
  }
  return plans;
}

function groupError(
  licenses: readonly AssignedLicense[],
  others: readonly LicenseAssignmentStateRecord[],
  alreadyHeld: ReadonlySet<string>,
  seatsTaken: ReadonlyMap<string, number>,
  input: ResolveInput,
): LicenseAssignmentError | undefined {
  if (!isUsageLocationAllowed(input.usageLocation)) return 'ProhibitedInUsageLocationViolation';
  const groupPlans = plansOfGroup(licenses);
  // A group's own products never conflict nor miss a prerequisite (group.assignLicense checks),
  // so a user with no other license can only fail on seats.
  if (others.length > 0) {
    for (const license of licenses) {
      const otherPlans = plansOf(others.filter((record) => record.skuId !== license.skuId));
      if (conflictingPlans(enabledPlanIds(license), otherPlans)) return 'MutuallyExclusiveViolation';
    }
    const enabled = plansOf(others);
    for (const id of groupPlans) enabled.add(id);
    if (missingPrerequisites(enabled).some(([id]) => groupPlans.has(id))) return 'DependencyViolation';
  }
  for (const license of licenses) {
    const holds = alreadyHeld.has(license.skuId) || others.some((record) => record.skuId === license.skuId);
    if (!holds && input.freeSeats(license.skuId) - (seatsTaken.get(license.skuId) ?? 0) < 1) return 'CountViolation';
  }
  return undefined;
}

function groupTarget(group: Group, modifiedProperties: TargetResource['modifiedProperties']): TargetResource {
  return { id: group.id, displayName: group.displayName, type: 'Group', modifiedProperties };
}

function sameAssignedLicenses(a: readonly AssignedLicense[] | undefined, b: readonly AssignedLicense[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((license, i) => license.skuId === right[i]!.skuId && samePlans(license.disabledPlans, right[i]!.disabledPlans));
}

/**
 * Processes every member of a group, as Entra does when it picks up a change to the group's
 * licenses or a Reprocess, with the start and finish records it writes.
 */
function processWholeGroup(pass: LicensingPass, group: Group, userIds: Iterable<string>, context: ApplyContext, done: Set<string>): void {
  context.record({
    initiatedBy: GROUP_BASED_LICENSING,
    ...activityFields(LICENSING_ACTIVITIES['Start applying group based license to users']),
    loggedByService: 'Core Directory',
    targetResources: [groupTarget(group, [{ displayName: 'AssignedLicense', oldValue: null, newValue: describeLicenses(group.assignedLicenses) }])],
  });
  let succeeded = 0;
  let failed = 0;
  for (const userId of userIds) {
    const outcome = pass.processUser(userId);
    done.add(userId);
    if (outcome.failedGroups.has(group.id)) failed += 1;
    else succeeded += 1;
  }
  context.record({
    initiatedBy: GROUP_BASED_LICENSING,
    ...activityFields(LICENSING_ACTIVITIES['Finish applying group based license to users']),
    loggedByService: 'Core Directory',
    targetResources: [
      groupTarget(group, [
        {
          displayName: 'Result',
          oldValue: null,
          newValue: `[Users successfully assigned licenses: ${succeeded}, Users for whom license assignment failed: ${failed}.]`,
        },
      ]),
    ],
  });
}

/**
 * Whether processing leaves this user as they are: active (already, or newly created), holding no
 * license through a group and a member of no group with licenses. (A deleted or restored user
 * gives up or takes back seats, so they are always processed.) This is what keeps a profile edit
 * from paying for a licensing pass.
 */
function outsideGroupLicensing(draft: Draft<Tenant>, userId: string): boolean {
  const base = original(draft) as Tenant;
  const user = getById(draft.directory.users, userId);
  if (!user || (!getById(base.directory.users, userId) && getById(base.directory.deletedUsers, userId))) return false;
  if (plain(user.licenseAssignmentStates).some((record) => record.assignedByGroup !== null)) return false;
  return !licensedGroups.find(base.directory.groups, 'licensed').some((group) => memberSet(group.memberIds).has(userId));
}

/**
 * reconcile's group-based licensing step: a group whose licenses changed is processed whole;
 * a group whose members changed, for the users who joined or left; each user the command changed,
 * for themselves.
 */
export function reconcileGroupLicensing(
  draft: Draft<Tenant>,
  scope: { readonly users: readonly string[]; readonly groups: readonly string[] },
  context: ApplyContext,
): void {
  if (scope.groups.length === 0 && scope.users.every((id) => outsideGroupLicensing(draft, id))) {
    // Later passes of this command must still read these users from the draft.
    const { touched } = ledgerOf(draft);
    for (const id of scope.users) touched.add(id);
    return;
  }
  const pass = new LicensingPass(draft, context, scope.groups, scope.users);
  const done = new Set<string>();
  for (const groupId of scope.groups) {
    const change = pass.changedGroup(groupId)!;
    const { before, after } = change;
    if (!before?.assignedLicenses.length && !after?.assignedLicenses.length) continue;
    const beforeMembers = before?.memberIds ?? [];
    const afterMembers = after?.memberIds ?? [];
    if (after && !sameAssignedLicenses(before?.assignedLicenses, after.assignedLicenses)) {
      const everyone = [...new Set([...afterMembers, ...beforeMembers])].filter((id) => pass.isUser(id));
      processWholeGroup(pass, after, everyone, context, done);
      continue;
    }
    if (beforeMembers === afterMembers) continue;
    const beforeSet = memberSet(beforeMembers);
    const afterSet = new Set(afterMembers);
    const moved = [...afterMembers.filter((id) => !beforeSet.has(id)), ...beforeMembers.filter((id) => !afterSet.has(id))];
    for (const userId of moved) {
      if (done.has(userId) || !pass.isUser(userId)) continue;
      pass.processUser(userId);
      done.add(userId);
    }
  }
  for (const userId of scope.users) {
    if (done.has(userId)) continue;
    pass.processUser(userId);
    done.add(userId);
  }
  pass.finish();
}

/** Reprocess on a group: every member is processed again, with Entra's start and finish records. */
export function reprocessGroup(draft: Draft<Tenant>, groupId: string, context: ApplyContext): void {
  const pass = new LicensingPass(draft, context, [], []);
  const group = plain(getById(draft.directory.groups, groupId)!);
  processWholeGroup(pass, group, group.memberIds.filter((id) => pass.isUser(id)), context, new Set());
  pass.finish();
}

/** Reprocess on a user. */
export function reprocessUser(draft: Draft<Tenant>, userId: string, context: ApplyContext): void {
  const pass = new LicensingPass(draft, context, [], []);
  pass.processUser(userId);
  pass.finish();
}

/** After seats were added to a product, the users of its groups who ran out of seats are tried again. */
export function retryCountViolations(draft: Draft<Tenant>, skuId: string, context: ApplyContext): void {
  const pass = new LicensingPass(draft, context, [], []);
  const base = original(draft) as Tenant;
  const groups = [...licensedGroups.find(base.directory.groups, 'licensed')]
    .filter((group) => group.assignedLicenses.some((license) => license.skuId === skuId))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const done = new Set<string>();
  for (const group of groups) {
    for (const userId of group.memberIds) {
      if (done.has(userId)) continue;
      const user = getById(base.directory.users, userId);
      if (!user?.licenseAssignmentStates.some((record) => record.assignedByGroup === group.id && record.error === 'CountViolation')) continue;
      done.add(userId);
      pass.processUser(userId);
    }
  }
  pass.finish();
}
