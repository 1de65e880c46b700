import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTOSO_ADMIN_UPN,
  createContosoTenant,
  dispatch,
  entities,
  findUserByUserPrincipalName,
  getById,
  ownerOf,
  replay,
  serviceConfigurationRecords,
  signedInAs,
  verificationDnsRecords,
  type Actor,
  type Command,
  type LogEntry,
  type Tenant,
} from '../../src/tenant';

const fixture = createContosoTenant();
const actors: Actor[] = [
  signedInAs(findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id),
  signedInAs(findUserByUserPrincipalName(fixture, 'AllanD@contoso.com')!.id),
];

/** Mostly fabrikam.com, so that adding, verifying, using and removing it happen often enough. */
const domainName = fc.oneof(
  { arbitrary: fc.constant('fabrikam.com'), weight: 6 },
  { arbitrary: fc.constantFrom('sales.fabrikam.com', 'europe.contoso.com', 'contoso.com', 'contoso.onmicrosoft.com'), weight: 3 },
  { arbitrary: fc.constantFrom('lab.onmicrosoft.com', 'bad name'), weight: 1 },
);
const zoneName = fc.constantFrom('fabrikam.com', 'contoso.com', 'nowhere.com');
const recordId = fc.constantFrom('1', '2', '3', '5', '12');

/**
 * What the learner means to do. Some steps need the tenant's current state (a domain's own
 * verification code), so they become commands only when they run; the log keeps the commands.
 */
type Step =
  | { readonly kind: 'command'; readonly command: Command }
  | { readonly kind: 'publishVerification'; readonly domain: string; readonly mx: boolean }
  | { readonly kind: 'publishServiceRecord'; readonly domain: string; readonly index: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  domainName.map((name) => ({ kind: 'command', command: { type: 'domain.add', name } }) as const),
  domainName.map((name) => ({ kind: 'command', command: { type: 'domain.add', name } }) as const),
  domainName.map((name) => ({ kind: 'command', command: { type: 'domain.addOnMicrosoftDomain', name } }) as const),
  domainName.map((name) => ({ kind: 'command', command: { type: 'domain.verify', name } }) as const),
  domainName.map((name) => ({ kind: 'command', command: { type: 'domain.setDefault', name } }) as const),
  domainName.map((name) => ({ kind: 'command', command: { type: 'domain.remove', name } }) as const),
  fc.tuple(domainName, fc.subarray(['Email', 'OfficeCommunicationsOnline', 'Intune'] as const)).map(
    ([name, services]) => ({ kind: 'command', command: { type: 'domain.updateServices', name, services } }) as const,
  ),
  fc.tuple(domainName, fc.boolean()).map(([domain, mx]) => ({ kind: 'publishVerification', domain, mx }) as const),
  domainName.map((name) => ({ kind: 'command', command: { type: 'domain.verify', name } }) as const),
  fc.tuple(domainName, fc.nat(8)).map(([domain, index]) => ({ kind: 'publishServiceRecord', domain, index }) as const),
  fc.tuple(zoneName, fc.constantFrom('@', 'www', 'autodiscover'), fc.constantFrom('CNAME', 'TXT', 'MX') as fc.Arbitrary<'CNAME' | 'TXT' | 'MX'>).map(
    ([zone, name, type]) =>
      ({
        kind: 'command',
        command: { type: 'dns.addRecord', zone, record: type === 'MX' ? { type, name, value: 'mail.example.com', priority: 10 } : { type, name, value: type === 'TXT' ? 'hello' : 'target.example.com' } },
      }) as const,
  ),
  fc.tuple(zoneName, recordId).map(([zone, id]) => ({ kind: 'command', command: { type: 'dns.removeRecord', zone, recordId: id } }) as const),
  fc.tuple(domainName, fc.constantFrom('pat', 'sam')).map(
    ([domain, alias]) => ({ kind: 'command', command: { type: 'user.create', userPrincipalName: `${alias}@${domain}`, displayName: alias } }) as const,
  ),
);

function commandFor(tenant: Tenant, planned: Step): Command | undefined {
  if (planned.kind === 'command') return planned.command;
  const domain = getById(tenant.domains.domains, planned.domain);
  if (!domain) return undefined;
  const zone = planned.domain.endsWith('fabrikam.com') ? 'fabrikam.com' : 'contoso.com';
  const record =
    planned.kind === 'publishVerification'
      ? verificationDnsRecords(domain)[planned.mx ? 1 : 0]
      : serviceConfigurationRecords(domain.id, ['Email', 'OfficeCommunicationsOnline', 'Intune'])[planned.index];
  return record && { type: 'dns.addRecord', zone, record: { ...record, name: record.label } };
}

function runLive(steps: readonly [Step, Actor][]): { tenant: Tenant; log: LogEntry[] } {
  let tenant = fixture;
  const log: LogEntry[] = [];
  for (const [planned, actor] of steps) {
    const command = commandFor(tenant, planned);
    if (!command) continue;
    log.push({ command, actor });
    const result = dispatch(tenant, command, actor);
    if (result.ok) tenant = result.tenant;
  }
  return { tenant, log };
}

function checkInvariants(tenant: Tenant): void {
  const domains = [...entities(tenant.domains.domains)];
  const defaults = domains.filter((domain) => domain.isDefault);
  expect(defaults).toHaveLength(1);
  expect(defaults[0]).toMatchObject({ isVerified: true, authenticationType: 'Managed' });
  expect(domains.filter((domain) => domain.isInitial).map((domain) => domain.id)).toEqual(['contoso.onmicrosoft.com']);
  for (const domain of domains) if (!domain.isVerified) expect(domain.supportedServices).toEqual([]);
  // No one is left on a domain the tenant no longer has, or hasn't verified.
  for (const user of entities(tenant.directory.users)) {
    const name = user.userPrincipalName.slice(user.userPrincipalName.indexOf('@') + 1).toLowerCase();
    expect(getById(tenant.domains.domains, name)?.isVerified, user.userPrincipalName).toBe(true);
  }
  for (const zone of entities(tenant.domains.dnsZones)) {
    const ids = zone.records.map((record) => Number(record.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(0, ...ids)).toBeLessThan(zone.nextRecordNumber);
    for (const record of zone.records) {
      if (record.type !== 'CNAME') continue;
      expect(ownerOf(record)).not.toBe('@');
      expect(zone.records.filter((other) => ownerOf(other) === ownerOf(record))).toHaveLength(1);
    }
  }
}

describe('domains and DNS under random command sequences', () => {
  it('keep one verified default domain, nobody on a missing domain, sound zones, and replay byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(step, fc.constantFrom(...actors)), { minLength: 20, maxLength: 60 }), (steps) => {
        const { tenant, log } = runLive(steps);
        checkInvariants(tenant);
        expect(JSON.stringify(replay(fixture, log))).toBe(JSON.stringify(tenant));
      }),
      { numRuns: 150 },
    );
  });
});
