// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { findUserByUserPrincipalName, ROLE } from '../../src/tenant';
import { renderApp } from './render-app';

describe('the account manager', () => {
  it("shows the signed-in admin's name, username and roles", async () => {
    const { user } = renderApp('/admin/home');
    await user.click(screen.getByRole('button', { name: /Account manager for MOD Administrator$/ }));
    const username = await screen.findByText('admin@contoso.onmicrosoft.com');
    expect(username.parentElement).toHaveTextContent('MOD Administratoradmin@contoso.onmicrosoft.comGlobal Administrator');
  });

  it("lists the tenant's admins with their roles under Switch admin account", async () => {
    const { user } = renderApp('/admin/home');
    await user.click(screen.getByRole('button', { name: /Account manager for MOD Administrator$/ }));
    const menu = await screen.findByRole('menu');
    const admins = within(menu).getAllByRole('menuitemradio');
    expect(admins.map((item) => item.textContent)).toEqual([
      'Allan DeyoungHelpdesk Administrator',
      'Emily BraunLicense Administrator',
      'MOD AdministratorGlobal Administrator',
      'Nestor WilkeUser Administrator',
    ]);
    expect(within(menu).getByRole('menuitemradio', { name: /MOD Administrator/ })).toHaveAttribute('aria-checked', 'true');
  });

  it('switches the signed-in admin, so later commands run with that role', async () => {
    const { user, store } = renderApp('/admin/home');
    await user.click(screen.getByRole('button', { name: /Account manager for MOD Administrator$/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: /Nestor Wilke/ }));

    const nestor = findUserByUserPrincipalName(store.getTenant(), 'NestorW@contoso.com')!;
    expect(store.getSignedInUserId()).toBe(nestor.id);
    const account = screen.getByRole('button', { name: /Account manager for Nestor Wilke$/ });
    expect(account).toHaveTextContent('NW');
    expect(screen.getByText('Signed in as Nestor Wilke (User Administrator).')).toBeInTheDocument();
  });

  it('offers users who may only activate a role, marked eligible, so they can sign in and activate it', async () => {
    const store = createDemoStore();
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    const result = store.send({ type: 'pim.assignEligible', principalId: megan.id, roleDefinitionId: ROLE.globalReader, permanent: true });
    expect(result.ok ? 'accepted' : result.error.message).toBe('accepted');

    const { user } = renderApp('/admin/home', store);
    await user.click(screen.getByRole('button', { name: /Account manager for MOD Administrator$/ }));
    expect(await screen.findByRole('menuitemradio', { name: /Megan Bowen/ })).toHaveTextContent('Megan BowenGlobal Reader (eligible)');
  });
});
