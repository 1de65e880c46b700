import { getById } from '../../../collection';
import type { DnsRecord, DnsRecordData, DnsZone, Domain, DomainService, Tenant } from '../../../model';
import { DEFAULT_TTL, joinHost, ownerOf, recordsAt, zoneFor } from './dns-zone';

/**
 * The DNS records Microsoft 365 asks for (worldwide cloud), and the health check the admin
 * center runs against the domain's public DNS. Hosts in expected records are relative to the
 * domain (`@` is the domain itself); `label` is the fully qualified name, as Graph gives it.
 */
export type ExpectedDnsRecord = DnsRecordData & {
  readonly label: string;
  /** The service the record is for; null for the ownership (verification) records. */
  readonly supportedService: DomainService | null;
};

/** The services in the order of the "Add DNS records" step, with its labels. */
export const DOMAIN_SERVICES: readonly { readonly service: DomainService; readonly label: string }[] = [
  { service: 'Email', label: 'Exchange and Exchange Online Protection' },
  { service: 'OfficeCommunicationsOnline', label: 'Skype for Business' },
  { service: 'Intune', label: 'Intune and Mobile Device Management for Microsoft 365' },
];

/** The wizard preselects Exchange only; the others sit under "Advanced options". */
export const DEFAULT_DOMAIN_SERVICES: readonly DomainService[] = ['Email'];

export const SPF_INCLUDE = 'include:spf.protection.outlook.com';
export const SPF_VALUE = `v=spf1 ${SPF_INCLUDE} -all`;
const VERIFICATION_MX_SUFFIX = '.msv1.invalid';
/** Far below any real mail server's preference, so the verification MX never receives mail. */
export const VERIFICATION_MX_PRIORITY = 32767;

function labelOf(domainName: string, host: string): string {
  return host === '@' ? domainName : `${host}.${domainName}`;
}

/**
 * Exchange Online's MX host: the domain with its dots turned into dashes. (Tenants created
 * recently may be given `*.mx.microsoft` hosts instead; the sandbox uses the long-documented form.)
 */
export function mailExchangeFor(domainName: string): string {
  return `${domainName.replace(/\./g, '-')}.mail.protection.outlook.com`;
}

/** Graph's verificationDnsRecords: publish either one to prove ownership. */
export function verificationDnsRecords(domain: Domain): ExpectedDnsRecord[] {
  const label = domain.id;
  return [
    { type: 'TXT', name: '@', ttl: DEFAULT_TTL, value: `MS=${domain.verificationCode}`, label, supportedService: null },
    {
      type: 'MX',
      name: '@',
      ttl: DEFAULT_TTL,
      value: `${domain.verificationCode}${VERIFICATION_MX_SUFFIX}`,
      priority: VERIFICATION_MX_PRIORITY,
      label,
      supportedService: null,
    },
  ];
}

type ServiceRecord = DnsRecordData & { readonly supportedService: DomainService };

function recordsForService(domainName: string, service: DomainService): ServiceRecord[] {
  const ttl = DEFAULT_TTL;
  switch (service) {
    case 'Email':
      return [
        { supportedService: service, type: 'MX', name: '@', ttl, value: mailExchangeFor(domainName), priority: 0 },
        { supportedService: service, type: 'CNAME', name: 'autodiscover', ttl, value: 'autodiscover.outlook.com' },
        { supportedService: service, type: 'TXT', name: '@', ttl, value: SPF_VALUE },
      ];
    case 'OfficeCommunicationsOnline': {
      const srv = { supportedService: service, type: 'SRV', name: '@', ttl, priority: 100, weight: 1 } as const;
      return [
        { supportedService: service, type: 'CNAME', name: 'sip', ttl, value: 'sipdir.online.lync.com' },
        { supportedService: service, type: 'CNAME', name: 'lyncdiscover', ttl, value: 'webdir.online.lync.com' },
        { ...srv, service: '_sip', protocol: '_tls', port: 443, value: 'sipdir.online.lync.com' },
        { ...srv, service: '_sipfederationtls', protocol: '_tcp', port: 5061, value: 'sipfed.online.lync.com' },
      ];
    }
    case 'Intune':
      return [
        { supportedService: service, type: 'CNAME', name: 'enterpriseregistration', ttl, value: 'enterpriseregistration.windows.net' },
        { supportedService: service, type: 'CNAME', name: 'enterpriseenrollment', ttl, value: 'enterpriseenrollment.manage.microsoft.com' },
      ];
  }
}

/** Graph's serviceConfigurationRecords for the given services, in the wizard's order. */
export function serviceConfigurationRecords(domainName: string, services: readonly DomainService[]): ExpectedDnsRecord[] {
  return DOMAIN_SERVICES.filter(({ service }) => services.includes(service)).flatMap(({ service }) =>
    recordsForService(domainName, service).map((record) => ({ ...record, label: labelOf(domainName, ownerOf(record)) })),
  );
}

export function isOnMicrosoftDomain(name: string): boolean {
  return name.toLowerCase().endsWith('.onmicrosoft.com');
}

// ---- Health check ----

export type DnsRecordCheckStatus = 'OK' | 'Missing' | 'WrongValue';

export interface DnsRecordCheck {
  readonly expected: ExpectedDnsRecord;
  readonly status: DnsRecordCheckStatus;
  /** The records at that name and of that type which the check looked at. */
  readonly found: readonly DnsRecord[];
  /** What is wrong, in words the portal can show; null when OK or simply missing. */
  readonly problem: string | null;
}

/** The Status column of Settings > Domains. */
export type DomainStatus = 'Healthy' | 'Incomplete setup' | 'Possible service issues' | 'No services selected';

export interface DomainHealth {
  readonly domain: string;
  readonly status: DomainStatus;
  readonly services: readonly DomainService[];
  readonly checks: readonly DnsRecordCheck[];
}

const check = (expected: ExpectedDnsRecord, status: DnsRecordCheckStatus, found: readonly DnsRecord[], problem: string | null = null): DnsRecordCheck => ({
  expected,
  status,
  found,
  problem,
});

function isSpf(record: DnsRecord): boolean {
  return record.type === 'TXT' && /^v=spf1(\s|$)/i.test(record.value);
}

function checkSpf(expected: ExpectedDnsRecord, atOwner: readonly DnsRecord[]): DnsRecordCheck {
  const spf = atOwner.filter(isSpf);
  if (spf.length === 0) return check(expected, 'Missing', spf);
  if (spf.length > 1) {
    return check(expected, 'WrongValue', spf, `There are ${spf.length} SPF records; a domain can have only one. Merge them into a single record that includes ${SPF_INCLUDE}.`);
  }
  const terms = spf[0]!.value.toLowerCase().split(/\s+/);
  if (!terms.includes(SPF_INCLUDE)) return check(expected, 'WrongValue', spf, `The SPF record doesn't include ${SPF_INCLUDE}.`);
  return check(expected, 'OK', spf);
}

function checkMx(expected: ExpectedDnsRecord, atOwner: readonly DnsRecord[]): DnsRecordCheck {
  // The verification MX record never receives mail, so it neither satisfies nor spoils the check.
  const mx = atOwner.filter((record) => record.type === 'MX' && !record.value.endsWith(VERIFICATION_MX_SUFFIX));
  if (mx.length === 0) return check(expected, 'Missing', mx);
  const others = mx.filter((record) => record.value !== expected.value);
  if (others.length === mx.length) {
    return check(expected, 'WrongValue', mx, `The MX record points to ${others.map((record) => record.value).join(', ')} instead of ${expected.value}.`);
  }
  if (others.length > 0) {
    return check(expected, 'WrongValue', mx, `Remove the other MX records (${others.map((record) => record.value).join(', ')}), or some mail won't reach Microsoft 365.`);
  }
  return check(expected, 'OK', mx);
}

function checkTarget(expected: ExpectedDnsRecord, atOwner: readonly DnsRecord[]): DnsRecordCheck {
  const candidates = atOwner.filter((record) => record.type === expected.type);
  if (candidates.length === 0) return check(expected, 'Missing', candidates);
  const matches = (record: DnsRecord) =>
    record.value === expected.value && (expected.type !== 'SRV' || (record.type === 'SRV' && record.port === expected.port));
  if (candidates.some(matches)) return check(expected, 'OK', candidates);
  const what = expected.type === 'SRV' ? `${expected.value}:${expected.port}` : expected.value;
  const found = candidates.map((record) => (record.type === 'SRV' ? `${record.value}:${record.port}` : record.value)).join(', ');
  return check(expected, 'WrongValue', candidates, `The ${expected.type} record points to ${found} instead of ${what}.`);
}

/** Compares one expected record with what the zone publishes at the same name. */
function checkRecord(zone: DnsZone | undefined, domainHost: string, expected: ExpectedDnsRecord): DnsRecordCheck {
  if (!zone) return check(expected, 'Missing', []);
  const atOwner = recordsAt(zone, joinHost(ownerOf(expected), domainHost));
  if (expected.type === 'TXT') return checkSpf(expected, atOwner);
  if (expected.type === 'MX') return checkMx(expected, atOwner);
  return checkTarget(expected, atOwner);
}

/**
 * The admin center's domain health check. The onmicrosoft.com domains' DNS is Microsoft's own,
 * so they are always healthy. A domain whose records are all missing is taken as not set up yet
 * (the admin center offers "Continue setup"); one with some records missing or wrong has
 * possible service issues.
 */
export function domainHealth(tenant: Tenant, name: string): DomainHealth | undefined {
  const domain = getById(tenant.domains.domains, name.toLowerCase());
  if (!domain) return undefined;
  const base = { domain: domain.id, services: domain.supportedServices };
  if (isOnMicrosoftDomain(domain.id)) return { ...base, status: 'Healthy', checks: [] };
  if (!domain.isVerified) return { ...base, status: 'Incomplete setup', checks: [] };
  if (domain.supportedServices.length === 0) return { ...base, status: 'No services selected', checks: [] };
  const located = zoneFor(tenant, domain.id);
  const checks = serviceConfigurationRecords(domain.id, domain.supportedServices).map((expected) =>
    checkRecord(located?.zone, located?.host ?? '@', expected),
  );
  const status: DomainStatus = checks.every((result) => result.status === 'OK')
    ? 'Healthy'
    : checks.every((result) => result.status === 'Missing')
      ? 'Incomplete setup'
      : 'Possible service issues';
  return { ...base, status, checks };
}
