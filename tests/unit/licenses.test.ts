import { describe, expect, it } from 'vitest';
import { createContosoTenant, findEntity, findUserByUserPrincipalName, getById, replay, skuByPartNumber, type Tenant, type User } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const skuId = (skuPartNumber: string) => skuByPartNumber(skuPartNumber)!.skuId;
const planId = (skuPartNumber: string, servicePlanName: string) =>
  skuByPartNumber(skuPartNumber)!.servicePlans.find((plan) => plan.servicePlanName === servicePlanName)!.servicePlanId;

const E3 = skuId('ENTERPRISEPACK');
const E5 = skuId('SPE_E5');
const E1 = skuId('STANDARDPACK');
const AUDIO_CONFERENCING = skuId('MCOMEETADV');

function product(tenant: Tenant, id: string) {
  return findEntity(tenant.licensing.subscribedSkus, (sku) => sku.skuId === id)!;
}

function user(lab: TestTenant, upn: string): User {
  return findUserByUserPrincipalName(lab.tenant, upn)!;
}

function assign(lab: TestTenant, upn: string, add: { skuId: string; disabledPlans?: string[] }[], remove: string[] = []) {
  return lab.send({
    type: 'user.assignLicense',
    userId: lab.userId(upn),
    addLicenses: add.map((license) => ({ skuId: license.skuId, disabledPlans: license.disabledPlans ?? [] })),
    removeLicenses: remove,
  });
}

describe('user.assignLicense', () => {
  it('assigns a product to a user with a usage location and takes one seat', () => {
    const lab = new TestTenant();
    const result = assign(lab, 'DebraB@contoso.com', [{ skuId: E3 }]);
    expect(result.ok).toBe(true);
    expect(user(lab, 'DebraB@contoso.com').assignedLicenses).toEqual([{ skuId: E3, disabledPlans: [] }]);
    expect(user(lab, 'DebraB@contoso.com').licenseAssignmentStates).toEqual([
      { skuId: E3, disabledPlans: [], assignedByGroup: null, state: 'Active', error: 'None', lastUpdatedDateTime: lab.tenant.clock.now },
    ]);
    expect(product(lab.tenant, E3).consumedUnits).toBe(13);
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual(['Change user license', 'Update user']);
    expect(result.ok && result.audit[0]!.targetResources[0]!.modifiedProperties[0]).toMatchObject({
      displayName: 'AssignedLicense',
      oldValue: '[]',
      newValue: `[[SkuName=ENTERPRISEPACK, SkuId=${E3}, DisabledPlans=[]]]`,
    });
  });

  it('turns off the service plans listed as disabled', () => {
    const lab = new TestTenant();
    const teams = planId('SPE_E5', 'TEAMS1');
    assign(lab, 'ChristieC@contoso.com', [{ skuId: E5, disabledPlans: [teams] }]);
    expect(user(lab, 'ChristieC@contoso.com').assignedLicenses).toEqual([{ skuId: E5, disabledPlans: [teams] }]);
  });

  it('changes the apps of a product the user already has without taking another seat', () => {
    const lab = new TestTenant();
    const exchange = planId('ENTERPRISEPACK', 'EXCHANGE_S_ENTERPRISE');
    assign(lab, 'AlexW@contoso.com', [{ skuId: E3, disabledPlans: [exchange] }]);
    expect(user(lab, 'AlexW@contoso.com').assignedLicenses).toEqual([{ skuId: E3, disabledPlans: [exchange] }]);
    expect(product(lab.tenant, E3).consumedUnits).toBe(12);
  });

  it('removes a product and frees its seat', () => {
    const lab = new TestTenant();
    assign(lab, 'AlexW@contoso.com', [], [E3]);
    expect(user(lab, 'AlexW@contoso.com').assignedLicenses).toEqual([]);
    expect(user(lab, 'AlexW@contoso.com').licenseAssignmentStates).toEqual([]);
    expect(product(lab.tenant, E3).consumedUnits).toBe(11);
  });

  it('swaps one product for another in a single request', () => {
    const lab = new TestTenant();
    assign(lab, 'AlexW@contoso.com', [{ skuId: E5 }], [E3]);
    expect(user(lab, 'AlexW@contoso.com').assignedLicenses).toEqual([{ skuId: E5, disabledPlans: [] }]);
    expect(product(lab.tenant, E3).consumedUnits).toBe(11);
    expect(product(lab.tenant, E5).consumedUnits).toBe(9);
  });

  it('lets plans that conflict coexist once the conflicting plan is turned off', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.buyLicenses', skuId: E1, quantity: 5 });
    assign(lab, 'AlexW@contoso.com', [{ skuId: E1, disabledPlans: [planId('STANDARDPACK', 'SHAREPOINTSTANDARD')] }]);
    expect(user(lab, 'AlexW@contoso.com').assignedLicenses.map((license) => license.skuId)).toEqual([E3, E1]);
  });

  it('assigns an add-on to a user whose base product has its prerequisite', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.buyLicenses', skuId: AUDIO_CONFERENCING, quantity: 5 });
    assign(lab, 'AlexW@contoso.com', [{ skuId: AUDIO_CONFERENCING }]);
    lab.expectUser('AlexW@contoso.com').toHaveLicense('MCOMEETADV');
  });

  it('is allowed to a License Administrator', () => {
    const lab = new TestTenant().signInAs('EmilyB@contoso.com');
    assign(lab, 'DebraB@contoso.com', [{ skuId: E3 }]);
    lab.expectUser('DebraB@contoso.com').toHaveLicense('ENTERPRISEPACK');
  });

  describe('refuses', () => {
    it('a user without a usage location', () => {
      const lab = new TestTenant();
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('CameronW@contoso.com'), addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] },
        'UsageLocationRequired',
        'License assignment cannot be done for user with invalid usage location.',
      );
    });

    it('a user whose usage location is one where products cannot be used', () => {
      const lab = new TestTenant();
      lab.run({ type: 'user.setUsageLocation', userId: lab.userId('DebraB@contoso.com'), usageLocation: 'IR' });
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] },
        'UsageLocationRequired',
        'License assignment cannot be done for user with invalid usage location.',
      );
    });

    it('a product with no seats left', () => {
      const lab = new TestTenant();
      assign(lab, 'DebraB@contoso.com', [{ skuId: E3 }]);
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('ChristieC@contoso.com'), addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] },
        'NoLicensesAvailable',
        `Subscription with SKU ${E3} does not have any available licenses.`,
      );
    });

    it('a product the tenant does not have', () => {
      const lab = new TestTenant();
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: E1, disabledPlans: [] }], removeLicenses: [] },
        'InvalidLicense',
        `License ${E1} does not correspond to a valid company License.`,
      );
    });

    it('a SKU id that is no product at all', () => {
      const lab = new TestTenant();
      const bogus = '00000000-0000-0000-0000-000000000000';
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: bogus, disabledPlans: [] }], removeLicenses: [] },
        'InvalidLicense',
        `License ${bogus} does not correspond to a valid company License.`,
      );
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [], removeLicenses: [bogus] },
        'InvalidLicense',
        `License ${bogus} does not correspond to a valid company License.`,
      );
    });

    it('a disabled plan that is not part of the product', () => {
      const lab = new TestTenant();
      const foreign = planId('SPE_E5', 'WINDEFATP');
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: E3, disabledPlans: [foreign] }], removeLicenses: [] },
        'InvalidDisabledPlan',
        `Service plan ${foreign} is not part of the product ENTERPRISEPACK (${E3}).`,
      );
    });

    it('the same product twice, or added and removed at once', () => {
      const lab = new TestTenant();
      const debra = lab.userId('DebraB@contoso.com');
      lab.expectRejected(
        { type: 'user.assignLicense', userId: debra, addLicenses: [{ skuId: E3, disabledPlans: [] }, { skuId: E3, disabledPlans: [] }], removeLicenses: [] },
        'InvalidValue',
        `License ${E3} is listed more than once.`,
      );
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('AlexW@contoso.com'), addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [E3] },
        'InvalidValue',
        `License ${E3} can't be added and removed in the same request.`,
      );
    });

    it('a request without both lists, as Graph requires', () => {
      const lab = new TestTenant();
      const command = { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: E3, disabledPlans: [] }] } as never;
      lab.expectRejected(command, 'InvalidValue', "Both 'addLicenses' and 'removeLicenses' are required; pass an empty list when one is unused.");
    });

    it('removing a product the user does not have', () => {
      const lab = new TestTenant();
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('AlexW@contoso.com'), addLicenses: [], removeLicenses: [E5] },
        'LicenseNotAssigned',
        'User does not have a corresponding license.',
      );
    });

    it('removing directly a product the user inherits from a group', () => {
      const lab = new TestTenant();
      const itDepartment = groupId(lab, 'IT Department');
      const ems = skuId('EMSPREMIUM');
      lab.run({ type: 'group.assignLicense', groupId: itDepartment, addLicenses: [{ skuId: ems, disabledPlans: [] }], removeLicenses: [] });
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('AllanD@contoso.com'), addLicenses: [], removeLicenses: [ems] },
        'InheritedLicense',
        'User license is inherited from a group membership and it cannot be removed directly from the user.',
      );
    });

    it('a product whose plans conflict with a plan the user has', () => {
      const lab = new TestTenant();
      lab.run({ type: 'subscription.buyLicenses', skuId: E1, quantity: 5 });
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('AlexW@contoso.com'), addLicenses: [{ skuId: E1, disabledPlans: [] }], removeLicenses: [] },
        'MutuallyExclusiveServicePlans',
        `License assignment failed because service plans ${planId('STANDARDPACK', 'SHAREPOINTSTANDARD')},${planId('ENTERPRISEPACK', 'SHAREPOINTENTERPRISE')} are mutually exclusive.`,
      );
    });

    it('an add-on without its prerequisite plan', () => {
      const lab = new TestTenant();
      lab.run({ type: 'subscription.buyLicenses', skuId: AUDIO_CONFERENCING, quantity: 5 });
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: AUDIO_CONFERENCING, disabledPlans: [] }], removeLicenses: [] },
        'DependentServicePlanMissing',
        `License assignment failed because service plan ${planId('MCOMEETADV', 'MCOMEETADV')} depends on the service plan(s) ${planId('ENTERPRISEPACK', 'MCOSTANDARD')}.`,
      );
      expect(lab.lastResult?.ok === false && lab.lastResult.error.target).toBe('addLicenses');
    });

    it('removing the base product an add-on depends on', () => {
      const lab = new TestTenant();
      lab.run({ type: 'subscription.buyLicenses', skuId: AUDIO_CONFERENCING, quantity: 5 });
      assign(lab, 'AlexW@contoso.com', [{ skuId: AUDIO_CONFERENCING }]);
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('AlexW@contoso.com'), addLicenses: [], removeLicenses: [E3] },
        'DependentServicePlanMissing',
        /depends on the service plan\(s\)/,
      );
      expect(lab.lastResult?.ok === false && lab.lastResult.error.target).toBe('removeLicenses');
    });

    it('a user that does not exist', () => {
      new TestTenant().expectRejected(
        { type: 'user.assignLicense', userId: 'missing', addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] },
        'ResourceNotFound',
      );
    });

    it('a Helpdesk Administrator, who may not assign licenses', () => {
      const lab = new TestTenant().signInAs('AllanD@contoso.com');
      lab.expectRejected(
        { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] },
        'InsufficientPrivileges',
        'Insufficient privileges to complete the operation.',
      );
    });
  });
});

describe('user.setUsageLocation', () => {
  it('lets a License Administrator set the usage location, then license the user', () => {
    const lab = new TestTenant().signInAs('EmilyB@contoso.com');
    const cameron = lab.userId('CameronW@contoso.com');
    const result = lab.send({ type: 'user.setUsageLocation', userId: cameron, usageLocation: 'CA' });
    expect(result.ok && result.audit[0]).toMatchObject({
      activityDisplayName: 'Update user',
      targetResources: [{ modifiedProperties: [{ displayName: 'UsageLocation', oldValue: null, newValue: 'CA' }] }],
    });
    assign(lab, 'CameronW@contoso.com', [{ skuId: E3 }]);
    lab.expectUser('CameronW@contoso.com').toHave({ usageLocation: 'CA' });
    lab.expectUser('CameronW@contoso.com').toHaveLicense('ENTERPRISEPACK');
  });

  it('refuses a value that is not a two-letter country code', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'user.setUsageLocation', userId: lab.userId('CameronW@contoso.com'), usageLocation: 'Canada' },
      'InvalidValue',
      "Invalid value specified for property 'usageLocation' of resource 'User'.",
    );
  });

  it('refuses a user that does not exist', () => {
    new TestTenant().expectRejected({ type: 'user.setUsageLocation', userId: 'missing', usageLocation: 'CA' }, 'ResourceNotFound');
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant().signInAs('AllanD@contoso.com');
    lab.expectRejected({ type: 'user.setUsageLocation', userId: lab.userId('CameronW@contoso.com'), usageLocation: 'CA' }, 'InsufficientPrivileges');
  });
});

describe('direct licensing and replay', () => {
  it('replays a log of assignments, removals and rejections to the same state', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.setUsageLocation', userId: lab.userId('CameronW@contoso.com'), usageLocation: 'CA' });
    assign(lab, 'CameronW@contoso.com', [{ skuId: E3 }]);
    assign(lab, 'DebraB@contoso.com', [{ skuId: E3 }]);
    assign(lab, 'AlexW@contoso.com', [{ skuId: E5 }], [E3]);
    assign(lab, 'MeganB@contoso.com', [], [E3]);
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
    expect(getById(lab.tenant.directory.users, lab.userId('AlexW@contoso.com'))!.assignedLicenses).toEqual([{ skuId: E5, disabledPlans: [] }]);
  });
});

function groupId(lab: TestTenant, displayName: string): string {
  return findEntity(lab.tenant.directory.groups, (group) => group.displayName === displayName)!.id;
}
