import { describe, expect, it } from 'vitest';
import {
  administrativeUnitMembers,
  administrativeUnitScope,
  administrativeUnitsOf,
  createContosoTenant,
  getById,
  replay,
  restrictedManagementUnitsOf,
  ROLE,
  toArray,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';
import { assignmentsOf, created, createUnit, withRoleGroup } from './roles.support';

const MEGAN = 'MeganB@contoso.com';
const ALEX = 'AlexW@contoso.com';
const LEE = 'LeeG@contoso.com';
const EMILY = 'EmilyB@contoso.com';
const NESTOR = 'NestorW@contoso.com';
const ALLAN = 'AllanD@contoso.com';
const ALREADY_MEMBER = "One or more added object references already exist for the following modified properties: 'members'.";

function groupNamed(lab: TestTenant, displayName: string): string {
  return toArray(lab.tenant.directory.groups).find((group) => group.displayName === displayName)!.id;
}

describe('administrativeUnit.create', () => {
  it('creates an administrative unit with assigned membership and logs "Add administrative unit"', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'administrativeUnit.create', displayName: ' Seattle ', description: 'Seattle office' });
    const unit = getById(lab.tenant.roles.administrativeUnits, created(lab));
    expect(unit).toMatchObject({ displayName: 'Seattle', description: 'Seattle office', isMemberManagementRestricted: false, membershipType: 'Assigned', memberIds: [] });
    expect(result.ok && result.audit[0]).toMatchObject({
      activityDisplayName: 'Add administrative unit',
      category: 'AdministrativeUnit',
      targetResources: [expect.objectContaining({ type: 'AdministrativeUnit', displayName: 'Seattle' })],
    });
  });

  it('records a restricted management unit in the audit details', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'administrativeUnit.create', displayName: 'Executives', isMemberManagementRestricted: true });
    expect(getById(lab.tenant.roles.administrativeUnits, created(lab))?.isMemberManagementRestricted).toBe(true);
    expect(result.ok && result.audit[0]!.targetResources[0]!.modifiedProperties).toContainEqual({
      displayName: 'IsMemberManagementRestricted',
      oldValue: null,
      newValue: 'true',
    });
  });

  it('lets a Privileged Role Administrator create one', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.privilegedRoleAdministrator });
    lab.signInAs(MEGAN).run({ type: 'administrativeUnit.create', displayName: 'Seattle' });
    expect(lab.tenant.roles.administrativeUnits.size).toBe(1);
  });

  it('denies a User Administrator', () => {
    new TestTenant().signInAs(NESTOR).expectRejected({ type: 'administrativeUnit.create', displayName: 'Seattle' }, 'InsufficientPrivileges');
  });

  it('requires a name, of at most 256 characters', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'administrativeUnit.create', displayName: '  ' }, 'RequiredPropertyMissing', 'Display name is required.');
    lab.expectRejected(
      { type: 'administrativeUnit.create', displayName: 'x'.repeat(257) },
      'InvalidValue',
      "Invalid value specified for property 'displayName' of resource 'AdministrativeUnit'.",
    );
  });
});

describe('administrativeUnit.update', () => {
  it('renames and describes a unit, logging each change', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    const result = lab.send({ type: 'administrativeUnit.update', administrativeUnitId: unit, displayName: 'Seattle office', description: 'West coast' });
    expect(getById(lab.tenant.roles.administrativeUnits, unit)).toMatchObject({ displayName: 'Seattle office', description: 'West coast' });
    expect(result.ok && result.audit[0]).toMatchObject({
      activityDisplayName: 'Update administrative unit',
      targetResources: [
        expect.objectContaining({
          modifiedProperties: [
            { displayName: 'DisplayName', oldValue: 'Seattle', newValue: 'Seattle office' },
            { displayName: 'Description', oldValue: null, newValue: 'West coast' },
          ],
        }),
      ],
    });
  });

  it('never changes the restricted management setting after creation', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.expectRejected(
      { type: 'administrativeUnit.update', administrativeUnitId: unit, isMemberManagementRestricted: true },
      'InvalidValue',
      'The restricted management setting can be chosen only when the administrative unit is created.',
    );
    lab.run({ type: 'administrativeUnit.update', administrativeUnitId: unit, isMemberManagementRestricted: false, description: 'Same setting' });
  });

  it('refuses a blank name and a unit that does not exist', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.expectRejected({ type: 'administrativeUnit.update', administrativeUnitId: unit, displayName: '' }, 'RequiredPropertyMissing');
    lab.expectRejected({ type: 'administrativeUnit.update', administrativeUnitId: 'missing', displayName: 'X' }, 'ResourceNotFound');
  });

  it('denies a User Administrator', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.signInAs(NESTOR).expectRejected({ type: 'administrativeUnit.update', administrativeUnitId: unit, displayName: 'X' }, 'InsufficientPrivileges');
  });
});

describe('administrativeUnit.delete', () => {
  it('deletes the unit and the roles scoped over it', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle', [ALEX]);
    lab.run({ type: 'role.assign', principalId: lab.userId(LEE), roleDefinitionId: ROLE.helpdeskAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    lab.run({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(unit), expiresDateTime: '2026-06-01T00:00:00.000Z' });
    lab.run({ type: 'pim.assignEligible', principalId: lab.userId(LEE), roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    lab.signInAs(LEE).run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(unit), justification: 'Onboarding' });
    const result = lab.signInAs('admin@contoso.onmicrosoft.com').send({ type: 'administrativeUnit.delete', administrativeUnitId: unit });
    expect(result.ok && result.audit[0]).toMatchObject({ activityDisplayName: 'Delete administrative unit', category: 'AdministrativeUnit' });
    expect(lab.tenant.roles.administrativeUnits.size).toBe(0);
    expect(assignmentsOf(lab.tenant, lab.userId(LEE))).toEqual([]);
    expect(lab.tenant.roles.roleEligibilitySchedules.size).toBe(0);
    expect(lab.tenant.roles.roleAssignmentScheduleInstances.size).toBe(0);
    expect(toArray(lab.tenant.scheduledProcesses).filter((process) => process.kind.startsWith('pim.'))).toEqual([]);
  });

  it('refuses a unit that does not exist, and denies a User Administrator', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.expectRejected({ type: 'administrativeUnit.delete', administrativeUnitId: 'missing' }, 'ResourceNotFound');
    lab.signInAs(NESTOR).expectRejected({ type: 'administrativeUnit.delete', administrativeUnitId: unit }, 'InsufficientPrivileges');
  });
});

describe('administrativeUnit.addMembers', () => {
  it('adds users and groups, one audit record each', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    const finance = groupNamed(lab, 'Finance');
    const result = lab.send({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [lab.userId(ALEX), finance] });
    expect(administrativeUnitMembers(lab.tenant, unit)).toEqual({
      users: [expect.objectContaining({ userPrincipalName: ALEX })],
      groups: [expect.objectContaining({ displayName: 'Finance' })],
    });
    expect(administrativeUnitsOf(lab.tenant, finance).map((each) => each.displayName)).toEqual(['Seattle']);
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.targetResources[0]!.type])).toEqual([
      ['Add member to administrative unit', 'User'],
      ['Add member to administrative unit', 'Group'],
    ]);
  });

  it('refuses a member the unit already has, or one listed twice', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle', [ALEX]);
    lab.expectRejected({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [lab.userId(ALEX)] }, 'ReferenceAlreadyExists', ALREADY_MEMBER);
    lab.expectRejected({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [lab.userId(MEGAN), lab.userId(MEGAN)] }, 'ReferenceAlreadyExists', ALREADY_MEMBER);
  });

  it('refuses an object that is neither a user nor a group, an empty list and a missing unit', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.expectRejected({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: ['nobody'] }, 'ResourceNotFound');
    lab.expectRejected({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [] }, 'RequiredPropertyMissing', 'Select at least one user or group to add.');
    lab.expectRejected({ type: 'administrativeUnit.addMembers', administrativeUnitId: 'missing', memberIds: [lab.userId(ALEX)] }, 'ResourceNotFound');
  });

  it('keeps Microsoft 365 and mail-enabled groups out of a restricted management unit', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Executives', [], true);
    lab.expectRejected(
      { type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [groupNamed(lab, 'Retail')] },
      'MemberTypeNotSupported',
      "Retail can't be added. Restricted management administrative units can contain users and security groups only, not Microsoft 365 groups, mail-enabled security groups or distribution groups.",
    );
    lab.expectRejected({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [groupNamed(lab, 'Legal Team')] }, 'MemberTypeNotSupported');
    lab.run({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [groupNamed(lab, 'Finance')] });
  });

  it('logs the restricted management activity beside the ordinary one', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Executives', [], true);
    const result = lab.send({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [lab.userId(MEGAN)] });
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual([
      'Add member to administrative unit',
      'Add member to restricted management administrative unit',
    ]);
    expect(restrictedManagementUnitsOf(lab.tenant, lab.userId(MEGAN)).map((each) => each.displayName)).toEqual(['Executives']);
  });

  it('denies a User Administrator', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.signInAs(NESTOR).expectRejected({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [lab.userId(ALEX)] }, 'InsufficientPrivileges');
  });
});

describe('administrativeUnit.removeMember', () => {
  it('removes a member and logs it', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Executives', [MEGAN, ALEX], true);
    const result = lab.send({ type: 'administrativeUnit.removeMember', administrativeUnitId: unit, memberId: lab.userId(MEGAN) });
    expect(getById(lab.tenant.roles.administrativeUnits, unit)?.memberIds).toEqual([lab.userId(ALEX)]);
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual([
      'Remove member from administrative unit',
      'Remove member from restricted management administrative unit',
    ]);
  });

  it('refuses an object that is not a member, and denies a User Administrator', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle', [ALEX]);
    lab.expectRejected({ type: 'administrativeUnit.removeMember', administrativeUnitId: unit, memberId: lab.userId(MEGAN) }, 'ResourceNotFound');
    lab.expectRejected({ type: 'administrativeUnit.removeMember', administrativeUnitId: 'missing', memberId: lab.userId(ALEX) }, 'ResourceNotFound');
    lab.signInAs(NESTOR).expectRejected({ type: 'administrativeUnit.removeMember', administrativeUnitId: unit, memberId: lab.userId(ALEX) }, 'InsufficientPrivileges');
  });
});

describe('roles scoped to an administrative unit', () => {
  function seattleWithScopedAdmin(roleDefinitionId: string) {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle', [MEGAN, EMILY]);
    lab.run({ type: 'role.assign', principalId: lab.userId(LEE), roleDefinitionId, directoryScopeId: administrativeUnitScope(unit) });
    return { lab: lab.signInAs(LEE), unit };
  }

  it('lets an AU-scoped Helpdesk Administrator reset passwords of the unit’s members only', () => {
    const { lab } = seattleWithScopedAdmin(ROLE.helpdeskAdministrator);
    lab.run({ type: 'user.resetPassword', userId: lab.userId(MEGAN), password: 'Contoso!2026x', forceChangePasswordNextSignIn: true });
    lab.expectRejected({ type: 'user.resetPassword', userId: lab.userId(ALEX), password: 'Contoso!2026x', forceChangePasswordNextSignIn: true }, 'InsufficientPrivileges');
  });

  it('lets an AU-scoped User Administrator edit members but not users outside, nor create users', () => {
    const { lab } = seattleWithScopedAdmin(ROLE.userAdministrator);
    lab.run({ type: 'user.update', userId: lab.userId(MEGAN), changes: { department: 'Sales' } });
    lab.expectUser(MEGAN).toHave({ department: 'Sales' });
    lab.expectRejected({ type: 'user.update', userId: lab.userId(ALEX), changes: { department: 'Sales' } }, 'InsufficientPrivileges');
    lab.expectRejected({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat' }, 'InsufficientPrivileges');
  });

  it('keeps an AU-scoped admin from deleting or resetting a member who holds an admin role', () => {
    const { lab, unit } = seattleWithScopedAdmin(ROLE.userAdministrator);
    lab.signInAs('admin@contoso.onmicrosoft.com').run({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [lab.userId(ALLAN)] });
    // Allan is a Helpdesk Administrator: a tenant-wide User Administrator may reset his password,
    // but administrative-unit scope reaches only members without an admin role.
    lab.signInAs(LEE).expectRejected({ type: 'user.resetPassword', userId: lab.userId(ALLAN), forceChangePasswordNextSignIn: true }, 'InsufficientPrivileges');
    lab.expectRejected({ type: 'user.delete', userId: lab.userId(ALLAN) }, 'InsufficientPrivileges');
    lab.run({ type: 'user.resetPassword', userId: lab.userId(MEGAN), forceChangePasswordNextSignIn: true });
    lab.run({ type: 'user.delete', userId: lab.userId(MEGAN) });
    lab.signInAs(NESTOR).run({ type: 'user.resetPassword', userId: lab.userId(ALLAN), forceChangePasswordNextSignIn: true });
  });

  it('reaches a group in the unit but not that group’s members', () => {
    const lab = new TestTenant();
    const finance = groupNamed(lab, 'Finance');
    const unit = createUnit(lab, 'Finance unit');
    lab.run({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [finance] });
    lab.run({ type: 'role.assign', principalId: lab.userId(LEE), roleDefinitionId: ROLE.groupsAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    lab.signInAs(LEE).run({ type: 'group.update', groupId: finance, changes: { description: 'Finance and accounting' } });
    lab.run({ type: 'group.addMembers', groupId: finance, memberIds: [lab.userId(ALEX)] });
    lab.expectRejected({ type: 'group.update', groupId: groupNamed(lab, 'IT Department'), changes: { description: 'IT' } }, 'InsufficientPrivileges');
  });

  it('stops reaching a user once they leave the unit', () => {
    const { lab, unit } = seattleWithScopedAdmin(ROLE.userAdministrator);
    lab.signInAs('admin@contoso.onmicrosoft.com').run({ type: 'administrativeUnit.removeMember', administrativeUnitId: unit, memberId: lab.userId(MEGAN) });
    lab.signInAs(LEE).expectRejected({ type: 'user.update', userId: lab.userId(MEGAN), changes: { department: 'Sales' } }, 'InsufficientPrivileges');
  });
});

describe('restricted management administrative units', () => {
  it('keeps tenant-wide admins, Global Administrator included, from changing members', () => {
    const lab = new TestTenant();
    createUnit(lab, 'Executives', [MEGAN], true);
    lab.expectRejected({ type: 'user.update', userId: lab.userId(MEGAN), changes: { jobTitle: 'CMO' } }, 'InsufficientPrivileges');
    lab.signInAs(NESTOR).expectRejected({ type: 'user.update', userId: lab.userId(MEGAN), changes: { jobTitle: 'CMO' } }, 'InsufficientPrivileges');
    lab.run({ type: 'user.update', userId: lab.userId(ALEX), changes: { jobTitle: 'Marketing Lead' } });
  });

  it('lets an admin scoped to the restricted unit change its members', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Executives', [MEGAN], true);
    lab.run({ type: 'role.assign', principalId: lab.userId(LEE), roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    lab.signInAs(LEE).run({ type: 'user.update', userId: lab.userId(MEGAN), changes: { jobTitle: 'CMO' } });
    lab.expectUser(MEGAN).toHave({ jobTitle: 'CMO' });
  });

  it('does not let a role over an ordinary unit reach a member of a restricted one', () => {
    const lab = new TestTenant();
    createUnit(lab, 'Executives', [MEGAN], true);
    const ordinary = createUnit(lab, 'Marketing', [MEGAN]);
    lab.run({ type: 'role.assign', principalId: lab.userId(LEE), roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(ordinary) });
    lab.signInAs(LEE).expectRejected({ type: 'user.update', userId: lab.userId(MEGAN), changes: { jobTitle: 'CMO' } }, 'InsufficientPrivileges');
  });

  it('still lets a Global Administrator manage the unit itself and take a member out', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Executives', [MEGAN], true);
    lab.run({ type: 'administrativeUnit.removeMember', administrativeUnitId: unit, memberId: lab.userId(MEGAN) });
    lab.run({ type: 'user.update', userId: lab.userId(MEGAN), changes: { jobTitle: 'CMO' } });
  });

  it('protects a security group in the unit from tenant-wide group admins', () => {
    const { lab, groupId } = withRoleGroup();
    const finance = groupNamed(lab, 'Finance');
    createUnit(lab, 'Executives', [], true);
    const unit = created(lab);
    lab.run({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [finance] });
    lab.expectRejected({ type: 'group.update', groupId: finance, changes: { description: 'Locked' } }, 'InsufficientPrivileges');
    lab.run({ type: 'group.update', groupId, changes: { description: 'Not in the unit' } });
  });
});

describe('replay', () => {
  it('replays administrative unit work to the same state', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle', [MEGAN, ALEX]);
    lab.run({ type: 'administrativeUnit.update', administrativeUnitId: unit, description: 'West' });
    lab.run({ type: 'administrativeUnit.removeMember', administrativeUnitId: unit, memberId: lab.userId(ALEX) });
    lab.send({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [lab.userId(MEGAN)] });
    lab.run({ type: 'role.assign', principalId: lab.userId(LEE), roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    lab.signInAs(LEE).run({ type: 'user.update', userId: lab.userId(MEGAN), changes: { city: 'Seattle' } });
    lab.send({ type: 'user.update', userId: lab.userId(ALEX), changes: { city: 'Seattle' } });
    lab.signInAs('admin@contoso.onmicrosoft.com').run({ type: 'administrativeUnit.delete', administrativeUnitId: unit });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
