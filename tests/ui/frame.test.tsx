// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('the admin center frame', () => {
  it('opens on Home from the root address, titled like the real admin center', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/home');
    await waitFor(() => expect(document.title).toBe('Home - Microsoft 365 admin center'));
  });

  it('shows the product name, the tenant name and the signed-in admin in the top bar', async () => {
    renderApp('/admin/home');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Microsoft 365 admin center' })).toBeInTheDocument();
    expect(within(banner).getByText('Contoso')).toBeInTheDocument();
    const account = within(banner).getByRole('button', { name: /Account manager for MOD Administrator$/ });
    expect(account).toHaveTextContent('MA');
    expect(within(banner).getByRole('search')).toBeInTheDocument();
  });

  it('has a skip link first, then the banner, navigation and main landmarks', async () => {
    const { user } = renderApp('/admin/home');
    expect(screen.getByRole('navigation', { name: 'Microsoft 365 admin center' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(main).toHaveFocus();
  });

  it('puts a breadcrumb back to Home on pages below it', async () => {
    const { user, router } = renderApp('/admin/settings/domains');
    const breadcrumb = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    await user.click(within(breadcrumb).getByRole('link', { name: 'Home' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/home'));
  });

  it('says plainly when a page of the real admin center is not in the sandbox yet', async () => {
    renderApp('/admin/health/service-health');
    expect(await screen.findByRole('heading', { level: 1, name: 'Service health' })).toBeInTheDocument();
    expect(screen.getByText(/Service health is not available in Tenant Lab yet/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Service health - Microsoft 365 admin center'));
  });

  it('shows a not-found page inside the frame for an unknown admin address', async () => {
    renderApp('/admin/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Microsoft 365 admin center' })).toBeInTheDocument();
  });
});

describe('the top bar search', () => {
  it('finds pages, users and groups by name', async () => {
    const { user, router } = renderApp('/admin/home');
    await user.type(within(screen.getByRole('search')).getByRole('searchbox', { name: 'Search' }), 'sales{Enter}');
    expect(router.state.location.pathname).toBe('/admin/search');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search results for "sales"' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Groups' })).getByRole('link', { name: 'Sales and Marketing' })).toHaveAttribute('href', '/admin/groups');
    expect(within(screen.getByRole('region', { name: 'Users' })).getByText('Users (0)')).toBeInTheDocument();
  });
});
