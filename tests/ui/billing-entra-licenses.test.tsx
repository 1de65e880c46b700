// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findUserByUserPrincipalName, skuByPartNumber } from '../../src/tenant';
import { renderApp } from './render-app';

const E5 = skuByPartNumber('SPE_E5')!;

describe("Entra's Licenses", () => {
  it('lists all products with total, assigned and available, and opens a product on Licensed users', async () => {
    const { user } = renderApp('/entra/billing/licenses');
    const table = await screen.findByRole('table', { name: 'All products' }, { timeout: 15_000 });
    expect(within(table).getByRole('button', { name: 'Microsoft 365 E5' }).closest('tr')).toHaveTextContent('Microsoft 365 E51082');
    await user.click(within(table).getByRole('button', { name: 'Microsoft 365 E5' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Microsoft 365 E5 | Licensed users' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Users' })).getAllByRole('row')).toHaveLength(9);
  });

  it('assigns the product from the same pane as the admin center', async () => {
    const { user, store } = renderApp(`/entra/billing/licenses/${E5.skuId}`);
    await user.click(await screen.findByRole('button', { name: 'Assign licenses' }, { timeout: 15_000 }));
    const pane = await screen.findByRole('dialog', { name: /Assign licenses to users/ });
    await user.type(within(pane).getByRole('searchbox', { name: 'Enter a name or email address' }), 'Debra');
    await user.click(await within(pane).findByRole('button', { name: /Debra Berger/ }));
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    await within(pane).findByText('Licenses assigned');
    expect(findUserByUserPrincipalName(store.getTenant(), 'DebraB@contoso.com')!.assignedLicenses.map((license) => license.skuId)).toEqual([E5.skuId]);
  });

  it('sends Try / Buy to Purchase services in the admin center', async () => {
    const { user, router } = renderApp('/entra/billing/licenses');
    await user.click(await screen.findByRole('button', { name: 'Try / Buy' }, { timeout: 15_000 }));
    expect(router.state.location.pathname).toBe('/admin/billing/purchase');
  });
});
