import { getById } from '../../../collection';
import type { TenantError } from '../../../errors';
import type { DnsRecord, DnsRecordData, DnsRecordInput, DnsZone, Tenant } from '../../../model';
import { DOMAIN_ERRORS } from '../errors';

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

function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function fieldError(record: DnsRecordData): TenantError | undefined {
  if (!isRelativeHost(record.name)) {
    return DOMAIN_ERRORS.invalidHostName();
  }
  if (!isWholeNumberIn(record.ttl, MIN_TTL, MAX_TTL)) {
    return DOMAIN_ERRORS.invalidTtl(MIN_TTL, MAX_TTL);
  }
  if (record.type === 'TXT') {
    if (record.value === '') return DOMAIN_ERRORS.txtValueRequired();
    if (record.value.length > MAX_TXT_LENGTH) return DOMAIN_ERRORS.txtValueTooLong(MAX_TXT_LENGTH);
    return undefined;
  }
  if (!isHostName(record.value)) return DOMAIN_ERRORS.invalidPointsTo();
  if (record.type === 'MX' && !isWholeNumberIn(record.priority, 0, 65535)) {
    return DOMAIN_ERRORS.invalidWholeNumber('priority');
  }
  if (record.type === 'SRV') {
    if (!/^_[a-z0-9][a-z0-9-]*$/.test(record.service)) return DOMAIN_ERRORS.invalidService();
    if (!SRV_PROTOCOLS.includes(record.protocol)) return DOMAIN_ERRORS.invalidProtocol();
    for (const field of ['priority', 'weight', 'port'] as const) {
      if (!isWholeNumberIn(record[field], 0, 65535)) return DOMAIN_ERRORS.invalidWholeNumber(field);
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
    return DOMAIN_ERRORS.cnameAtApex(zone.id);
  }
  if (record.type === 'CNAME' && others.length > 0) {
    return DOMAIN_ERRORS.cnameBesideOthers(fqdn);
  }
  if (record.type !== 'CNAME' && others.some((existing) => existing.type === 'CNAME')) {
    return DOMAIN_ERRORS.othersBesideCname(fqdn);
  }
  if (others.some((existing) => sameRecord(existing, record))) {
    return DOMAIN_ERRORS.recordExists();
  }
  return undefined;
}
