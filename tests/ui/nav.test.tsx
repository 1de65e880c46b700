// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const adminNav = () => screen.getByRole('navigation', { name: 'Microsoft 365 admin center' });

describe('the left navigation', () => {
  it('opens Users and goes to Active users, which lists the tenant with licenses', async () => {
    const { user, router } = renderApp('/admin/home');
    const nav = adminNav();
    const users = within(nav).getByRole('button', { name: 'Users' });
    expect(users).toHaveAttribute('aria-expanded', 'false');
    await user.click(users);
    expect(users).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(nav).getByRole('link', { name: 'Active users' }));

    expect(router.state.location.pathname).toBe('/admin/users');
    const grid = await screen.findByRole('grid', { name: 'Active users' });
    const megan = within(grid).getByRole('row', { name: 'Megan Bowen' });
    expect(megan).toHaveTextContent('MeganB@contoso.com');
    expect(megan).toHaveTextContent('Microsoft 365 E5');
    expect(within(nav).getByRole('link', { name: 'Active users' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('Active users - Microsoft 365 admin center'));
  });

  it('starts with the section of the current page open', async () => {
    renderApp('/admin/billing/licenses');
    const nav = adminNav();
    expect(within(nav).getByRole('button', { name: 'Billing' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(nav).getByRole('link', { name: 'Licenses' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('table', { name: 'Licenses' })).toHaveTextContent('Microsoft 365 E5');
  });

  it('opens the Entra admin center from Admin centers > Identity, in its own frame', async () => {
    const { user, router } = renderApp('/admin/home');
    await user.click(within(adminNav()).getByRole('button', { name: 'Admin centers' }));
    await user.click(within(adminNav()).getByRole('link', { name: 'Identity' }));

    expect(router.state.location.pathname).toBe('/entra/home');
    const entraNav = await screen.findByRole('navigation', { name: 'Microsoft Entra admin center' });
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Microsoft Entra admin center' })).toBeInTheDocument();
    await user.click(within(entraNav).getByRole('button', { name: 'Entra ID' }));
    await user.click(within(entraNav).getByRole('link', { name: 'Users' }));
    expect(await screen.findByRole('table', { name: 'All users' })).toHaveTextContent('admin@contoso.onmicrosoft.com');
    await waitFor(() => expect(document.title).toBe('Users - Microsoft Entra admin center'));
  });

  it('switches admin centers from the app launcher', async () => {
    const { user, router } = renderApp('/admin/home');
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'App launcher' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Microsoft Entra admin center' }));
    expect(router.state.location.pathname).toBe('/entra/home');
    expect(await screen.findByRole('region', { name: 'Basic information' })).toHaveTextContent('contoso.com');
  });

  it('collapses to icons and expands again from the keyboard', async () => {
    const { user } = renderApp('/admin/users');
    const toggle = within(adminNav()).getByRole('button', { name: 'Collapse navigation menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(adminNav()).getByRole('link', { name: 'Active users' })).toBeInTheDocument();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAccessibleName('Expand navigation menu');
    expect(within(adminNav()).queryByRole('link', { name: 'Active users' })).not.toBeInTheDocument();

    // A section chosen from the icon rail widens the nav with that section open. (Tab order is
    // checked in the browser suite: Fluent's focus manager needs real layout to move focus.)
    const users = within(adminNav()).getByRole('button', { name: 'Users' });
    users.focus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(users).toHaveAttribute('aria-expanded', 'true');
    expect(users).toHaveFocus();
    expect(within(adminNav()).getByRole('link', { name: 'Active users' })).toBeInTheDocument();
  });

  it('closes an open section from the keyboard', async () => {
    const { user } = renderApp('/admin/users');
    const users = within(adminNav()).getByRole('button', { name: 'Users' });
    users.focus();
    await user.keyboard('{Enter}');
    expect(users).toHaveAttribute('aria-expanded', 'false');
    expect(within(adminNav()).queryByRole('link', { name: 'Deleted users' })).not.toBeInTheDocument();
  });

  it('follows the browser history back to the previous page', async () => {
    const { user, router } = renderApp('/admin/home');
    await user.click(within(adminNav()).getByRole('button', { name: 'Settings' }));
    await user.click(within(adminNav()).getByRole('link', { name: 'Domains' }));
    expect(await screen.findByRole('table', { name: 'Domains' })).toHaveTextContent('contoso.com (Default)');
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso' })).toBeInTheDocument();
  });
});
