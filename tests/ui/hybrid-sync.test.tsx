// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import type { TenantStore } from '../../src/session/tenant-store';
import { fill, run } from './domains-support';
import { renderApp } from './render-app';

/** Contoso with an on-premises forest in which Omar also carries Lena's address. */
function storeWithForest(): TenantStore {
  const store = createDemoStore();
  run(store, {
    type: 'onPremises.seed',
    domainName: 'contoso.local',
    netBiosName: 'CONTOSO',
    upnSuffixes: ['contoso.com'],
    organizationalUnits: ['Staff'],
    users: [
      { ou: 'Staff', sAMAccountName: 'lena', givenName: 'Lena', sn: 'Fischer', userPrincipalName: 'lena@contoso.com', mail: 'lena@contoso.com', proxyAddresses: ['SMTP:lena@contoso.com'] },
      { ou: 'Staff', sAMAccountName: 'omar', givenName: 'Omar', sn: 'Haddad', userPrincipalName: 'omar@contoso.com', proxyAddresses: ['SMTP:omar@contoso.com', 'smtp:lena@contoso.com'] },
    ],
  });
  return store;
}

describe('hybrid sync through the pages', () => {
  it('runs a first sync from the wizard, shows the export error in Entra, and clears it once fixed in ADUC', async () => {
    const store = storeWithForest();
    const { user, router } = renderApp('/on-premises/connect', store);
    await screen.findByRole('heading', { level: 1, name: 'Microsoft Entra Connect Sync' });
    await user.click(screen.getByRole('button', { name: 'Install' }));
    expect(await screen.findByText(/Microsoft Entra Connect Sync is installed and configured/)).toBeInTheDocument();
    const runs = screen.getByRole('table', { name: 'Sync runs' });
    expect(within(runs).getByText('completed-export-errors')).toBeInTheDocument();

    await router.navigate('/entra/entra-connect');
    const errors = await screen.findByRole('table', { name: 'Sync errors' });
    expect(within(errors).getByText('Omar Haddad (omar@contoso.com)')).toBeInTheDocument();
    expect(within(errors).getByText(/\[ProxyAddresses smtp:lena@contoso\.com;\]/)).toBeInTheDocument();

    await router.navigate('/on-premises/aduc');
    await user.click(await screen.findByRole('button', { name: 'Staff' }));
    await user.click(screen.getByRole('button', { name: 'Properties of Omar Haddad' }));
    const properties = screen.getByRole('form', { name: 'Omar Haddad Properties' });
    const proxies = within(properties).getByRole('textbox', { name: /proxyAddresses/ });
    await user.clear(proxies);
    await fill(user, proxies, 'SMTP:omar@contoso.com');
    await user.click(within(properties).getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/Omar Haddad was updated/)).toBeInTheDocument();

    await router.navigate('/on-premises/connect');
    await user.click(await screen.findByRole('button', { name: 'Start-ADSyncSyncCycle -PolicyType Delta' }));
    expect(await screen.findByText(/Result Success/)).toBeInTheDocument();

    await router.navigate('/entra/entra-connect');
    expect(await screen.findByText('No sync errors.')).toBeInTheDocument();
    expect(store.getTenant().sync.errors.size).toBe(0);
  });

  it('shows the refusal of a weak password in ADUC without creating the user', async () => {
    const store = storeWithForest();
    const { user } = renderApp('/on-premises/aduc', store);
    await user.click(await screen.findByRole('button', { name: 'Staff' }));
    const form = screen.getByRole('form', { name: 'New user in Staff' });
    await fill(user, within(form).getByRole('textbox', { name: 'User logon name' }), 'nina');
    await user.type(within(form).getByLabelText('Password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText(/does not meet the password policy requirements/)).toBeInTheDocument();
    expect([...Object.values(store.getTenant().onPremises.users.buckets)].flatMap((bucket) => Object.values(bucket ?? {})).some((user) => user.sAMAccountName === 'nina')).toBe(false);
  });
});
