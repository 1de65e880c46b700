import { describe, expect, it } from 'vitest';
import { createContosoTenant, getById, replay, type DnsRecordInput, type DnsZone, type Tenant } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

function zone(tenant: Tenant, name: string): DnsZone {
  const found = getById(tenant.domains.dnsZones, name);
  if (!found) throw new Error(`No zone ${name}`);
  return found;
}

/** A tenant with an empty practice zone, as `domain.add` leaves one. */
function withFabrikamZone(): TestTenant {
  return new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
}

const add = (record: DnsRecordInput, zoneName = 'fabrikam.com') => ({ type: 'dns.addRecord' as const, zone: zoneName, record });

describe('dns.addRecord', () => {
  it('adds a record with a one-hour TTL by default and numbers it within the zone', () => {
    const lab = withFabrikamZone();
    lab.run(add({ type: 'TXT', name: '@', value: 'MS=ms12345678' }));
    lab.run(add({ type: 'MX', name: '@', value: 'fabrikam-com.mail.protection.outlook.com', priority: 0, ttl: 300 }));
    expect(zone(lab.tenant, 'fabrikam.com').records).toEqual([
      { id: '1', type: 'TXT', name: '@', ttl: 3600, value: 'MS=ms12345678' },
      { id: '2', type: 'MX', name: '@', ttl: 300, value: 'fabrikam-com.mail.protection.outlook.com', priority: 0 },
    ]);
  });

  it('reads an empty host, the domain name or a fully qualified name as the DNS host would', () => {
    const lab = withFabrikamZone();
    lab.run(add({ type: 'TXT', name: '', value: 'a' }));
    lab.run(add({ type: 'TXT', name: 'Fabrikam.com', value: 'b' }));
    lab.run(add({ type: 'CNAME', name: 'AutoDiscover.fabrikam.com.', value: 'AutoDiscover.Outlook.com.' }));
    lab.run(add({ type: 'TXT', name: '_dmarc', value: '"v=DMARC1; p=none"' }));
    expect(zone(lab.tenant, 'fabrikam.com').records.map(({ name, value }) => [name, value])).toEqual([
      ['@', 'a'],
      ['@', 'b'],
      ['autodiscover', 'autodiscover.outlook.com'],
      ['_dmarc', 'v=DMARC1; p=none'],
    ]);
  });

  it('adds SRV records with their service, protocol, priority, weight and port', () => {
    const lab = withFabrikamZone();
    lab.run(add({ type: 'SRV', name: '@', service: '_sip', protocol: '_TLS', value: 'sipdir.online.lync.com', priority: 100, weight: 1, port: 443 }));
    expect(zone(lab.tenant, 'fabrikam.com').records[0]).toEqual({
      id: '1',
      type: 'SRV',
      name: '@',
      ttl: 3600,
      service: '_sip',
      protocol: '_tls',
      value: 'sipdir.online.lync.com',
      priority: 100,
      weight: 1,
      port: 443,
    });
  });

  it('needs no directory role and writes nothing to the audit log, because the DNS host is outside the tenant', () => {
    const lab = withFabrikamZone().signInAs('MeganB@contoso.com');
    const before = lab.tenant.auditLog.size;
    const result = lab.send(add({ type: 'TXT', name: '@', value: 'hello' }));
    expect(result.ok && result.audit).toEqual([]);
    expect(lab.tenant.auditLog.size).toBe(before);
  });

  it('refuses a zone the DNS host does not have', () => {
    new TestTenant().expectRejected(add({ type: 'TXT', name: '@', value: 'x' }, 'tailspintoys.com'), 'ResourceNotFound', "There's no DNS zone for tailspintoys.com at this DNS host.");
  });

  it.each([
    ['a host name with a space', { type: 'TXT', name: 'my host', value: 'x' }, 'name', /Enter a valid host name/],
    ['a host label starting with a hyphen', { type: 'TXT', name: '-www', value: 'x' }, 'name', /Enter a valid host name/],
    ['a TTL under a minute', { type: 'TXT', name: '@', value: 'x', ttl: 59 }, 'ttl', 'TTL must be a whole number of seconds from 60 to 604800.'],
    ['a TTL over a week', { type: 'TXT', name: '@', value: 'x', ttl: 604_801 }, 'ttl', /TTL must be/],
    ['a fractional TTL', { type: 'TXT', name: '@', value: 'x', ttl: 90.5 }, 'ttl', /TTL must be/],
    ['an empty TXT value', { type: 'TXT', name: '@', value: '  ' }, 'value', 'Enter a TXT value.'],
    ['a TXT value over 4,096 characters', { type: 'TXT', name: '@', value: 'x'.repeat(4097) }, 'value', /can't be longer than 4096/],
    ['an MX priority over 65535', { type: 'MX', name: '@', value: 'mail.fabrikam.com', priority: 65536 }, 'priority', 'Priority must be a whole number from 0 to 65535.'],
    ['a negative MX priority', { type: 'MX', name: '@', value: 'mail.fabrikam.com', priority: -1 }, 'priority', /Priority must be/],
    ['an MX pointing to an address', { type: 'MX', name: '@', value: 'admin@fabrikam.com', priority: 0 }, 'value', /Points to address must be a host name/],
    ['a CNAME pointing to a single label', { type: 'CNAME', name: 'www', value: 'localhost' }, 'value', /Points to address must be a host name/],
    ['an SRV service without an underscore', { type: 'SRV', name: '@', service: 'sip', protocol: '_tls', value: 'sipdir.online.lync.com', priority: 100, weight: 1, port: 443 }, 'service', 'Service must start with an underscore, such as _sip.'],
    ['an unknown SRV protocol', { type: 'SRV', name: '@', service: '_sip', protocol: '_http', value: 'sipdir.online.lync.com', priority: 100, weight: 1, port: 443 }, 'protocol', 'Protocol must be _tcp, _udp or _tls.'],
    ['an SRV port over 65535', { type: 'SRV', name: '@', service: '_sip', protocol: '_tls', value: 'sipdir.online.lync.com', priority: 100, weight: 1, port: 70000 }, 'port', 'Port must be a whole number from 0 to 65535.'],
    ['an SRV weight below 0', { type: 'SRV', name: '@', service: '_sip', protocol: '_tls', value: 'sipdir.online.lync.com', priority: 100, weight: -1, port: 443 }, 'weight', 'Weight must be a whole number from 0 to 65535.'],
  ] as [string, DnsRecordInput, string, string | RegExp][])('refuses %s', (_case, record, target, message) => {
    const lab = withFabrikamZone();
    lab.expectRejected(add(record), 'InvalidDnsRecord', message);
    expect(lab.lastResult?.ok === false && lab.lastResult.error.target).toBe(target);
  });

  it('refuses a CNAME at the zone apex', () => {
    withFabrikamZone().expectRejected(add({ type: 'CNAME', name: '@', value: 'fabrikam.azurewebsites.net' }), 'DnsRecordConflict', /A CNAME record can't be created at @/);
  });

  it('refuses a CNAME on a name that already has records, and any record beside a CNAME', () => {
    const lab = withFabrikamZone();
    lab.run(add({ type: 'TXT', name: 'www', value: 'x' }));
    lab.expectRejected(add({ type: 'CNAME', name: 'www', value: 'fabrikam.azurewebsites.net' }), 'DnsRecordConflict', "www.fabrikam.com already has other records, so it can't also have a CNAME record.");
    lab.run(add({ type: 'CNAME', name: 'autodiscover', value: 'autodiscover.outlook.com' }));
    lab.expectRejected(add({ type: 'CNAME', name: 'autodiscover', value: 'autodiscover.fabrikam.com' }), 'DnsRecordConflict', /already has other records/);
    lab.expectRejected(add({ type: 'TXT', name: 'autodiscover', value: 'x' }), 'DnsRecordConflict', 'autodiscover.fabrikam.com has a CNAME record, so no other record can use that host name.');
  });

  it('treats an SRV record as living at its service and protocol labels', () => {
    const lab = withFabrikamZone();
    lab.run(add({ type: 'CNAME', name: '_sip._tls', value: 'sipdir.online.lync.com' }));
    lab.expectRejected(
      add({ type: 'SRV', name: '@', service: '_sip', protocol: '_tls', value: 'sipdir.online.lync.com', priority: 100, weight: 1, port: 443 }),
      'DnsRecordConflict',
      /_sip\._tls\.fabrikam\.com has a CNAME record/,
    );
  });

  it('refuses a record identical to one already there', () => {
    const lab = withFabrikamZone();
    lab.run(add({ type: 'MX', name: '@', value: 'mx1.fabrikam.com', priority: 10 }));
    lab.run(add({ type: 'MX', name: '@', value: 'mx1.fabrikam.com', priority: 20 }));
    lab.expectRejected(add({ type: 'MX', name: '@', value: 'MX1.fabrikam.com.', priority: 10, ttl: 60 }), 'DnsRecordConflict', 'This record already exists.');
  });
});

describe('dns.updateRecord', () => {
  it('replaces a record and keeps its id', () => {
    const lab = new TestTenant();
    const autodiscover = zone(lab.tenant, 'contoso.com').records.find((record) => record.name === 'autodiscover')!;
    lab.run({ type: 'dns.updateRecord', zone: 'contoso.com', recordId: autodiscover.id, record: { type: 'CNAME', name: 'autodiscover', value: 'autodiscover.contoso.com', ttl: 600 } });
    expect(zone(lab.tenant, 'contoso.com').records.find((record) => record.id === autodiscover.id)).toEqual({
      id: autodiscover.id,
      type: 'CNAME',
      name: 'autodiscover',
      ttl: 600,
      value: 'autodiscover.contoso.com',
    });
  });

  it('does not count the record being edited as a conflict with itself', () => {
    const lab = new TestTenant();
    const sip = zone(lab.tenant, 'contoso.com').records.find((record) => record.name === 'sip')!;
    lab.run({ type: 'dns.updateRecord', zone: 'contoso.com', recordId: sip.id, record: { type: 'CNAME', name: 'sip', value: 'sipdir.online.lync.com', ttl: 7200 } });
  });

  it('checks the new fields like a new record', () => {
    const lab = new TestTenant();
    const sip = zone(lab.tenant, 'contoso.com').records.find((record) => record.name === 'sip')!;
    lab.expectRejected({ type: 'dns.updateRecord', zone: 'contoso.com', recordId: sip.id, record: { type: 'CNAME', name: 'lyncdiscover', value: 'x.contoso.com' } }, 'DnsRecordConflict');
    lab.expectRejected({ type: 'dns.updateRecord', zone: 'contoso.com', recordId: sip.id, record: { type: 'CNAME', name: 'sip', value: 'x.contoso.com', ttl: 1 } }, 'InvalidDnsRecord');
  });

  it('refuses a record or zone that is not there', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'dns.updateRecord', zone: 'contoso.com', recordId: '999', record: { type: 'TXT', name: '@', value: 'x' } }, 'ResourceNotFound', 'The record was not found in the contoso.com zone. It may have been deleted.');
    lab.expectRejected({ type: 'dns.updateRecord', zone: 'nowhere.com', recordId: '1', record: { type: 'TXT', name: '@', value: 'x' } }, 'ResourceNotFound', /There's no DNS zone for nowhere.com/);
  });
});

describe('dns.removeRecord', () => {
  it('removes one record and leaves the others', () => {
    const lab = new TestTenant();
    const before = zone(lab.tenant, 'contoso.com').records;
    lab.run({ type: 'dns.removeRecord', zone: 'contoso.com', recordId: before[0]!.id });
    expect(zone(lab.tenant, 'contoso.com').records).toEqual(before.slice(1));
  });

  it('never reuses a removed record number', () => {
    const lab = withFabrikamZone();
    lab.run(add({ type: 'TXT', name: '@', value: 'one' }));
    lab.run({ type: 'dns.removeRecord', zone: 'fabrikam.com', recordId: '1' });
    lab.run(add({ type: 'TXT', name: '@', value: 'two' }));
    expect(zone(lab.tenant, 'fabrikam.com').records.map((record) => record.id)).toEqual(['2']);
  });

  it('refuses a record that is not there', () => {
    new TestTenant().expectRejected({ type: 'dns.removeRecord', zone: 'contoso.com', recordId: '999' }, 'ResourceNotFound');
  });
});

describe('the simulated DNS', () => {
  it('replays to the same zones, byte for byte', () => {
    const lab = withFabrikamZone();
    lab.run(add({ type: 'TXT', name: '@', value: 'v=spf1 -all' }));
    lab.send(add({ type: 'CNAME', name: '@', value: 'x.fabrikam.com' }));
    lab.run({ type: 'dns.updateRecord', zone: 'fabrikam.com', recordId: '1', record: { type: 'TXT', name: '@', value: 'v=spf1 include:spf.protection.outlook.com -all' } });
    lab.run({ type: 'dns.removeRecord', zone: 'contoso.com', recordId: '1' });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
