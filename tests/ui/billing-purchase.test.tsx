// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { entities, findUserByUserPrincipalName, type Tenant } from '../../src/tenant';
import { renderApp } from './render-app';

function storeSignedInAs(upn: string) {
  const store = createDemoStore();
  store.signInAs(findUserByUserPrincipalName(store.getTenant(), upn)!.id);
  return store;
}

function subscriptionsOf(tenant: Tenant, skuPartNumber: string) {
  return [...entities(tenant.licensing.subscriptions)].filter((subscription) => subscription.skuPartNumber === skuPartNumber);
}

async function checkOut(path: string, store = createDemoStore()) {
  const view = renderApp(path, store);
  const { user } = view;
  await user.click(await screen.findByRole('button', { name: 'Buy' }));
  const quantity = screen.getByRole('spinbutton', { name: /Select license quantity/ });
  await user.clear(quantity);
  await user.type(quantity, '5');
  await user.click(screen.getByRole('radio', { name: 'Pay yearly' }));
  await user.click(screen.getByRole('button', { name: 'Check out now' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Your cart' })).toHaveFocus();
  expect(within(screen.getByRole('table', { name: 'Order' })).getAllByRole('row')[1]).toHaveTextContent(/5.*1 year.*Pay yearly/);
  await user.click(screen.getByRole('button', { name: 'Check out' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Checkout' })).toBeInTheDocument();
  expect(screen.getByRole('complementary', { name: 'Tenant Lab note' })).toHaveTextContent(/simulated/);
  return view;
}

describe('Purchase services', () => {
  it('lists the catalogue, says the checkout is simulated, and narrows the list by search', async () => {
    const { user } = renderApp('/admin/billing/purchase');
    // The first page a test file opens waits for its lazy chunk to load on a busy machine.
    const list = await screen.findByRole('list', { name: 'Products' }, { timeout: 15_000 });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(30);
    expect(screen.getByRole('complementary', { name: 'Tenant Lab note' })).toHaveTextContent('nothing is charged');
    await user.type(screen.getByRole('searchbox', { name: 'Search all product categories' }), 'visio');
    expect(within(list).getAllByRole('listitem').map((item) => item.querySelector('.fui-CardHeader__header')?.textContent)).toEqual(['Visio Plan 1', 'Visio Plan 2']);
  });

  it('marks products the tenant has and those it can still try', async () => {
    renderApp('/admin/billing/purchase');
    const list = await screen.findByRole('list', { name: 'Products' });
    const e5 = within(list).getByRole('button', { name: 'Details for Microsoft 365 E5' }).closest('li')!;
    expect(e5).toHaveTextContent('You have this product');
    const p1 = within(list).getByRole('button', { name: 'Details for Microsoft Entra ID P1' }).closest('li')!;
    expect(p1).toHaveTextContent('Free trial available');
  });

  it('buys a new product through Buy, Check out now, Check out and Place order, adding a subscription', async () => {
    const { user, store } = await checkOut('/admin/billing/purchase/AAD_PREMIUM');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Thanks for your order' })).toBeInTheDocument();
    expect(screen.getByText(/You bought 5 licenses of Microsoft Entra ID P1/)).toBeInTheDocument();
    expect(subscriptionsOf(store.getTenant(), 'AAD_PREMIUM')).toMatchObject([{ totalLicenses: 5, isTrial: false, status: 'Enabled' }]);
  });

  it('goes back from the checkout to the cart without ordering', async () => {
    const { user, store } = await checkOut('/admin/billing/purchase/AAD_PREMIUM');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your cart' })).toBeInTheDocument();
    expect(subscriptionsOf(store.getTenant(), 'AAD_PREMIUM')).toEqual([]);
  });

  it('asks for a quantity before the cart', async () => {
    const { user } = renderApp('/admin/billing/purchase/AAD_PREMIUM');
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    await user.clear(screen.getByRole('spinbutton', { name: /Select license quantity/ }));
    await user.click(screen.getByRole('button', { name: 'Check out now' }));
    expect(screen.getByRole('spinbutton', { name: /Select license quantity/ })).toHaveAccessibleDescription('Enter a whole number of licenses between 1 and 10,000.');
    expect(screen.queryByRole('heading', { level: 2, name: 'Your cart' })).not.toBeInTheDocument();
  });

  it("refuses the order of a License Administrator at Place order, with the tenant's message", async () => {
    const store = storeSignedInAs('EmilyB@contoso.com');
    const { user } = await checkOut('/admin/billing/purchase/AAD_PREMIUM', store);
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(screen.getByText("Your order wasn't placed")).toBeInTheDocument();
    expect(subscriptionsOf(store.getTenant(), 'AAD_PREMIUM')).toEqual([]);
  });

  it('starts a free trial of 25 licenses for 30 days', async () => {
    const { user, store } = renderApp('/admin/billing/purchase/AAD_PREMIUM');
    await user.click(await screen.findByRole('button', { name: 'Start free trial' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start your free trial' });
    await user.click(within(dialog).getByRole('button', { name: 'Try now' }));
    expect(await within(dialog).findByText('Your trial is ready')).toBeInTheDocument();
    expect(subscriptionsOf(store.getTenant(), 'AAD_PREMIUM')).toMatchObject([{ totalLicenses: 25, isTrial: true }]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('button', { name: 'Start free trial' })).not.toBeInTheDocument();
  });

  it("refuses a Helpdesk Administrator's trial with the tenant's message", async () => {
    const store = storeSignedInAs('AllanD@contoso.com');
    const { user } = renderApp('/admin/billing/purchase/AAD_PREMIUM', store);
    await user.click(await screen.findByRole('button', { name: 'Start free trial' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start your free trial' });
    await user.click(within(dialog).getByRole('button', { name: 'Try now' }));
    expect(await within(dialog).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(subscriptionsOf(store.getTenant(), 'AAD_PREMIUM')).toEqual([]);
  });

  it('offers no trial of a product the tenant has or has tried', async () => {
    renderApp('/admin/billing/purchase/EMSPREMIUM');
    await screen.findByRole('button', { name: 'Buy' });
    expect(screen.queryByRole('button', { name: 'Start free trial' })).not.toBeInTheDocument();
  });
});
