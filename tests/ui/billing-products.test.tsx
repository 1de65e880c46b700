// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { entities, findUserByUserPrincipalName, type Tenant } from '../../src/tenant';
import { renderApp } from './render-app';

function subscriptionId(tenant: Tenant, skuPartNumber: string): string {
  return [...entities(tenant.licensing.subscriptions)].find((subscription) => subscription.skuPartNumber === skuPartNumber)!.id;
}

function storeSignedInAs(upn: string) {
  const store = createDemoStore();
  store.signInAs(findUserByUserPrincipalName(store.getTenant(), upn)!.id);
  return store;
}

function totalLicenses(tenant: Tenant, skuPartNumber: string): number {
  let total = 0;
  for (const subscription of entities(tenant.licensing.subscriptions)) {
    if (subscription.skuPartNumber === skuPartNumber && subscription.status !== 'Deleted') total += subscription.totalLicenses;
  }
  return total;
}

async function openSubscription(skuPartNumber: string, store = createDemoStore()) {
  const view = renderApp(`/admin/billing/products/${subscriptionId(store.getTenant(), skuPartNumber)}`, store);
  await screen.findByRole('heading', { level: 2, name: 'Licenses' });
  return view;
}

describe('Your products', () => {
  it('lists each subscription with its licenses, status and purchase channel, the trial with its days left', async () => {
    renderApp('/admin/billing/products');
    const table = await screen.findByRole('table', { name: 'Products' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      'Enterprise Mobility + Security E5Trial025ActiveTrial, 30 days leftCommercial direct',
      'Microsoft 365 E5810ActiveCommercial direct',
      'Microsoft Fabric (Free)01,000,000ActiveCommercial direct',
      'Office 365 E31213ActiveCommercial direct',
    ]);
  });

  it('filters the list to trials', async () => {
    const { user } = renderApp('/admin/billing/products');
    await user.click(await screen.findByRole('combobox', { name: 'Filter' }));
    await user.click(screen.getByRole('option', { name: 'Trial' }));
    const table = screen.getByRole('table', { name: 'Products' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('button', { name: 'Enterprise Mobility + Security E5' })).toBeInTheDocument();
  });

  it('opens a subscription from its name', async () => {
    const { user, router } = renderApp('/admin/billing/products');
    await user.click(await screen.findByRole('button', { name: 'Microsoft 365 E5' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Microsoft 365 E5' })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/admin\/billing\/products\/[0-9a-f-]+$/);
    expect(screen.getByText('8 assigned out of 10')).toBeInTheDocument();
  });
});

describe('Buy licenses and Remove licenses', () => {
  it('buys licenses by raising the total, and the subscription shows the new count', async () => {
    const { user, store } = await openSubscription('SPE_E5');
    await user.click(screen.getByRole('button', { name: 'Buy licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Buy licenses/ });
    expect(within(pane).getByText('New quantity')).toBeInTheDocument();
    const total = within(pane).getByRole('spinbutton', { name: 'Total licenses' });
    await user.clear(total);
    await user.type(total, '15');
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText('Microsoft 365 E5 now has 15 licenses.')).toBeInTheDocument();
    expect(totalLicenses(store.getTenant(), 'SPE_E5')).toBe(15);
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(await screen.findByText('8 assigned out of 15')).toBeInTheDocument();
  });

  it('asks for a bigger total before buying, and sends nothing', async () => {
    const { user, store } = await openSubscription('SPE_E5');
    const before = store.getTenant();
    await user.click(screen.getByRole('button', { name: 'Buy licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Buy licenses/ });
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(within(pane).getByRole('spinbutton', { name: 'Total licenses' })).toHaveAccessibleDescription('Enter a number greater than 10.');
    expect(store.getTenant()).toBe(before);
  });

  it("refuses to remove licenses that are assigned, with the tenant's message", async () => {
    const { user, store } = await openSubscription('SPE_E5');
    await user.click(screen.getByRole('button', { name: 'Remove licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Remove licenses/ });
    const total = within(pane).getByRole('spinbutton', { name: 'Total licenses' });
    await user.clear(total);
    await user.type(total, '5');
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText(/You can't remove a license from a subscription if it's assigned to a user. Unassign 3 more licenses from users first./)).toBeInTheDocument();
    expect(totalLicenses(store.getTenant(), 'SPE_E5')).toBe(10);
  });

  it('removes unassigned licenses', async () => {
    const { user, store } = await openSubscription('SPE_E5');
    await user.click(screen.getByRole('button', { name: 'Remove licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Remove licenses/ });
    const total = within(pane).getByRole('spinbutton', { name: 'Total licenses' });
    await user.clear(total);
    await user.type(total, '9');
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText('The licenses were removed.')).toBeInTheDocument();
    expect(totalLicenses(store.getTenant(), 'SPE_E5')).toBe(9);
  });

  it('refuses a License Administrator, who may assign licenses but not buy them', async () => {
    const { user, store } = await openSubscription('SPE_E5', storeSignedInAs('EmilyB@contoso.com'));
    await user.click(screen.getByRole('button', { name: 'Buy licenses' }));
    const pane = await screen.findByRole('dialog', { name: /Buy licenses/ });
    const total = within(pane).getByRole('spinbutton', { name: 'Total licenses' });
    await user.clear(total);
    await user.type(total, '12');
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(totalLicenses(store.getTenant(), 'SPE_E5')).toBe(10);
  });

  it('offers Buy instead of Buy licenses on a trial, and says when the trial ends', async () => {
    const { user, router } = await openSubscription('EMSPREMIUM');
    expect(screen.getByText(/Your trial ends on April 1, 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Buy licenses' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(router.state.location.pathname).toBe('/admin/billing/purchase/EMSPREMIUM');
  });
});

describe('Cancel subscription', () => {
  it('asks for a reason, then disables the subscription', async () => {
    const { user, store } = await openSubscription('ENTERPRISEPACK');
    await user.click(screen.getByRole('button', { name: 'Cancel subscription' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel subscription' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(within(dialog).getByText('Select a reason.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /Reason for cancelling/ }));
    await user.click(screen.getByRole('option', { name: 'I no longer need this product' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(await screen.findByText(/Office 365 E3 was cancelled. It's disabled now and will be deleted after 90 days./)).toBeInTheDocument();
    const subscription = [...entities(store.getTenant().licensing.subscriptions)].find((each) => each.skuPartNumber === 'ENTERPRISEPACK')!;
    expect(subscription.status).toBe('Suspended');
    expect(screen.getByText(/This subscription is disabled/)).toBeInTheDocument();
  });

  it("refuses a Helpdesk Administrator with the tenant's message, and the subscription stays active", async () => {
    const { user, store } = await openSubscription('ENTERPRISEPACK', storeSignedInAs('AllanD@contoso.com'));
    await user.click(screen.getByRole('button', { name: 'Cancel subscription' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel subscription' });
    await user.click(within(dialog).getByRole('combobox', { name: /Reason for cancelling/ }));
    await user.click(screen.getByRole('option', { name: 'It costs too much' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(await within(dialog).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect([...entities(store.getTenant().licensing.subscriptions)].find((each) => each.skuPartNumber === 'ENTERPRISEPACK')!.status).toBe('Enabled');
  });
});
