import {
  domainGroups,
  domainHealth,
  domainReferences,
  domainRows,
  domainUsers,
  entities,
  getById,
  type DnsRecordCheck,
  type DnsZone,
  type Domain,
  type DomainHealth,
  type DomainReference,
  type DomainRow,
  type Tenant,
  zoneFor,
} from '../tenant';
import { rowsEqual, shallowEqual } from './equality';

/** Domains as the lists show them: the default first, then by name. */
export function selectDomains(tenant: Tenant): Domain[] {
  return [...entities(tenant.domains.domains)].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.id.localeCompare(b.id));
}

/** Settings > Domains: the default first (as the admin center lists it), then by name. */
export function selectDomainRows(tenant: Tenant): DomainRow[] {
  return domainRows(tenant).sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
}

/** One domain; the entity keeps its identity until it changes, so no equality is needed. */
export function domainSelector(name: string): (tenant: Tenant) => Domain | undefined {
  const id = name.toLowerCase();
  return (tenant) => getById(tenant.domains.domains, id);
}

export function domainHealthSelector(name: string): (tenant: Tenant) => DomainHealth | undefined {
  return (tenant) => domainHealth(tenant, name);
}

function checksEqual(a: DnsRecordCheck, b: DnsRecordCheck): boolean {
  return a.status === b.status && a.problem === b.problem && shallowEqual(a.expected, b.expected) && rowsEqual(a.found, b.found);
}

/** Health is rebuilt on every change; equal results keep the previous object. */
export function healthEqual(a: DomainHealth | undefined, b: DomainHealth | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.domain === b.domain &&
    a.status === b.status &&
    a.services.length === b.services.length &&
    a.services.every((service, i) => service === b.services[i]) &&
    a.checks.length === b.checks.length &&
    a.checks.every((check, i) => checksEqual(check, b.checks[i]!))
  );
}

/** What still uses a domain, as the removal refusal lists it. */
export function domainReferencesSelector(name: string): (tenant: Tenant) => DomainReference[] {
  return (tenant) => domainReferences(tenant, name);
}

export function referencesEqual(a: readonly DomainReference[], b: readonly DomainReference[]): boolean {
  return rowsEqual(a, b);
}

export interface DomainUserRow {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

/** The domain's Users tab shows this many and says how many more there are. */
export const DOMAIN_TAB_LIMIT = 100;

export interface DomainUsers {
  readonly total: number;
  readonly rows: readonly DomainUserRow[];
}

const byDisplayName = (a: { displayName: string; id: string }, b: { displayName: string; id: string }) =>
  a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : a.id < b.id ? -1 : 1;

/** Users whose user name or primary email is on the domain, by name, the first hundred. */
export function domainUsersSelector(name: string): (tenant: Tenant) => DomainUsers {
  return (tenant) => {
    const users = domainUsers(tenant, name);
    const rows = users
      .map(({ id, displayName, userPrincipalName }) => ({ id, displayName, userPrincipalName }))
      .sort(byDisplayName)
      .slice(0, DOMAIN_TAB_LIMIT);
    return { total: users.length, rows };
  };
}

export function domainUsersEqual(a: DomainUsers, b: DomainUsers): boolean {
  return a.total === b.total && rowsEqual(a.rows, b.rows);
}

export interface DomainGroupRow {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string;
}

export function domainGroupsSelector(name: string): (tenant: Tenant) => DomainGroupRow[] {
  return (tenant) =>
    domainGroups(tenant, name)
      .map(({ id, displayName, mail }) => ({ id, displayName, mail: mail ?? '' }))
      .sort(byDisplayName);
}

// ---- The simulated DNS host ----

export interface DnsZoneRow {
  readonly name: string;
  readonly recordCount: number;
  /** Whether a domain of the tenant uses the zone; the host doesn't care, the learner might. */
  readonly inTenant: boolean;
}

/** The zones the learner owns at the DNS host, by name. */
export function selectDnsZoneRows(tenant: Tenant): DnsZoneRow[] {
  return [...entities(tenant.domains.dnsZones)]
    .map((zone) => ({ name: zone.id, recordCount: zone.records.length, inTenant: getById(tenant.domains.domains, zone.id) !== undefined }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function dnsZoneSelector(name: string): (tenant: Tenant) => DnsZone | undefined {
  const id = name.trim().toLowerCase();
  return (tenant) => getById(tenant.domains.dnsZones, id);
}

/** The zone at the DNS host that answers for a domain: its own, or an enclosing one for a subdomain. */
export function zoneNameSelector(domainName: string): (tenant: Tenant) => string | undefined {
  return (tenant) => zoneFor(tenant, domainName)?.zone.id;
}
