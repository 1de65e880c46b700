import { describe, expect, it } from 'vitest';
import { TenantBuilder, toArray, validateRulesForUsers, type Command, type Group } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

function groupNamed(lab: TestTenant, displayName: string): Group {
  const group = toArray(lab.tenant.directory.groups).find((candidate) => candidate.displayName === displayName);
  if (!group) throw new Error(`No group ${displayName}`);
  return group;
}

const dynamicSecurity = (displayName: string, membershipRule: string): Command => ({
  type: 'group.create',
  displayName,
  mailEnabled: false,
  securityEnabled: true,
  groupTypes: ['DynamicMembership'],
  membershipRule,
});

describe('rules on memberOf', () => {
  it('follow the members of the groups they name', () => {
    const lab = new TestTenant();
    const finance = groupNamed(lab, 'Finance');
    lab.run(dynamicSecurity('Finance and friends', `user.memberOf -any (group.objectId -in ['${finance.id}'])`));
    expect([...groupNamed(lab, 'Finance and friends').memberIds].sort()).toEqual([...finance.memberIds].sort());
    const megan = lab.userId('MeganB@contoso.com');
    lab.run({ type: 'group.addMembers', groupId: finance.id, memberIds: [megan] });
    expect(groupNamed(lab, 'Finance and friends').memberIds).toContain(megan);
    lab.run({ type: 'group.removeMember', groupId: finance.id, memberId: megan });
    expect(groupNamed(lab, 'Finance and friends').memberIds).not.toContain(megan);
  });

  it('follow a dynamic group in the same change', () => {
    const lab = new TestTenant().run(dynamicSecurity('Marketing (dynamic)', 'user.department -eq "Marketing"'));
    const marketing = groupNamed(lab, 'Marketing (dynamic)');
    lab.run(dynamicSecurity('Marketing followers', `user.memberOf -any (group.objectId -in ['${marketing.id}'])`));
    const adele = lab.userId('AdeleV@contoso.com');
    lab.run({ type: 'user.update', userId: adele, changes: { department: 'Marketing' } });
    expect(groupNamed(lab, 'Marketing (dynamic)').memberIds).toContain(adele);
    expect(groupNamed(lab, 'Marketing followers').memberIds).toContain(adele);
  });
});

describe('other rules', () => {
  it('keep "Direct Reports" groups in step with managers', () => {
    const lab = new TestTenant();
    const nestor = lab.userId('NestorW@contoso.com');
    lab.run(dynamicSecurity('Nestor reports', `Direct Reports for "${nestor}"`));
    expect(groupNamed(lab, 'Nestor reports').memberIds).toEqual([]);
    const cameron = lab.userId('CameronW@contoso.com');
    lab.run({ type: 'user.setManager', userId: cameron, managerId: nestor });
    expect(groupNamed(lab, 'Nestor reports').memberIds).toEqual([cameron]);
  });

  it('let a security group hold a device rule, which selects no users while devices are not modelled', () => {
    const lab = new TestTenant().run(dynamicSecurity('Windows devices', 'device.deviceOSType -eq "Windows"'));
    expect(groupNamed(lab, 'Windows devices').memberIds).toEqual([]);
  });
});

describe('validateRulesForUsers', () => {
  it('says for each user whether the rule would make them a member, expression by expression', () => {
    const lab = new TestTenant();
    const [megan, adele] = [lab.userId('MeganB@contoso.com'), lab.userId('AdeleV@contoso.com')];
    const validation = validateRulesForUsers(lab.tenant, 'user.department -eq "Marketing" -and user.country -eq "United States"', [megan, adele, 'missing']);
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect(validation.users.map((user) => [user.userPrincipalName, user.explanation.status])).toEqual([
      ['MeganB@contoso.com', 'member'],
      ['AdeleV@contoso.com', 'notMember'],
    ]);
    const adeleResult = validation.users[1]!.explanation;
    expect(adeleResult.status === 'notMember' && adeleResult.expressions.map((expression) => expression.result)).toEqual([false, true]);
  });

  it('reports a rule that does not parse, with where', () => {
    const lab = new TestTenant();
    const validation = validateRulesForUsers(lab.tenant, 'user.department -eq', [lab.userId('MeganB@contoso.com')]);
    expect(validation.ok).toBe(false);
    if (validation.ok) return;
    expect(validation.error.position).toBeGreaterThan(0);
  });

  it('takes at most 20 users', () => {
    const lab = new TestTenant();
    const ids = toArray(lab.tenant.directory.users).map((user) => user.id);
    const validation = validateRulesForUsers(lab.tenant, 'user.objectId -ne null', ids);
    expect(ids.length).toBeGreaterThan(20);
    expect(validation.ok && validation.users.length).toBe(20);
  });
});

describe('fixtures', () => {
  it('fill a dynamic group from its rule', () => {
    const builder = new TenantBuilder({ displayName: 'T', initialDomainPrefix: 't', countryLetterCode: 'US', now: '2026-03-02T09:00:00.000Z', seed: 't' });
    const ava = builder.addUser({ alias: 'ava', givenName: 'Ava', surname: 'A', department: 'Sales' });
    builder.addUser({ alias: 'ben', givenName: 'Ben', surname: 'B', department: 'HR' });
    const groupId = builder.addGroup({
      displayName: 'Sales',
      description: null,
      mailNickname: 'sales',
      mail: null,
      mailEnabled: false,
      securityEnabled: true,
      groupTypes: ['DynamicMembership'],
      membershipRule: 'user.department -eq "Sales"',
      membershipRuleProcessingState: 'On',
      isAssignableToRole: false,
      visibility: null,
      memberIds: [],
      ownerIds: [],
    });
    const tenant = builder.build();
    expect(toArray(tenant.directory.groups).find((group) => group.id === groupId)!.memberIds).toEqual([ava]);
  });
});
