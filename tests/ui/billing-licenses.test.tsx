// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { findEntity, findUserByUserPrincipalName, skuByPartNumber, type Tenant } from '../../src/tenant';
import { renderApp } from './render-app';

const E5 = skuByPartNumber('SPE_E5')!;
const O365_E3 = skuByPartNumber('ENTERPRISEPACK')!;

function storeSignedInAs(upn: string) {
  const store = createDemoStore();
  store.signInAs(findUserByUserPrincipalName(store.getTenant(), upn)!.id);
  return store;
}

function licensesOf(tenant: Tenant, upn: string): string[] {
  return findUserByUserPrincipalName(tenant, upn)!.assignedLicenses.map((license) => license.skuId);
}

function groupNamed(tenant: Tenant, displayName: string) {
  return findEntity(tenant.directory.groups, (group) => group.displayName === displayName)!;
}

async function openProduct(skuId: string, store = createDemoStore(), tab = '') {
  const view = renderApp(`/admin/billing/licenses/${skuId}${tab}`, store);
  await screen.findByRole('tablist', {}, { timeout: 15_000 });
  return view;
}

async function pickUser(user: ReturnType<typeof renderApp>['user'], pane: HTMLElement, query: string, name: RegExp) {
  await user.type(within(pane).getByRole('searchbox', { name: 'Enter a name or email address' }), query);
  await user.click(await within(pane).findByRole('button', { name }));
}

describe('Licenses', () => {
  it('lists one row per product with available out of purchased, and assigned', async () => {
    renderApp('/admin/billing/licenses');
    const table = await screen.findByRole('table', { name: 'Licenses' }, { timeout: 15_000 });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      'Enterprise Mobility + Security E5Trial25/250',
      'Microsoft 365 E52/108',
      'Microsoft Fabric (Free)1,000,000/1,000,0000',
      'Office 365 E31/1312',
    ]);
  });

  it("opens a product on its Users tab, listing who has it and how", async () => {
    const { user } = renderApp('/admin/billing/licenses');
    await user.click(await screen.findByRole('button', { name: 'Microsoft 365 E5' }, { timeout: 15_000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Microsoft 365 E5' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'License counts' })).toHaveTextContent('2licenses available8 of 10licenses assigned');
    expect(screen.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
    const rows = within(screen.getByRole('table', { name: 'Users' })).getAllByRole('row');
    expect(rows).toHaveLength(9);
    expect(rows[1]).toHaveTextContent('Direct');
  });
});

describe('Assign licenses to users', () => {
  it('assigns the product to picked users, with apps turned off, one change per user', async () => {
    const { user, store } = await openProduct(E5.skuId);
    await user.click(screen.getByRole('button', { name: 'Assign licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Assign licenses to users/ });
    await pickUser(user, pane, 'Debra', /Debra Berger/);
    expect(within(pane).getByRole('group', { name: 'Selected' })).toHaveTextContent('Debra Berger');
    await user.click(within(pane).getByRole('button', { name: 'Turn apps and services on or off' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Microsoft Teams' }));
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    expect(await within(pane).findByText('Licenses assigned')).toBeInTheDocument();
    const debra = findUserByUserPrincipalName(store.getTenant(), 'DebraB@contoso.com')!;
    const license = debra.assignedLicenses.find((each) => each.skuId === E5.skuId)!;
    const teams = E5.servicePlans.find((plan) => plan.displayName === 'Microsoft Teams')!;
    expect(license.disabledPlans).toEqual([teams.servicePlanId]);
  });

  it('reports per user a missing usage location and no licenses left, and licenses the others', async () => {
    const { user, store } = await openProduct(E5.skuId);
    await user.click(screen.getByRole('button', { name: 'Assign licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Assign licenses to users/ });
    await pickUser(user, pane, 'Cameron', /Cameron White/);
    await pickUser(user, pane, 'Christie', /Christie Cline/);
    await pickUser(user, pane, 'Irvin', /Irvin Sayers/);
    await pickUser(user, pane, 'Debra', /Debra Berger/);
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    const results = await within(pane).findByRole('list', { name: 'Results' });
    expect(within(results).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Cameron White: License assignment cannot be done for user with invalid usage location.',
      'Christie Cline: License assigned.',
      'Irvin Sayers: License assigned.',
      `Debra Berger: Subscription with SKU ${E5.skuId} does not have any available licenses.`,
    ]);
    expect(within(pane).getByText("Some licenses weren't assigned")).toBeInTheDocument();
    expect(licensesOf(store.getTenant(), 'DebraB@contoso.com')).not.toContain(E5.skuId);
    expect(licensesOf(store.getTenant(), 'IrvinS@contoso.com')).toContain(E5.skuId);
  });

  it('asks for a user before assigning', async () => {
    const { user, store } = await openProduct(E5.skuId);
    const before = store.getTenant();
    await user.click(screen.getByRole('button', { name: 'Assign licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Assign licenses to users/ });
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    expect(within(pane).getByRole('searchbox', { name: 'Enter a name or email address' })).toHaveAccessibleDescription('Select at least one user.');
    expect(store.getTenant()).toBe(before);
  });

  it('lets a License Administrator assign licenses', async () => {
    const store = storeSignedInAs('EmilyB@contoso.com');
    const { user } = await openProduct(E5.skuId, store);
    await user.click(screen.getByRole('button', { name: 'Assign licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Assign licenses to users/ });
    await pickUser(user, pane, 'Debra', /Debra Berger/);
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    expect(await within(pane).findByText('Licenses assigned')).toBeInTheDocument();
    expect(licensesOf(store.getTenant(), 'DebraB@contoso.com')).toContain(E5.skuId);
  });

  it("refuses a Helpdesk Administrator with the tenant's message for each user", async () => {
    const store = storeSignedInAs('AllanD@contoso.com');
    const { user } = await openProduct(E5.skuId, store);
    await user.click(screen.getByRole('button', { name: 'Assign licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Assign licenses to users/ });
    await pickUser(user, pane, 'Debra', /Debra Berger/);
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    expect(await within(pane).findByRole('list', { name: 'Results' })).toHaveTextContent('Debra Berger: Insufficient privileges to complete the operation.');
    expect(licensesOf(store.getTenant(), 'DebraB@contoso.com')).not.toContain(E5.skuId);
  });
});

describe('Unassign licenses', () => {
  it('takes the product from the ticked users after the confirmation', async () => {
    const { user, store } = await openProduct(E5.skuId);
    const table = screen.getByRole('table', { name: 'Users' });
    expect(screen.getByRole('button', { name: 'Unassign licenses' })).toBeDisabled();
    await user.click(within(table).getByRole('checkbox', { name: 'Select Megan Bowen' }));
    await user.click(screen.getByRole('button', { name: 'Unassign licenses' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Unassign licenses' });
    await user.click(within(dialog).getByRole('button', { name: 'Unassign' }));
    expect(await screen.findByText('Microsoft 365 E5 was unassigned from Megan Bowen.')).toBeInTheDocument();
    expect(licensesOf(store.getTenant(), 'MeganB@contoso.com')).not.toContain(E5.skuId);
  });

  it("can't take a license a user has only through a group, and says why", async () => {
    const store = createDemoStore();
    const finance = groupNamed(store.getTenant(), 'Finance');
    expect(store.send({ type: 'group.assignLicense', groupId: finance.id, addLicenses: [{ skuId: E5.skuId, disabledPlans: [] }], removeLicenses: [] }).ok).toBe(true);
    const { user } = await openProduct(E5.skuId, store);
    const table = screen.getByRole('table', { name: 'Users' });
    const pradeep = within(table).getByRole('checkbox', { name: 'Select Pradeep Gupta' });
    expect(pradeep.closest('tr')).toHaveTextContent(/^Pradeep Gupta.*Inherited \(Finance\)/);
    await user.click(pradeep);
    await user.click(screen.getByRole('button', { name: 'Unassign licenses' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Unassign' }));
    expect(await screen.findByRole('list', { name: 'Unassign results' })).toHaveTextContent(
      'Pradeep Gupta: User license is inherited from a group membership and it cannot be removed directly from the user.',
    );
  });

  it('cancels without changing anything', async () => {
    const { user, store } = await openProduct(E5.skuId);
    const before = store.getTenant();
    await user.click(within(screen.getByRole('table', { name: 'Users' })).getByRole('checkbox', { name: 'Select Megan Bowen' }));
    await user.click(screen.getByRole('button', { name: 'Unassign licenses' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(store.getTenant()).toBe(before);
  });
});

describe('Groups tab', () => {
  it('assigns the product to a group and shows its status', async () => {
    const { user, store } = await openProduct(O365_E3.skuId, createDemoStore(), '?tab=groups');
    await user.click(screen.getByRole('button', { name: 'Assign licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Assign licenses to groups/ });
    const suggested = within(pane).getByRole('group', { name: 'Suggested groups' });
    expect(within(suggested).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent ?? box.parentElement?.textContent)).toHaveLength(2);
    await user.click(within(suggested).getByRole('checkbox', { name: /Finance/ }));
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    expect(await within(pane).findByText('Licenses assigned')).toBeInTheDocument();
    expect(groupNamed(store.getTenant(), 'Finance').assignedLicenses.map((license) => license.skuId)).toEqual([O365_E3.skuId]);
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    const table = await screen.findByRole('table', { name: 'Groups' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('FinanceAll licenses assigned20');
  });

  it('shows members needing action with the error details, and Reprocess licenses them once licenses are free', async () => {
    const store = createDemoStore();
    // No Microsoft 365 E5 license is left, so neither member of Finance gets one from the group.
    expect(store.send({ type: 'subscription.removeLicenses', skuId: E5.skuId, quantity: 2 }).ok).toBe(true);
    const finance = groupNamed(store.getTenant(), 'Finance');
    expect(store.send({ type: 'group.assignLicense', groupId: finance.id, addLicenses: [{ skuId: E5.skuId, disabledPlans: [] }], removeLicenses: [] }).ok).toBe(true);
    const { user } = await openProduct(E5.skuId, store, '?tab=groups');
    const table = screen.getByRole('table', { name: 'Groups' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('FinanceErrors & issues02');
    await user.click(within(table).getByRole('button', { name: 'Finance' }));
    const pane = await screen.findByRole('dialog', { name: /Finance/ });
    expect(within(pane).getByRole('tab', { name: 'Actions needed (2)' })).toHaveAttribute('aria-selected', 'true');
    const needed = within(pane).getByRole('table', { name: 'Actions needed' });
    expect(within(needed).getAllByRole('row')[1]).toHaveTextContent('Emily Braun');
    expect(within(needed).getAllByRole('row')[1]).toHaveTextContent('Not enough licenses');
    await user.click(within(needed).getAllByRole('button', { name: 'View error details' })[0]!);
    expect(within(needed).getByText(/There aren't enough available licenses for this product/)).toBeInTheDocument();

    // Freeing a license from a user needs Reprocess before the group uses it.
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    expect(store.send({ type: 'user.assignLicense', userId: megan.id, addLicenses: [], removeLicenses: [E5.skuId] }).ok).toBe(true);
    await user.click(within(pane).getByRole('button', { name: 'Reprocess' }));
    expect(await within(pane).findByText(/reprocessed/)).toBeInTheDocument();
    expect(within(pane).getByRole('tab', { name: 'Actions needed (1)' })).toBeInTheDocument();
    expect(within(pane).getByRole('tab', { name: 'Successfully assigned (1)' })).toBeInTheDocument();
  });

  it('unassigns the product from a ticked group', async () => {
    const store = createDemoStore();
    const finance = groupNamed(store.getTenant(), 'Finance');
    store.send({ type: 'group.assignLicense', groupId: finance.id, addLicenses: [{ skuId: O365_E3.skuId, disabledPlans: [] }], removeLicenses: [] });
    const { user } = await openProduct(O365_E3.skuId, store, '?tab=groups');
    await user.click(within(screen.getByRole('table', { name: 'Groups' })).getByRole('checkbox', { name: 'Select Finance' }));
    await user.click(screen.getByRole('button', { name: 'Unassign licenses' }));
    expect(await screen.findByText(/Licenses unassigned from Finance/)).toBeInTheDocument();
    expect(groupNamed(store.getTenant(), 'Finance').assignedLicenses).toEqual([]);
  });

  it("refuses a Helpdesk Administrator's group assignment with the tenant's message", async () => {
    const store = storeSignedInAs('AllanD@contoso.com');
    const { user } = await openProduct(O365_E3.skuId, store, '?tab=groups');
    await user.click(screen.getByRole('button', { name: 'Assign licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Assign licenses to groups/ });
    await user.click(within(pane).getByRole('checkbox', { name: /Finance/ }));
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    expect(await within(pane).findByRole('list', { name: 'Results' })).toHaveTextContent('Finance: Insufficient privileges to complete the operation.');
    expect(groupNamed(store.getTenant(), 'Finance').assignedLicenses).toEqual([]);
  });
});
