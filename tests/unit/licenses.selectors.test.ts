import { describe, expect, it } from 'vitest';
import {
  findEntity,
  groupLicensing,
  LICENSE_ERROR_TEXT,
  licenseProducts,
  productGroups,
  productHolders,
  productSubscriptions,
  skuByPartNumber,
  userLicenses,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const skuId = (skuPartNumber: string) => skuByPartNumber(skuPartNumber)!.skuId;
const E3 = skuId('ENTERPRISEPACK');
const EMS = skuId('EMSPREMIUM');
const teams = skuByPartNumber('ENTERPRISEPACK')!.servicePlans.find((plan) => plan.servicePlanName === 'TEAMS1')!.servicePlanId;

function licensedItDepartment(): { lab: TestTenant; it: string } {
  const lab = new TestTenant();
  const it = findEntity(lab.tenant.directory.groups, (group) => group.displayName === 'IT Department')!.id;
  lab.run({ type: 'group.assignLicense', groupId: it, addLicenses: [{ skuId: EMS, disabledPlans: [] }, { skuId: E3, disabledPlans: [teams] }], removeLicenses: [] });
  return { lab, it };
}

describe('licensing selectors', () => {
  it('list each product with its purchased, assigned and available licenses, by name', () => {
    const lab = new TestTenant();
    expect(licenseProducts(lab.tenant).map(({ displayName, purchased, assigned, available, isTrial }) => ({ displayName, purchased, assigned, available, isTrial }))).toEqual([
      { displayName: 'Enterprise Mobility + Security E5', purchased: 25, assigned: 0, available: 25, isTrial: true },
      { displayName: 'Microsoft 365 E5', purchased: 10, assigned: 8, available: 2, isTrial: false },
      { displayName: 'Microsoft Fabric (Free)', purchased: 1_000_000, assigned: 0, available: 1_000_000, isTrial: false },
      { displayName: 'Office 365 E3', purchased: 13, assigned: 12, available: 1, isTrial: false },
    ]);
    expect(productSubscriptions(lab.tenant, EMS)).toEqual([
      expect.objectContaining({ skuPartNumber: 'EMSPREMIUM', isTrial: true, status: 'Enabled', totalLicenses: 25, nextLifecycleDateTime: '2026-04-01T09:00:00.000Z' }),
    ]);
  });

  it('show a user’s products with each source and which apps are on', () => {
    const { lab, it } = licensedItDepartment();
    const licenses = userLicenses(lab.tenant, lab.userId('AllanD@contoso.com'));
    expect(licenses.map((license) => [license.skuPartNumber, license.held, license.sources])).toEqual([
      [
        'ENTERPRISEPACK',
        true,
        [
          { source: { kind: 'direct' }, state: 'Active', error: 'None' },
          { source: { kind: 'group', groupId: it, groupName: 'IT Department' }, state: 'Active', error: 'None' },
        ],
      ],
      ['EMSPREMIUM', true, [{ source: { kind: 'group', groupId: it, groupName: 'IT Department' }, state: 'Active', error: 'None' }]],
    ]);
    // Teams is off in the group's E3 but on in the direct one, so it is on.
    expect(licenses[0]!.servicePlans.find((plan) => plan.servicePlanId === teams)).toMatchObject({ servicePlanName: 'TEAMS1', enabled: true });
    expect(userLicenses(lab.tenant, 'missing')).toEqual([]);
  });

  it('report a group’s licenses and the members in error, in the admin center’s words', () => {
    const lab = new TestTenant();
    lab.run({ type: 'group.create', displayName: 'New hires', mailEnabled: false, securityEnabled: true, memberIds: [lab.userId('DebraB@contoso.com'), lab.userId('ChristieC@contoso.com')] });
    const group = findEntity(lab.tenant.directory.groups, (candidate) => candidate.displayName === 'New hires')!.id;
    lab.run({ type: 'group.assignLicense', groupId: group, addLicenses: [{ skuId: E3, disabledPlans: [teams] }], removeLicenses: [] });
    const status = groupLicensing(lab.tenant, group)!;
    expect(status.status).toBe('Errors & issues');
    expect(status.assignedCount).toBe(1);
    expect(status.usersInError).toHaveLength(1);
    expect(LICENSE_ERROR_TEXT[status.usersInError[0]!.errors[0]!.error as 'CountViolation']).toBe('Not enough licenses');
    expect(status.licenses[0]!.servicePlans.find((plan) => plan.servicePlanId === teams)!.enabled).toBe(false);
    expect(groupLicensing(lab.tenant, 'missing')).toBeUndefined();
  });

  it('list a product’s users with how they got it, and the groups that assign it', () => {
    const { lab, it } = licensedItDepartment();
    expect(productHolders(lab.tenant, EMS).map((holder) => [holder.displayName, holder.sources.map((entry) => entry.source.kind)])).toEqual([
      ['Allan Deyoung', ['group']],
      ['MOD Administrator', ['group']],
    ]);
    expect(productGroups(lab.tenant, EMS)).toEqual([{ groupId: it, displayName: 'IT Department' }]);
  });
});
