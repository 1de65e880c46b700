// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TenantStore } from '../../src/session/tenant-store';
import { entities, skuByPartNumber } from '../../src/tenant';
import { openUser } from './user-panel-support';

const E5 = skuByPartNumber('SPE_E5')!;
const E3 = skuByPartNumber('ENTERPRISEPACK')!;
const EMS = skuByPartNumber('EMSPREMIUM')!;

async function openLicenses(upn: string, signedInAs?: string, prepare?: (store: TenantStore) => void) {
  const opened = await openUser(upn, signedInAs, prepare);
  await opened.user.click(within(opened.panel).getByRole('tab', { name: 'Licenses and apps' }));
  return opened;
}

describe("the user's Licenses and apps tab", () => {
  it("lists the products with how many licenses are left, the user's own ticked", async () => {
    const { panel } = await openLicenses('MeganB@contoso.com');
    expect(within(panel).getByRole('combobox', { name: /Select location/ })).toHaveTextContent('United States');
    expect(within(panel).getByRole('checkbox', { name: 'Microsoft 365 E5' })).toBeChecked();
    expect(within(panel).getByRole('checkbox', { name: 'Office 365 E3' })).not.toBeChecked();
    expect(within(panel).getByText('2 of 10 licenses available')).toBeInTheDocument();
    expect(within(panel).getByText('1 of 13 licenses available')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Licenses (1)' })).toBeInTheDocument();
  });

  it('assigns a license with one Save changes', async () => {
    const { panel, user, current } = await openLicenses('DebraB@contoso.com');
    await user.click(within(panel).getByRole('checkbox', { name: 'Office 365 E3' }));
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('Licenses and apps updated.')).toBeInTheDocument();
    expect(current()!.assignedLicenses.map((license) => license.skuId)).toEqual([E3.skuId]);
    expect(within(panel).getByText('0 of 13 licenses available')).toBeInTheDocument();
  });

  it("refuses a license for Cameron White, who has no usage location, with the tenant's message in the tab", async () => {
    const { panel, user, current } = await openLicenses('CameronW@contoso.com');
    expect(current()!.usageLocation).toBeNull();
    await user.click(within(panel).getByRole('checkbox', { name: 'Microsoft 365 E5' }));
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('License assignment cannot be done for user with invalid usage location.')).toBeInTheDocument();
    expect(current()!.assignedLicenses).toEqual([]);
  });

  it('sets the usage location first, then assigns the license, when both changed', async () => {
    const { panel, user, current, store } = await openLicenses('CameronW@contoso.com', 'EmilyB@contoso.com');
    await user.click(within(panel).getByRole('combobox', { name: /Select location/ }));
    await user.click(await screen.findByRole('option', { name: 'Canada' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Microsoft 365 E5' }));
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('Licenses and apps updated.')).toBeInTheDocument();
    expect(current()!.usageLocation).toBe('CA');
    expect(current()!.assignedLicenses.map((license) => license.skuId)).toEqual([E5.skuId]);
    const activities = store.getTenant().auditLog.chunks.flat().slice(-3).map((record) => record.activityDisplayName);
    expect(activities).toContain('Change user license');
  });

  it('says so when no licenses of the product are left', async () => {
    const { panel, user, current, store, idOf } = await openLicenses('IrvinS@contoso.com');
    // Two more E5 licenses assigned elsewhere use the last ones.
    for (const upn of ['DebraB@contoso.com', 'ChristieC@contoso.com']) {
      expect(store.send({ type: 'user.assignLicense', userId: idOf(upn), addLicenses: [{ skuId: E5.skuId, disabledPlans: [] }], removeLicenses: [] }).ok).toBe(true);
    }
    expect(await within(panel).findByText('0 of 10 licenses available')).toBeInTheDocument();
    await user.click(within(panel).getByRole('checkbox', { name: 'Microsoft 365 E5' }));
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText(`Subscription with SKU ${E5.skuId} does not have any available licenses.`)).toBeInTheDocument();
    expect(current()!.assignedLicenses).toEqual([]);
  });

  it('turns an app off inside a license', async () => {
    const { panel, user, current } = await openLicenses('AdeleV@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Apps' }));
    const apps = within(panel).getByRole('group', { name: 'Apps for Office 365 E3' });
    const first = within(apps).getAllByRole('checkbox')[0]!;
    expect(first).toBeChecked();
    await user.click(first);
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('Licenses and apps updated.')).toBeInTheDocument();
    expect(current()!.assignedLicenses[0]!.disabledPlans).toEqual([E3.servicePlans[0]!.servicePlanId]);
  });

  it('shows a license inherited from a group greyed, with the group it comes from', async () => {
    const { panel } = await openLicenses('AllanD@contoso.com', undefined, (store) => {
      const group = [...entities(store.getTenant().directory.groups)].find((candidate) => candidate.displayName === 'IT Department')!;
      expect(store.send({ type: 'group.assignLicense', groupId: group.id, addLicenses: [{ skuId: EMS.skuId, disabledPlans: [] }], removeLicenses: [] }).ok).toBe(true);
    });
    const inherited = within(panel).getByRole('checkbox', { name: EMS.displayName });
    expect(inherited).toBeChecked();
    expect(inherited).toBeDisabled();
    expect(within(panel).getByText('Inherited from IT Department')).toBeInTheDocument();
    expect(within(panel).getByRole('checkbox', { name: 'Office 365 E3' })).toBeEnabled();
  });

  it('refuses a Helpdesk Administrator who assigns a license', async () => {
    const { panel, user, current } = await openLicenses('DebraB@contoso.com', 'AllanD@contoso.com');
    await user.click(within(panel).getByRole('checkbox', { name: 'Office 365 E3' }));
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(current()!.assignedLicenses).toEqual([]);
  });
});
