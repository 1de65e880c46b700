import { original, type Draft } from 'immer';
import { createBucketIndex } from '../bucket-index';
import { entities, getById, putEntity, removeEntity, toArray } from '../collection';
import type { ApplyContext } from '../command';
import { tenantError, type TenantError } from '../errors';
import type { Group, InitiatedBy, Tenant, User } from '../model';
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
import { membershipTargets, memberIdsOf, ownerIdsOf, setMemberIds, setOwnerIds, withId, withoutId, type MemberObject } from './group-membership';
import { isDynamicGroup, type GroupKind } from './group-types';

/**
 * Entra runs dynamic membership as the first-party service principal "Microsoft Approval
 * Management" (it also runs self-service group management and group expiry), so the audit log
 * shows it, not the admin, as the initiator of every "Add member to group" a rule causes.
 */
export const DYNAMIC_MEMBERSHIP_INITIATOR: InitiatedBy = { app: { displayName: 'Microsoft Approval Management' } };

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
  if (typeof text !== 'string') return tenantError('RequiredPropertyMissing', "A value is required for property 'membershipRule' of resource 'Group'.", 'membershipRule');
  const result = parseMembershipRule(text);
  if (!result.ok) return tenantError('InvalidMembershipRule', ruleValidationMessage(result.error), 'membershipRule');
  if (kind === 'microsoft365' && ruleObjectType(result.rule) === 'device') {
    return tenantError('InvalidMembershipRule', 'Dynamic membership rule validation error: Microsoft 365 groups can have users only, not devices.', 'membershipRule');
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
    return this.recipe.users.has(id) ? getById(this.draft.users, id) : getById(this.recipe.base.users, id);
  }

  group(id: string): Group | undefined {
    return this.recipe.groups.has(id) ? getById(this.draft.groups, id) : getById(this.recipe.base.groups, id);
  }

  deletedGroup(id: string): Group | undefined {
    return this.recipe.groups.has(id) ? getById(this.draft.deletedGroups, id) : getById(this.recipe.base.deletedGroups, id);
  }

  /** The group, drafted for a change; from now on it is read from the draft. */
  writableGroup(id: string, deleted = false): Draft<Group> | undefined {
    this.recipe.groups.add(id);
    return getById(deleted ? this.draft.deletedGroups : this.draft.groups, id);
  }

  /** Ids of every active (or soft-deleted) group: the committed ones and any this recipe touched. */
  *groupIds(deleted: boolean): IterableIterator<string> {
    const committed = deleted ? this.recipe.base.deletedGroups : this.recipe.base.groups;
    for (const group of entities(committed)) yield group.id;
    const current = deleted ? this.draft.deletedGroups : this.draft.groups;
    for (const id of this.recipe.groups) if (!getById(committed, id) && getById(current, id)) yield id;
  }

  /** Active dynamic groups whose processing is On. */
  *processedDynamicGroups(): IterableIterator<Group> {
    const seen = new Set<string>();
    for (const committed of dynamicGroups.find(this.recipe.base.groups, 'dynamic')) {
      seen.add(committed.id);
      const group = this.group(committed.id);
      if (group && isProcessed(group)) yield group;
    }
    for (const id of this.recipe.groups) {
      if (seen.has(id)) continue;
      const group = getById(this.draft.groups, id);
      if (group && isProcessed(group)) yield group;
    }
  }

  /** Every active user, for recomputing a rule over the whole directory. */
  *activeUsers(): IterableIterator<User> {
    for (const user of entities(this.recipe.base.users)) if (!this.recipe.users.has(user.id)) yield user;
    for (const id of this.recipe.users) {
      const user = getById(this.draft.users, id);
      if (user) yield user;
    }
  }

  memberObject(id: string): MemberObject | undefined {
    const user = this.user(id) ?? getById(this.recipe.base.deletedUsers, id);
    if (user) return { kind: 'user', object: user };
    const group = this.group(id);
    if (group) return { kind: 'group', object: group };
    const contact = getById(this.draft.contacts, id);
    return contact ? { kind: 'contact', object: contact } : undefined;
  }
}

function isProcessed(group: Group): boolean {
  return isDynamicGroup(group) && group.membershipRuleProcessingState === 'On' && group.membershipRule !== null;
}

/** Whether the group's rule applies anew: new group, new rule, just made dynamic, or just resumed. */
function ruleChanged(base: Tenant, group: Group): boolean {
  const before = getById(base.groups, group.id);
  return !before || !isProcessed(before) || before.membershipRule !== group.membershipRule;
}

// ---------------------------------------------------------------------------------------------
// Upkeep.

/** Who reconcile found joining or leaving groups, for the steps that follow it (licensing). */
export interface MembershipChanges {
  /** The users the command touched, and every user who joined or left a group. */
  readonly users: ReadonlySet<string>;
  /** The groups the command touched, and every group whose members changed. */
  readonly groups: ReadonlySet<string>;
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
      for (const id of ids) {
        this.users.add(id);
        this.regrouped.add(id);
        const member = this.directory.memberObject(id);
        if (!member) continue;
        this.context.record({
          initiatedBy: DYNAMIC_MEMBERSHIP_INITIATOR,
          activityDisplayName: joined ? 'Add member to group' : 'Remove member from group',
          category: 'GroupManagement',
          loggedByService: 'Core Directory',
          operationType: joined ? 'Assign' : 'Unassign',
          targetResources: membershipTargets(member, group, joined),
        });
      }
    }
  }

  /** Evaluates the rule over every active user: for a new, changed or resumed rule. */
  recompute(group: Group): void {
    const test = predicateFor(group.membershipRule!, this.ruleContext);
    const selected = new Set<string>();
    for (const user of this.directory.activeUsers()) if (test(user)) selected.add(user.id);
    const current = memberIdsOf(group);
    const kept = current.filter((id) => selected.has(id));
    const had = new Set(current);
    const added = [...selected].filter((id) => !had.has(id));
    const removed = current.filter((id) => !selected.has(id));
    this.applyMembers(group, [...kept, ...added], added, removed);
  }

  /** Evaluates only the touched users against a group whose rule did not change. */
  evaluate(group: Group, users: readonly User[]): void {
    const test = predicateFor(group.membershipRule!, this.ruleContext);
    const current = memberIdsOf(group);
    // One Set beats repeated scans once more than a few users are checked.
    const isMember = users.length > 8 ? ((ids) => (id: string) => ids.has(id))(new Set(current)) : (id: string) => current.includes(id);
    const added: string[] = [];
    const removed: string[] = [];
    for (const user of users) {
      const selected = test(user);
      if (selected && !isMember(user.id)) added.push(user.id);
      else if (!selected && isMember(user.id)) removed.push(user.id);
    }
    if (added.length === 0 && removed.length === 0) return;
    const leaving = new Set(removed);
    this.applyMembers(group, [...current.filter((id) => !leaving.has(id)), ...added], added, removed);
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
    const kept = getById(draft.deletedMemberships, userId);
    if (keepForRestore && !kept && (memberOf.length > 0 || ownerOf.length > 0)) {
      putEntity(draft.deletedMemberships, { id: userId, memberOf, ownerOf });
    } else if (!keepForRestore && kept) {
      removeEntity(draft.deletedMemberships, userId);
    }
  }

  /** A restored user takes back the assigned memberships and ownerships they held, where the group is still there. */
  reattach(draft: Draft<Tenant>, userId: string): void {
    const kept = getById(draft.deletedMemberships, userId);
    if (!kept) return;
    const links = [...kept.memberOf.map((id) => ({ id, owner: false })), ...kept.ownerOf.map((id) => ({ id, owner: true }))];
    removeEntity(draft.deletedMemberships, userId);
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
  const userIds = [...new Set(scope.users ?? [])];
  const groupIds = [...new Set(scope.groups ?? [])];
  for (const id of userIds) recipe.users.add(id);
  for (const id of groupIds) recipe.groups.add(id);
  const directory = new Directory(draft, recipe);
  const upkeep = new Upkeep(directory, context);
  for (const id of userIds) upkeep.users.add(id);
  for (const id of groupIds) upkeep.groups.add(id);

  const active: User[] = [];
  for (const id of userIds) {
    const user = getById(draft.users, id);
    if (user) {
      upkeep.reattach(draft, id);
      active.push(user);
    } else {
      upkeep.detach(draft, id, getById(draft.deletedUsers, id) !== undefined);
    }
  }

  const recomputed = new Set<string>();
  for (const id of groupIds) {
    const group = getById(draft.groups, id);
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
  const second = [...active, ...regrouped.map((id) => directory.user(id)).filter((user): user is User => user !== undefined)];
  if (second.length > 0) for (const group of byGroups) upkeep.evaluate(group, second);
  return { users: upkeep.users, groups: upkeep.groups };
}

// ---------------------------------------------------------------------------------------------
// Reads for fixtures and the portal.

/** The ids of the active users a rule selects: for fixtures that start with a dynamic group. */
export function usersMatchingRule(tenant: Tenant, ruleText: string): string[] {
  const memberOf = new Map<string, string[]>();
  for (const group of entities(tenant.groups)) {
    for (const id of group.memberIds) memberOf.set(id, [...(memberOf.get(id) ?? []), group.id]);
  }
  const test = predicateFor(ruleText, () => ({ now: tenant.clock.now, memberOf: (id) => memberOf.get(id) ?? [] }));
  const ids: string[] = [];
  for (const user of entities(tenant.users)) if (test(user)) ids.push(user.id);
  return ids;
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
  const memberOf = (userId: string) => toArray(tenant.groups).filter((group) => group.memberIds.includes(userId)).map((group) => group.id);
  const users: UserRuleValidation[] = [];
  for (const userId of userIds.slice(0, MAX_RULE_VALIDATION_USERS)) {
    const user = getById(tenant.users, userId);
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
