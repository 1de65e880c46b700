// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { domainHealth, findUserByUserPrincipalName, getById, toArray } from '../../src/tenant';
import { createDemoStore } from '../../src/app/demo-store';
import type { TenantStore } from '../../src/session/tenant-store';
import { addHealthyDomain, exchangeRecords, publish, run, signInAs } from './domains-support';
import { renderApp } from './render-app';

async function openList(store: TenantStore = createDemoStore()) {
  const view = renderApp('/admin/settings/domains', store);
  await screen.findByRole('table', { name: 'Domains' });
  return view;
}

function rowOf(name: string): HTMLElement {
  return within(screen.getByRole('table', { name: 'Domains' })).getByRole('link', { name }).closest('tr')!;
}

async function chooseAction(user: ReturnType<typeof renderApp>['user'], domain: string, action: string) {
  await user.click(within(rowOf(domain)).getByRole('button', { name: `More actions for ${domain}` }));
  await user.click(await screen.findByRole('menuitem', { name: action }));
}

/** Contoso with fabrikam.com set up, and Megan moved onto it. */
function storeWithMeganOnFabrikam(): TenantStore {
  const store = createDemoStore();
  addHealthyDomain(store, 'fabrikam.com');
  const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
  run(store, { type: 'user.changeUserPrincipalName', userId: megan.id, userPrincipalName: 'MeganB@fabrikam.com' });
  return store;
}

describe('Settings > Domains', () => {
  it('lists the domains with their status, the default first and marked', async () => {
    await openList();
    const rows = within(screen.getByRole('table', { name: 'Domains' })).getAllByRole('row');
    expect(rows.map((row) => within(row).queryAllByRole('columnheader').length > 0 ? 'header' : row.textContent)).toEqual([
      'header',
      'contoso.com (Default)Healthy',
      'contoso.onmicrosoft.comHealthy',
    ]);
    expect(screen.getByRole('toolbar', { name: 'Domains actions' })).toHaveTextContent('Add domainRefresh');
  });

  it('sets a verified domain as default and says so; nobody is renamed', async () => {
    const store = createDemoStore();
    addHealthyDomain(store, 'fabrikam.com');
    const { user } = await openList(store);
    await chooseAction(user, 'fabrikam.com', 'Set as default');
    expect(await screen.findByText(/^fabrikam\.com is now your default domain\./)).toBeInTheDocument();
    expect(rowOf('fabrikam.com')).toHaveTextContent('fabrikam.com (Default)');
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')!.isDefault).toBe(true);
    expect(findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')).toBeDefined();
  });

  it('refuses Set as default to a Helpdesk Administrator with the portal’s message', async () => {
    const store = createDemoStore();
    addHealthyDomain(store, 'fabrikam.com');
    signInAs(store, 'AllanD@contoso.com');
    const { user } = await openList(store);
    await chooseAction(user, 'fabrikam.com', 'Set as default');
    const denial = await screen.findByText('Insufficient privileges to complete the operation.');
    expect(denial.closest('.fui-MessageBar')).toHaveTextContent("fabrikam.com wasn't set as default");
    expect(getById(store.getTenant().domains.domains, 'contoso.com')!.isDefault).toBe(true);
  });

  it('lists what blocks a removal, with links to move them, and removes the domain once nothing uses it', async () => {
    const store = storeWithMeganOnFabrikam();
    const { user, router } = await openList(store);
    await chooseAction(user, 'fabrikam.com', 'Remove');
    const dialog = await screen.findByRole('dialog', { name: 'Remove fabrikam.com?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    const refusal = await within(dialog).findByText(/^fabrikam\.com can't be removed because it's still in use\./);
    expect(refusal.closest('.fui-MessageBar')).toHaveTextContent("fabrikam.com wasn't removed");
    expect(refusal).toHaveTextContent('Users: 1 (MeganB@fabrikam.com)');
    const reasons = within(dialog).getByRole('list', { name: 'What still uses fabrikam.com' });
    expect(within(reasons).getByRole('listitem')).toHaveTextContent('Users: 1 (MeganB@fabrikam.com) Change their domains');
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')).toBeDefined();

    // The link goes to the domain's Users tab, where Megan opens in Active users.
    await user.click(within(reasons).getByRole('link', { name: 'Change their domains' }));
    const users = await screen.findByRole('table', { name: 'Users on fabrikam.com' });
    expect(router.state.location.search).toBe('?tab=users');
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@fabrikam.com')!;
    expect(within(users).getByRole('link', { name: 'Megan Bowen' })).toHaveAttribute('href', `/admin/users/${megan.id}`);

    // Megan moves back; now the removal goes through.
    run(store, { type: 'user.changeUserPrincipalName', userId: megan.id, userPrincipalName: 'MeganB@contoso.com' });
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    await user.click(screen.getByRole('button', { name: 'Remove domain' }));
    const again = await screen.findByRole('dialog', { name: 'Remove fabrikam.com?' });
    await user.click(within(again).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('fabrikam.com was removed.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/settings/domains');
    expect(within(screen.getByRole('table', { name: 'Domains' })).queryByRole('link', { name: 'fabrikam.com' })).not.toBeInTheDocument();
  });

  it('refuses to remove the default domain with the tenant’s reason', async () => {
    const { user, store } = await openList();
    await chooseAction(user, 'contoso.com', 'Remove');
    const dialog = await screen.findByRole('dialog', { name: 'Remove contoso.com?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByText('contoso.com is your default domain. Set another domain as default before you remove it.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('list')).not.toBeInTheDocument();
    expect(getById(store.getTenant().domains.domains, 'contoso.com')).toBeDefined();
  });

  it('removes an unused domain from the list and confirms it', async () => {
    const store = createDemoStore();
    run(store, { type: 'domain.add', name: 'fabrikam.com' });
    const { user } = await openList(store);
    await chooseAction(user, 'fabrikam.com', 'Remove');
    const dialog = await screen.findByRole('dialog', { name: 'Remove fabrikam.com?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByRole('heading', { name: 'fabrikam.com was removed' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')).toBeUndefined();
  });

  it('offers no Remove for an onmicrosoft.com domain', async () => {
    const { user } = await openList();
    await user.click(within(rowOf('contoso.onmicrosoft.com')).getByRole('button', { name: 'More actions for contoso.onmicrosoft.com' }));
    await screen.findByRole('menu');
    expect(screen.queryByRole('menuitem', { name: 'Remove' })).not.toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Set as default' })).toBeInTheDocument();
  });
});

describe('a domain’s page', () => {
  it('shows each expected record with its status, what was expected and what the DNS host has', async () => {
    const store = createDemoStore();
    run(store, { type: 'domain.add', name: 'fabrikam.com' });
    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: `MS=${getById(store.getTenant().domains.domains, 'fabrikam.com')!.verificationCode}` });
    run(store, { type: 'domain.verify', name: 'fabrikam.com' });
    const { mx, autodiscover } = exchangeRecords('fabrikam.com');
    publish(store, 'fabrikam.com', { ...mx, value: 'mail.fabrikam.com' });
    publish(store, 'fabrikam.com', autodiscover);

    const { user } = renderApp('/admin/settings/domains/fabrikam.com', store);
    await screen.findByRole('heading', { level: 1, name: 'fabrikam.com' });
    expect(screen.getByRole('tabpanel', { name: 'Overview' })).toHaveTextContent('Possible service issues');
    await user.click(screen.getByRole('tab', { name: 'DNS records' }));
    const table = await screen.findByRole('table', { name: 'Microsoft 365 records' });
    const [, mxRow, cnameRow, txtRow] = within(table).getAllByRole('row');
    expect(mxRow).toHaveTextContent('Wrong valueMXfabrikam.comMX @ 0 fabrikam-com.mail.protection.outlook.comMX @ 0 mail.fabrikam.com');
    expect(mxRow).toHaveTextContent('The MX record points to mail.fabrikam.com instead of fabrikam-com.mail.protection.outlook.com.');
    expect(cnameRow).toHaveTextContent(/^OKCNAME/);
    expect(txtRow).toHaveTextContent('MissingTXTfabrikam.comTXT @ v=spf1 include:spf.protection.outlook.com -allNothing');

    await user.click(screen.getByRole('button', { name: 'Check health' }));
    expect(await screen.findByText('Checked fabrikam.com: 1 of 3 records are correct. Status: Possible service issues.')).toBeInTheDocument();
    expect(domainHealth(store.getTenant(), 'fabrikam.com')!.status).toBe('Possible service issues');
  });

  it('shows the groups on the domain in Teams & groups, each opening in Active teams & groups', async () => {
    const { user, store } = renderApp('/admin/settings/domains/contoso.com');
    await screen.findByRole('heading', { level: 1, name: 'contoso.com' });
    await user.click(screen.getByRole('tab', { name: 'Teams & groups' }));
    const table = await screen.findByRole('table', { name: 'Teams & groups on contoso.com' });
    const names = within(table).getAllByRole('link').map((link) => link.textContent);
    expect(names).toEqual(['Legal Team', 'Retail', 'Sales and Marketing']);
    const retail = toArray(store.getTenant().directory.groups).find((group) => group.displayName === 'Retail')!;
    expect(within(table).getByRole('link', { name: 'Retail' })).toHaveAttribute('href', `/admin/groups/${retail.id}`);
  });

  it('sets the domain as default from its Overview', async () => {
    const store = createDemoStore();
    addHealthyDomain(store, 'fabrikam.com');
    const { user } = renderApp('/admin/settings/domains/fabrikam.com', store);
    await screen.findByRole('heading', { level: 1, name: 'fabrikam.com' });
    await user.click(screen.getByRole('button', { name: 'Set as default' }));
    expect(await screen.findByText(/^fabrikam\.com is now your default domain\./)).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'Overview' })).toHaveTextContent('Default domainYes');
    expect(screen.queryByRole('button', { name: 'Set as default' })).not.toBeInTheDocument();
  });

  it('says so when the domain isn’t one of the organization’s', async () => {
    renderApp('/admin/settings/domains/nowhere.example');
    expect(await screen.findByText(/nowhere\.example isn't one of your organization's domains\./)).toBeInTheDocument();
  });
});

describe('Add onmicrosoft domain', () => {
  it('adds another onmicrosoft.com domain, verified at once, and refuses a name with other characters beside the field', async () => {
    const { user, store, router } = renderApp('/admin/settings/domains/contoso.onmicrosoft.com');
    await user.click(await screen.findByRole('button', { name: 'Add onmicrosoft domain' }));
    const pane = await screen.findByRole('dialog', { name: 'Add onmicrosoft domain' });
    const field = within(pane).getByRole('textbox', { name: /^Domain name/ });
    await user.type(field, 'contoso-lab');
    await user.click(within(pane).getByRole('button', { name: 'Add domain' }));
    expect(field).toHaveAccessibleDescription('Enter a name that ends in .onmicrosoft.com, with only letters and numbers before it.');

    await user.clear(field);
    await user.type(field, 'contosolab');
    await user.click(within(pane).getByRole('button', { name: 'Add domain' }));
    await screen.findByRole('heading', { level: 1, name: 'contosolab.onmicrosoft.com' });
    expect(router.state.location.pathname).toBe('/admin/settings/domains/contosolab.onmicrosoft.com');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(getById(store.getTenant().domains.domains, 'contosolab.onmicrosoft.com')!.isVerified).toBe(true);
  });
});
