import { describe, expect, it } from 'vitest';
import {
  domainHealth,
  getById,
  mailExchangeFor,
  serviceConfigurationRecords,
  verificationDnsRecords,
  type DnsRecordCheck,
  type DnsRecordInput,
  type Tenant,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

function checkOf(tenant: Tenant, domain: string, type: string, name: string): DnsRecordCheck {
  const found = domainHealth(tenant, domain)!.checks.find((check) => check.expected.type === type && check.expected.name === name);
  if (!found) throw new Error(`No ${type} ${name} check`);
  return found;
}

function recordId(tenant: Tenant, zone: string, predicate: (record: DnsRecordInput) => boolean): string {
  return getById(tenant.domains.dnsZones, zone)!.records.find(predicate)!.id;
}

const contosoMx = (record: DnsRecordInput) => record.type === 'MX';
const contosoSpf = (record: DnsRecordInput) => record.type === 'TXT' && record.value.startsWith('v=spf1');

describe('the records Microsoft 365 asks for', () => {
  it('lists the Exchange records with the MX host made from the domain name', () => {
    expect(serviceConfigurationRecords('fabrikam.co.uk', ['Email'])).toEqual([
      { supportedService: 'Email', type: 'MX', name: '@', ttl: 3600, value: 'fabrikam-co-uk.mail.protection.outlook.com', priority: 0, label: 'fabrikam.co.uk' },
      { supportedService: 'Email', type: 'CNAME', name: 'autodiscover', ttl: 3600, value: 'autodiscover.outlook.com', label: 'autodiscover.fabrikam.co.uk' },
      { supportedService: 'Email', type: 'TXT', name: '@', ttl: 3600, value: 'v=spf1 include:spf.protection.outlook.com -all', label: 'fabrikam.co.uk' },
    ]);
  });

  it('adds the Skype for Business and Intune records in the wizard order, whatever order they are asked in', () => {
    const records = serviceConfigurationRecords('fabrikam.com', ['Intune', 'OfficeCommunicationsOnline']);
    expect(records.map((record) => [record.type, record.label, record.value, record.type === 'SRV' ? record.port : null])).toEqual([
      ['CNAME', 'sip.fabrikam.com', 'sipdir.online.lync.com', null],
      ['CNAME', 'lyncdiscover.fabrikam.com', 'webdir.online.lync.com', null],
      ['SRV', '_sip._tls.fabrikam.com', 'sipdir.online.lync.com', 443],
      ['SRV', '_sipfederationtls._tcp.fabrikam.com', 'sipfed.online.lync.com', 5061],
      ['CNAME', 'enterpriseregistration.fabrikam.com', 'enterpriseregistration.windows.net', null],
      ['CNAME', 'enterpriseenrollment.fabrikam.com', 'enterpriseenrollment.manage.microsoft.com', null],
    ]);
  });

  it('offers a TXT or an MX record to prove ownership, with the MX at priority 32767', () => {
    const domain = getById(new TestTenant().tenant.domains.domains, 'contoso.com')!;
    expect(verificationDnsRecords(domain)).toEqual([
      { type: 'TXT', name: '@', ttl: 3600, value: `MS=${domain.verificationCode}`, label: 'contoso.com', supportedService: null },
      { type: 'MX', name: '@', ttl: 3600, value: `${domain.verificationCode}.msv1.invalid`, priority: 32767, label: 'contoso.com', supportedService: null },
    ]);
    expect(domain.verificationCode).toMatch(/^ms\d{8}$/);
  });
});

describe('domainHealth', () => {
  it('finds Contoso healthy for Exchange, Skype for Business and Intune', () => {
    const health = domainHealth(new TestTenant().tenant, 'contoso.com')!;
    expect(health.status).toBe('Healthy');
    expect(health.checks).toHaveLength(9);
    expect(health.checks.every((check) => check.status === 'OK')).toBe(true);
  });

  it('always finds onmicrosoft.com domains healthy, since Microsoft hosts their DNS', () => {
    expect(domainHealth(new TestTenant().tenant, 'contoso.onmicrosoft.com')).toEqual({
      domain: 'contoso.onmicrosoft.com',
      status: 'Healthy',
      services: ['Email', 'OfficeCommunicationsOnline'],
      checks: [],
    });
  });

  it('reports an unverified domain as incomplete setup and an unknown one as nothing', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    expect(domainHealth(lab.tenant, 'fabrikam.com')?.status).toBe('Incomplete setup');
    expect(domainHealth(lab.tenant, 'nowhere.com')).toBeUndefined();
  });

  it('reports a missing MX record', () => {
    const lab = new TestTenant();
    lab.run({ type: 'dns.removeRecord', zone: 'contoso.com', recordId: recordId(lab.tenant, 'contoso.com', contosoMx) });
    expect(domainHealth(lab.tenant, 'contoso.com')!.status).toBe('Possible service issues');
    expect(checkOf(lab.tenant, 'contoso.com', 'MX', '@')).toMatchObject({ status: 'Missing', found: [], problem: null });
  });

  it('reports an MX record that points elsewhere, with what it found', () => {
    const lab = new TestTenant();
    lab.run({ type: 'dns.updateRecord', zone: 'contoso.com', recordId: recordId(lab.tenant, 'contoso.com', contosoMx), record: { type: 'MX', name: '@', value: 'aspmx.l.google.com', priority: 1 } });
    expect(checkOf(lab.tenant, 'contoso.com', 'MX', '@')).toMatchObject({
      status: 'WrongValue',
      found: [{ value: 'aspmx.l.google.com' }],
      problem: 'The MX record points to aspmx.l.google.com instead of contoso-com.mail.protection.outlook.com.',
    });
  });

  it('reports other MX records left beside the Microsoft one, but not the verification MX', () => {
    const lab = new TestTenant();
    lab.run({ type: 'dns.addRecord', zone: 'contoso.com', record: { type: 'MX', name: '@', value: 'ms12345678.msv1.invalid', priority: 32767 } });
    expect(checkOf(lab.tenant, 'contoso.com', 'MX', '@').status).toBe('OK');
    lab.run({ type: 'dns.addRecord', zone: 'contoso.com', record: { type: 'MX', name: '@', value: 'mail.contoso.com', priority: 10 } });
    expect(checkOf(lab.tenant, 'contoso.com', 'MX', '@')).toMatchObject({
      status: 'WrongValue',
      problem: "Remove the other MX records (mail.contoso.com), or some mail won't reach Microsoft 365.",
    });
  });

  it('reports a second SPF record, and accepts one merged SPF record', () => {
    const lab = new TestTenant();
    lab.run({ type: 'dns.addRecord', zone: 'contoso.com', record: { type: 'TXT', name: '@', value: 'v=spf1 include:_spf.google.com ~all' } });
    expect(checkOf(lab.tenant, 'contoso.com', 'TXT', '@')).toMatchObject({ status: 'WrongValue', problem: expect.stringContaining('There are 2 SPF records') as never });
    lab.run({ type: 'dns.removeRecord', zone: 'contoso.com', recordId: recordId(lab.tenant, 'contoso.com', (record) => record.type === 'TXT' && record.value.includes('google')) });
    lab.run({
      type: 'dns.updateRecord',
      zone: 'contoso.com',
      recordId: recordId(lab.tenant, 'contoso.com', contosoSpf),
      record: { type: 'TXT', name: '@', value: 'v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all' },
    });
    expect(checkOf(lab.tenant, 'contoso.com', 'TXT', '@').status).toBe('OK');
  });

  it("reports an SPF record that doesn't include Exchange Online Protection", () => {
    const lab = new TestTenant();
    lab.run({ type: 'dns.updateRecord', zone: 'contoso.com', recordId: recordId(lab.tenant, 'contoso.com', contosoSpf), record: { type: 'TXT', name: '@', value: 'v=spf1 mx -all' } });
    expect(checkOf(lab.tenant, 'contoso.com', 'TXT', '@')).toMatchObject({ status: 'WrongValue', problem: "The SPF record doesn't include include:spf.protection.outlook.com." });
  });

  it('reports a CNAME or SRV record that points to the wrong place', () => {
    const lab = new TestTenant();
    lab.run({ type: 'dns.updateRecord', zone: 'contoso.com', recordId: recordId(lab.tenant, 'contoso.com', (record) => record.name === 'lyncdiscover'), record: { type: 'CNAME', name: 'lyncdiscover', value: 'sipdir.online.lync.com' } });
    lab.run({
      type: 'dns.updateRecord',
      zone: 'contoso.com',
      recordId: recordId(lab.tenant, 'contoso.com', (record) => record.type === 'SRV' && record.service === '_sip'),
      record: { type: 'SRV', name: '@', service: '_sip', protocol: '_tls', value: 'sipdir.online.lync.com', priority: 100, weight: 1, port: 5061 },
    });
    expect(checkOf(lab.tenant, 'contoso.com', 'CNAME', 'lyncdiscover').problem).toBe('The CNAME record points to sipdir.online.lync.com instead of webdir.online.lync.com.');
    const srv = domainHealth(lab.tenant, 'contoso.com')!.checks.find((check) => check.expected.type === 'SRV' && check.expected.service === '_sip')!;
    expect(srv).toMatchObject({ status: 'WrongValue', problem: 'The SRV record points to sipdir.online.lync.com:5061 instead of sipdir.online.lync.com:443.' });
  });

  it('checks only the records of the services chosen for the domain', () => {
    const lab = new TestTenant();
    lab.run({ type: 'dns.removeRecord', zone: 'contoso.com', recordId: recordId(lab.tenant, 'contoso.com', (record) => record.name === 'sip') });
    expect(domainHealth(lab.tenant, 'contoso.com')!.status).toBe('Possible service issues');
    lab.run({ type: 'domain.updateServices', name: 'contoso.com', services: ['Email', 'Intune'] });
    expect(domainHealth(lab.tenant, 'contoso.com')).toMatchObject({ status: 'Healthy', services: ['Email', 'Intune'] });
    lab.run({ type: 'domain.updateServices', name: 'contoso.com', services: [] });
    expect(domainHealth(lab.tenant, 'contoso.com')).toMatchObject({ status: 'No services selected', checks: [] });
  });

  it("looks up a subdomain's records in its parent's zone", () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'sales.contoso.com' });
    expect(domainHealth(lab.tenant, 'sales.contoso.com')!.status).toBe('Incomplete setup');
    for (const record of serviceConfigurationRecords('sales.contoso.com', ['Email'])) {
      lab.run({ type: 'dns.addRecord', zone: 'contoso.com', record: { ...record, name: record.label } });
    }
    expect(getById(lab.tenant.domains.dnsZones, 'sales.contoso.com')).toBeUndefined();
    expect(checkOf(lab.tenant, 'sales.contoso.com', 'MX', '@').found[0]).toMatchObject({ name: 'sales', value: mailExchangeFor('sales.contoso.com') });
    expect(domainHealth(lab.tenant, 'sales.contoso.com')!.status).toBe('Healthy');
  });
});
