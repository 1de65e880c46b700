import { describe, expect, it } from 'vitest';
import { findEntity, findUserByUserPrincipalName, latestAuditRecords, skuByPartNumber, type Group, type Tenant } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const EMS = skuByPartNumber('EMSPREMIUM')!.skuId;

const groupNamed = (tenant: Tenant, displayName: string): Group => findEntity(tenant.directory.groups, (group) => group.displayName === displayName)!;

/** The parts of the state a reconcile may write besides the edited user and the audit log. */
const DERIVED: readonly ((tenant: Tenant) => unknown)[] = [
  (tenant) => tenant.directory.groups,
  (tenant) => tenant.directory.deletedGroups,
  (tenant) => tenant.directory.deletedUsers,
  (tenant) => tenant.directory.deletedMemberships,
  (tenant) => tenant.licensing.subscribedSkus,
];

describe('reconcile after a command that changed users', () => {
  it('leaves groups, memberships and seats untouched when no dynamic or licensed group is involved', () => {
    const lab = new TestTenant();
    const before = lab.tenant;
    lab.run({ type: 'user.update', userId: lab.userId('AdeleV@contoso.com'), changes: { department: 'Finance' } });
    for (const part of DERIVED) expect(part(lab.tenant), String(part)).toBe(part(before));
    expect(lab.tenant.auditLog.size).toBe(before.auditLog.size + 1);
    expect(latestAuditRecords(lab.tenant, 1)[0]!.activityDisplayName).toBe('Update user');
  });

  it('still moves an edited user into a processed dynamic group, and leaves a paused one as it is', () => {
    const lab = new TestTenant();
    for (const [displayName, state] of [
      ['Finance (processed)', 'On'],
      ['Finance (paused)', 'Paused'],
    ] as const) {
      lab.run({
        type: 'group.create',
        displayName,
        mailEnabled: false,
        securityEnabled: true,
        groupTypes: ['DynamicMembership'],
        membershipRule: 'user.department -eq "Finance"',
        membershipRuleProcessingState: state,
      });
    }
    const adele = lab.userId('AdeleV@contoso.com');
    const paused = groupNamed(lab.tenant, 'Finance (paused)').memberIds;
    lab.run({ type: 'user.update', userId: adele, changes: { department: 'Finance' } });
    expect(groupNamed(lab.tenant, 'Finance (processed)').memberIds).toContain(adele);
    expect(groupNamed(lab.tenant, 'Finance (paused)').memberIds).toBe(paused);
  });

  it('still processes an edited member of a group with licenses', () => {
    const lab = new TestTenant();
    const it = groupNamed(lab.tenant, 'IT Department').id;
    lab.run({ type: 'group.assignLicense', groupId: it, addLicenses: [{ skuId: EMS, disabledPlans: [] }], removeLicenses: [] });
    const allan = lab.userId('AllanD@contoso.com');
    // A country where Microsoft 365 can't be used: the inherited license goes into error.
    lab.run({ type: 'user.update', userId: allan, changes: { usageLocation: 'KP' } });
    expect(findUserByUserPrincipalName(lab.tenant, 'AllanD@contoso.com')!.licenseAssignmentStates.find((record) => record.skuId === EMS)).toMatchObject({
      assignedByGroup: it,
      error: 'ProhibitedInUsageLocationViolation',
    });
  });

  it('takes a deleted user out of their groups and gives them back on restore, with no dynamic group in the tenant', () => {
    const lab = new TestTenant();
    const lynne = lab.userId('LynneR@contoso.com');
    lab.run({ type: 'user.delete', userId: lynne });
    expect(groupNamed(lab.tenant, 'Retail').memberIds).not.toContain(lynne);
    lab.run({ type: 'user.restore', userId: lynne });
    expect(groupNamed(lab.tenant, 'Retail').memberIds).toContain(lynne);
  });
});
