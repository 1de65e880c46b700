import { freeze, original, type Draft } from 'immer';
import { createBucketIndex } from '../../../bucket-index';
import { entities, getById, putEntity, removeEntity, toArray } from '../../../collection';
import type { ApplyContext } from '../../../command';
import { TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Group, InitiatedBy, Tenant, User } from '../../../model';
import {
  compileMembershipRule,
  explainMembershipRule,
  parseMembershipRule,
  ruleObjectType,
  ruleValidationMessage,
  type MembershipPredicate,
  type MembershipRule,
  type MembershipRuleContext,
  type MembershipRuleExplanation,
  type RuleExpression,
  type RuleSyntaxError,
} from './dynamic';
import { membershipTargetsFor, memberIdsOf, ownerIdsOf, setMemberIds, setOwnerIds, withId, withoutId, type MemberObject } from './group-membership';
import { isDynamicGroup, type GroupKind } from './group-types';
import { activityFields } from '../../../describe';
import { DIRECTORY_ACTIVITIES } from '../activities';

/**
 * Entra runs dynamic membership as the first-party service principal "Microsoft Approval
 * Management" (it also runs self-service group management and group expiry), so the audit log
 * shows it, not the admin, as the initiator of every "Add member to group" a rule causes.
 */
export const DYNAMIC_MEMBERSHIP_INITIATOR: InitiatedBy = freeze({ app: { displayName: 'Microsoft Approval Management' } }, true);

// ---------------------------------------------------------------------------------------------
// Rules: checked when saved, parsed and compiled once per text.

const PARSE_CACHE_LIMIT = 512;
const parsed = new Map<string, MembershipRule | null>();
/** Rules that need no context (no system.now, no memberOf) compile once and are kept. */
const compiled = new Map<string, MembershipPredicate>();

function parseCached(text: string): MembershipRule | null {
  let rule = parsed.get(text);
  if (rule === undefined) {
    const result = parseMembershipRule(text);
    rule = result.ok ? result.rule : null;
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
    parsed.set(text, rule);
  }
  return rule;
}

const NEVER: MembershipPredicate = () => false;

/**
 * The user test of a stored rule. A device rule selects no users (devices are not modelled yet);
 * a rule that no longer parses selects nobody rather than failing a command.
 */
function predicateFor(text: string, context: () => MembershipRuleContext): MembershipPredicate {
  const cached = compiled.get(text);
  if (cached) return cached;
  const rule = parseCached(text);
  if (!rule || ruleObjectType(rule) === 'device') return NEVER;
  try {
    const predicate = compileMembershipRule(rule);
    if (compiled.size >= PARSE_CACHE_LIMIT) compiled.clear();
    compiled.set(text, predicate);
    return predicate;
  } catch {
    // The rule reads the clock (system.now) or other groups (memberOf): compile it for this moment.
    return compileMembershipRule(rule, context());
  }
}

function mentionsMemberOf(node: MembershipRule | RuleExpression): boolean {
  switch (node.kind) {
    case 'collection':
      return node.property === 'memberOf';
    case 'and':
    case 'or':
      return node.operands.some(mentionsMemberOf);
    case 'not':
      return mentionsMemberOf(node.operand);
    default:
      return false;
  }
}

/** Whether a rule selects users by the groups they are in (user.memberOf -any ...). */
function usesMemberOf(text: string): boolean {
  const rule = parseCached(text);
  return rule !== null && mentionsMemberOf(rule);
}

/** Why a rule can't be saved on a group of this kind, or undefined. */
export function membershipRuleError(text: string | null | undefined, kind: GroupKind): TenantError | undefined {
  if (typeof text !== 'string') return TENANT_ERRORS.requiredProperty('membershipRule', 'Group');
  const result = parseMembershipRule(text);
  if (!result.ok) return DIRECTORY_ERRORS.invalidMembershipRule(ruleValidationMessage(result.error));
  if (kind === 'microsoft365' && ruleObjectType(result.rule) === 'device') {
    return DIRECTORY_ERRORS.devicesInMicrosoft365Rule();
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading the state inside a recipe without drafting what the command did not touch.

/**
 * Within one Immer recipe, the users and groups any reconcile call has been told about so far.
 * Everything else is as it was before the command, so it is read from the committed state (plain
 * objects, no proxies): that is what keeps a change to one user cheap on 50,000 users.
 */
interface Recipe {
  readonly base: Tenant;
  readonly users: Set<string>;
  readonly groups: Set<string>;
}

const recipes = new WeakMap<object, Recipe>();

function recipeOf(draft: Draft<Tenant>): Recipe {
  let recipe = recipes.get(draft);
  if (!recipe) {
    recipe = { base: original(draft)!, users: new Set(), groups: new Set() };
    recipes.set(draft, recipe);
  }
  return recipe;
}

const dynamicGroups = createBucketIndex<Group>((group) => (isDynamicGroup(group) ? ['dynamic'] : []));

class Directory {
  constructor(
    private readonly draft: Draft<Tenant>,
    private readonly recipe: Recipe,
  ) {}

  user(id: string): User | undefined {
    return this.recipe.users.has(id) ? getById(this.draft.directory.users, id) : getById(this.recipe.base.directory.users, id);
  }

  group(id: string): Group | undefined {
    return this.recipe.groups.has(id) ? getById(this.draft.directory.groups, id) : getById(this.recipe.base.directory.groups, id);
  }

  deletedGroup(id: string): Group | undefined {
    return this.recipe.groups.has(id) ? getById(this.draft.directory.deletedGroups, id) : getById(this.recipe.base.directory.deletedGroups, id);
  }

  /** The group, drafted for a change; from now on it is read from the draft. */
  writableGroup(id: string, deleted = false): Draft<Group> | undefined {
    this.recipe.groups.add(id);
    return getById(deleted ? this.draft.directory.deletedGroups : this.draft.directory.groups, id);
  }

  /** Ids of every active (or soft-deleted) group as things stand: committed ones this recipe left alone, and the touched ones still there. */
  *groupIds(deleted: boolean): IterableIterator<string> {
    const committed = deleted ? this.recipe.base.directory.deletedGroups : this.recipe.base.directory.groups;
    for (const group of entities(committed)) if (!this.recipe.groups.has(group.id)) yield group.id;
    const current = deleted ? this.draft.directory.deletedGroups : this.draft.directory.groups;
    for (const id of this.recipe.groups) if (getById(current, id)) yield id;
  }

  /** Active dynamic groups whose processing is On. */
  *processedDynamicGroups(): IterableIterator<Group> {
    const seen = new Set<string>();
    for (const committed of dynamicGroups.find(this.recipe.base.directory.groups, 'dynamic')) {
      seen.add(committed.id);
      const group = this.group(committed.id);
      if (group && isProcessed(group)) yield group;
    }
    for (const id of this.recipe.groups) {
      if (seen.has(id)) continue;
      const group = getById(this.draft.directory.groups, id);
      if (group && isProcessed(group)) yield group;
    }
  }

  /**
   * The ids of the active users `test` selects. Committed users are read straight from their
   * buckets: no generator, and the ids come back as the buckets' own keys, which V8 keeps
   * internalized, so later scans of the member list compare them by pointer.
   */
  selectedUsers(test: MembershipPredicate): Set<string> {
    const selected = new Set<string>();
    const touched = this.recipe.users;
    for (const bucket of this.recipe.base.directory.users.buckets) {
      if (!bucket) continue;
      for (const id in bucket) if (!touched.has(id) && test(bucket[id]!)) selected.add(id);
    }
    for (const id of touched) {
      const user = getById(this.draft.directory.users, id);
      if (user && test(user)) selected.add(id);
    }
    return selected;
  }

  memberObject(id: string): MemberObject | undefined {
    const user = this.user(id) ?? getById(this.recipe.base.directory.deletedUsers, id);
    if (user) return { kind: 'user', object: user };
    const group = this.group(id);
    if (group) return { kind: 'group', object: group };
    const contact = getById(this.draft.directory.contacts, id);
    return contact ? { kind: 'contact', object: contact } : undefined;
  }
}

function isProcessed(group: Group): boolean {
  return isDynamicGroup(group) && group.membershipRuleProcessingState === 'On' && group.membershipRule !== null;
}

/** Whether the group's rule applies anew: new group, new rule, just made dynamic, or just resumed. */
function ruleChanged(base: Tenant, group: Group): boolean {
  const before = getById(base.directory.groups, group.id);
  return !before || !isProcessed(before) || before.membershipRule !== group.membershipRule;
}

// ---------------------------------------------------------------------------------------------
// Upkeep.

/**
 * What the steps after dynamic membership (group-based licensing) look at: the users the command
 * touched, and the groups it touched plus every group whose members changed here. Users who
 * joined or left a group are found by comparing that group's members before and after, so a rule
 * that moves 5,000 users into an unlicensed group costs licensing nothing.
 */
export interface MembershipChanges {
  readonly users: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
}

/**
 * A dynamic group keeps its members sorted by id, so one member is found by binary search: a
 * scan would have to compare every id, and on a large group that touches thousands of strings
 * spread over the heap. (A list that is not sorted, say from a hand-made fixture, still works:
 * a miss falls back to a scan.)
 */
function positionOf(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The member list with a few ids added and removed. The copy is a plain loop: member lists are
 * frozen (see setMemberIds), and V8's native slice and concat take a slow path on frozen arrays.
 */
function withChanges(current: readonly string[], added: readonly string[], removed: readonly string[]): readonly string[] {
  if (added.length + removed.length > 8) {
    const leaving = new Set(removed);
    return [...new Set([...current, ...added])].filter((id) => !leaving.has(id)).sort();
  }
  const next = new Array<string>(current.length);
  for (let i = 0; i < current.length; i++) next[i] = current[i]!;
  for (const id of removed) {
    let index = positionOf(next, id);
    if (next[index] !== id) index = next.indexOf(id);
    if (index >= 0) next.splice(index, 1);
  }
  for (const id of added) next.splice(positionOf(next, id), 0, id);
  return next;
}

/** A user to evaluate, with the committed version the rules last saw when there is one. */
interface TouchedUser {
  readonly user: User;
  readonly before: User | undefined;
}

class Upkeep {
  readonly users = new Set<string>();
  readonly groups = new Set<string>();
  /** Users who joined or left a group during this reconcile: memberOf rules look at them again. */
  readonly regrouped = new Set<string>();
  private memberOfIndex: Map<string, string[]> | null = null;

  constructor(
    readonly directory: Directory,
    readonly context: ApplyContext,
  ) {}

  /** What a rule reading system.now or memberOf is evaluated with. */
  ruleContext = (): MembershipRuleContext => ({ now: this.context.now, memberOf: (userId) => this.memberOf(userId) });

  private memberOf(userId: string): readonly string[] {
    if (!this.memberOfIndex) {
      const index = new Map<string, string[]>();
      for (const groupId of this.directory.groupIds(false)) {
        for (const memberId of memberIdsOf(this.directory.group(groupId)!)) {
          const list = index.get(memberId);
          if (list) list.push(groupId);
          else index.set(memberId, [groupId]);
        }
      }
      this.memberOfIndex = index;
    }
    return this.memberOfIndex.get(userId) ?? [];
  }

  /** Replaces a dynamic group's members and logs each change as the dynamic membership service. */
  applyMembers(group: Group, next: readonly string[], added: readonly string[], removed: readonly string[]): void {
    if (added.length === 0 && removed.length === 0) return;
    setMemberIds(this.directory.writableGroup(group.id)!, next);
    this.memberOfIndex = null;
    this.groups.add(group.id);
    for (const [ids, joined] of [
      [added, true],
      [removed, false],
    ] as const) {
      const targets = membershipTargetsFor(group, joined);
      for (const id of ids) {
        this.regrouped.add(id);
        const member = this.directory.memberObject(id);
        if (!member) continue;
        this.context.record({
          initiatedBy: DYNAMIC_MEMBERSHIP_INITIATOR,
          ...activityFields(DIRECTORY_ACTIVITIES[joined ? 'Add member to group' : 'Remove member from group']),
          loggedByService: 'Core Directory',
          targetResources: targets(member),
        });
      }
    }
  }

  /** Evaluates the rule over every active user: for a new, changed or resumed rule. */
  recompute(group: Group): void {
    const selected = this.directory.selectedUsers(predicateFor(group.membershipRule!, this.ruleContext));
    const current = memberIdsOf(group);
    const had = new Set(current);
    const added = [...selected].filter((id) => !had.has(id));
    const removed = current.filter((id) => !selected.has(id));
    if (added.length > 0 || removed.length > 0) this.applyMembers(group, [...selected].sort(), added, removed);
  }

  /**
   * Evaluates only the touched users against a group whose rule did not change. A processed
   * group's members are exactly the users its rule selected before the command, so a user the
   * rule judges as it did before needs no look at the member list, which on a large group is
   * the expensive part. That shortcut needs a rule that depends on the user alone (not the clock,
   * not other groups) and the user as committed before this recipe touched them.
   */
  evaluate(group: Group, users: readonly TouchedUser[]): void {
    const test = predicateFor(group.membershipRule!, this.ruleContext);
    const userOnly = compiled.get(group.membershipRule!) === test;
    const current = memberIdsOf(group);
    let members: ReadonlySet<string> | undefined;
    // One Set beats repeated scans once more than a few users are checked.
    const isMember = (id: string) => (users.length > 8 ? (members ??= new Set(current)).has(id) : current.includes(id));
    const added: string[] = [];
    const removed: string[] = [];
    for (const { user, before } of users) {
      const selected = test(user);
      if (userOnly && before) {
        // Selected before means a member now, and not selected means not one.
        const wasSelected = test(before);
        if (selected !== wasSelected) (selected ? added : removed).push(user.id);
        continue;
      }
      if (selected && !isMember(user.id)) added.push(user.id);
      else if (!selected && isMember(user.id)) removed.push(user.id);
    }
    if (added.length === 0 && removed.length === 0) return;
    this.applyMembers(group, withChanges(current, added, removed), added, removed);
  }

  /**
   * A user left the directory: out of every group, as member and owner. A soft-deleted user's
   * assigned memberships and ownerships are kept for a restore; a purged user's are dropped.
   */
  detach(draft: Draft<Tenant>, userId: string, keepForRestore: boolean): void {
    const memberOf: string[] = [];
    const ownerOf: string[] = [];
    for (const deleted of [false, true]) {
      for (const groupId of [...this.directory.groupIds(deleted)]) {
        const group = deleted ? this.directory.deletedGroup(groupId)! : this.directory.group(groupId)!;
        const isMember = memberIdsOf(group).includes(userId);
        const isOwner = ownerIdsOf(group).includes(userId);
        if (!isMember && !isOwner) continue;
        const writable = this.directory.writableGroup(groupId, deleted)!;
        if (isMember) {
          this.regrouped.add(userId);
          setMemberIds(writable, withoutId(memberIdsOf(writable), userId));
          if (!isDynamicGroup(group)) memberOf.push(groupId);
        }
        if (isOwner) {
          setOwnerIds(writable, withoutId(ownerIdsOf(writable), userId));
          ownerOf.push(groupId);
        }
        this.groups.add(groupId);
        this.memberOfIndex = null;
      }
    }
    const kept = getById(draft.directory.deletedMemberships, userId);
    if (keepForRestore && !kept && (memberOf.length > 0 || ownerOf.length > 0)) {
      putEntity(draft.directory.deletedMemberships, { id: userId, memberOf, ownerOf });
    } else if (!keepForRestore && kept) {
      removeEntity(draft.directory.deletedMemberships, userId);
    }
  }

  /** A restored user takes back the assigned memberships and ownerships they held, where the group is still there. */
  reattach(draft: Draft<Tenant>, userId: string): void {
    const kept = getById(draft.directory.deletedMemberships, userId);
    if (!kept) return;
    const links = [...kept.memberOf.map((id) => ({ id, owner: false })), ...kept.ownerOf.map((id) => ({ id, owner: true }))];
    removeEntity(draft.directory.deletedMemberships, userId);
    for (const link of links) {
      const deleted = !this.directory.group(link.id);
      const group = deleted ? this.directory.deletedGroup(link.id) : this.directory.group(link.id);
      if (!group || (!link.owner && isDynamicGroup(group))) continue;
      const writable = this.directory.writableGroup(link.id, deleted)!;
      if (link.owner) setOwnerIds(writable, withId(ownerIdsOf(writable), userId));
      else {
        setMemberIds(writable, withId(memberIdsOf(writable), userId));
        this.regrouped.add(userId);
      }
      this.groups.add(link.id);
      this.memberOfIndex = null;
    }
  }
}

const NO_GROUPS: ReadonlySet<string> = new Set();

/** The ids without repeats; most commands name one user, which needs no set to tell. */
function distinct(ids: Iterable<string> | undefined): string[] {
  if (ids === undefined) return [];
  if (Array.isArray(ids) && ids.length <= 1) return [...(ids as readonly string[])];
  return [...new Set(ids)];
}

/**
 * Whether a command that changed only these users (no group) leaves every membership as it is:
 * no dynamic group is processed, in the committed state or among the groups this recipe touched,
 * and each user is still active with no assigned memberships kept from a deletion to take back.
 * Most commands on a tenant without dynamic groups end here, without drafting anything more.
 */
function nothingToReconcile(draft: Draft<Tenant>, recipe: Recipe, userIds: readonly string[]): boolean {
  if (recipe.groups.size > 0 || dynamicGroups.find(recipe.base.directory.groups, 'dynamic').some(isProcessed)) return false;
  return userIds.every((id) => {
    // Only this module writes kept memberships, and only for users it has been told about.
    const kept = recipe.users.has(id) ? getById(draft.directory.deletedMemberships, id) : getById(recipe.base.directory.deletedMemberships, id);
    return kept === undefined && getById(draft.directory.users, id) !== undefined;
  });
}

/**
 * Brings dynamic memberships in line after a command, the way Entra's dynamic membership service
 * does in the background:
 * 1. users who were deleted leave every group (a soft-deleted user's assigned links are kept, a
 *    purged user's dropped) and restored users take theirs back;
 * 2. groups given a new rule (created dynamic, rule changed, converted, resumed, restored) are
 *    evaluated over every active user;
 * 3. the touched users are evaluated against every other dynamic group whose processing is On.
 * Paused groups are left as they are.
 */
export function reconcileDynamicMemberships(
  draft: Draft<Tenant>,
  scope: { readonly users?: Iterable<string>; readonly groups?: Iterable<string> },
  context: ApplyContext,
): MembershipChanges {
  const recipe = recipeOf(draft);
  const userIds = distinct(scope.users);
  const groupIds = distinct(scope.groups);
  if (groupIds.length === 0 && nothingToReconcile(draft, recipe, userIds)) {
    for (const id of userIds) recipe.users.add(id);
    return { users: new Set(userIds), groups: NO_GROUPS };
  }
  // Users an earlier reconcile of this recipe changed memberships for can't be judged by their committed version.
  const before = (id: string) => (recipe.users.has(id) ? undefined : getById(recipe.base.directory.users, id));
  const committedVersions = new Map(userIds.map((id) => [id, before(id)]));
  for (const id of userIds) recipe.users.add(id);
  for (const id of groupIds) recipe.groups.add(id);
  const directory = new Directory(draft, recipe);
  const upkeep = new Upkeep(directory, context);
  for (const id of userIds) upkeep.users.add(id);
  for (const id of groupIds) upkeep.groups.add(id);

  const active: TouchedUser[] = [];
  for (const id of userIds) {
    const user = getById(draft.directory.users, id);
    if (user) {
      upkeep.reattach(draft, id);
      active.push({ user, before: committedVersions.get(id) });
    } else {
      upkeep.detach(draft, id, getById(draft.directory.deletedUsers, id) !== undefined);
    }
  }

  const recomputed = new Set<string>();
  for (const id of groupIds) {
    const group = getById(draft.directory.groups, id);
    if (group && isProcessed(group) && ruleChanged(recipe.base, group)) {
      upkeep.recompute(group);
      recomputed.add(id);
    }
  }

  // Rules on memberOf read other groups' members, so they go last, and then look again at
  // everyone whose groups changed on the way (memberOf rules can't be chained, so once is enough).
  const processed = [...directory.processedDynamicGroups()].filter((group) => !recomputed.has(group.id));
  const byGroups = processed.filter((group) => usesMemberOf(group.membershipRule!));
  if (active.length > 0) {
    for (const group of processed) if (!byGroups.includes(group)) upkeep.evaluate(group, active);
  }
  const regrouped = [...upkeep.regrouped].filter((id) => !userIds.includes(id));
  const second = [
    ...active,
    ...regrouped.flatMap((id) => {
      const user = directory.user(id);
      return user ? [{ user, before: undefined }] : [];
    }),
  ];
  if (second.length > 0) for (const group of byGroups) upkeep.evaluate(group, second);
  return { users: upkeep.users, groups: upkeep.groups };
}

// ---------------------------------------------------------------------------------------------
// Reads for fixtures and the portal.

/** The ids of the active users a rule selects, sorted as a dynamic group keeps them: for fixtures that start with a dynamic group. */
export function usersMatchingRule(tenant: Tenant, ruleText: string): string[] {
  const memberOf = new Map<string, string[]>();
  for (const group of entities(tenant.directory.groups)) {
    for (const id of group.memberIds) memberOf.set(id, [...(memberOf.get(id) ?? []), group.id]);
  }
  const test = predicateFor(ruleText, () => ({ now: tenant.clock.now, memberOf: (id) => memberOf.get(id) ?? [] }));
  const ids: string[] = [];
  for (const user of entities(tenant.directory.users)) if (test(user)) ids.push(user.id);
  return ids.sort();
}

/** "Validate Rules" takes up to 20 users at a time. */
export const MAX_RULE_VALIDATION_USERS = 20;

export interface UserRuleValidation {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** Member, not member (with the result of each expression), or unknown with the reason. */
  readonly explanation: MembershipRuleExplanation;
}

export type RuleValidation =
  | { readonly ok: true; readonly users: readonly UserRuleValidation[] }
  | { readonly ok: false; readonly error: RuleSyntaxError };

/**
 * The portal's "Validate Rules" tab: whether each chosen user would be a member under a rule
 * being edited, and why. Users that don't exist are left out; past the 20th, users are ignored.
 */
export function validateRulesForUsers(tenant: Tenant, ruleText: string, userIds: readonly string[]): RuleValidation {
  const result = parseMembershipRule(ruleText);
  if (!result.ok) return { ok: false, error: result.error };
  const memberOf = (userId: string) => toArray(tenant.directory.groups).filter((group) => group.memberIds.includes(userId)).map((group) => group.id);
  const users: UserRuleValidation[] = [];
  for (const userId of userIds.slice(0, MAX_RULE_VALIDATION_USERS)) {
    const user = getById(tenant.directory.users, userId);
    if (!user) continue;
    users.push({
      userId,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      explanation: explainMembershipRule(result.rule, user, { now: tenant.clock.now, memberOf }),
    });
  }
  return { ok: true, users };
}
