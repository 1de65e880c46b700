// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findUserByUserPrincipalName, getById } from '../../src/tenant';
import { createDemoStore } from '../../src/app/demo-store';
import { addHealthyDomain, fill, publish, run, signInAs } from './domains-support';
import { renderApp } from './render-app';

describe('Entra ID > Domain names', () => {
  it('lists the domains with their status and marks the primary one', async () => {
    renderApp('/entra/domains');
    const table = await screen.findByRole('table', { name: 'Custom domain names' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => within(row).queryAllByRole(row.querySelector('th') ? 'columnheader' : 'cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Name', 'Status', 'Federated', 'Primary'],
      ['contoso.com', 'Verified', 'No', 'Yes'],
      ['contoso.onmicrosoft.com', 'Verified', 'No', 'No'],
    ]);
  });

  it('adds a custom domain, shows the record to publish, and verifies it once published', async () => {
    const { user, store, router } = renderApp('/entra/domains');
    await screen.findByRole('table', { name: 'Custom domain names' });
    await user.click(screen.getByRole('button', { name: 'Add custom domain' }));
    const pane = await screen.findByRole('dialog', { name: 'Custom domain name' });
    const field = within(pane).getByRole('textbox', { name: /^Custom domain name/ });
    await fill(user, field, 'fabrikam');
    await user.click(within(pane).getByRole('button', { name: 'Add domain' }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining("fabrikam isn't a valid domain name."));
    await user.clear(field);
    await fill(user, field, 'fabrikam.com');
    await user.click(within(pane).getByRole('button', { name: 'Add domain' }));

    await screen.findByRole('heading', { level: 1, name: 'fabrikam.com' });
    expect(router.state.location.pathname).toBe('/entra/domains/fabrikam.com');
    const code = getById(store.getTenant().domains.domains, 'fabrikam.com')!.verificationCode;
    expect(screen.getByRole('radio', { name: 'TXT' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Alias or host name' })).toHaveValue('@');
    expect(screen.getByRole('textbox', { name: 'Destination or points to address' })).toHaveValue(`MS=${code}`);
    expect(screen.getByRole('textbox', { name: 'TTL' })).toHaveValue('3600');
    await user.click(screen.getByRole('radio', { name: 'MX' }));
    expect(screen.getByRole('textbox', { name: 'Destination or points to address' })).toHaveValue(`${code}.msv1.invalid`);
    expect(screen.getByRole('textbox', { name: 'Priority' })).toHaveValue('32767');

    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const failure = await screen.findByText(/^Domain verification failed with the following error:/);
    expect(failure.closest('.fui-MessageBar')).toHaveTextContent('Verification failed');

    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: `MS=${code}` });
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Verification succeeded! fabrikam.com is now a verified domain.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Properties' })).toHaveTextContent('StatusVerifiedPrimaryNo');
  });

  it('makes a verified domain primary once the admin confirms', async () => {
    const store = createDemoStore();
    addHealthyDomain(store, 'fabrikam.com');
    const { user } = renderApp('/entra/domains/fabrikam.com', store);
    await user.click(await screen.findByRole('button', { name: 'Make primary' }));
    const prompt = await screen.findByRole('dialog', { name: 'Make primary' });
    await user.click(within(prompt).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('fabrikam.com is now the primary domain.')).toBeInTheDocument();
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')!.isDefault).toBe(true);
    expect(screen.queryByRole('button', { name: 'Make primary' })).not.toBeInTheDocument();
  });

  it('sends onmicrosoft.com names to the Microsoft 365 admin center', async () => {
    const { user, store } = renderApp('/entra/domains');
    await user.click(await screen.findByRole('button', { name: 'Add custom domain' }));
    const pane = await screen.findByRole('dialog', { name: 'Custom domain name' });
    await fill(user, within(pane).getByRole('textbox', { name: /^Custom domain name/ }), 'contosolab.onmicrosoft.com');
    await user.click(within(pane).getByRole('button', { name: 'Add domain' }));
    expect(await within(pane).findByRole('link', { name: 'Microsoft 365 admin center' })).toHaveAttribute('href', '/admin/settings/domains');
    expect(store.getTenant().domains.domains.size).toBe(2);
  });

  it('refuses a Helpdesk Administrator’s new domain with the portal’s message', async () => {
    const { user, store } = renderApp('/entra/domains');
    signInAs(store, 'AllanD@contoso.com');
    await user.click(await screen.findByRole('button', { name: 'Add custom domain' }));
    const pane = await screen.findByRole('dialog', { name: 'Custom domain name' });
    await fill(user, within(pane).getByRole('textbox', { name: /^Custom domain name/ }), 'fabrikam.com');
    await user.click(within(pane).getByRole('button', { name: 'Add domain' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')).toBeUndefined();
  });

  it('lists what blocks Delete, then deletes the domain once nothing uses it', async () => {
    const store = createDemoStore();
    addHealthyDomain(store, 'fabrikam.com');
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    run(store, { type: 'user.changeUserPrincipalName', userId: megan.id, userPrincipalName: 'MeganB@fabrikam.com' });
    const { user, router } = renderApp('/entra/domains/fabrikam.com', store);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete fabrikam.com?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const reasons = await within(dialog).findByRole('list', { name: 'What still uses fabrikam.com' });
    expect(within(reasons).getByRole('link', { name: 'Change their user names in Users' })).toHaveAttribute('href', '/entra/users');

    run(store, { type: 'user.changeUserPrincipalName', userId: megan.id, userPrincipalName: 'MeganB@contoso.com' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('fabrikam.com was deleted.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/entra/domains');
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')).toBeUndefined();
  });
});
