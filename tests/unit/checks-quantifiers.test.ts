import { describe, expect, it } from 'vitest';
import type { Where } from '../../src/scenario/schema';
import { contosoAfter, evaluate, untouched } from '../scenarios/support';

const roleGroup = [
  { type: 'group.create', displayName: 'Helpdesk Team', mailEnabled: false, securityEnabled: true, mailNickname: 'HelpdeskTeam', isAssignableToRole: true },
  { type: 'role.assign', principalId: { group: 'Helpdesk Team' }, roleDefinitionId: { role: 'Helpdesk Administrator' } },
  { type: 'group.addMembers', groupId: { group: 'Helpdesk Team' }, memberIds: [{ user: 'GradyA@contoso.com' }] },
];

describe('where, with comparisons', () => {
  it.each([
    [{ department: 'marketing' }, 'equals, ignoring case'],
    [{ department: { not: 'Sales' }, usageLocation: { in: ['US', 'CA'] } }, 'not and in'],
    [{ displayName: { startsWith: 'meg' } }, 'startsWith'],
    [{ displayName: { contains: 'BOWEN' } }, 'contains'],
    [{ jobTitle: { not: null } }, 'not null: set'],
    [{ displayName: { matches: '^megan\\s' } }, 'matches'],
  ] as [Where, string][])('counts Megan Bowen with %j (%s)', (where, _what) => {
    const inRange = evaluate({ kind: 'count', collection: 'users', where: { ...where, userPrincipalName: 'MeganB@contoso.com' }, equals: 1 }, untouched());
    expect(inRange.passed, inRange.found).toBe(true);
  });

  it('treats null as "not set" and notIn as none of the values', () => {
    expect(evaluate({ kind: 'count', collection: 'users', where: { userPrincipalName: 'CameronW@contoso.com', usageLocation: null }, equals: 1 }, untouched()).passed).toBe(true);
    expect(evaluate({ kind: 'count', collection: 'users', where: { userPrincipalName: 'MeganB@contoso.com', usageLocation: { notIn: ['US'] } }, equals: 0 }, untouched()).passed).toBe(true);
  });
});

describe('quantifiers over a filtered set', () => {
  const marketingLicensed = contosoAfter([
    { type: 'group.create', displayName: 'E5 Marketing', mailEnabled: false, securityEnabled: true, mailNickname: 'E5Marketing', memberIds: [{ user: 'MeganB@contoso.com' }] },
    { type: 'group.assignLicense', groupId: { group: 'E5 Marketing' }, addLicenses: [{ skuId: { sku: 'EMSPREMIUM' }, disabledPlans: [] }], removeLicenses: [] },
  ]);
  const marketing = { collection: 'users', where: { department: 'Marketing' } } as const;

  it('every: passes when each element satisfies that, and names the ones that do not', () => {
    const check = { kind: 'every', ...marketing, that: { holdsLicense: { sku: 'EMSPREMIUM', via: 'group' } } } as const;
    const before = evaluate(check, untouched());
    expect(before.passed).toBe(false);
    expect(before.found).toMatch(/^\d+ of the \d+ users with Department 'Marketing' do not hold Enterprise Mobility \+ Security E5 through a group: /);
    expect(before.safe).toMatch(/do not yet meet this check/);
    expect(before.safe).not.toContain('Enterprise Mobility');
    const after = evaluate({ ...check, where: { department: 'Marketing', displayName: 'Megan Bowen' } }, marketingLicensed);
    expect(after).toEqual({ passed: true, found: "All 1 users with Department 'Marketing' and Display name 'Megan Bowen' hold Enterprise Mobility + Security E5 through a group." });
  });

  it('every over an empty set passes; none fails on the first element that satisfies that', () => {
    expect(evaluate({ kind: 'every', collection: 'users', where: { department: 'Nowhere' }, that: { memberOf: 'Retail' } }, untouched())).toEqual({ passed: true, found: "There are no users with Department 'Nowhere'." });
    const none = evaluate({ kind: 'none', collection: { membersOf: 'Retail' }, that: { has: { accountEnabled: false } } }, contosoAfter([{ type: 'user.setAccountEnabled', userId: { user: 'AdeleV@contoso.com' }, accountEnabled: false }]));
    expect(none).toMatchObject({ passed: false, found: expect.stringMatching(/^1 of the \d+ members of the group Retail have Account enabled false: Adele Vance\.$/) });
  });

  it('atLeast and exactly count the elements that satisfy that', () => {
    expect(evaluate({ kind: 'atLeast', collection: 'users', count: 2, that: { holdsRole: { role: 'Global Administrator' } } }, untouched())).toMatchObject({ passed: false, found: expect.stringContaining('expected at least 2') });
    expect(evaluate({ kind: 'exactly', collection: 'users', count: 1, that: { holdsRole: { role: 'Global Administrator', scope: 'tenant' } } }, untouched()).passed).toBe(true);
    expect(evaluate({ kind: 'exactly', collection: { membersOf: 'Retail' }, count: 0 }, untouched()).passed).toBe(false);
  });

  it('refuses relations on elements that are not users', () => {
    expect(evaluate({ kind: 'every', collection: 'groups', that: { memberOf: 'Retail' } }, untouched())).toEqual({ passed: false, found: 'Groups are not users, so only has: applies to them.' });
  });
});

describe('effective role holders', () => {
  it('count a role held through a role-assignable group for its members', () => {
    const context = contosoAfter(roleGroup);
    expect(evaluate({ kind: 'contains', collection: { roleHolders: { role: 'Helpdesk Administrator', scope: 'tenant' } }, item: { user: 'GradyA@contoso.com' } }, context).passed).toBe(true);
    expect(evaluate({ kind: 'exactly', collection: { roleHolders: { role: 'Helpdesk Administrator' } }, count: 1, that: { has: { userPrincipalName: 'GradyA@contoso.com' } } }, context).passed).toBe(true);
  });

  it('let noRoleGained accept a path through a group whose members are all excepted, and name the others', () => {
    const check = { kind: 'noRoleGained' as const, role: 'Helpdesk Administrator', except: [{ user: 'GradyA@contoso.com' }] };
    expect(evaluate(check, contosoAfter(roleGroup))).toEqual({ passed: true, found: 'No other principal gained Helpdesk Administrator.' });
    const both = contosoAfter([...roleGroup, { type: 'group.addMembers', groupId: { group: 'Helpdesk Team' }, memberIds: [{ user: 'MeganB@contoso.com' }] }]);
    expect(evaluate(check, both)).toEqual({ passed: false, found: 'Gained Helpdesk Administrator: Megan Bowen (MeganB@contoso.com) (through the group Helpdesk Team).' });
  });
});
