import { describe, expect, it } from 'vitest';
import {
  createContosoTenant,
  findUserByUserPrincipalName,
  getById,
  putEntity,
  removeEntity,
  replay,
  ROLE,
  toArray,
  type AuditRecord,
  type Command,
  type Group,
  type Tenant,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const MARKETING_RULE = 'user.department -eq "Marketing"';

/** Contoso with extra tenant-wide role assignments, for permission tests. */
function contosoWith(roles: readonly (readonly [string, string])[]): Tenant {
  const tenant = createContosoTenant();
  for (const [upn, roleDefinitionId] of roles) {
    putEntity(tenant.roles.roleAssignments, {
      id: `test-${roleDefinitionId}-${upn}`,
      principalId: findUserByUserPrincipalName(tenant, upn)!.id,
      roleDefinitionId,
      directoryScopeId: '/',
      createdDateTime: tenant.clock.now,
    });
  }
  return tenant;
}

function groupNamed(lab: TestTenant, displayName: string): Group {
  const group = toArray(lab.tenant.directory.groups).find((candidate) => candidate.displayName === displayName);
  if (!group) throw new Error(`No group ${displayName}`);
  return group;
}

function deletedGroupNamed(lab: TestTenant, displayName: string): Group | undefined {
  return toArray(lab.tenant.directory.deletedGroups).find((candidate) => candidate.displayName === displayName);
}

function audit(lab: TestTenant): readonly AuditRecord[] {
  const result = lab.lastResult;
  if (!result?.ok) throw new Error('The last command was rejected');
  return result.audit;
}

const m365 = (displayName: string, mailNickname: string, extra: Partial<Extract<Command, { type: 'group.create' }>> = {}): Command => ({
  type: 'group.create',
  displayName,
  mailNickname,
  mailEnabled: true,
  securityEnabled: false,
  groupTypes: ['Unified'],
  ...extra,
});

const security = (displayName: string, extra: Partial<Extract<Command, { type: 'group.create' }>> = {}): Command => ({
  type: 'group.create',
  displayName,
  mailEnabled: false,
  securityEnabled: true,
  ...extra,
});

const marketingDynamic = m365('Marketing (dynamic)', 'MarketingDynamic', { groupTypes: ['Unified', 'DynamicMembership'], membershipRule: MARKETING_RULE });

describe('group.create', () => {
  it('creates a public Microsoft 365 group on the default domain, owned by the admin who created it', () => {
    const lab = new TestTenant();
    const megan = lab.userId('MeganB@contoso.com');
    lab.run(m365('Project Falcon', 'ProjectFalcon', { description: 'Falcon launch', memberIds: [megan] }));
    const group = groupNamed(lab, 'Project Falcon');
    expect(group).toMatchObject({
      groupTypes: ['Unified'],
      mail: 'ProjectFalcon@contoso.com',
      visibility: 'Public',
      memberIds: [megan],
      ownerIds: [lab.userId('admin@contoso.onmicrosoft.com')],
      isAssignableToRole: false,
    });
    expect(audit(lab).map((record) => record.activityDisplayName)).toEqual(['Add group', 'Add owner to group', 'Add member to group']);
    expect(audit(lab)[2]!.targetResources[0]).toMatchObject({ id: megan, type: 'User' });
  });

  it('creates a security group without an email address, with a generated alias and no owners', () => {
    const lab = new TestTenant().run(security('Laptop users'));
    const group = groupNamed(lab, 'Laptop users');
    expect(group).toMatchObject({ mail: null, mailEnabled: false, securityEnabled: true, groupTypes: [], visibility: null, ownerIds: [] });
    expect(group.mailNickname).toMatch(/^[0-9a-f]{8}-[0-9a-f]$/);
  });

  it('creates a distribution list and a mail-enabled security group, as the admin center can', () => {
    const lab = new TestTenant()
      .run({ type: 'group.create', displayName: 'Newsletter', mailNickname: 'newsletter', mailEnabled: true, securityEnabled: false, allowExternalSenders: true })
      .run({ type: 'group.create', displayName: 'Door access', mailNickname: 'dooraccess', mailDomain: 'contoso.onmicrosoft.com', mailEnabled: true, securityEnabled: true });
    expect(groupNamed(lab, 'Newsletter')).toMatchObject({ mail: 'newsletter@contoso.com', allowExternalSenders: true, visibility: null });
    expect(groupNamed(lab, 'Door access')).toMatchObject({ mail: 'dooraccess@contoso.onmicrosoft.com', securityEnabled: true });
  });

  it('fills a dynamic group with the users its rule selects, logged as the dynamic membership service', () => {
    const lab = new TestTenant().run(marketingDynamic);
    const group = groupNamed(lab, 'Marketing (dynamic)');
    expect(group).toMatchObject({ groupTypes: ['Unified', 'DynamicMembership'], membershipRule: MARKETING_RULE, membershipRuleProcessingState: 'On' });
    expect([...group.memberIds].sort()).toEqual([lab.userId('MeganB@contoso.com'), lab.userId('AlexW@contoso.com')].sort());
    const additions = audit(lab).filter((record) => record.activityDisplayName === 'Add member to group');
    expect(additions).toHaveLength(2);
    expect(additions[0]!.initiatedBy).toEqual({ app: { displayName: 'Microsoft Approval Management' } });
  });

  it('creates a dynamic group with processing paused and no members yet', () => {
    const lab = new TestTenant().run({ ...marketingDynamic, membershipRuleProcessingState: 'Paused' } as Command);
    expect(groupNamed(lab, 'Marketing (dynamic)')).toMatchObject({ memberIds: [], membershipRuleProcessingState: 'Paused' });
  });

  it('creates a role-assignable security group when a Privileged Role Administrator asks', () => {
    const lab = new TestTenant(contosoWith([['NestorW@contoso.com', ROLE.privilegedRoleAdministrator]]), 'NestorW@contoso.com');
    lab.run(security('Helpdesk admins', { isAssignableToRole: true, memberIds: [lab.userId('AllanD@contoso.com')] }));
    expect(groupNamed(lab, 'Helpdesk admins')).toMatchObject({ isAssignableToRole: true, memberIds: [lab.userId('AllanD@contoso.com')] });
  });

  it('makes a role-assignable Microsoft 365 group private', () => {
    const lab = new TestTenant().run(m365('Tier 1 admins', 'Tier1Admins', { securityEnabled: true, isAssignableToRole: true }));
    expect(groupNamed(lab, 'Tier 1 admins').visibility).toBe('Private');
  });

  it.each<[string, Command, string, string | RegExp]>([
    ['a missing name', security('  '), 'RequiredPropertyMissing', "A value is required for property 'displayName' of resource 'Group'."],
    ['a mail-enabled group without an alias', { type: 'group.create', displayName: 'News', mailEnabled: true, securityEnabled: false }, 'RequiredPropertyMissing', /'mailNickname'/],
    ['an alias with a space', m365('Team', 'my team'), 'InvalidValue', "Invalid value specified for property 'mailNickname' of resource 'Group'."],
    ['an alias with a dot', m365('Team', 'my.team'), 'InvalidValue', /'mailNickname'/],
    ['a Microsoft 365 group that is not mail-enabled', { type: 'group.create', displayName: 'X', mailNickname: 'x1', mailEnabled: false, securityEnabled: true, groupTypes: ['Unified'] }, 'InvalidValue', /'mailEnabled'/],
    ['a group neither mail- nor security-enabled', { type: 'group.create', displayName: 'X', mailEnabled: false, securityEnabled: false }, 'InvalidValue', /'securityEnabled'/],
    ['an address on a domain the tenant does not have', m365('Team', 'team1', { mailDomain: 'fabrikam.com' }), 'UnverifiedDomain', /verified domain names in your organization/],
    ['an alias a user already has', m365('Megan fans', 'meganb'), 'PropertyConflict', 'Another object with the same value for property mailNickname already exists.'],
    ['an alias another group has', m365('Retail 2', 'RETAIL'), 'PropertyConflict', /property mailNickname/],
    ['a visibility on a security group', security('Sec', { visibility: 'Private' }), 'InvalidValue', /'visibility'/],
    ['a dynamic distribution list', { type: 'group.create', displayName: 'DL', mailNickname: 'dl1', mailEnabled: true, securityEnabled: false, groupTypes: ['DynamicMembership'], membershipRule: MARKETING_RULE }, 'InvalidValue', 'Dynamic membership is available for security groups and Microsoft 365 groups only.'],
    ['a dynamic group without a rule', security('Dyn', { groupTypes: ['DynamicMembership'] }), 'RequiredPropertyMissing', /'membershipRule'/],
    ['a rule that does not parse', security('Dyn', { groupTypes: ['DynamicMembership'], membershipRule: 'user.department -equals "Sales"' }), 'InvalidMembershipRule', /^Dynamic membership rule validation error: /],
    ['a device rule on a Microsoft 365 group', m365('Devices', 'devices1', { groupTypes: ['Unified', 'DynamicMembership'], membershipRule: 'device.deviceOSType -eq "Windows"' }), 'InvalidMembershipRule', /users only/],
    ['members on a dynamic group', security('Dyn', { groupTypes: ['DynamicMembership'], membershipRule: MARKETING_RULE, memberIds: ['x'] }), 'DynamicMembershipManaged', /dynamic membership/],
    ['a rule on an assigned group', security('Assigned', { membershipRule: MARKETING_RULE }), 'InvalidValue', /'membershipRule'/],
    ['a role-assignable dynamic group', security('Dyn', { isAssignableToRole: true, groupTypes: ['DynamicMembership'], membershipRule: MARKETING_RULE }), 'InvalidValue', 'A group with isAssignableToRole property set to true cannot be of dynamic membership type.'],
    ['a role-assignable distribution list', { type: 'group.create', displayName: 'DL', mailNickname: 'dl2', mailEnabled: true, securityEnabled: false, isAssignableToRole: true }, 'InvalidValue', /'isAssignableToRole'/],
    ['a public role-assignable Microsoft 365 group', m365('Admins', 'admins2', { securityEnabled: true, isAssignableToRole: true, visibility: 'Public' }), 'InvalidValue', /'visibility'/],
    ['an owner who does not exist', security('Sec', { ownerIds: ['00000000-0000-4000-8000-000000000000'] }), 'ResourceNotFound', /does not exist/],
    ['a member who does not exist', security('Sec', { memberIds: ['00000000-0000-4000-8000-000000000000'] }), 'ResourceNotFound', /does not exist/],
  ])('refuses %s', (_case, command, code, message) => {
    new TestTenant().expectRejected(command, code as never, message);
  });

  it('refuses a group as owner', () => {
    const lab = new TestTenant();
    lab.expectRejected(security('Sec', { ownerIds: [groupNamed(lab, 'Finance').id] }), 'InvalidValue', 'Only users can be owners of a group.');
  });

  it('refuses groups as members of a Microsoft 365 group', () => {
    const lab = new TestTenant();
    lab.expectRejected(m365('Team', 'team2', { memberIds: [groupNamed(lab, 'Retail').id] }), 'NestingNotSupported', 'Unified Groups cannot be added to Unified Groups.');
    lab.expectRejected(m365('Team', 'team2', { memberIds: [groupNamed(lab, 'Finance').id] }), 'NestingNotSupported', 'Only users can be members of a Microsoft 365 group.');
  });

  it('refuses a group as a member of a role-assignable group', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      security('Admins', { isAssignableToRole: true, memberIds: [groupNamed(lab, 'Finance').id] }),
      'NestingNotSupported',
      'Nesting is currently not supported for groups that can be assigned to a role.',
    );
  });

  it('refuses an address another object holds even when the alias is free', () => {
    const lab = new TestTenant().run(security('Unused'));
    lab.run({ type: 'group.update', groupId: groupNamed(lab, 'Retail').id, changes: { mail: 'shop@contoso.com' } });
    lab.expectRejected(m365('Shop', 'shop'), 'PropertyConflict', 'Another object with the same value for property proxyAddresses already exists.');
  });

  it('is denied to a Helpdesk Administrator', () => {
    new TestTenant().signInAs('AllanD@contoso.com').expectRejected(security('Sec'), 'InsufficientPrivileges', 'Insufficient privileges to complete the operation.');
  });

  it('lets a User Administrator create groups', () => {
    new TestTenant().signInAs('NestorW@contoso.com').run(security('Sec'));
  });

  it('denies a role-assignable group to a Groups Administrator', () => {
    const lab = new TestTenant(contosoWith([['NestorW@contoso.com', ROLE.groupsAdministrator]]), 'NestorW@contoso.com');
    lab.run(security('Plain group'));
    lab.expectRejected(security('Admins', { isAssignableToRole: true }), 'InsufficientPrivileges');
  });
});

describe('group.update', () => {
  it('changes the name, description, privacy and mail settings, recording each change', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail');
    lab.run({
      type: 'group.update',
      groupId: retail.id,
      changes: { displayName: 'Retail stores', description: 'All stores', visibility: 'Public', allowExternalSenders: true, autoSubscribeNewMembers: true, mail: 'stores@contoso.com' },
    });
    expect(groupNamed(lab, 'Retail stores')).toMatchObject({ description: 'All stores', visibility: 'Public', allowExternalSenders: true, autoSubscribeNewMembers: true, mail: 'stores@contoso.com' });
    expect(audit(lab)[0]).toMatchObject({ activityDisplayName: 'Update group', category: 'GroupManagement' });
    expect(audit(lab)[0]!.targetResources[0]!.modifiedProperties).toContainEqual({ displayName: 'visibility', oldValue: '"Private"', newValue: '"Public"' });
  });

  it.each<[string, string, Record<string, unknown>, string, string | RegExp]>([
    ['privacy on a security group', 'Finance', { visibility: 'Public' }, 'InvalidValue', /'visibility'/],
    ['an email address on a security group', 'Finance', { mail: 'finance@contoso.com' }, 'InvalidValue', /'mail'/],
    ['an email address on an unverified domain', 'Retail', { mail: 'retail@fabrikam.com' }, 'UnverifiedDomain', /verified domain names/],
    ['an alias another recipient has', 'Retail', { mailNickname: 'AdeleV' }, 'PropertyConflict', /property mailNickname/],
    ['conversation copies on a distribution list', 'Legal Team', { autoSubscribeNewMembers: true }, 'InvalidValue', /'autoSubscribeNewMembers'/],
    ['an empty name', 'Retail', { displayName: '' }, 'RequiredPropertyMissing', /'displayName'/],
    ['a property this command does not change', 'Retail', { securityEnabled: true }, 'InvalidValue', "Property 'securityEnabled' can't be updated this way."],
  ])('refuses %s', (_case, groupName, changes, code, message) => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'group.update', groupId: groupNamed(lab, groupName).id, changes }, code as never, message);
  });

  it('refuses to make a role-assignable Microsoft 365 group public', () => {
    const lab = new TestTenant().run(m365('Tier 1 admins', 'Tier1Admins', { securityEnabled: true, isAssignableToRole: true }));
    lab.expectRejected({ type: 'group.update', groupId: groupNamed(lab, 'Tier 1 admins').id, changes: { visibility: 'Public' } }, 'InvalidValue');
  });

  it('refuses a group that does not exist', () => {
    new TestTenant().expectRejected({ type: 'group.update', groupId: 'missing', changes: { description: 'x' } }, 'ResourceNotFound');
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant().signInAs('AllanD@contoso.com');
    lab.expectRejected({ type: 'group.update', groupId: groupNamed(lab, 'Retail').id, changes: { description: 'x' } }, 'InsufficientPrivileges');
  });
});

describe('group.addMembers and group.removeMember', () => {
  it('adds users, logging one "Add member to group" per member', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail');
    const [megan, alex] = [lab.userId('MeganB@contoso.com'), lab.userId('AlexW@contoso.com')];
    lab.run({ type: 'group.addMembers', groupId: retail.id, memberIds: [megan, alex] });
    expect(groupNamed(lab, 'Retail').memberIds).toEqual([...retail.memberIds, megan, alex]);
    expect(audit(lab).map((record) => [record.activityDisplayName, record.targetResources[0]!.id])).toEqual([
      ['Add member to group', megan],
      ['Add member to group', alex],
    ]);
    expect(audit(lab)[0]!.targetResources[0]!.modifiedProperties).toContainEqual({ displayName: 'Group.ObjectID', oldValue: null, newValue: `"${retail.id}"` });
  });

  it('nests a security group in a security group', () => {
    const lab = new TestTenant();
    const itDepartment = groupNamed(lab, 'IT Department');
    lab.run({ type: 'group.addMembers', groupId: groupNamed(lab, 'Finance').id, memberIds: [itDepartment.id] });
    expect(groupNamed(lab, 'Finance').memberIds).toContain(itDepartment.id);
  });

  it('puts a distribution list and a contact in a distribution list', () => {
    const lab = new TestTenant()
      .run({ type: 'group.create', displayName: 'Newsletter', mailNickname: 'newsletter', mailEnabled: true, securityEnabled: false })
      .run({ type: 'contact.create', displayName: 'Pat Partner', mail: 'pat@fabrikam.com' });
    const contact = toArray(lab.tenant.directory.contacts).find((candidate) => candidate.mail === 'pat@fabrikam.com')!;
    const legal = groupNamed(lab, 'Legal Team');
    lab.run({ type: 'group.addMembers', groupId: legal.id, memberIds: [groupNamed(lab, 'Newsletter').id, contact.id] });
    expect(groupNamed(lab, 'Legal Team').memberIds).toEqual([...legal.memberIds, groupNamed(lab, 'Newsletter').id, contact.id]);
    expect(audit(lab)[1]!.targetResources[0]).toMatchObject({ id: contact.id, type: 'Contact' });
  });

  it('refuses someone who is already a member with Graph\'s message', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail');
    lab.expectRejected(
      { type: 'group.addMembers', groupId: retail.id, memberIds: [lab.userId('AdeleV@contoso.com')] },
      'ReferenceAlreadyExists',
      "One or more added object references already exist for the following modified properties: 'members'.",
    );
  });

  it('refuses to change the members of a dynamic group by hand', () => {
    const lab = new TestTenant().run(marketingDynamic);
    const group = groupNamed(lab, 'Marketing (dynamic)');
    lab.expectRejected({ type: 'group.addMembers', groupId: group.id, memberIds: [lab.userId('AdeleV@contoso.com')] }, 'DynamicMembershipManaged', /can't add members to a group with dynamic membership/);
    lab.expectRejected({ type: 'group.removeMember', groupId: group.id, memberId: lab.userId('MeganB@contoso.com') }, 'DynamicMembershipManaged', /can't remove a member from a group with dynamic membership/);
  });

  it.each<[string, string, string, string | RegExp]>([
    ['a Microsoft 365 group in a Microsoft 365 group', 'Retail', 'Sales and Marketing', 'Unified Groups cannot be added to Unified Groups.'],
    ['a distribution list in a security group', 'Finance', 'Legal Team', "The group 'Legal Team' can't be a member of the group 'Finance'."],
    ['a Microsoft 365 group in a distribution list', 'Legal Team', 'Retail', /can't be a member of the group 'Legal Team'/],
    ['a group in itself', 'Finance', 'Finance', "A group can't be a member of itself."],
  ])('refuses %s', (_case, parentName, memberName, message) => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'group.addMembers', groupId: groupNamed(lab, parentName).id, memberIds: [groupNamed(lab, memberName).id] }, 'NestingNotSupported', message);
  });

  it('refuses a membership loop', () => {
    const lab = new TestTenant();
    const [finance, itDepartment] = [groupNamed(lab, 'Finance'), groupNamed(lab, 'IT Department')];
    lab.run({ type: 'group.addMembers', groupId: finance.id, memberIds: [itDepartment.id] });
    lab.expectRejected({ type: 'group.addMembers', groupId: itDepartment.id, memberIds: [finance.id] }, 'NestingNotSupported', /already contains/);
  });

  it('refuses a contact in a Microsoft 365 group', () => {
    const lab = new TestTenant().run({ type: 'contact.create', displayName: 'Pat Partner', mail: 'pat@fabrikam.com' });
    const contact = toArray(lab.tenant.directory.contacts)[0]!;
    lab.expectRejected({ type: 'group.addMembers', groupId: groupNamed(lab, 'Retail').id, memberIds: [contact.id] }, 'NestingNotSupported', /Contacts can't be members/);
  });

  it('refuses an empty list and unknown objects', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail').id;
    lab.expectRejected({ type: 'group.addMembers', groupId: retail, memberIds: [] }, 'RequiredPropertyMissing');
    lab.expectRejected({ type: 'group.addMembers', groupId: retail, memberIds: ['missing'] }, 'ResourceNotFound');
    lab.expectRejected({ type: 'group.addMembers', groupId: 'missing', memberIds: [lab.userId('MeganB@contoso.com')] }, 'ResourceNotFound');
  });

  it('removes a member', () => {
    const lab = new TestTenant();
    const adele = lab.userId('AdeleV@contoso.com');
    lab.run({ type: 'group.removeMember', groupId: groupNamed(lab, 'Retail').id, memberId: adele });
    expect(groupNamed(lab, 'Retail').memberIds).not.toContain(adele);
    expect(audit(lab)[0]).toMatchObject({ activityDisplayName: 'Remove member from group', operationType: 'Unassign' });
  });

  it('refuses to remove someone who is not a member', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'group.removeMember', groupId: groupNamed(lab, 'Retail').id, memberId: lab.userId('MeganB@contoso.com') }, 'ResourceNotFound');
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant().signInAs('AllanD@contoso.com');
    lab.expectRejected({ type: 'group.addMembers', groupId: groupNamed(lab, 'Retail').id, memberIds: [lab.userId('MeganB@contoso.com')] }, 'InsufficientPrivileges');
  });

  it('leaves the members of a role-assignable group to privileged role admins', () => {
    const lab = new TestTenant(contosoWith([['NestorW@contoso.com', ROLE.groupsAdministrator]]));
    lab.run(security('Helpdesk admins', { isAssignableToRole: true }));
    const group = groupNamed(lab, 'Helpdesk admins');
    lab.signInAs('NestorW@contoso.com').expectRejected({ type: 'group.addMembers', groupId: group.id, memberIds: [lab.userId('MeganB@contoso.com')] }, 'InsufficientPrivileges');
  });
});

describe('group.addOwners and group.removeOwner', () => {
  it('adds and removes owners', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail');
    const lynne = lab.userId('LynneR@contoso.com');
    lab.run({ type: 'group.addOwners', groupId: retail.id, ownerIds: [lynne] });
    expect(groupNamed(lab, 'Retail').ownerIds).toEqual([...retail.ownerIds, lynne]);
    expect(audit(lab)[0]!.activityDisplayName).toBe('Add owner to group');
    lab.run({ type: 'group.removeOwner', groupId: retail.id, ownerId: lynne });
    expect(groupNamed(lab, 'Retail').ownerIds).toEqual(retail.ownerIds);
    expect(audit(lab)[0]!.activityDisplayName).toBe('Remove owner from group');
  });

  it('refuses an owner the group already has', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'group.addOwners', groupId: groupNamed(lab, 'Retail').id, ownerIds: [lab.userId('AdeleV@contoso.com')] },
      'ReferenceAlreadyExists',
      "One or more added object references already exist for the following modified properties: 'owners'.",
    );
  });

  it('keeps the last owner', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'group.removeOwner', groupId: groupNamed(lab, 'Retail').id, ownerId: lab.userId('AdeleV@contoso.com') },
      'LastOwnerCannotBeRemoved',
      'The group must have at least one owner, hence this owner cannot be removed.',
    );
  });

  it('refuses to remove someone who is not an owner, and owners that are not users', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail').id;
    lab.expectRejected({ type: 'group.removeOwner', groupId: retail, ownerId: lab.userId('MeganB@contoso.com') }, 'ResourceNotFound');
    lab.expectRejected({ type: 'group.addOwners', groupId: retail, ownerIds: [groupNamed(lab, 'Finance').id] }, 'InvalidValue');
    lab.expectRejected({ type: 'group.addOwners', groupId: retail, ownerIds: [] }, 'RequiredPropertyMissing');
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant().signInAs('AllanD@contoso.com');
    lab.expectRejected({ type: 'group.addOwners', groupId: groupNamed(lab, 'Retail').id, ownerIds: [lab.userId('LynneR@contoso.com')] }, 'InsufficientPrivileges');
  });
});

describe('group.setMembershipRule', () => {
  it('turns an assigned group dynamic: members the rule does not select leave', () => {
    const lab = new TestTenant();
    const sales = groupNamed(lab, 'Sales and Marketing');
    lab.run({ type: 'group.setMembershipRule', groupId: sales.id, membershipRule: MARKETING_RULE });
    const group = groupNamed(lab, 'Sales and Marketing');
    expect(group.groupTypes).toEqual(['Unified', 'DynamicMembership']);
    expect([...group.memberIds].sort()).toEqual([lab.userId('MeganB@contoso.com'), lab.userId('AlexW@contoso.com')].sort());
    expect(audit(lab)[0]!.targetResources[0]!.modifiedProperties).toContainEqual({ displayName: 'membershipRule', oldValue: null, newValue: JSON.stringify(MARKETING_RULE) });
    const removals = audit(lab).filter((record) => record.activityDisplayName === 'Remove member from group');
    expect(removals).toHaveLength(5);
    expect(removals.every((record) => record.initiatedBy.app?.displayName === 'Microsoft Approval Management')).toBe(true);
  });

  it('re-evaluates every user when the rule changes', () => {
    const lab = new TestTenant().run(marketingDynamic);
    lab.run({ type: 'group.setMembershipRule', groupId: groupNamed(lab, 'Marketing (dynamic)').id, membershipRule: 'user.department -eq "Finance"' });
    expect([...groupNamed(lab, 'Marketing (dynamic)').memberIds].sort()).toEqual([lab.userId('PradeepG@contoso.com'), lab.userId('EmilyB@contoso.com')].sort());
  });

  it('stops updating a paused group and catches up when it is resumed', () => {
    const lab = new TestTenant().run(marketingDynamic);
    const group = groupNamed(lab, 'Marketing (dynamic)');
    const adele = lab.userId('AdeleV@contoso.com');
    lab.run({ type: 'group.setMembershipRule', groupId: group.id, membershipRuleProcessingState: 'Paused' });
    lab.run({ type: 'user.update', userId: adele, changes: { department: 'Marketing' } });
    expect(groupNamed(lab, 'Marketing (dynamic)').memberIds).not.toContain(adele);
    lab.run({ type: 'group.setMembershipRule', groupId: group.id, membershipRuleProcessingState: 'On' });
    expect(groupNamed(lab, 'Marketing (dynamic)').memberIds).toContain(adele);
  });

  it('turns a dynamic group back to assigned, keeping its members', () => {
    const lab = new TestTenant().run(marketingDynamic);
    const group = groupNamed(lab, 'Marketing (dynamic)');
    lab.run({ type: 'group.setMembershipRule', groupId: group.id, membershipRule: null });
    expect(groupNamed(lab, 'Marketing (dynamic)')).toMatchObject({ groupTypes: ['Unified'], membershipRule: null, membershipRuleProcessingState: null, memberIds: group.memberIds });
    lab.run({ type: 'group.addMembers', groupId: group.id, memberIds: [lab.userId('AdeleV@contoso.com')] });
  });

  it.each<[string, string, Record<string, unknown>, string, string | RegExp]>([
    ['a rule on a distribution list', 'Legal Team', { membershipRule: MARKETING_RULE }, 'InvalidValue', /security groups and Microsoft 365 groups only/],
    ['a rule that does not parse', 'Finance', { membershipRule: 'user.department -eq' }, 'InvalidMembershipRule', /^Dynamic membership rule validation error: /],
    ['nothing to change', 'Finance', {}, 'RequiredPropertyMissing', /'membershipRule'/],
    ['pausing an assigned group', 'Finance', { membershipRuleProcessingState: 'Paused' }, 'RequiredPropertyMissing', /'membershipRule'/],
    ['making an assigned group assigned', 'Finance', { membershipRule: null }, 'InvalidValue', /'membershipRule'/],
  ])('refuses %s', (_case, groupName, fields, code, message) => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'group.setMembershipRule', groupId: groupNamed(lab, groupName).id, ...fields }, code as never, message);
  });

  it('refuses to make a role-assignable group dynamic', () => {
    const lab = new TestTenant().run(security('Admins', { isAssignableToRole: true }));
    lab.expectRejected({ type: 'group.setMembershipRule', groupId: groupNamed(lab, 'Admins').id, membershipRule: MARKETING_RULE }, 'InvalidValue', /isAssignableToRole/);
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant().signInAs('AllanD@contoso.com');
    lab.expectRejected({ type: 'group.setMembershipRule', groupId: groupNamed(lab, 'Finance').id, membershipRule: MARKETING_RULE }, 'InsufficientPrivileges');
  });
});

describe('dynamic membership upkeep', () => {
  it('moves a user between dynamic groups when their department changes', () => {
    const lab = new TestTenant()
      .run(marketingDynamic)
      .run(security('Finance (dynamic)', { groupTypes: ['DynamicMembership'], membershipRule: 'user.department -eq "Finance"' }));
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.update', userId: alex, changes: { department: 'Finance' } });
    expect(groupNamed(lab, 'Marketing (dynamic)').memberIds).not.toContain(alex);
    expect(groupNamed(lab, 'Finance (dynamic)').memberIds).toContain(alex);
    expect(audit(lab).map((record) => record.activityDisplayName).sort()).toEqual(['Add member to group', 'Remove member from group', 'Update user']);
  });

  it('adds a new user the rule selects', () => {
    const lab = new TestTenant().run(marketingDynamic);
    lab.run({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe', profile: { department: 'Marketing' } });
    expect(groupNamed(lab, 'Marketing (dynamic)').memberIds).toContain(lab.userId('pat@contoso.com'));
  });

  it('takes a deleted user out of every group and gives a restored user their groups back', () => {
    const lab = new TestTenant().run(marketingDynamic);
    const megan = lab.userId('MeganB@contoso.com');
    const sales = groupNamed(lab, 'Sales and Marketing');
    lab.run({ type: 'group.addOwners', groupId: sales.id, ownerIds: [megan] });
    lab.run({ type: 'user.delete', userId: megan });
    expect(groupNamed(lab, 'Sales and Marketing').memberIds).not.toContain(megan);
    expect(groupNamed(lab, 'Sales and Marketing').ownerIds).not.toContain(megan);
    expect(groupNamed(lab, 'Marketing (dynamic)').memberIds).not.toContain(megan);
    expect(getById(lab.tenant.directory.deletedMemberships, megan)).toEqual({ id: megan, memberOf: [sales.id], ownerOf: [sales.id] });

    lab.run({ type: 'user.restore', userId: megan });
    expect(groupNamed(lab, 'Sales and Marketing').memberIds).toContain(megan);
    expect(groupNamed(lab, 'Sales and Marketing').ownerIds).toContain(megan);
    expect(groupNamed(lab, 'Marketing (dynamic)').memberIds).toContain(megan);
    expect(getById(lab.tenant.directory.deletedMemberships, megan)).toBeUndefined();
  });

  it('forgets a purged user\'s groups', () => {
    const lab = new TestTenant();
    const megan = lab.userId('MeganB@contoso.com');
    lab.run({ type: 'user.delete', userId: megan }).run({ type: 'clock.advance', duration: 'P31D' });
    expect(getById(lab.tenant.directory.deletedMemberships, megan)).toBeUndefined();
  });
});

describe('group.delete, group.restore and group.permanentlyDelete', () => {
  it('moves a Microsoft 365 group to Deleted groups and purges it after 30 days', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail');
    lab.run({ type: 'group.delete', groupId: retail.id });
    expect(getById(lab.tenant.directory.groups, retail.id)).toBeUndefined();
    expect(deletedGroupNamed(lab, 'Retail')).toMatchObject({ deletedDateTime: lab.tenant.clock.now, memberIds: retail.memberIds });
    expect(audit(lab)[0]!.activityDisplayName).toBe('Delete group');
    lab.run({ type: 'clock.advance', duration: 'P29D' });
    expect(deletedGroupNamed(lab, 'Retail')).toBeDefined();
    lab.run({ type: 'clock.advance', duration: 'P2D' });
    expect(deletedGroupNamed(lab, 'Retail')).toBeUndefined();
    expect(audit(lab).map((record) => [record.activityDisplayName, record.initiatedBy.app?.displayName])).toContainEqual(['Hard Delete group', 'Microsoft Entra ID']);
  });

  it('deletes a security group for good, and takes it out of the groups it was in', () => {
    const lab = new TestTenant();
    const [finance, itDepartment] = [groupNamed(lab, 'Finance'), groupNamed(lab, 'IT Department')];
    lab.run({ type: 'group.addMembers', groupId: finance.id, memberIds: [itDepartment.id] });
    lab.run({ type: 'group.delete', groupId: itDepartment.id });
    expect(getById(lab.tenant.directory.groups, itDepartment.id)).toBeUndefined();
    expect(getById(lab.tenant.directory.deletedGroups, itDepartment.id)).toBeUndefined();
    expect(groupNamed(lab, 'Finance').memberIds).not.toContain(itDepartment.id);
  });

  it('takes the role assignments of a role-assignable security group away with it', () => {
    const lab = new TestTenant();
    lab.run({ type: 'group.create', displayName: 'Tier 1 admins', mailEnabled: false, securityEnabled: true, mailNickname: 'Tier1', isAssignableToRole: true });
    const tier1 = groupNamed(lab, 'Tier 1 admins');
    lab.run({ type: 'role.assign', principalId: tier1.id, roleDefinitionId: ROLE.helpdeskAdministrator });
    lab.run({ type: 'group.delete', groupId: tier1.id });
    expect(toArray(lab.tenant.roles.roleAssignments).filter((assignment) => assignment.principalId === tier1.id)).toEqual([]);
  });

  it('refuses to delete a group that has licenses', () => {
    const fixture = createContosoTenant();
    const finance = toArray(fixture.directory.groups).find((group) => group.displayName === 'Finance')!;
    putEntity(fixture.directory.groups, { ...finance, assignedLicenses: [{ skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', disabledPlans: [] }] });
    new TestTenant(fixture).expectRejected({ type: 'group.delete', groupId: finance.id }, 'GroupHasLicenses', /remove its licenses before deleting it/);
  });

  it('restores a deleted Microsoft 365 group with its members and owners', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail');
    lab.run({ type: 'group.delete', groupId: retail.id }).run({ type: 'group.restore', groupId: retail.id });
    expect(groupNamed(lab, 'Retail')).toMatchObject({ deletedDateTime: null, memberIds: retail.memberIds, ownerIds: retail.ownerIds });
    expect(audit(lab)[0]!.activityDisplayName).toBe('Restore group');
    lab.run({ type: 'clock.advance', duration: 'P31D' });
    expect(getById(lab.tenant.directory.groups, retail.id)).toBeDefined();
  });

  it('re-evaluates a restored dynamic group', () => {
    const lab = new TestTenant().run(marketingDynamic);
    const group = groupNamed(lab, 'Marketing (dynamic)');
    const adele = lab.userId('AdeleV@contoso.com');
    lab.run({ type: 'group.delete', groupId: group.id });
    lab.run({ type: 'user.update', userId: adele, changes: { department: 'Marketing' } });
    lab.run({ type: 'group.restore', groupId: group.id });
    expect(groupNamed(lab, 'Marketing (dynamic)').memberIds).toContain(adele);
  });

  it('refuses to restore a group whose alias another object holds by now', () => {
    // The commands keep a deleted group's alias reserved, so the clash is set up in the fixture.
    const fixture = createContosoTenant();
    const retail = toArray(fixture.directory.groups).find((group) => group.displayName === 'Retail')!;
    const adele = findUserByUserPrincipalName(fixture, 'AdeleV@contoso.com')!;
    removeEntity(fixture.directory.groups, retail.id);
    putEntity(fixture.directory.deletedGroups, { ...retail, deletedDateTime: fixture.clock.now });
    putEntity(fixture.directory.users, { ...adele, mailNickname: 'retail' });
    new TestTenant(fixture).expectRejected({ type: 'group.restore', groupId: retail.id }, 'RestoreConflict', 'Another object with the same value for property mailNickname already exists.');
  });

  it('cannot restore a security group, which is gone for good', () => {
    const lab = new TestTenant();
    const finance = groupNamed(lab, 'Finance');
    lab.run({ type: 'group.delete', groupId: finance.id });
    lab.expectRejected({ type: 'group.restore', groupId: finance.id }, 'ResourceNotFound');
  });

  it('deletes a soft-deleted group permanently', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail');
    lab.run({ type: 'group.delete', groupId: retail.id }).run({ type: 'group.permanentlyDelete', groupId: retail.id });
    expect(getById(lab.tenant.directory.deletedGroups, retail.id)).toBeUndefined();
    expect(audit(lab)[0]!.activityDisplayName).toBe('Hard Delete group');
    expect(toArray(lab.tenant.scheduledProcesses).filter((process) => process.targetId === retail.id)).toEqual([]);
    lab.expectRejected({ type: 'group.permanentlyDelete', groupId: retail.id }, 'ResourceNotFound');
  });

  it('refuses to delete a group that does not exist', () => {
    new TestTenant().expectRejected({ type: 'group.delete', groupId: 'missing' }, 'ResourceNotFound');
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant();
    const retail = groupNamed(lab, 'Retail');
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'group.delete', groupId: retail.id }, 'InsufficientPrivileges');
    lab.signInAs('admin@contoso.onmicrosoft.com').run({ type: 'group.delete', groupId: retail.id });
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'group.restore', groupId: retail.id }, 'InsufficientPrivileges');
  });
});

describe('replay', () => {
  it('replays a log of group commands to a byte-identical state', () => {
    const lab = new TestTenant();
    const [megan, adele] = [lab.userId('MeganB@contoso.com'), lab.userId('AdeleV@contoso.com')];
    lab.run(marketingDynamic).run(security('Laptop users', { memberIds: [megan] }));
    lab.run({ type: 'group.addMembers', groupId: groupNamed(lab, 'Laptop users').id, memberIds: [adele] });
    lab.run({ type: 'user.update', userId: adele, changes: { department: 'Marketing' } });
    lab.send({ type: 'group.addMembers', groupId: groupNamed(lab, 'Laptop users').id, memberIds: [adele] });
    lab.run({ type: 'group.delete', groupId: groupNamed(lab, 'Retail').id });
    lab.run({ type: 'user.delete', userId: megan }).run({ type: 'user.restore', userId: megan });
    lab.run({ type: 'clock.advance', duration: 'P31D' });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
