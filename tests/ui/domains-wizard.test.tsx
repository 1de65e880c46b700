// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { domainHealth, getById } from '../../src/tenant';
import { createDemoStore } from '../../src/app/demo-store';
import { exchangeRecords, fill, publish, run, signInAs, stepHeading, verificationTxt, type Learner } from './domains-support';
import { renderApp } from './render-app';

async function addDomain(user: Learner, name: string) {
  await stepHeading('Add a domain');
  await fill(user, screen.getByRole('textbox', { name: /^Domain name/ }), name);
  await user.click(screen.getByRole('button', { name: 'Use this domain' }));
}

function cellsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => within(row).queryAllByRole(row.querySelector('th') ? 'columnheader' : 'cell').map((cell) => cell.textContent ?? ''));
}

describe('the Add domain wizard', () => {
  it('adds fabrikam.com, fails to verify, verifies once the TXT record is published, and checks the Exchange records until they are right', async () => {
    const { user, store, router } = renderApp('/admin/settings/domains');
    await screen.findByRole('table', { name: 'Domains' });
    await user.click(screen.getByRole('button', { name: 'Add domain' }));
    expect(router.state.location.pathname).toBe('/admin/settings/domains/add');

    // Add a domain.
    await addDomain(user, 'Fabrikam.com');
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')?.isVerified).toBe(false);

    // Verify you own your domain: TXT is the default.
    await stepHeading('Verify you own your domain');
    expect(screen.getByRole('radio', { name: /Add a TXT record/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // Add a record to verify ownership.
    await stepHeading('Add a record to verify ownership');
    const txt = verificationTxt(store, 'fabrikam.com');
    expect(txt).toMatch(/^MS=ms\d{8}$/);
    expect(cellsOf(screen.getByRole('table', { name: 'TXT record to add' }))).toEqual([
      ['TXT name', 'TXT value', 'TTL'],
      ['@', txt, '3600'],
    ]);
    expect(screen.getAllByRole('button', { name: /^Copy / })).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Open your DNS host' })).toHaveAttribute(
      'href',
      `/dns/fabrikam.com?from=${encodeURIComponent(`/admin/settings/domains/fabrikam.com/setup?step=verify&method=TXT`)}`,
    );

    // Verify before the record exists: the tenant's message, and the button becomes "Try again".
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const failure = await screen.findByText(/^Domain verification failed with the following error: We couldn't find the TXT record MS=ms\d{8}/);
    expect(failure.closest('.fui-MessageBar')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')?.isVerified).toBe(false);

    // The learner adds the TXT record at the DNS host, then tries again.
    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: txt, ttl: 3600 });
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    // How do you want to connect to your domain?
    await stepHeading('How do you want to connect to your domain?');
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')?.isVerified).toBe(true);
    expect(screen.getByRole('radio', { name: "I'll add the DNS records myself" })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // Add DNS records: Exchange is on, the advanced services are off.
    await stepHeading('Add DNS records');
    expect(screen.getByRole('checkbox', { name: 'Exchange and Exchange Online Protection' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Skype for Business' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Advanced Options' }));
    expect(screen.getByRole('checkbox', { name: 'Skype for Business' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Intune and Mobile Device Management for Microsoft 365' })).not.toBeChecked();
    for (const group of ['MX Records (1)', 'CNAME Records (1)', 'TXT Records (1)']) expect(screen.getByRole('button', { name: group })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'MX Records (1)' }));
    expect(cellsOf(screen.getByRole('table', { name: 'MX Records' }))).toEqual([
      ['Type', 'Priority', 'Host name', 'Points to address or value', 'TTL'],
      ['MX', '0', '@', 'fabrikam-com.mail.protection.outlook.com', '3600'],
    ]);

    // The learner publishes the records with the MX host mistyped, and selects Continue.
    const { mx, autodiscover, spf } = exchangeRecords('fabrikam.com');
    publish(store, 'fabrikam.com', { ...mx, value: 'fabrikam.com.mail.protection.outlook.com' });
    publish(store, 'fabrikam.com', autodiscover);
    publish(store, 'fabrikam.com', spf);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const banner = await screen.findByText('Some DNS records are missing or incorrect.');
    expect(banner.closest('.fui-MessageBar')).toHaveTextContent("Don't change the domain's NS or SOA records.");
    expect(screen.getByRole('button', { name: /^MX Records \(1\)/ })).toHaveTextContent('Needs attention');
    expect(screen.getByRole('button', { name: /^CNAME Records \(1\)/ })).toHaveTextContent('OK');
    expect(screen.getByRole('button', { name: /^TXT Records \(1\)/ })).toHaveTextContent('OK');
    expect(within(screen.getByRole('list', { name: 'Problems with the MX records' })).getByRole('listitem')).toHaveTextContent(
      'The MX record points to fabrikam.com.mail.protection.outlook.com instead of fabrikam-com.mail.protection.outlook.com.',
    );
    await stepHeading('Add DNS records');

    // Fixed at the DNS host; Continue again.
    const wrongMx = domainHealth(store.getTenant(), 'fabrikam.com')!.checks[0]!.found[0]!;
    run(store, { type: 'dns.updateRecord', zone: 'fabrikam.com', recordId: wrongMx.id, record: mx });
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await stepHeading('Domain setup is complete');
    expect(screen.getByText('fabrikam.com is set up for Exchange and Exchange Online Protection. You can now use it for user names and email addresses.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    const table = await screen.findByRole('table', { name: 'Domains' });
    const row = within(table).getByRole('link', { name: 'fabrikam.com' }).closest('tr')!;
    expect(row).toHaveTextContent('Healthy');
  });

  it('offers the MX record for verification, with its priority, when the learner chooses it', async () => {
    const { user, store } = renderApp('/admin/settings/domains/add');
    await addDomain(user, 'fabrikam.com');
    await stepHeading('Verify you own your domain');
    await user.click(screen.getByRole('radio', { name: /Add an MX record/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading('Add a record to verify ownership');
    const code = getById(store.getTenant().domains.domains, 'fabrikam.com')!.verificationCode;
    expect(cellsOf(screen.getByRole('table', { name: 'MX record to add' }))).toEqual([
      ['Host name', 'Points to address or value', 'Priority', 'TTL'],
      ['@', `${code}.msv1.invalid`, '32767', '3600'],
    ]);
    publish(store, 'fabrikam.com', { type: 'MX', name: '@', value: `${code}.msv1.invalid`, priority: 32767 });
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await stepHeading('How do you want to connect to your domain?');
  });

  it('shows the tenant’s refusal of a domain name beside the field', async () => {
    const { user, store } = renderApp('/admin/settings/domains/add');
    await addDomain(user, 'fabrikam');
    const field = screen.getByRole('textbox', { name: /^Domain name/ });
    expect(field).toHaveAccessibleDescription("fabrikam isn't a valid domain name. Enter a name such as contoso.com, including its extension (.com, .net and so on).");
    await user.clear(field);
    await addDomain(user, 'contoso.com');
    expect(field).toHaveAccessibleDescription('contoso.com has already been added to your organization.');
    await user.clear(field);
    await addDomain(user, 'lab.onmicrosoft.com');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Use "Add onmicrosoft domain"'));
    expect(store.getTenant().domains.domains.size).toBe(2);
  });

  it('refuses a Helpdesk Administrator with the portal’s message and adds nothing', async () => {
    const { user, store } = renderApp('/admin/settings/domains/add');
    signInAs(store, 'AllanD@contoso.com');
    await addDomain(user, 'fabrikam.com');
    const denial = await screen.findByText('Insufficient privileges to complete the operation.');
    expect(denial.closest('.fui-MessageBar')).not.toBeNull();
    await stepHeading('Add a domain');
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')).toBeUndefined();
  });

  it('skips the DNS records under More Options, leaving the domain verified and its setup incomplete', async () => {
    const store = createDemoStore();
    run(store, { type: 'domain.add', name: 'fabrikam.com' });
    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: verificationTxt(store, 'fabrikam.com') });
    run(store, { type: 'domain.verify', name: 'fabrikam.com' });
    const { user } = renderApp('/admin/settings/domains', store);
    const table = await screen.findByRole('table', { name: 'Domains' });
    const row = within(table).getByRole('link', { name: 'fabrikam.com' }).closest('tr')!;
    expect(row).toHaveTextContent('Incomplete setup');
    await user.click(within(row).getByRole('link', { name: 'Continue setup' }));

    await stepHeading('How do you want to connect to your domain?');
    expect(screen.queryByRole('radio', { name: 'Skip this for now' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More Options' }));
    await user.click(screen.getByRole('radio', { name: 'Skip this for now' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading('Domain setup is complete');
    expect(screen.getByText(/You didn't add DNS records for any service yet/)).toBeInTheDocument();
    expect(domainHealth(store.getTenant(), 'fabrikam.com')!.status).toBe('Incomplete setup');
  });

  it('resumes an unverified domain at verification from the list', async () => {
    const store = createDemoStore();
    run(store, { type: 'domain.add', name: 'fabrikam.com' });
    const { user, router } = renderApp('/admin/settings/domains', store);
    const table = await screen.findByRole('table', { name: 'Domains' });
    const row = within(table).getByRole('link', { name: 'fabrikam.com' }).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: 'More actions for fabrikam.com' }));
    expect(screen.queryByRole('menuitem', { name: 'Set as default' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Continue setup' }));
    await stepHeading('Verify you own your domain');
    expect(router.state.location.search).toBe('?step=verify-method');
  });

  it('saves the chosen services on Continue and asks for their records', async () => {
    const store = createDemoStore();
    run(store, { type: 'domain.add', name: 'fabrikam.com' });
    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: verificationTxt(store, 'fabrikam.com') });
    run(store, { type: 'domain.verify', name: 'fabrikam.com' });
    const { user } = renderApp('/admin/settings/domains/fabrikam.com/setup?step=dns-records', store);
    await stepHeading('Add DNS records');
    await user.click(screen.getByRole('button', { name: 'Advanced Options' }));
    await user.click(screen.getByRole('checkbox', { name: 'Intune and Mobile Device Management for Microsoft 365' }));
    expect(screen.getByRole('button', { name: 'CNAME Records (3)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('Some DNS records are missing or incorrect.');
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')!.supportedServices).toEqual(['Email', 'Intune']);
    for (const group of ['MX Records (1)', 'CNAME Records (3)', 'TXT Records (1)']) {
      expect(screen.getByRole('button', { name: new RegExp(`^${group.replace(/[()]/g, '\\$&')}`) })).toHaveTextContent('Needs attention');
    }
  });

  it('treats no services as setting the records up later', async () => {
    const store = createDemoStore();
    run(store, { type: 'domain.add', name: 'fabrikam.com' });
    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: verificationTxt(store, 'fabrikam.com') });
    run(store, { type: 'domain.verify', name: 'fabrikam.com' });
    const { user } = renderApp('/admin/settings/domains/fabrikam.com/setup?step=dns-records', store);
    await stepHeading('Add DNS records');
    await user.click(screen.getByRole('checkbox', { name: 'Exchange and Exchange Online Protection' }));
    expect(screen.getByText(/No services are selected, so no records are needed now/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading('Domain setup is complete');
    expect(domainHealth(store.getTenant(), 'fabrikam.com')!.status).toBe('No services selected');
  });

  it('refuses the service choice of a Helpdesk Administrator with the portal’s message', async () => {
    const store = createDemoStore();
    run(store, { type: 'domain.add', name: 'fabrikam.com' });
    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: verificationTxt(store, 'fabrikam.com') });
    run(store, { type: 'domain.verify', name: 'fabrikam.com' });
    signInAs(store, 'AllanD@contoso.com');
    const { user } = renderApp('/admin/settings/domains/fabrikam.com/setup?step=dns-records', store);
    await stepHeading('Add DNS records');
    await user.click(screen.getByRole('button', { name: 'Advanced Options' }));
    await user.click(screen.getByRole('checkbox', { name: 'Skype for Business' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(getById(store.getTenant().domains.domains, 'fabrikam.com')!.supportedServices).toEqual(['Email']);
  });
});
