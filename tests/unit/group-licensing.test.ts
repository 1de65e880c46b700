import { describe, expect, it } from 'vitest';
import {
  createContosoTenant,
  findEntity,
  findUserByUserPrincipalName,
  groupLicensing,
  replay,
  ROLE,
  skuById,
  skuByPartNumber,
  type LicenseAssignmentStateRecord,
  type Tenant,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const skuId = (skuPartNumber: string) => skuByPartNumber(skuPartNumber)!.skuId;
const planId = (skuPartNumber: string, servicePlanName: string) =>
  skuByPartNumber(skuPartNumber)!.servicePlans.find((plan) => plan.servicePlanName === servicePlanName)!.servicePlanId;

const E3 = skuId('ENTERPRISEPACK');
const E1 = skuId('STANDARDPACK');
const EMS = skuId('EMSPREMIUM');
const AUDIO_CONFERENCING = skuId('MCOMEETADV');

const consumed = (tenant: Tenant, id: string) => findEntity(tenant.licensing.subscribedSkus, (sku) => sku.skuId === id)!.consumedUnits;
const groupNamed = (lab: TestTenant, displayName: string) => findEntity(lab.tenant.directory.groups, (group) => group.displayName === displayName)!.id;

function statesOf(lab: TestTenant, upn: string): Pick<LicenseAssignmentStateRecord, 'skuId' | 'assignedByGroup' | 'state' | 'error'>[] {
  return findUserByUserPrincipalName(lab.tenant, upn)!.licenseAssignmentStates.map(({ skuId, assignedByGroup, state, error }) => ({ skuId, assignedByGroup, state, error }));
}

function heldSkus(lab: TestTenant, upn: string): string[] {
  return findUserByUserPrincipalName(lab.tenant, upn)!.assignedLicenses.map((license) => license.skuId);
}

/** A new cloud security group with these members, created through the groups commands. */
function securityGroup(lab: TestTenant, displayName: string, upns: readonly string[]): string {
  lab.run({ type: 'group.create', displayName, mailEnabled: false, securityEnabled: true, memberIds: upns.map((upn) => lab.userId(upn)) });
  return groupNamed(lab, displayName);
}

function license(lab: TestTenant, groupId: string, add: readonly { skuId: string; disabledPlans?: string[] }[], remove: readonly string[] = []) {
  return lab.send({
    type: 'group.assignLicense',
    groupId,
    addLicenses: add.map((entry) => ({ skuId: entry.skuId, disabledPlans: entry.disabledPlans ?? [] })),
    removeLicenses: remove,
  });
}

describe('group.assignLicense', () => {
  it('gives every direct user member the group’s products, with Entra’s processing records', () => {
    const lab = new TestTenant();
    const it = groupNamed(lab, 'IT Department');
    const result = license(lab, it, [{ skuId: EMS }]);
    expect(statesOf(lab, 'AllanD@contoso.com')).toEqual([
      { skuId: E3, assignedByGroup: null, state: 'Active', error: 'None' },
      { skuId: EMS, assignedByGroup: it, state: 'Active', error: 'None' },
    ]);
    expect(heldSkus(lab, 'admin@contoso.onmicrosoft.com')).toContain(EMS);
    expect(consumed(lab.tenant, EMS)).toBe(2);
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.initiatedBy.app?.displayName ?? 'admin'])).toEqual([
      ['Set group license', 'admin'],
      ['Start applying group based license to users', 'Microsoft Entra group-Based Licensing'],
      ['Change user license', 'Microsoft Entra group-Based Licensing'],
      ['Change user license', 'Microsoft Entra group-Based Licensing'],
      ['Finish applying group based license to users', 'Microsoft Entra group-Based Licensing'],
    ]);
    expect(result.ok && result.audit.at(-1)!.targetResources[0]!.modifiedProperties[0]!.newValue).toBe(
      '[Users successfully assigned licenses: 2, Users for whom license assignment failed: 0.]',
    );
    expect(groupLicensing(lab.tenant, it)).toMatchObject({ status: 'All licenses assigned', assignedCount: 2, usersInError: [] });
  });

  it('writes each member’s "Change user license" with the products before and after, and keeps members apart when one changes later', () => {
    const lab = new TestTenant();
    const it = groupNamed(lab, 'IT Department');
    const result = license(lab, it, [{ skuId: EMS }]);
    if (!result.ok) throw new Error(result.error.message);
    const changes = result.audit.filter((record) => record.activityDisplayName === 'Change user license');
    const describe = (skus: readonly string[]) => `[${skus.map((id) => `[SkuName=${skuById(id)!.skuPartNumber}, SkuId=${id}, DisabledPlans=[]]`).join(', ')}]`;
    const members = ['admin@contoso.onmicrosoft.com', 'AllanD@contoso.com'];
    const heldBefore = new Map(members.map((upn) => [upn, findUserByUserPrincipalName(createContosoTenant(), upn)!.assignedLicenses.map((held) => held.skuId)]));
    expect(new Map(changes.map((record) => [record.targetResources[0]!.userPrincipalName, record.targetResources]))).toEqual(
      new Map(
        members.map((upn) => [
          upn,
          [{ id: lab.userId(upn), displayName: expect.any(String), type: 'User', userPrincipalName: upn, modifiedProperties: [{ displayName: 'AssignedLicense', oldValue: describe(heldBefore.get(upn)!), newValue: describe([...heldBefore.get(upn)!, EMS]) }] }],
        ]),
      ),
    );
    for (const record of changes) expect(Object.isFrozen(record.targetResources[0]!.modifiedProperties[0])).toBe(true);

    // Members given the same product share what they were given; a later change to one leaves the other as it was.
    lab.run({ type: 'user.update', userId: lab.userId('admin@contoso.onmicrosoft.com'), changes: { usageLocation: 'KP' } });
    expect(statesOf(lab, 'admin@contoso.onmicrosoft.com').find((record) => record.skuId === EMS)).toEqual({ skuId: EMS, assignedByGroup: it, state: 'ActiveWithError', error: 'ProhibitedInUsageLocationViolation' });
    expect(statesOf(lab, 'AllanD@contoso.com')).toEqual([
      { skuId: E3, assignedByGroup: null, state: 'Active', error: 'None' },
      { skuId: EMS, assignedByGroup: it, state: 'Active', error: 'None' },
    ]);
    expect(replay(createContosoTenant(), lab.log)).toEqual(lab.tenant);
  });

  it('does not reach the members of a nested group', () => {
    const lab = new TestTenant();
    const parent = securityGroup(lab, 'All staff', ['DebraB@contoso.com']);
    lab.run({ type: 'group.addMembers', groupId: parent, memberIds: [groupNamed(lab, 'IT Department')] });
    license(lab, parent, [{ skuId: EMS }]);
    expect(heldSkus(lab, 'DebraB@contoso.com')).toEqual([EMS]);
    expect(heldSkus(lab, 'AllanD@contoso.com')).toEqual([E3]);
    expect(consumed(lab.tenant, EMS)).toBe(1);
  });

  it('licenses a member without a usage location under the tenant’s country, leaving the property empty', () => {
    const lab = new TestTenant();
    const group = securityGroup(lab, 'Field', ['CameronW@contoso.com']);
    license(lab, group, [{ skuId: EMS }]);
    expect(statesOf(lab, 'CameronW@contoso.com')).toEqual([{ skuId: EMS, assignedByGroup: group, state: 'Active', error: 'None' }]);
    lab.expectUser('CameronW@contoso.com').toHave({ usageLocation: null });
  });

  it('takes one seat from a user who has the product directly and from a group, with a plan on if any source turns it on', () => {
    const lab = new TestTenant();
    const teams = planId('ENTERPRISEPACK', 'TEAMS1');
    const group = securityGroup(lab, 'E3 without Teams', ['AlexW@contoso.com']);
    license(lab, group, [{ skuId: E3, disabledPlans: [teams] }]);
    expect(consumed(lab.tenant, E3)).toBe(12);
    expect(findUserByUserPrincipalName(lab.tenant, 'AlexW@contoso.com')!.assignedLicenses).toEqual([{ skuId: E3, disabledPlans: [] }]);
    lab.run({ type: 'user.assignLicense', userId: lab.userId('AlexW@contoso.com'), addLicenses: [], removeLicenses: [E3] });
    expect(consumed(lab.tenant, E3)).toBe(12);
    expect(findUserByUserPrincipalName(lab.tenant, 'AlexW@contoso.com')!.assignedLicenses).toEqual([{ skuId: E3, disabledPlans: [teams] }]);
  });

  it('records CountViolation for the members it runs out of seats for, and counts only the seats it gave', () => {
    const lab = new TestTenant();
    const group = securityGroup(lab, 'New hires', ['DebraB@contoso.com', 'ChristieC@contoso.com', 'IrvinS@contoso.com']);
    const result = license(lab, group, [{ skuId: E3 }]);
    const errors = ['DebraB', 'ChristieC', 'IrvinS'].map((alias) => statesOf(lab, `${alias}@contoso.com`)[0]!.error);
    expect(errors.filter((error) => error === 'None')).toHaveLength(1);
    expect(errors.filter((error) => error === 'CountViolation')).toHaveLength(2);
    expect(consumed(lab.tenant, E3)).toBe(13);
    expect(result.ok && result.audit.at(-1)!.targetResources[0]!.modifiedProperties[0]!.newValue).toBe(
      '[Users successfully assigned licenses: 1, Users for whom license assignment failed: 2.]',
    );
    const status = groupLicensing(lab.tenant, group)!;
    expect(status.status).toBe('Errors & issues');
    expect(status.usersInError.map((user) => user.errors)).toEqual([[{ skuId: E3, error: 'CountViolation' }], [{ skuId: E3, error: 'CountViolation' }]]);
  });

  it('assigns none of a group’s products to a user for whom one of them fails', () => {
    const lab = new TestTenant();
    const group = securityGroup(lab, 'Bundle', ['DebraB@contoso.com', 'ChristieC@contoso.com']);
    license(lab, group, [{ skuId: E3 }, { skuId: EMS }]);
    const failed = ['DebraB', 'ChristieC'].find((alias) => heldSkus(lab, `${alias}@contoso.com`).length === 0)!;
    expect(statesOf(lab, `${failed}@contoso.com`).map((record) => [record.state, record.error])).toEqual([
      ['Error', 'CountViolation'],
      ['Error', 'CountViolation'],
    ]);
    expect(consumed(lab.tenant, EMS)).toBe(1);
  });

  it('gives the seats bought later to the members in CountViolation, by itself', () => {
    const lab = new TestTenant();
    const group = securityGroup(lab, 'New hires', ['DebraB@contoso.com', 'ChristieC@contoso.com', 'IrvinS@contoso.com']);
    license(lab, group, [{ skuId: E3 }]);
    lab.run({ type: 'subscription.buyLicenses', skuId: E3, quantity: 2 });
    for (const alias of ['DebraB', 'ChristieC', 'IrvinS']) expect(heldSkus(lab, `${alias}@contoso.com`)).toEqual([E3]);
    expect(consumed(lab.tenant, E3)).toBe(15);
    expect(groupLicensing(lab.tenant, group)!.status).toBe('All licenses assigned');
  });

  it('needs Reprocess to use seats freed by taking a license from someone else', () => {
    const lab = new TestTenant();
    const group = securityGroup(lab, 'New hires', ['DebraB@contoso.com', 'ChristieC@contoso.com']);
    license(lab, group, [{ skuId: E3 }]);
    lab.run({ type: 'user.assignLicense', userId: lab.userId('AlexW@contoso.com'), addLicenses: [], removeLicenses: [E3] });
    expect(groupLicensing(lab.tenant, group)!.usersInError).toHaveLength(1);
    const result = lab.send({ type: 'group.reprocessLicenseAssignment', groupId: group });
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual([
      'Trigger group license recalculation',
      'Start applying group based license to users',
      'Change user license',
      'Finish applying group based license to users',
    ]);
    expect(groupLicensing(lab.tenant, group)!.usersInError).toHaveLength(0);
    expect(consumed(lab.tenant, E3)).toBe(13);
  });

  it('records MutuallyExclusiveViolation, and assigns once the conflicting direct license is removed', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.buyLicenses', skuId: E1, quantity: 5 });
    const group = securityGroup(lab, 'Frontline E1', ['AlexW@contoso.com']);
    license(lab, group, [{ skuId: E1 }]);
    expect(statesOf(lab, 'AlexW@contoso.com')[1]).toEqual({ skuId: E1, assignedByGroup: group, state: 'Error', error: 'MutuallyExclusiveViolation' });
    lab.run({ type: 'user.assignLicense', userId: lab.userId('AlexW@contoso.com'), addLicenses: [], removeLicenses: [E3] });
    expect(statesOf(lab, 'AlexW@contoso.com')).toEqual([{ skuId: E1, assignedByGroup: group, state: 'Active', error: 'None' }]);
  });

  it('records ProhibitedInUsageLocationViolation, and assigns once the usage location is corrected', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.setUsageLocation', userId: lab.userId('DebraB@contoso.com'), usageLocation: 'SY' });
    const group = securityGroup(lab, 'Staff', ['DebraB@contoso.com']);
    license(lab, group, [{ skuId: EMS }]);
    expect(statesOf(lab, 'DebraB@contoso.com')[0]!.error).toBe('ProhibitedInUsageLocationViolation');
    lab.run({ type: 'user.setUsageLocation', userId: lab.userId('DebraB@contoso.com'), usageLocation: 'US' });
    expect(statesOf(lab, 'DebraB@contoso.com')[0]).toMatchObject({ state: 'Active', error: 'None' });
  });

  it('keeps a license a leaving member still needs as ActiveWithError (DependencyViolation)', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.buyLicenses', skuId: AUDIO_CONFERENCING, quantity: 5 });
    const group = securityGroup(lab, 'E3 users', ['DebraB@contoso.com']);
    license(lab, group, [{ skuId: E3 }]);
    lab.run({ type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: AUDIO_CONFERENCING, disabledPlans: [] }], removeLicenses: [] });
    lab.run({ type: 'group.removeMember', groupId: group, memberId: lab.userId('DebraB@contoso.com') });
    expect(statesOf(lab, 'DebraB@contoso.com')).toEqual([
      { skuId: AUDIO_CONFERENCING, assignedByGroup: null, state: 'Active', error: 'None' },
      { skuId: E3, assignedByGroup: group, state: 'ActiveWithError', error: 'DependencyViolation' },
    ]);
    expect(consumed(lab.tenant, E3)).toBe(13);
    lab.run({ type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [], removeLicenses: [AUDIO_CONFERENCING] });
    expect(statesOf(lab, 'DebraB@contoso.com')).toEqual([]);
    expect(consumed(lab.tenant, E3)).toBe(12);
  });

  it('takes its licenses from members who leave and from everyone when removed from the group', () => {
    const lab = new TestTenant();
    const it = groupNamed(lab, 'IT Department');
    license(lab, it, [{ skuId: EMS }]);
    lab.run({ type: 'group.removeMember', groupId: it, memberId: lab.userId('AllanD@contoso.com') });
    expect(heldSkus(lab, 'AllanD@contoso.com')).toEqual([E3]);
    expect(consumed(lab.tenant, EMS)).toBe(1);
    license(lab, it, [], [EMS]);
    expect(heldSkus(lab, 'admin@contoso.onmicrosoft.com')).not.toContain(EMS);
    expect(consumed(lab.tenant, EMS)).toBe(0);
    expect(groupLicensing(lab.tenant, it)!.status).toBeNull();
  });

  it('licenses members a dynamic group gains when a user’s department changes', () => {
    const lab = new TestTenant();
    lab.run({
      type: 'group.create',
      displayName: 'Finance (dynamic)',
      mailEnabled: false,
      securityEnabled: true,
      groupTypes: ['DynamicMembership'],
      membershipRule: 'user.department -eq "Finance"',
      membershipRuleProcessingState: 'On',
    });
    license(lab, groupNamed(lab, 'Finance (dynamic)'), [{ skuId: EMS }]);
    expect(heldSkus(lab, 'EmilyB@contoso.com')).toContain(EMS);
    lab.run({ type: 'user.update', userId: lab.userId('DebraB@contoso.com'), changes: { department: 'Finance' } });
    expect(heldSkus(lab, 'DebraB@contoso.com')).toEqual([EMS]);
    lab.run({ type: 'user.update', userId: lab.userId('DebraB@contoso.com'), changes: { department: 'Sales' } });
    expect(heldSkus(lab, 'DebraB@contoso.com')).toEqual([]);
  });

  it('frees the seats of a deleted member and takes them again on restore', () => {
    const lab = new TestTenant();
    const it = groupNamed(lab, 'IT Department');
    license(lab, it, [{ skuId: EMS }]);
    lab.run({ type: 'user.delete', userId: lab.userId('AllanD@contoso.com') });
    expect(consumed(lab.tenant, EMS)).toBe(1);
    expect(consumed(lab.tenant, E3)).toBe(11);
    lab.run({ type: 'user.restore', userId: findEntity(lab.tenant.directory.deletedUsers, (user) => user.mailNickname === 'AllanD')!.id });
    expect(heldSkus(lab, 'AllanD@contoso.com')).toEqual([E3, EMS]);
    expect(consumed(lab.tenant, EMS)).toBe(2);
    expect(consumed(lab.tenant, E3)).toBe(12);
  });

  it('restores a user without the licenses whose seats were taken while they were deleted', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.delete', userId: lab.userId('AlexW@contoso.com') });
    for (const upn of ['DebraB@contoso.com', 'ChristieC@contoso.com']) {
      lab.run({ type: 'user.assignLicense', userId: lab.userId(upn), addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] });
    }
    lab.run({ type: 'user.restore', userId: findEntity(lab.tenant.directory.deletedUsers, (user) => user.mailNickname === 'AlexW')!.id });
    expect(heldSkus(lab, 'AlexW@contoso.com')).toEqual([]);
    expect(consumed(lab.tenant, E3)).toBe(13);
  });

  describe('refuses', () => {
    it('a Microsoft 365 group that is not security enabled, and a distribution list', () => {
      const lab = new TestTenant();
      for (const name of ['Sales and Marketing', 'Legal Team']) {
        lab.expectRejected(
          { type: 'group.assignLicense', groupId: groupNamed(lab, name), addLicenses: [{ skuId: EMS, disabledPlans: [] }], removeLicenses: [] },
          'GroupLicensingNotSupported',
          'Licenses can only be assigned to security groups and to Microsoft 365 groups that are security enabled.',
        );
      }
    });

    it('an add-on without its prerequisite in the same group', () => {
      const lab = new TestTenant();
      lab.run({ type: 'subscription.buyLicenses', skuId: AUDIO_CONFERENCING, quantity: 5 });
      lab.expectRejected(
        { type: 'group.assignLicense', groupId: groupNamed(lab, 'IT Department'), addLicenses: [{ skuId: AUDIO_CONFERENCING, disabledPlans: [] }], removeLicenses: [] },
        'DependentServicePlanMissing',
        `License assignment failed because service plan ${planId('MCOMEETADV', 'MCOMEETADV')} depends on the service plan(s) ${planId('ENTERPRISEPACK', 'MCOSTANDARD')}.`,
      );
    });

    it('two products that conflict in one group', () => {
      const lab = new TestTenant();
      lab.run({ type: 'subscription.buyLicenses', skuId: E1, quantity: 5 });
      lab.expectRejected(
        { type: 'group.assignLicense', groupId: groupNamed(lab, 'IT Department'), addLicenses: [{ skuId: E3, disabledPlans: [] }, { skuId: E1, disabledPlans: [] }], removeLicenses: [] },
        'MutuallyExclusiveServicePlans',
        /are mutually exclusive/,
      );
    });

    it('a product the tenant does not have, and removing one the group lacks', () => {
      const lab = new TestTenant();
      const it = groupNamed(lab, 'IT Department');
      lab.expectRejected({ type: 'group.assignLicense', groupId: it, addLicenses: [{ skuId: E1, disabledPlans: [] }], removeLicenses: [] }, 'InvalidLicense', `License ${E1} does not correspond to a valid company License.`);
      lab.expectRejected({ type: 'group.assignLicense', groupId: it, addLicenses: [], removeLicenses: [E3] }, 'LicenseNotAssigned', 'Group does not have a corresponding license.');
    });

    it('a disabled plan from another product', () => {
      const lab = new TestTenant();
      lab.expectRejected(
        { type: 'group.assignLicense', groupId: groupNamed(lab, 'IT Department'), addLicenses: [{ skuId: EMS, disabledPlans: [planId('ENTERPRISEPACK', 'TEAMS1')] }], removeLicenses: [] },
        'InvalidDisabledPlan',
      );
    });

    it('a group that does not exist', () => {
      new TestTenant().expectRejected({ type: 'group.assignLicense', groupId: 'missing', addLicenses: [], removeLicenses: [] }, 'ResourceNotFound');
    });

    it('a Helpdesk Administrator', () => {
      const lab = new TestTenant().signInAs('AllanD@contoso.com');
      lab.expectRejected(
        { type: 'group.assignLicense', groupId: groupNamed(lab, 'IT Department'), addLicenses: [{ skuId: EMS, disabledPlans: [] }], removeLicenses: [] },
        'InsufficientPrivileges',
      );
    });

    it('a License Administrator on a role-assignable group, which needs its own permission', () => {
      const lab = new TestTenant();
      lab.run({ type: 'group.create', displayName: 'Tier 1 admins', mailEnabled: false, securityEnabled: true, isAssignableToRole: true });
      lab.signInAs('EmilyB@contoso.com');
      lab.expectRejected(
        { type: 'group.assignLicense', groupId: groupNamed(lab, 'Tier 1 admins'), addLicenses: [{ skuId: EMS, disabledPlans: [] }], removeLicenses: [] },
        'InsufficientPrivileges',
      );
      license(lab, groupNamed(lab, 'IT Department'), [{ skuId: EMS }]);
      expect(heldSkus(lab, 'AllanD@contoso.com')).toContain(EMS);
    });
  });
});

describe('reprocessing', () => {
  it('refuses a group or user that does not exist, and a Helpdesk Administrator', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'group.reprocessLicenseAssignment', groupId: 'missing' }, 'ResourceNotFound');
    lab.expectRejected({ type: 'user.reprocessLicenseAssignment', userId: 'missing' }, 'ResourceNotFound');
    lab.signInAs('AllanD@contoso.com');
    lab.expectRejected({ type: 'group.reprocessLicenseAssignment', groupId: groupNamed(lab, 'IT Department') }, 'InsufficientPrivileges');
    lab.expectRejected({ type: 'user.reprocessLicenseAssignment', userId: lab.userId('DebraB@contoso.com') }, 'InsufficientPrivileges');
  });

  it('retries one user who was out of seats once seats are freed', () => {
    const lab = new TestTenant();
    const group = securityGroup(lab, 'New hires', ['DebraB@contoso.com', 'ChristieC@contoso.com']);
    license(lab, group, [{ skuId: E3 }]);
    const waiting = ['DebraB', 'ChristieC'].find((alias) => heldSkus(lab, `${alias}@contoso.com`).length === 0)!;
    lab.run({ type: 'user.assignLicense', userId: lab.userId('AlexW@contoso.com'), addLicenses: [], removeLicenses: [E3] });
    const result = lab.send({ type: 'user.reprocessLicenseAssignment', userId: lab.userId(`${waiting}@contoso.com`) });
    expect(heldSkus(lab, `${waiting}@contoso.com`)).toEqual([E3]);
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual(['Change user license']);
  });
});

describe('group-based licensing and replay', () => {
  it('replays group licensing, membership changes and seat purchases to the same state', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId('DebraB@contoso.com'), roleDefinitionId: ROLE.billingAdministrator });
    const group = securityGroup(lab, 'New hires', ['DebraB@contoso.com', 'ChristieC@contoso.com', 'IrvinS@contoso.com']);
    license(lab, group, [{ skuId: E3 }, { skuId: EMS }]);
    lab.run({ type: 'group.removeMember', groupId: group, memberId: lab.userId('IrvinS@contoso.com') });
    lab.signInAs('DebraB@contoso.com').run({ type: 'subscription.buyLicenses', skuId: E3, quantity: 1 });
    lab.signInAs('admin@contoso.onmicrosoft.com').run({ type: 'clock.advance', duration: 'P40D' });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
