import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  administrativeUnitScope,
  createContosoTenant,
  dropRoleReferences,
  isAuthorized,
  replay,
  ROLE,
  roleHolders,
  rolesOfUser,
  signedInAs,
  toArray,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';
import { assignmentsOf, createUnit, withRoleGroup } from './roles.support';

const MEGAN = 'MeganB@contoso.com';
const NESTOR = 'NestorW@contoso.com';
const ADMIN = 'admin@contoso.onmicrosoft.com';
const CONFLICT = 'A conflicting object with one or more of the specified property values is present in the directory.';

describe('role.assign', () => {
  it('gives a user a directory-wide role and logs "Add member to role" with the role named', () => {
    const lab = new TestTenant();
    const megan = lab.userId(MEGAN);
    const result = lab.send({ type: 'role.assign', principalId: megan, roleDefinitionId: ROLE.userAdministrator });
    expect(result.ok).toBe(true);
    expect(assignmentsOf(lab.tenant, megan)).toMatchObject([{ roleDefinitionId: ROLE.userAdministrator, directoryScopeId: '/' }]);
    if (!result.ok) return;
    expect(result.audit[0]).toMatchObject({
      activityDisplayName: 'Add member to role',
      category: 'RoleManagement',
      loggedByService: 'Core Directory',
      operationType: 'Assign',
    });
    expect(result.audit[0]!.targetResources[0]).toMatchObject({ id: megan, type: 'User' });
    expect(result.audit[0]!.targetResources[0]!.modifiedProperties).toContainEqual({ displayName: 'Role.DisplayName', oldValue: null, newValue: 'User Administrator' });
    expect(result.audit[0]!.targetResources[1]).toMatchObject({ id: ROLE.userAdministrator, type: 'Role', displayName: 'User Administrator' });
  });

  it('lets a Privileged Role Administrator assign roles', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.privilegedRoleAdministrator });
    lab.signInAs(MEGAN).run({ type: 'role.assign', principalId: lab.userId('AlexW@contoso.com'), roleDefinitionId: ROLE.helpdeskAdministrator });
    expect(assignmentsOf(lab.tenant, lab.userId('AlexW@contoso.com'))).toHaveLength(1);
  });

  it('denies a User Administrator, who cannot manage role assignments', () => {
    const lab = new TestTenant().signInAs(NESTOR);
    lab.expectRejected(
      { type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.helpdeskAdministrator },
      'InsufficientPrivileges',
      'Insufficient privileges to complete the operation.',
    );
    expect(lab.lastResult).toMatchObject({ ok: false, audit: { activityDisplayName: 'Add member to role', result: 'failure' } });
  });

  it('assigns a role to a role-assignable group', () => {
    const { lab, groupId } = withRoleGroup();
    lab.run({ type: 'role.assign', principalId: groupId, roleDefinitionId: ROLE.helpdeskAdministrator });
    expect(lab.lastResult?.ok && lab.lastResult.audit[0]!.targetResources[0]).toMatchObject({ id: groupId, type: 'Group', displayName: 'Tier 1 Support' });
    expect(assignmentsOf(lab.tenant, groupId)).toHaveLength(1);
  });

  it('refuses a group that was not created role-assignable, with Graph’s message', () => {
    const lab = new TestTenant();
    const finance = toArray(lab.tenant.directory.groups).find((group) => group.displayName === 'Finance')!;
    lab.expectRejected(
      { type: 'role.assign', principalId: finance.id, roleDefinitionId: ROLE.helpdeskAdministrator },
      'GroupNotRoleAssignable',
      'Groups without IsAssignableToRole property set cannot be assigned to roles.',
    );
  });

  it('refuses a principal that does not exist', () => {
    new TestTenant().expectRejected({ type: 'role.assign', principalId: 'missing', roleDefinitionId: ROLE.helpdeskAdministrator }, 'ResourceNotFound', /Resource 'missing' does not exist/);
  });

  it('refuses a role definition that does not exist', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: 'not-a-role' }, 'ResourceNotFound', /Resource 'not-a-role' does not exist/);
  });

  it('refuses a second identical assignment with Graph’s conflict message', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'role.assign', principalId: lab.userId(NESTOR), roleDefinitionId: ROLE.userAdministrator }, 'ConflictingObject', CONFLICT);
  });

  it('allows the same role again at another scope', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.run({ type: 'role.assign', principalId: lab.userId(NESTOR), roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    expect(assignmentsOf(lab.tenant, lab.userId(NESTOR)).map((assignment) => assignment.directoryScopeId)).toEqual(['/', `/administrativeUnits/${unit}`]);
  });

  it('scopes a role that allows it to an administrative unit', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.helpdeskAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    expect(roleHolders(lab.tenant, ROLE.helpdeskAdministrator)).toContainEqual(
      expect.objectContaining({ principalId: lab.userId(MEGAN), scopeDisplayName: 'Seattle', assignmentType: 'Assigned' }),
    );
  });

  it('refuses administrative unit scope for a role Entra assigns only directory-wide', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle');
    lab.expectRejected(
      { type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.globalAdministrator, directoryScopeId: administrativeUnitScope(unit) },
      'ScopeNotSupported',
      "The Global Administrator role can't be assigned with administrative unit scope. Assign it to the whole directory instead.",
    );
  });

  it('refuses a scope that is neither the directory nor an administrative unit', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.helpdeskAdministrator, directoryScopeId: '/groups/x' },
      'InvalidValue',
      "Invalid value specified for property 'directoryScopeId' of resource 'RoleAssignment'.",
    );
  });

  it('refuses an administrative unit that does not exist', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.helpdeskAdministrator, directoryScopeId: administrativeUnitScope('gone') },
      'ResourceNotFound',
      /Resource 'gone' does not exist/,
    );
  });

  it('logs an extra record for a role scoped over a restricted management administrative unit', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Executives', [], true);
    const result = lab.send({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual([
      'Add member to role',
      'Add member to role scoped over Restricted Management Administrative Unit',
    ]);
  });
});

describe('role.remove', () => {
  it('removes an assignment by its id', () => {
    const lab = new TestTenant();
    const nestor = lab.userId(NESTOR);
    const [assignment] = assignmentsOf(lab.tenant, nestor);
    const result = lab.send({ type: 'role.remove', assignmentId: assignment!.id });
    expect(assignmentsOf(lab.tenant, nestor)).toEqual([]);
    expect(result.ok && result.audit[0]).toMatchObject({ activityDisplayName: 'Remove member from role', operationType: 'Unassign' });
  });

  it('removes an assignment named by principal, role and scope', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.remove', principalId: lab.userId(NESTOR), roleDefinitionId: ROLE.userAdministrator });
    expect(assignmentsOf(lab.tenant, lab.userId(NESTOR))).toEqual([]);
  });

  it('refuses an assignment that does not exist', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'role.remove', assignmentId: 'missing' }, 'ResourceNotFound');
    lab.expectRejected({ type: 'role.remove', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator }, 'ResourceNotFound');
  });

  it('denies a User Administrator', () => {
    const lab = new TestTenant().signInAs(NESTOR);
    lab.expectRejected({ type: 'role.remove', principalId: lab.userId('AllanD@contoso.com'), roleDefinitionId: ROLE.helpdeskAdministrator }, 'InsufficientPrivileges');
  });

  it('keeps a Global Administrator from removing their own Global Administrator role', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.globalAdministrator });
    lab.expectRejected(
      { type: 'role.remove', principalId: lab.userId(ADMIN), roleDefinitionId: ROLE.globalAdministrator },
      'RoleRemovalNotAllowed',
      'Removing self from Global Administrator built-in role is not allowed',
    );
  });

  it('keeps the tenant from losing its last active Global Administrator', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.privilegedRoleAdministrator });
    lab.signInAs(MEGAN).expectRejected(
      { type: 'role.remove', principalId: lab.userId(ADMIN), roleDefinitionId: ROLE.globalAdministrator },
      'RoleRemovalNotAllowed',
      "The last active Global Administrator assignment can't be removed. Assign the Global Administrator role to someone else first.",
    );
  });

  it('lets another Global Administrator go while one remains', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.globalAdministrator });
    lab.run({ type: 'role.remove', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.globalAdministrator });
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.globalAdministrator });
    lab.signInAs(MEGAN).run({ type: 'role.remove', principalId: lab.userId(ADMIN), roleDefinitionId: ROLE.globalAdministrator });
    expect(isAuthorized(lab.tenant, signedInAs(lab.userId(ADMIN)), { action: 'microsoft.directory/users/create' })).toBe(false);
  });

  it('counts a Global Administrator who holds the role through a group', () => {
    const { lab, groupId } = withRoleGroup();
    lab.run({ type: 'role.assign', principalId: groupId, roleDefinitionId: ROLE.globalAdministrator });
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.privilegedRoleAdministrator });
    lab.signInAs(MEGAN).run({ type: 'role.remove', principalId: lab.userId(ADMIN), roleDefinitionId: ROLE.globalAdministrator });
    lab.expectRejected({ type: 'role.remove', principalId: groupId, roleDefinitionId: ROLE.globalAdministrator }, 'RoleRemovalNotAllowed');
  });
});

describe('roles held through role-assignable groups', () => {
  it('gives the group’s direct members the role’s permissions, and takes them away when they leave', () => {
    const { lab, groupId } = withRoleGroup();
    const adele = signedInAs(lab.userId('AdeleV@contoso.com'));
    const reset = { action: 'microsoft.directory/users/password/update' };
    expect(isAuthorized(lab.tenant, adele, reset)).toBe(false);
    lab.run({ type: 'role.assign', principalId: groupId, roleDefinitionId: ROLE.helpdeskAdministrator });
    expect(isAuthorized(lab.tenant, adele, reset)).toBe(true);
    expect(isAuthorized(lab.tenant, signedInAs(lab.userId(MEGAN)), reset)).toBe(false);
    lab.run({ type: 'group.removeMember', groupId, memberId: lab.userId('AdeleV@contoso.com') });
    expect(isAuthorized(lab.tenant, adele, reset)).toBe(false);
  });

  it('lets a member act with the group’s role through dispatch', () => {
    const { lab, groupId } = withRoleGroup();
    lab.run({ type: 'role.assign', principalId: groupId, roleDefinitionId: ROLE.userAdministrator });
    lab.signInAs('AlexW@contoso.com').run({ type: 'user.update', userId: lab.userId(MEGAN), changes: { jobTitle: 'CMO' } });
    lab.expectUser(MEGAN).toHave({ jobTitle: 'CMO' });
  });

  it('lists the group and each member as holders of the role', () => {
    const { lab, groupId } = withRoleGroup();
    lab.run({ type: 'role.assign', principalId: groupId, roleDefinitionId: ROLE.helpdeskAdministrator });
    const rows = roleHolders(lab.tenant, ROLE.helpdeskAdministrator).filter((row) => row.groupId === groupId || row.principalId === groupId);
    expect(rows.map((row) => [row.displayName, row.memberType])).toEqual([
      ['Tier 1 Support', 'Direct'],
      ['Adele Vance', 'Group'],
      ['Alex Wilber', 'Group'],
    ]);
    expect(rolesOfUser(lab.tenant, lab.userId('AdeleV@contoso.com')).active).toEqual([
      expect.objectContaining({ roleDefinitionId: ROLE.helpdeskAdministrator, memberType: 'Group', groupId }),
    ]);
  });
});

describe('replay', () => {
  it('replays role assignments and removals to the same state', () => {
    const { lab, groupId } = withRoleGroup();
    const unit = createUnit(lab, 'Seattle', [MEGAN]);
    lab.run({ type: 'role.assign', principalId: groupId, roleDefinitionId: ROLE.helpdeskAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    lab.run({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.privilegedRoleAdministrator });
    lab.send({ type: 'role.assign', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.privilegedRoleAdministrator });
    lab.run({ type: 'role.remove', principalId: lab.userId(NESTOR), roleDefinitionId: ROLE.userAdministrator });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});

describe('dropRoleReferences', () => {
  it('keeps a soft-deleted user’s roles for a restore and drops them when the user is purged', () => {
    const lab = new TestTenant();
    const megan = lab.userId(MEGAN);
    lab.run({ type: 'role.assign', principalId: megan, roleDefinitionId: ROLE.helpdeskAdministrator });
    lab.run({ type: 'user.delete', userId: megan });
    expect(assignmentsOf(lab.tenant, megan)).toHaveLength(1);
    expect(roleHolders(lab.tenant, ROLE.helpdeskAdministrator).map((row) => row.principalId)).not.toContain(megan);
    lab.run({ type: 'clock.advance', duration: 'P31D' });
    expect(assignmentsOf(lab.tenant, megan)).toEqual([]);
  });

  it('forgets the roles, eligibilities, activations and unit memberships of an object gone for good', () => {
    const lab = new TestTenant();
    const megan = lab.userId(MEGAN);
    const unit = createUnit(lab, 'Seattle', [MEGAN, 'AlexW@contoso.com']);
    lab.run({ type: 'role.assign', principalId: megan, roleDefinitionId: ROLE.helpdeskAdministrator });
    lab.run({ type: 'pim.assignEligible', principalId: megan, roleDefinitionId: ROLE.userAdministrator, expiresDateTime: '2026-04-01T00:00:00.000Z' });
    lab.signInAs(MEGAN).run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x' });
    const after = produce(lab.tenant, (draft) => dropRoleReferences(draft, megan));
    expect(assignmentsOf(after, megan)).toEqual([]);
    expect(after.roles.roleEligibilitySchedules.size).toBe(0);
    expect(after.roles.roleAssignmentScheduleInstances.size).toBe(0);
    expect(toArray(after.scheduledProcesses).filter((process) => process.kind.startsWith('pim.'))).toEqual([]);
    expect(toArray(after.roles.administrativeUnits).find((each) => each.id === unit)?.memberIds).toEqual([lab.userId('AlexW@contoso.com')]);
  });
});
