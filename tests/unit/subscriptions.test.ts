import { describe, expect, it } from 'vitest';
import {
  createContosoTenant,
  findEntity,
  findUserByUserPrincipalName,
  licenseProducts,
  productSubscriptions,
  replay,
  ROLE,
  skuByPartNumber,
  toArray,
  type Tenant,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const skuId = (skuPartNumber: string) => skuByPartNumber(skuPartNumber)!.skuId;
const E3 = skuId('ENTERPRISEPACK');
const E1 = skuId('STANDARDPACK');
const EMS = skuId('EMSPREMIUM');

const product = (tenant: Tenant, id: string) => findEntity(tenant.licensing.subscribedSkus, (sku) => sku.skuId === id);
const groupNamed = (lab: TestTenant, displayName: string) => findEntity(lab.tenant.directory.groups, (group) => group.displayName === displayName)!.id;

/** Contoso with Debra Berger made a Billing Administrator and signed in. */
function asBillingAdministrator(): TestTenant {
  const lab = new TestTenant();
  lab.run({ type: 'role.assign', principalId: lab.userId('DebraB@contoso.com'), roleDefinitionId: ROLE.billingAdministrator });
  return lab.signInAs('DebraB@contoso.com');
}

describe('subscription.buyLicenses', () => {
  it('adds licenses to the product’s paid subscription', () => {
    const lab = asBillingAdministrator();
    lab.run({ type: 'subscription.buyLicenses', skuId: E3, quantity: 5 });
    expect(product(lab.tenant, E3)).toMatchObject({ capabilityStatus: 'Enabled', consumedUnits: 12, prepaidUnits: { enabled: 18, warning: 0, suspended: 0 } });
    expect(productSubscriptions(lab.tenant, E3)).toHaveLength(1);
    expect(productSubscriptions(lab.tenant, E3)[0]).toMatchObject({ totalLicenses: 18, status: 'Enabled', isTrial: false, nextLifecycleDateTime: null });
  });

  it('buys a product the tenant does not have, which then appears among its products', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.buyLicenses', skuId: E1, quantity: 3 });
    expect(product(lab.tenant, E1)).toMatchObject({ skuPartNumber: 'STANDARDPACK', capabilityStatus: 'Enabled', consumedUnits: 0, isTrial: false, prepaidUnits: { enabled: 3 } });
    expect(licenseProducts(lab.tenant).find((row) => row.skuId === E1)).toMatchObject({ displayName: 'Office 365 E1', purchased: 3, assigned: 0, available: 3 });
  });

  it('buys a product held on trial as a paid subscription beside the trial', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.buyLicenses', skuId: EMS, quantity: 10 });
    expect(product(lab.tenant, EMS)).toMatchObject({ isTrial: false, prepaidUnits: { enabled: 35 } });
    expect(productSubscriptions(lab.tenant, EMS).map((subscription) => [subscription.isTrial, subscription.totalLicenses])).toEqual([
      [false, 10],
      [true, 25],
    ]);
  });

  it('refuses a quantity that is not a whole number from 1 to 10,000', () => {
    const lab = new TestTenant();
    for (const quantity of [0, -1, 1.5, 10_001]) {
      lab.expectRejected({ type: 'subscription.buyLicenses', skuId: E3, quantity }, 'InvalidValue', 'Enter a whole number of licenses between 1 and 10,000.');
    }
  });

  it('refuses a product that is not in the catalog', () => {
    new TestTenant().expectRejected({ type: 'subscription.buyLicenses', skuId: 'not-a-product', quantity: 1 }, 'ResourceNotFound');
  });

  it('is denied to a License Administrator, who does not manage billing', () => {
    const lab = new TestTenant().signInAs('EmilyB@contoso.com');
    lab.expectRejected({ type: 'subscription.buyLicenses', skuId: E3, quantity: 1 }, 'InsufficientPrivileges', 'Insufficient privileges to complete the operation.');
  });
});

describe('subscription.removeLicenses', () => {
  it('removes unassigned licenses from the paid subscription', () => {
    const lab = asBillingAdministrator();
    lab.run({ type: 'subscription.removeLicenses', skuId: E3, quantity: 1 });
    expect(product(lab.tenant, E3)!.prepaidUnits.enabled).toBe(12);
  });

  it('refuses to remove licenses that are assigned to users', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'subscription.removeLicenses', skuId: E3, quantity: 2 },
      'LicensesInUse',
      "You can't remove a license from a subscription if it's assigned to a user. Unassign 1 more licenses from users first.",
    );
  });

  it('refuses to remove trial licenses or more than the paid subscription has', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'subscription.removeLicenses', skuId: EMS, quantity: 1 },
      'InvalidValue',
      'You can remove at most 0 licenses: only licenses of an active paid subscription can be removed, not trial licenses.',
    );
    lab.expectRejected({ type: 'subscription.removeLicenses', skuId: E3, quantity: 14 }, 'InvalidValue', /at most 13 licenses/);
  });

  it('refuses a product the tenant does not have, and a bad quantity', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'subscription.removeLicenses', skuId: E1, quantity: 1 }, 'ResourceNotFound');
    lab.expectRejected({ type: 'subscription.removeLicenses', skuId: E3, quantity: 0 }, 'InvalidValue');
  });

  it('is denied to a Helpdesk Administrator', () => {
    new TestTenant().signInAs('AllanD@contoso.com').expectRejected({ type: 'subscription.removeLicenses', skuId: E3, quantity: 1 }, 'InsufficientPrivileges');
  });
});

describe('subscription.startTrial and the lifecycle', () => {
  it('starts a 25-license trial that runs for 30 days', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.startTrial', skuPartNumber: 'STANDARDPACK' });
    expect(product(lab.tenant, E1)).toMatchObject({ isTrial: true, capabilityStatus: 'Enabled', prepaidUnits: { enabled: 25 } });
    expect(productSubscriptions(lab.tenant, E1)[0]).toMatchObject({ isTrial: true, status: 'Enabled', totalLicenses: 25, nextLifecycleDateTime: '2026-04-01T09:00:00.000Z' });
    expect(toArray(lab.tenant.scheduledProcesses).filter((process) => process.kind === 'subscription.lifecycle')).toHaveLength(2);
  });

  it('expires, is disabled, then deleted, taking its licenses from users and groups at the end', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.startTrial', skuPartNumber: 'STANDARDPACK' });
    lab.run({ type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: E1, disabledPlans: [] }], removeLicenses: [] });
    lab.run({ type: 'group.create', displayName: 'E1 pilot', mailEnabled: false, securityEnabled: true, memberIds: [lab.userId('ChristieC@contoso.com')] });
    lab.run({ type: 'group.assignLicense', groupId: groupNamed(lab, 'E1 pilot'), addLicenses: [{ skuId: E1, disabledPlans: [] }], removeLicenses: [] });

    lab.run({ type: 'clock.advance', duration: 'P30D' });
    expect(product(lab.tenant, E1)).toMatchObject({ capabilityStatus: 'Warning', consumedUnits: 2, prepaidUnits: { enabled: 0, warning: 25, suspended: 0 } });
    lab.expectUser('DebraB@contoso.com').toHaveLicense('STANDARDPACK');
    lab.expectRejected(
      { type: 'user.assignLicense', userId: lab.userId('IrvinS@contoso.com'), addLicenses: [{ skuId: E1, disabledPlans: [] }], removeLicenses: [] },
      'NoLicensesAvailable',
    );

    lab.run({ type: 'clock.advance', duration: 'P30D' });
    expect(product(lab.tenant, E1)).toMatchObject({ capabilityStatus: 'Suspended', consumedUnits: 2, prepaidUnits: { enabled: 0, warning: 0, suspended: 25 } });

    const result = lab.send({ type: 'clock.advance', duration: 'P90D' });
    expect(product(lab.tenant, E1)).toMatchObject({ capabilityStatus: 'Deleted', consumedUnits: 0, prepaidUnits: { enabled: 0, warning: 0, suspended: 0 } });
    expect(findUserByUserPrincipalName(lab.tenant, 'DebraB@contoso.com')!.assignedLicenses).toEqual([]);
    expect(findUserByUserPrincipalName(lab.tenant, 'ChristieC@contoso.com')!.licenseAssignmentStates).toEqual([]);
    expect(findEntity(lab.tenant.directory.groups, (group) => group.displayName === 'E1 pilot')!.assignedLicenses).toEqual([]);
    expect(licenseProducts(lab.tenant).some((row) => row.skuId === E1)).toBe(false);
    // Contoso's own Enterprise Mobility + Security trial, started the same day, ends with it.
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.targetResources[0]!.displayName])).toEqual([
      ['Delete subscription', 'STANDARDPACK'],
      ['Change user license', 'Debra Berger'],
      ['Change user license', 'Christie Cline'],
      ['Delete subscription', 'EMSPREMIUM'],
    ]);
    lab.expectRejected(
      { type: 'user.assignLicense', userId: lab.userId('IrvinS@contoso.com'), addLicenses: [{ skuId: E1, disabledPlans: [] }], removeLicenses: [] },
      'InvalidLicense',
    );
  });

  it('lets Contoso’s Enterprise Mobility + Security trial expire 30 days after the story starts', () => {
    const lab = new TestTenant();
    lab.run({ type: 'clock.advance', duration: 'P29D' });
    expect(product(lab.tenant, EMS)!.capabilityStatus).toBe('Enabled');
    lab.run({ type: 'clock.advance', duration: 'P1D' });
    expect(product(lab.tenant, EMS)).toMatchObject({ capabilityStatus: 'Warning', prepaidUnits: { enabled: 0, warning: 25 } });
  });

  it('refuses a second trial of a product, and a trial of a product the tenant pays for', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'subscription.startTrial', skuPartNumber: 'EMSPREMIUM' }, 'TrialNotAvailable', 'Your organization has already used its free trial of Enterprise Mobility + Security E5.');
    lab.expectRejected({ type: 'subscription.startTrial', skuPartNumber: 'ENTERPRISEPACK' }, 'TrialNotAvailable', "Your organization already has Office 365 E3, so a free trial isn't available.");
  });

  it('refuses a product that is not in the catalog', () => {
    new TestTenant().expectRejected({ type: 'subscription.startTrial', skuPartNumber: 'NOT_A_PRODUCT' }, 'ResourceNotFound');
  });

  it('is denied to a License Administrator', () => {
    new TestTenant().signInAs('EmilyB@contoso.com').expectRejected({ type: 'subscription.startTrial', skuPartNumber: 'STANDARDPACK' }, 'InsufficientPrivileges');
  });
});

describe('subscription.cancel', () => {
  it('disables the product at once: users keep their licenses, no new ones can be assigned, and it is deleted after 90 days', () => {
    const lab = asBillingAdministrator();
    lab.run({ type: 'subscription.cancel', skuId: E3 });
    expect(product(lab.tenant, E3)).toMatchObject({ capabilityStatus: 'Suspended', consumedUnits: 12, prepaidUnits: { enabled: 0, suspended: 13 } });
    expect(productSubscriptions(lab.tenant, E3)[0]).toMatchObject({ status: 'Suspended', nextLifecycleDateTime: '2026-05-31T09:00:00.000Z' });
    lab.expectUser('AlexW@contoso.com').toHaveLicense('ENTERPRISEPACK');
    lab.signInAs('admin@contoso.onmicrosoft.com');
    lab.expectRejected(
      { type: 'user.assignLicense', userId: lab.userId('DebraB@contoso.com'), addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] },
      'NoLicensesAvailable',
    );
    lab.run({ type: 'clock.advance', duration: 'P90D' });
    expect(product(lab.tenant, E3)!.capabilityStatus).toBe('Deleted');
    expect(findUserByUserPrincipalName(lab.tenant, 'AlexW@contoso.com')!.assignedLicenses).toEqual([]);
  });

  it('cancels a trial early, straight to disabled', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.cancel', skuId: EMS });
    expect(product(lab.tenant, EMS)).toMatchObject({ capabilityStatus: 'Suspended', prepaidUnits: { enabled: 0, suspended: 25 } });
    lab.run({ type: 'clock.advance', duration: 'P31D' });
    expect(product(lab.tenant, EMS)!.capabilityStatus).toBe('Suspended');
  });

  it('leaves a new purchase of the product active beside the cancelled subscription', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.cancel', skuId: E3 });
    lab.run({ type: 'subscription.buyLicenses', skuId: E3, quantity: 15 });
    expect(product(lab.tenant, E3)).toMatchObject({ capabilityStatus: 'Enabled', prepaidUnits: { enabled: 15, suspended: 13 } });
    lab.run({ type: 'clock.advance', duration: 'P90D' });
    expect(product(lab.tenant, E3)).toMatchObject({ capabilityStatus: 'Enabled', consumedUnits: 12, prepaidUnits: { enabled: 15, suspended: 0 } });
    lab.expectUser('AlexW@contoso.com').toHaveLicense('ENTERPRISEPACK');
  });

  it('refuses a subscription already disabled, and a product the tenant does not have', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.cancel', skuId: E3 });
    lab.expectRejected({ type: 'subscription.cancel', skuId: E3 }, 'SubscriptionNotActive', 'This subscription is already disabled; it will be deleted at the end of its disabled period.');
    lab.expectRejected({ type: 'subscription.cancel', skuId: E1 }, 'ResourceNotFound');
  });

  it('is denied to a License Administrator', () => {
    new TestTenant().signInAs('EmilyB@contoso.com').expectRejected({ type: 'subscription.cancel', skuId: E3 }, 'InsufficientPrivileges');
  });
});

describe('subscriptions and replay', () => {
  it('replays purchases, trials, cancellations and the clock to the same state', () => {
    const lab = new TestTenant();
    lab.run({ type: 'subscription.startTrial', skuPartNumber: 'STANDARDPACK' });
    lab.run({ type: 'subscription.buyLicenses', skuId: E3, quantity: 4 });
    lab.run({ type: 'subscription.removeLicenses', skuId: E3, quantity: 2 });
    lab.run({ type: 'subscription.cancel', skuId: EMS });
    lab.send({ type: 'subscription.removeLicenses', skuId: E3, quantity: 50 });
    lab.run({ type: 'clock.advance', duration: 'P120D' });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
