import { original, type Draft } from 'immer';
import { createBucketIndex } from '../bucket-index';
import { entities, getById, type Collection } from '../collection';
import type { ApplyContext } from '../command';
import type { AssignedLicense, Group, LicenseAssignmentError, LicenseAssignmentStateRecord, TargetResource, Tenant, User } from '../model';
import {
  addConsumedUnits,
  deriveAssignedLicenses,
  describeLicenses,
  freeSeats,
  GROUP_BASED_LICENSING,
  isHeld,
  plain,
  recordServiceLicenseChange,
  samePlans,
  subscribedSkuId,
  writeLicenseStates,
} from './license-assignment';
import { conflictingPlans, enabledPlanIds, isUsageLocationAllowed, missingPrerequisites } from './licensing';

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

/** Committed groups that hold licenses, keyed by their member ids. */
const licensedGroupsByMember = createBucketIndex<Group>((group) => (group.assignedLicenses.length > 0 ? group.memberIds : []));

/**
 * Users whose seats were given up (deleted) or taken again (restored) in a command, by draft, so
 * a command that reconciles more than once moves them only once.
 */
const seatsMoved = new WeakMap<object, Set<string>>();

function firstSeatMove(draft: Draft<Tenant>, userId: string): boolean {
  let moved = seatsMoved.get(draft);
  if (!moved) {
    moved = new Set();
    seatsMoved.set(draft, moved);
  }
  if (moved.has(userId)) return false;
  moved.add(userId);
  return true;
}

function committed<T>(value: Draft<T>): T {
  return original(value) as T;
}

interface ChangedGroup {
  readonly before: Group | undefined;
  readonly after: Group | undefined;
  readonly members: ReadonlySet<string>;
}

/** Result of processing one user: which of their groups failed, and whether their licenses changed. */
interface UserOutcome {
  readonly failedGroups: ReadonlySet<string>;
}

/**
 * One processing pass over a command's draft. Groups the command changed are read from the
 * draft; every other group from the committed state, through the member index.
 */
class LicensingPass {
  private readonly committedGroups: Collection<Group>;
  private readonly changed = new Map<string, ChangedGroup>();

  constructor(
    private readonly draft: Draft<Tenant>,
    private readonly context: ApplyContext,
    changedGroupIds: Iterable<string>,
  ) {
    this.committedGroups = committed(draft.groups);
    for (const id of changedGroupIds) {
      if (this.changed.has(id)) continue;
      const draftGroup = getById(draft.groups, id);
      const after = draftGroup ? plain(draftGroup) : undefined;
      this.changed.set(id, {
        before: getById(this.committedGroups, id),
        after,
        members: new Set(after && after.assignedLicenses.length > 0 ? after.memberIds : []),
      });
    }
  }

  changedGroup(id: string): ChangedGroup | undefined {
    return this.changed.get(id);
  }

  /** The licensed groups a user is a direct member of now, in a stable order. */
  private groupsOf(userId: string): Group[] {
    const groups: Group[] = [];
    for (const group of licensedGroupsByMember.find(this.committedGroups, userId)) {
      if (!this.changed.has(group.id)) groups.push(group);
    }
    for (const { after, members } of this.changed.values()) {
      if (after && members.has(userId)) groups.push(after);
    }
    return groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Brings one user's inherited licenses in line with their groups. */
  processUser(userId: string): UserOutcome {
    const draft = this.draft;
    const user = getById(draft.users, userId);
    const wasActive = getById(committed(draft.users), userId) !== undefined;
    if (!user) {
      const deleted = getById(draft.deletedUsers, userId);
      // A deleted user frees their seats; they keep their licenses in case they are restored.
      if (deleted && wasActive && firstSeatMove(draft, userId)) {
        for (const license of plain(deleted.assignedLicenses)) addConsumedUnits(draft, license.skuId, -1);
      }
      return { failedGroups: new Set() };
    }
    let states: readonly LicenseAssignmentStateRecord[] = plain(user.licenseAssignmentStates);
    if (!wasActive && getById(committed(draft.deletedUsers), userId) && firstSeatMove(draft, userId)) states = this.retakeSeats(user, states);

    const resolved = resolveLicenseStates({
      states,
      groups: this.groupsOf(userId),
      held: deriveAssignedLicenses(states),
      usageLocation: user.usageLocation ?? draft.organization.countryLetterCode,
      freeSeats: (skuId) => {
        const subscription = getById(draft.subscribedSkus, subscribedSkuId(draft.organization.id, skuId));
        return subscription ? freeSeats(subscription) : 0;
      },
      now: this.context.now,
    });
    const change = writeLicenseStates(draft, user, resolved.states, true);
    if (change) recordServiceLicenseChange(this.context, user, change, GROUP_BASED_LICENSING);
    return resolved;
  }

  /**
   * A restored user takes seats again for the products they held; a product with no free seat
   * left is dropped (a direct assignment) or goes into CountViolation (an inherited one).
   */
  private retakeSeats(user: Draft<User>, states: readonly LicenseAssignmentStateRecord[]): LicenseAssignmentStateRecord[] {
    const draft = this.draft;
    const dropped = new Set<string>();
    for (const license of plain(user.assignedLicenses)) {
      const subscription = getById(draft.subscribedSkus, subscribedSkuId(draft.organization.id, license.skuId));
      if (!subscription || freeSeats(subscription) < 1) dropped.add(license.skuId);
      addConsumedUnits(draft, license.skuId, 1);
    }
    return states.flatMap((record): LicenseAssignmentStateRecord[] => {
      if (!dropped.has(record.skuId)) return [record];
      if (record.assignedByGroup === null) return [];
      return [{ ...record, state: 'Error', error: 'CountViolation', lastUpdatedDateTime: this.context.now }];
    });
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

function updated(
  previous: LicenseAssignmentStateRecord | undefined,
  next: Omit<LicenseAssignmentStateRecord, 'lastUpdatedDateTime'>,
  now: string,
): LicenseAssignmentStateRecord {
  const unchanged =
    previous !== undefined &&
    previous.state === next.state &&
    previous.error === next.error &&
    samePlans(previous.disabledPlans, next.disabledPlans);
  return { ...next, lastUpdatedDateTime: unchanged ? previous.lastUpdatedDateTime : now };
}

/**
 * The assignment states a user should have: their direct assignments as they are, then each
 * group's products, assigned all together or not at all. Pure: reads seat counts through
 * `freeSeats` and never writes.
 */
export function resolveLicenseStates(input: ResolveInput): { states: LicenseAssignmentStateRecord[]; failedGroups: Set<string> } {
  const groupsById = new Map(input.groups.map((group) => [group.id, group]));
  const direct = input.states.filter((record) => record.assignedByGroup === null);
  const stays = (record: LicenseAssignmentStateRecord) =>
    groupsById.get(record.assignedByGroup!)?.assignedLicenses.some((license) => license.skuId === record.skuId) ?? false;
  const inherited = input.states.filter((record) => record.assignedByGroup !== null);
  const staying = inherited.filter(stays);
  const leaving = inherited.filter((record) => !stays(record) && isHeld(record));

  // Leaving licenses go, unless a plan the user keeps depends on one of their plans.
  const kept: LicenseAssignmentStateRecord[] = [];
  const keptPlans = plansOf([...direct, ...staying]);
  for (let provider = neededProvider(keptPlans, leaving, kept); provider; provider = neededProvider(keptPlans, leaving, kept)) {
    kept.push(provider);
    for (const id of enabledPlanIds(provider)) keptPlans.add(id);
  }

  const states: LicenseAssignmentStateRecord[] = [
    ...direct,
    ...kept.map((record) => updated(record, { ...record, state: 'ActiveWithError', error: 'DependencyViolation' }, input.now)),
  ];
  const alreadyHeld = new Set(input.held.map((license) => license.skuId));
  const seatsTaken = new Map<string, number>();
  const failedGroups = new Set<string>();

  input.groups.forEach((group, index) => {
    const previous = new Map(staying.filter((record) => record.assignedByGroup === group.id).map((record) => [record.skuId, record]));
    const laterGroups = new Set(input.groups.slice(index + 1).map((later) => later.id));
    const others = [...states, ...staying.filter((record) => laterGroups.has(record.assignedByGroup!))].filter(isHeld);
    const error = groupError(group.assignedLicenses, others, alreadyHeld, seatsTaken, input);
    if (error) failedGroups.add(group.id);
    for (const license of group.assignedLicenses) {
      const before = previous.get(license.skuId);
      if (!error) {
        if (!alreadyHeld.has(license.skuId) && !others.some((record) => record.skuId === license.skuId)) {
          seatsTaken.set(license.skuId, (seatsTaken.get(license.skuId) ?? 0) + 1);
          alreadyHeld.add(license.skuId);
        }
        states.push(updated(before, { skuId: license.skuId, disabledPlans: license.disabledPlans, assignedByGroup: group.id, state: 'Active', error: 'None' }, input.now));
      } else if (before && isHeld(before)) {
        states.push(updated(before, { ...before, state: 'ActiveWithError', error }, input.now));
      } else {
        states.push(updated(before, { skuId: license.skuId, disabledPlans: license.disabledPlans, assignedByGroup: group.id, state: 'Error', error }, input.now));
      }
    }
  });
  return { states, failedGroups };
}

function groupError(
  licenses: readonly AssignedLicense[],
  others: readonly LicenseAssignmentStateRecord[],
  alreadyHeld: ReadonlySet<string>,
  seatsTaken: ReadonlyMap<string, number>,
  input: ResolveInput,
): LicenseAssignmentError | undefined {
  if (!isUsageLocationAllowed(input.usageLocation)) return 'ProhibitedInUsageLocationViolation';
  for (const license of licenses) {
    const otherPlans = plansOf(others.filter((record) => record.skuId !== license.skuId));
    if (conflictingPlans(enabledPlanIds(license), otherPlans)) return 'MutuallyExclusiveViolation';
  }
  const groupPlans = new Set(licenses.flatMap((license) => enabledPlanIds(license)));
  const enabled = plansOf(others);
  for (const id of groupPlans) enabled.add(id);
  if (missingPrerequisites(enabled).some(([id]) => groupPlans.has(id))) return 'DependencyViolation';
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
    activityDisplayName: 'Start applying group based license to users',
    category: 'GroupManagement',
    loggedByService: 'Core Directory',
    operationType: 'Update',
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
    activityDisplayName: 'Finish applying group based license to users',
    category: 'GroupManagement',
    loggedByService: 'Core Directory',
    operationType: 'Update',
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

/** Users of a group the directory treats as licensable members: its direct user members. */
function userMembers(draft: Draft<Tenant>, memberIds: readonly string[]): string[] {
  return memberIds.filter((id) => getById(draft.users, id) !== undefined || getById(draft.deletedUsers, id) !== undefined);
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
  const pass = new LicensingPass(draft, context, scope.groups);
  const done = new Set<string>();
  for (const groupId of scope.groups) {
    const change = pass.changedGroup(groupId)!;
    const { before, after } = change;
    if (!before?.assignedLicenses.length && !after?.assignedLicenses.length) continue;
    const beforeMembers = before?.memberIds ?? [];
    const afterMembers = after?.memberIds ?? [];
    if (after && !sameAssignedLicenses(before?.assignedLicenses, after.assignedLicenses)) {
      const everyone = new Set([...afterMembers, ...beforeMembers]);
      processWholeGroup(pass, after, userMembers(draft, [...everyone]), context, done);
      continue;
    }
    if (beforeMembers === afterMembers) continue;
    const beforeSet = new Set(beforeMembers);
    const afterSet = new Set(afterMembers);
    const joined = afterMembers.filter((id) => !beforeSet.has(id));
    const left = beforeMembers.filter((id) => !afterSet.has(id));
    for (const userId of userMembers(draft, [...joined, ...left])) {
      if (done.has(userId)) continue;
      pass.processUser(userId);
      done.add(userId);
    }
  }
  for (const userId of scope.users) {
    if (done.has(userId)) continue;
    pass.processUser(userId);
    done.add(userId);
  }
}

/** Reprocess on a group: every member is processed again, with Entra's start and finish records. */
export function reprocessGroup(draft: Draft<Tenant>, groupId: string, context: ApplyContext): void {
  const pass = new LicensingPass(draft, context, []);
  const group = plain(getById(draft.groups, groupId)!);
  processWholeGroup(pass, group, userMembers(draft, group.memberIds), context, new Set());
}

/** Reprocess on a user. */
export function reprocessUser(draft: Draft<Tenant>, userId: string, context: ApplyContext): void {
  new LicensingPass(draft, context, []).processUser(userId);
}

/** After seats were added to a product, the users of its groups who ran out of seats are tried again. */
export function retryCountViolations(draft: Draft<Tenant>, skuId: string, context: ApplyContext): void {
  const pass = new LicensingPass(draft, context, []);
  const groups = [...entities(committed(draft.groups))]
    .filter((group) => group.assignedLicenses.some((license) => license.skuId === skuId))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const done = new Set<string>();
  for (const group of groups) {
    for (const userId of group.memberIds) {
      if (done.has(userId)) continue;
      const user = getById(committed(draft.users), userId);
      if (!user?.licenseAssignmentStates.some((record) => record.assignedByGroup === group.id && record.error === 'CountViolation')) continue;
      done.add(userId);
      pass.processUser(userId);
    }
  }
}
