// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getById } from '../../src/tenant';
import { createDemoStore } from '../../src/app/demo-store';
import type { TenantStore } from '../../src/session/tenant-store';
import { fill, publish, run, type Learner } from './domains-support';
import { renderApp } from './render-app';

function storeWithFabrikam(): TenantStore {
  const store = createDemoStore();
  run(store, { type: 'domain.add', name: 'fabrikam.com' });
  return store;
}

async function openZone(store: TenantStore = storeWithFabrikam(), zone = 'fabrikam.com') {
  const view = renderApp(`/dns/${zone}`, store);
  await screen.findByRole('heading', { level: 1, name: `Manage DNS: ${zone}` });
  return view;
}

function records(store: TenantStore, zone = 'fabrikam.com') {
  return getById(store.getTenant().domains.dnsZones, zone)!.records;
}

/** Opens Add record, picks the type and types the given fields (by label), then saves. */
async function addRecord(user: Learner, type: string, fields: Record<string, string>) {
  await user.click(screen.getByRole('button', { name: 'Add record' }));
  const form = screen.getByRole('form', { name: 'Add record' });
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Type' }), type);
  for (const [label, value] of Object.entries(fields)) {
    const input = within(form).getByRole('textbox', { name: label });
    await user.clear(input);
    if (value !== '') await fill(user, input, value);
  }
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  return form;
}

describe('the Tenant Lab DNS host', () => {
  it('lists the zones the learner owns, opened from the lab strip with a way back', async () => {
    const { user, router } = renderApp('/admin/settings/domains', storeWithFabrikam());
    await screen.findByRole('table', { name: 'Domains' });
    await user.click(within(screen.getByRole('region', { name: 'Tenant Lab' })).getByRole('link', { name: 'DNS host' }));
    await screen.findByRole('heading', { level: 1, name: 'DNS management' });
    expect(document.title).toBe('DNS host - Tenant Lab');
    expect(screen.getByText('Tenant Lab DNS host')).toBeInTheDocument();
    const zones = screen.getByRole('table', { name: 'Your domains' });
    expect(within(zones).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'DomainRecordsIn your Microsoft 365 organization',
      'contoso.com10Yes',
      'fabrikam.com0Yes',
    ]);
    await user.click(within(zones).getByRole('link', { name: 'fabrikam.com' }));
    await screen.findByRole('heading', { level: 1, name: 'Manage DNS: fabrikam.com' });
    expect(screen.getByText('This zone has no records yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← Back to the Microsoft 365 admin center' }));
    await screen.findByRole('table', { name: 'Domains' });
    expect(router.state.location.pathname).toBe('/admin/settings/domains');
  });

  it('adds a TXT record, shown as text even when it looks like markup', async () => {
    const store = storeWithFabrikam();
    const { user } = await openZone(store);
    const markup = '<img src=x onerror="window.hacked=1"><b>bold</b>';
    await addRecord(user, 'TXT', { Host: '@', Value: markup });
    expect(await screen.findByText('TXT record added to fabrikam.com.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Records of fabrikam.com' });
    expect(within(table).getByText(markup)).toBeInTheDocument();
    expect(table.querySelector('img, b')).toBeNull();
    expect(records(store)).toEqual([{ id: '1', type: 'TXT', name: '@', ttl: 3600, value: markup }]);
    // Focus returns when the form has closed, which can take a frame after the message appears.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add record' })).toHaveFocus());
  });

  it.each([
    ['a host with spaces', 'TXT', { Host: 'bad host', Value: 'x' }, 'Host', 'Enter a valid host name: @ for the domain itself, or labels of letters, digits and hyphens separated by dots.'],
    ['a TTL under a minute', 'TXT', { Value: 'x', 'TTL (seconds)': '10' }, 'TTL (seconds)', 'TTL must be a whole number of seconds from 60 to 604800.'],
    ['an empty TXT value', 'TXT', { Value: '' }, 'Value', 'Enter a TXT value.'],
    ['an MX that points to no host name', 'MX', { 'Points to': 'not a host', Priority: '0' }, 'Points to', 'Points to address must be a host name, such as mail.example.com.'],
    ['an MX priority out of range', 'MX', { 'Points to': 'mail.fabrikam.com', Priority: '70000' }, 'Priority', 'Priority must be a whole number from 0 to 65535.'],
    ['an MX without a priority', 'MX', { 'Points to': 'mail.fabrikam.com', Priority: '' }, 'Priority', 'Priority must be a whole number from 0 to 65535.'],
    ['a CNAME at the domain itself', 'CNAME', { Host: '@', 'Points to': 'www.example.com' }, 'Host', "A CNAME record can't be created at @: the domain fabrikam.com itself can't be an alias."],
    ['an SRV service without its underscore', 'SRV', { Service: 'sip', Protocol: '_tls', Target: 'sipdir.online.lync.com', Priority: '100', Weight: '1', Port: '443' }, 'Service', 'Service must start with an underscore, such as _sip.'],
    ['an unknown SRV protocol', 'SRV', { Service: '_sip', Protocol: '_xyz', Target: 'sipdir.online.lync.com', Priority: '100', Weight: '1', Port: '443' }, 'Protocol', 'Protocol must be _tcp, _udp or _tls.'],
    ['an SRV without a weight', 'SRV', { Service: '_sip', Protocol: '_tls', Target: 'sipdir.online.lync.com', Priority: '100', Weight: '', Port: '443' }, 'Weight', 'Weight must be a whole number from 0 to 65535.'],
    ['an SRV port out of range', 'SRV', { Service: '_sip', Protocol: '_tls', Target: 'sipdir.online.lync.com', Priority: '100', Weight: '1', Port: '99999' }, 'Port', 'Port must be a whole number from 0 to 65535.'],
  ])('refuses %s, with the message beside the field', async (_, type, fields, field, message) => {
    const store = storeWithFabrikam();
    const { user } = await openZone(store);
    const form = await addRecord(user, type, fields);
    const input = within(form).getByRole('textbox', { name: field });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(records(store)).toEqual([]);
  });

  it('refuses a record that already exists, and a second record beside a CNAME', async () => {
    const store = storeWithFabrikam();
    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: 'hello' });
    publish(store, 'fabrikam.com', { type: 'CNAME', name: 'www', value: 'fabrikam.azurewebsites.net' });
    const { user } = await openZone(store);
    let form = await addRecord(user, 'TXT', { Value: 'hello' });
    expect(within(form).getByRole('textbox', { name: 'Value' })).toHaveAccessibleDescription('This record already exists.');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    form = await addRecord(user, 'TXT', { Host: 'www', Value: 'other' });
    expect(within(form).getByRole('textbox', { name: 'Host' })).toHaveAccessibleDescription(
      expect.stringContaining('www.fabrikam.com has a CNAME record, so no other record can use that host name.'),
    );
    expect(records(store)).toHaveLength(2);
  });

  it('edits a record in place', async () => {
    const store = storeWithFabrikam();
    publish(store, 'fabrikam.com', { type: 'MX', name: '@', value: 'fabrikam.com.mail.protection.outlook.com', priority: 0 });
    const { user } = await openZone(store);
    await user.click(screen.getByRole('button', { name: 'Edit MX record @ fabrikam.com.mail.protection.outlook.com' }));
    const form = screen.getByRole('form', { name: 'Edit record' });
    expect(within(form).getByRole('combobox', { name: 'Type' })).toBeDisabled();
    expect(within(form).getByRole('textbox', { name: 'Host' })).toHaveFocus();
    const pointsTo = within(form).getByRole('textbox', { name: 'Points to' });
    await user.clear(pointsTo);
    await fill(user, pointsTo, 'fabrikam-com.mail.protection.outlook.com');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('MX record updated.')).toBeInTheDocument();
    expect(records(store)).toEqual([{ id: '1', type: 'MX', name: '@', ttl: 3600, value: 'fabrikam-com.mail.protection.outlook.com', priority: 0 }]);
  });

  it('deletes a record only once the learner confirms', async () => {
    const store = storeWithFabrikam();
    publish(store, 'fabrikam.com', { type: 'TXT', name: '@', value: 'MS=ms00000000' });
    const { user } = await openZone(store);
    await user.click(screen.getByRole('button', { name: 'Delete TXT record @ MS=ms00000000' }));
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(records(store)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete TXT record @ MS=ms00000000' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('TXT record deleted.')).toBeInTheDocument();
    expect(records(store)).toEqual([]);
  });

  it('says so for a zone it doesn’t host', async () => {
    renderApp('/dns/nowhere.example');
    expect(await screen.findByText("There's no DNS zone for nowhere.example at this DNS host.")).toBeInTheDocument();
  });

  it('is reached from the wizard’s record step and leads back to the same step', async () => {
    const { user, router } = renderApp('/admin/settings/domains/fabrikam.com/setup?step=verify&method=TXT', storeWithFabrikam());
    await screen.findByRole('heading', { level: 2, name: 'Add a record to verify ownership' });
    await user.click(screen.getByRole('link', { name: 'Open your DNS host' }));
    await screen.findByRole('heading', { level: 1, name: 'Manage DNS: fabrikam.com' });
    await user.click(screen.getByRole('link', { name: '← Back to the Microsoft 365 admin center' }));
    await screen.findByRole('heading', { level: 2, name: 'Add a record to verify ownership' });
    expect(router.state.location.pathname + router.state.location.search).toBe('/admin/settings/domains/fabrikam.com/setup?step=verify&method=TXT');
  });
});
