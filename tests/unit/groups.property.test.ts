import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTOSO_ADMIN_UPN,
  createContosoTenant,
  dispatch,
  entities,
  findUserByUserPrincipalName,
  getById,
  replay,
  signedInAs,
  toArray,
  usersMatchingRule,
  type Command,
  type Group,
  type LogEntry,
  type Tenant,
} from '../../src/tenant';

const fixture = createContosoTenant();
const adminId = findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id;
const admin = signedInAs(adminId);
const fixtureUserIds = toArray(fixture.directory.users).map((user) => user.id);
const financeId = toArray(fixture.directory.groups).find((group) => group.displayName === 'Finance')!.id;

const RULES = [
  'user.department -eq "Sales"',
  'user.city -eq "Tulsa"',
  'user.department -in ["Sales","Marketing"] -or user.city -eq "Seattle"',
  '(user.department -eq "Finance") -and -not (user.city -eq "London")',
  `user.memberOf -any (group.objectId -in ['${financeId}'])`,
];

/**
 * What to do, with picks resolved against the tenant as it is when the step runs (groups and
 * deleted users only exist once earlier steps made them), so every log is a valid attempt.
 */
type Intent =
  | { readonly kind: 'updateUser'; readonly user: number; readonly department?: string; readonly city?: string }
  | { readonly kind: 'deleteUser'; readonly user: number }
  | { readonly kind: 'restoreUser'; readonly user: number }
  | { readonly kind: 'createGroup'; readonly shape: 'security' | 'm365' | 'dynamic' | 'dynamicM365'; readonly rule: number; readonly paused: boolean; readonly members: readonly number[] }
  | { readonly kind: 'addMembers'; readonly group: number; readonly members: readonly number[]; readonly nestGroup: boolean }
  | { readonly kind: 'removeMember'; readonly group: number; readonly member: number }
  | { readonly kind: 'setRule'; readonly group: number; readonly change: 'rule' | 'pause' | 'resume' | 'assigned'; readonly rule: number }
  | { readonly kind: 'deleteGroup'; readonly group: number }
  | { readonly kind: 'restoreGroup'; readonly group: number }
  | { readonly kind: 'advance' };

const pick = fc.nat({ max: 99 });
const intent: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('updateUser' as const), user: pick, department: fc.constantFrom('Sales', 'Marketing', 'Finance', 'HR'), city: fc.constantFrom('Tulsa', 'Seattle', 'London') }, { requiredKeys: ['kind', 'user'] }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteUser' as const), user: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restoreUser' as const), user: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('createGroup' as const),
      shape: fc.constantFrom('security' as const, 'm365' as const, 'dynamic' as const, 'dynamicM365' as const),
      rule: pick,
      paused: fc.boolean(),
      members: fc.array(pick, { maxLength: 3 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('addMembers' as const), group: pick, members: fc.array(pick, { minLength: 1, maxLength: 3 }), nestGroup: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('removeMember' as const), group: pick, member: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('setRule' as const), group: pick, change: fc.constantFrom('rule' as const, 'pause' as const, 'resume' as const, 'assigned' as const), rule: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteGroup' as const), group: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restoreGroup' as const), group: pick }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'advance' as const }) },
);

const at = <T,>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);
const sortedIds = (items: Iterable<{ readonly id: string }>) => [...items].map((item) => item.id).sort();

let created = 0;

function commandFor(tenant: Tenant, step: Intent): Command | undefined {
  const users = sortedIds(entities(tenant.directory.users));
  const groups = sortedIds(entities(tenant.directory.groups));
  switch (step.kind) {
    case 'updateUser': {
      const userId = at(users, step.user);
      if (!userId) return undefined;
      return { type: 'user.update', userId, changes: { ...(step.department ? { department: step.department } : {}), ...(step.city ? { city: step.city } : {}) } };
    }
    case 'deleteUser': {
      const userId = at(users.filter((id) => id !== adminId), step.user);
      return userId ? { type: 'user.delete', userId } : undefined;
    }
    case 'restoreUser': {
      const userId = at(sortedIds(entities(tenant.directory.deletedUsers)), step.user);
      return userId ? { type: 'user.restore', userId } : undefined;
    }
    case 'createGroup': {
      created += 1;
      const dynamic = step.shape === 'dynamic' || step.shape === 'dynamicM365';
      const m365 = step.shape === 'm365' || step.shape === 'dynamicM365';
      return {
        type: 'group.create',
        displayName: `Group ${created}`,
        mailEnabled: m365,
        securityEnabled: !m365,
        ...(m365 ? { mailNickname: `group${created}` } : {}),
        groupTypes: [...(m365 ? (['Unified'] as const) : []), ...(dynamic ? (['DynamicMembership'] as const) : [])],
        ...(dynamic ? { membershipRule: at(RULES, step.rule)!, membershipRuleProcessingState: step.paused ? 'Paused' : 'On' } : {}),
        ...(dynamic ? {} : { memberIds: [...new Set(step.members.map((index) => at(users, index)!))] }),
      } as Command;
    }
    case 'addMembers': {
      const groupId = at(groups, step.group);
      if (!groupId) return undefined;
      const memberIds = step.nestGroup ? [at(groups, step.members[0]!)!] : [...new Set(step.members.map((index) => at(users, index)!))];
      return { type: 'group.addMembers', groupId, memberIds };
    }
    case 'removeMember': {
      const group = getById(tenant.directory.groups, at(groups, step.group) ?? '');
      const memberId = group && at(group.memberIds, step.member);
      return group && memberId ? { type: 'group.removeMember', groupId: group.id, memberId } : undefined;
    }
    case 'setRule': {
      const groupId = at(groups, step.group);
      if (!groupId) return undefined;
      switch (step.change) {
        case 'rule':
          return { type: 'group.setMembershipRule', groupId, membershipRule: at(RULES, step.rule)! };
        case 'pause':
          return { type: 'group.setMembershipRule', groupId, membershipRuleProcessingState: 'Paused' };
        case 'resume':
          return { type: 'group.setMembershipRule', groupId, membershipRuleProcessingState: 'On' };
        case 'assigned':
          return { type: 'group.setMembershipRule', groupId, membershipRule: null };
      }
      break;
    }
    case 'deleteGroup': {
      const groupId = at(groups, step.group);
      return groupId ? { type: 'group.delete', groupId } : undefined;
    }
    case 'restoreGroup': {
      const groupId = at(sortedIds(entities(tenant.directory.deletedGroups)), step.group);
      return groupId ? { type: 'group.restore', groupId } : undefined;
    }
    case 'advance':
      return { type: 'clock.advance', duration: 'P31D' };
  }
  return undefined;
}

/** Every link in the groups (members, owners, kept links of deleted users) that points at nothing. */
function danglingLinks(tenant: Tenant): string[] {
  const problems: string[] = [];
  const exists = (id: string) => getById(tenant.directory.users, id) !== undefined || getById(tenant.directory.groups, id) !== undefined || getById(tenant.directory.contacts, id) !== undefined;
  for (const group of [...entities(tenant.directory.groups), ...entities(tenant.directory.deletedGroups)]) {
    for (const memberId of group.memberIds) if (!exists(memberId)) problems.push(`member ${memberId} of ${group.displayName}`);
    for (const ownerId of group.ownerIds) if (!getById(tenant.directory.users, ownerId)) problems.push(`owner ${ownerId} of ${group.displayName}`);
    if (new Set(group.memberIds).size !== group.memberIds.length) problems.push(`repeated members in ${group.displayName}`);
  }
  for (const kept of entities(tenant.directory.deletedMemberships)) if (!getById(tenant.directory.deletedUsers, kept.id)) problems.push(`links kept for ${kept.id}, who is not a deleted user`);
  return problems;
}

/** Dynamic groups with processing On whose members are not exactly the users their rule selects. */
function rulesBroken(tenant: Tenant): string[] {
  const problems: string[] = [];
  for (const group of entities(tenant.directory.groups) as Iterable<Group>) {
    if (!group.groupTypes.includes('DynamicMembership') || group.membershipRuleProcessingState !== 'On') continue;
    const expected = usersMatchingRule(tenant, group.membershipRule!);
    const actual = [...group.memberIds].sort();
    if (actual.join() !== expected.join()) problems.push(`${group.displayName} (${group.membershipRule}): ${actual.length} members, rule selects ${expected.length}`);
  }
  return problems;
}

describe('groups under random commands', () => {
  it('keep links to existing objects, dynamic groups equal to their rules, and replay byte-identical', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 30 }), (intents) => {
        let tenant = fixture;
        const log: LogEntry[] = [];
        for (const step of intents) {
          const command = commandFor(tenant, step);
          if (!command) continue;
          log.push({ command, actor: admin });
          const result = dispatch(tenant, command, admin);
          if (result.ok) tenant = result.tenant;
          const problems = [...danglingLinks(tenant), ...rulesBroken(tenant)];
          if (problems.length > 0) expect(problems, `after ${command.type}`).toEqual([]);
        }
        expect(JSON.stringify(replay(createContosoTenant(), log))).toBe(JSON.stringify(tenant));
        expect(fixtureUserIds.length).toBe(fixture.directory.users.size);
      }),
      { numRuns: 300 },
    );
  });
});
