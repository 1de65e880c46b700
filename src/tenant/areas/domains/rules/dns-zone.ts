import { getById } from '../../../collection';
import { tenantError, type TenantError } from '../../../errors';
import type { DnsRecord, DnsRecordData, DnsRecordInput, DnsZone, Tenant } from '../../../model';

/**
 * How the simulated DNS host behaves: host names, record checks, and finding the zone that
 * answers for a name. These are a typical registrar's rules (the learner's DNS host is not
 * Microsoft's), chosen so that what works here works at a real host.
 */

/** Microsoft asks for one hour on every record it publishes. */
export const DEFAULT_TTL = 3600;
export const MIN_TTL = 60;
/** One week: the longest TTL common DNS hosts accept. */
export const MAX_TTL = 604_800;
const MAX_TXT_LENGTH = 4096;
const SRV_PROTOCOLS = ['_tcp', '_udp', '_tls'];

/** A host label: letters, digits and hyphens; a leading underscore marks service labels like `_dmarc`. */
const HOST_LABEL = /^_?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TARGET_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Lower-cases a host name and drops the trailing dot of a fully qualified name. */
export function normalizeHost(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * The record's host relative to the zone. Microsoft's instructions say to type `@`, leave the
 * field empty or type the domain name; like most hosts, a name ending in the zone's name is
 * taken as fully qualified.
 */
export function relativeHost(zoneName: string, name: string): string {
  const host = normalizeHost(name);
  if (host === '' || host === '@' || host === zoneName) return '@';
  if (host.endsWith(`.${zoneName}`)) return host.slice(0, -(zoneName.length + 1));
  return host;
}

/** Joins a host relative to some name with that name's own host in the zone. */
export function joinHost(host: string, under: string): string {
  if (under === '@') return host;
  if (host === '@') return under;
  return `${host}.${under}`;
}

/** The name a record answers for, relative to its zone; SRV records prefix service and protocol. */
export function ownerOf(record: DnsRecordData): string {
  return record.type === 'SRV' ? joinHost(`${record.service}.${record.protocol}`, record.name) : record.name;
}

export function fullyQualified(zoneName: string, host: string): string {
  return host === '@' ? zoneName : `${host}.${zoneName}`;
}

export function isHostName(name: string): boolean {
  const labels = name.split('.');
  return name.length <= 253 && labels.length >= 2 && labels.every((label) => TARGET_LABEL.test(label));
}

function isRelativeHost(host: string): boolean {
  if (host === '@') return true;
  const labels = host.split('.');
  return labels.every((label, index) => HOST_LABEL.test(label) || (index === 0 && label === '*'));
}

/** The zone that answers for `name` (the closest enclosing zone), and the name's host within it. */
export function zoneFor(tenant: Tenant, name: string): { readonly zone: DnsZone; readonly host: string } | undefined {
  const labels = normalizeHost(name).split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const zone = getById(tenant.domains.dnsZones, labels.slice(i).join('.'));
    if (zone) return { zone, host: i === 0 ? '@' : labels.slice(0, i).join('.') };
  }
  return undefined;
}

export function recordsAt(zone: DnsZone, owner: string): DnsRecord[] {
  return zone.records.filter((record) => ownerOf(record) === owner);
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

/** The record as the host stores it: host relative to the zone, targets lower-cased, TTL filled in. */
export function normalizeRecord(zoneName: string, input: DnsRecordInput): DnsRecordData {
  const name = relativeHost(zoneName, input.name);
  const ttl = input.ttl ?? DEFAULT_TTL;
  switch (input.type) {
    case 'TXT':
      return { type: 'TXT', name, ttl, value: unquote(input.value) };
    case 'MX':
      return { type: 'MX', name, ttl, value: normalizeHost(input.value), priority: input.priority };
    case 'CNAME':
      return { type: 'CNAME', name, ttl, value: normalizeHost(input.value) };
    case 'SRV':
      return {
        type: 'SRV',
        name,
        ttl,
        service: input.service.trim().toLowerCase(),
        protocol: input.protocol.trim().toLowerCase(),
        value: normalizeHost(input.value),
        priority: input.priority,
        weight: input.weight,
        port: input.port,
      };
  }
}

const invalid = (message: string, field: string) => tenantError('InvalidDnsRecord', message, field);

function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function fieldError(record: DnsRecordData): TenantError | undefined {
  if (!isRelativeHost(record.name)) {
    return invalid('Enter a valid host name: @ for the domain itself, or labels of letters, digits and hyphens separated by dots.', 'name');
  }
  if (!isWholeNumberIn(record.ttl, MIN_TTL, MAX_TTL)) {
    return invalid(`TTL must be a whole number of seconds from ${MIN_TTL} to ${MAX_TTL}.`, 'ttl');
  }
  if (record.type === 'TXT') {
    if (record.value === '') return invalid('Enter a TXT value.', 'value');
    if (record.value.length > MAX_TXT_LENGTH) return invalid(`A TXT value can't be longer than ${MAX_TXT_LENGTH} characters.`, 'value');
    return undefined;
  }
  if (!isHostName(record.value)) return invalid('Points to address must be a host name, such as mail.example.com.', 'value');
  if (record.type === 'MX' && !isWholeNumberIn(record.priority, 0, 65535)) {
    return invalid('Priority must be a whole number from 0 to 65535.', 'priority');
  }
  if (record.type === 'SRV') {
    if (!/^_[a-z0-9][a-z0-9-]*$/.test(record.service)) return invalid('Service must start with an underscore, such as _sip.', 'service');
    if (!SRV_PROTOCOLS.includes(record.protocol)) return invalid('Protocol must be _tcp, _udp or _tls.', 'protocol');
    for (const field of ['priority', 'weight', 'port'] as const) {
      if (!isWholeNumberIn(record[field], 0, 65535)) return invalid(`${field[0]!.toUpperCase()}${field.slice(1)} must be a whole number from 0 to 65535.`, field);
    }
  }
  return undefined;
}

function sameRecord(a: DnsRecordData, b: DnsRecordData): boolean {
  if (a.type !== b.type || ownerOf(a) !== ownerOf(b) || a.value !== b.value) return false;
  if (a.type === 'MX' && b.type === 'MX') return a.priority === b.priority;
  if (a.type === 'SRV' && b.type === 'SRV') return a.port === b.port && a.priority === b.priority && a.weight === b.weight;
  return true;
}

/**
 * Checks a record against the zone it goes into, as DNS itself requires: no CNAME at the apex,
 * and a name with a CNAME has no other record (so also only one CNAME). `exceptId` is the record
 * being edited, which the check ignores.
 */
export function dnsRecordError(zone: DnsZone, record: DnsRecordData, exceptId?: string): TenantError | undefined {
  const error = fieldError(record);
  if (error) return error;
  const owner = ownerOf(record);
  const others = recordsAt(zone, owner).filter((existing) => existing.id !== exceptId);
  const fqdn = fullyQualified(zone.id, owner);
  if (record.type === 'CNAME' && owner === '@') {
    return tenantError('DnsRecordConflict', `A CNAME record can't be created at @: the domain ${zone.id} itself can't be an alias.`, 'name');
  }
  if (record.type === 'CNAME' && others.length > 0) {
    return tenantError('DnsRecordConflict', `${fqdn} already has other records, so it can't also have a CNAME record.`, 'name');
  }
  if (record.type !== 'CNAME' && others.some((existing) => existing.type === 'CNAME')) {
    return tenantError('DnsRecordConflict', `${fqdn} has a CNAME record, so no other record can use that host name.`, 'name');
  }
  if (others.some((existing) => sameRecord(existing, record))) {
    return tenantError('DnsRecordConflict', 'This record already exists.', 'value');
  }
  return undefined;
}
