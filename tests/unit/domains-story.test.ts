import { describe, expect, it } from 'vitest';
import {
  createContosoTenant,
  domainHealth,
  domainRows,
  getById,
  replay,
  serviceConfigurationRecords,
  verificationDnsRecords,
  type DnsRecordCheck,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const summary = (checks: readonly DnsRecordCheck[]) => checks.map((check) => `${check.expected.type} ${check.expected.label}: ${check.status}`);

describe('a learner brings fabrikam.com into Contoso', () => {
  it('adds, verifies, sets up, makes default, and finally removes the domain', () => {
    const lab = new TestTenant();

    // Settings > Domains > Add domain.
    lab.run({ type: 'domain.add', name: 'fabrikam.com' });
    const [txt] = verificationDnsRecords(getById(lab.tenant.domains.domains, 'fabrikam.com')!);

    // "Verify" before touching DNS: not found.
    lab.expectRejected({ type: 'domain.verify', name: 'fabrikam.com' }, 'DomainVerificationFailed', /We couldn't find the TXT record MS=ms\d{8}/);

    // At the DNS host: the TXT record, then "Try again".
    lab.run({ type: 'dns.addRecord', zone: 'fabrikam.com', record: { type: 'TXT', name: '@', value: txt!.value, ttl: 3600 } });
    lab.run({ type: 'domain.verify', name: 'fabrikam.com' });

    // Verified, with Exchange chosen and none of its records published yet.
    let health = domainHealth(lab.tenant, 'fabrikam.com')!;
    expect(health.status).toBe('Incomplete setup');
    expect(summary(health.checks)).toEqual(['MX fabrikam.com: Missing', 'CNAME autodiscover.fabrikam.com: Missing', 'TXT fabrikam.com: Missing']);

    // The learner adds the records, getting the MX host wrong (dots kept instead of dashes).
    const [mx, autodiscover, spf] = serviceConfigurationRecords('fabrikam.com', ['Email']);
    lab.run({ type: 'dns.addRecord', zone: 'fabrikam.com', record: { type: 'MX', name: '@', value: 'fabrikam.com.mail.protection.outlook.com', priority: 0 } });
    lab.run({ type: 'dns.addRecord', zone: 'fabrikam.com', record: autodiscover! });
    lab.run({ type: 'dns.addRecord', zone: 'fabrikam.com', record: spf! });
    health = domainHealth(lab.tenant, 'fabrikam.com')!;
    expect(health.status).toBe('Possible service issues');
    expect(summary(health.checks)).toEqual(['MX fabrikam.com: WrongValue', 'CNAME autodiscover.fabrikam.com: OK', 'TXT fabrikam.com: OK']);
    expect(health.checks[0]!.problem).toBe('The MX record points to fabrikam.com.mail.protection.outlook.com instead of fabrikam-com.mail.protection.outlook.com.');

    // Fixed at the DNS host.
    const wrongMx = health.checks[0]!.found[0]!;
    lab.run({ type: 'dns.updateRecord', zone: 'fabrikam.com', recordId: wrongMx.id, record: mx! });
    expect(domainHealth(lab.tenant, 'fabrikam.com')!.status).toBe('Healthy');

    // Set as default; nobody is renamed.
    lab.run({ type: 'domain.setDefault', name: 'fabrikam.com' });
    expect(domainRows(lab.tenant).find((row) => row.isDefault)?.name).toBe('fabrikam.com');
    lab.expectUser('MeganB@contoso.com').toExist();

    // Megan moves to the new domain.
    const megan = lab.userId('MeganB@contoso.com');
    lab.run({ type: 'user.changeUserPrincipalName', userId: megan, userPrincipalName: 'MeganB@fabrikam.com' });

    // The default domain can't go; once contoso.com is default again, Megan still blocks it.
    lab.expectRejected({ type: 'domain.remove', name: 'fabrikam.com' }, 'DefaultDomainCannotBeRemoved');
    lab.run({ type: 'domain.setDefault', name: 'contoso.com' });
    lab.expectRejected({ type: 'domain.remove', name: 'fabrikam.com' }, 'DomainInUse', /Users: 1 \(MeganB@fabrikam\.com\)/);

    // Megan moves back (keeping her fabrikam.com address as an alias); now the domain can go.
    lab.run({ type: 'user.changeUserPrincipalName', userId: megan, userPrincipalName: 'MeganB@contoso.com' });
    lab.run({ type: 'domain.remove', name: 'fabrikam.com' });
    expect(domainRows(lab.tenant).map((row) => row.name)).toEqual(['contoso.com', 'contoso.onmicrosoft.com']);
    expect(getById(lab.tenant.directory.users, megan)!.proxyAddresses.some((address) => address.toLowerCase().endsWith('@fabrikam.com'))).toBe(false);
    // The registrar still has the zone.
    expect(getById(lab.tenant.domains.dnsZones, 'fabrikam.com')!.records).toHaveLength(4);

    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
