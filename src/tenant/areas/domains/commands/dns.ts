import { getById } from '../../../collection';
import { defineCommand } from '../../../command';
import type { TenantError } from '../../../errors';
import { DOMAIN_ERRORS } from '../errors';
import type { DnsRecordInput, DnsZone, Tenant } from '../../../model';
import { dnsRecordError, normalizeRecord } from '../rules/dns-zone';

/**
 * The learner's DNS host. Editing a zone happens at the registrar, outside the tenant: no
 * directory role is needed (the learner owns the domain), and Entra's audit log records
 * nothing, so these commands have no permission and no activity.
 */

export interface AddDnsRecord {
  readonly type: 'dns.addRecord';
  /** The zone name, e.g. `fabrikam.com`. */
  readonly zone: string;
  readonly record: DnsRecordInput;
}

export interface UpdateDnsRecord {
  readonly type: 'dns.updateRecord';
  readonly zone: string;
  readonly recordId: string;
  /** The record's new fields, replacing all of the old ones. */
  readonly record: DnsRecordInput;
}

export interface RemoveDnsRecord {
  readonly type: 'dns.removeRecord';
  readonly zone: string;
  readonly recordId: string;
}

function findZone(tenant: Tenant, name: string): DnsZone | TenantError {
  return (
    getById(tenant.domains.dnsZones, name.trim().toLowerCase()) ??
    DOMAIN_ERRORS.noDnsZone(name)
  );
}

function recordNotFound(zone: DnsZone, recordId: string): TenantError | undefined {
  if (zone.records.some((record) => record.id === recordId)) return undefined;
  return DOMAIN_ERRORS.dnsRecordNotFound(zone.id);
}

function isError(value: DnsZone | TenantError): value is TenantError {
  return 'code' in value;
}

export const dnsCommands = {
  'dns.addRecord': defineCommand<AddDnsRecord>({
    describe: (command) => `DNS record added at the DNS host for ${command.zone}`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const zone = findZone(tenant, command.zone);
      if (isError(zone)) return zone;
      return dnsRecordError(zone, normalizeRecord(zone.id, command.record));
    },
    apply(draft, command) {
      const zone = getById(draft.domains.dnsZones, command.zone.trim().toLowerCase())!;
      zone.records.push({ ...normalizeRecord(zone.id, command.record), id: String(zone.nextRecordNumber) });
      zone.nextRecordNumber += 1;
    },
  }),

  'dns.updateRecord': defineCommand<UpdateDnsRecord>({
    describe: (command) => `DNS record changed at the DNS host for ${command.zone}`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const zone = findZone(tenant, command.zone);
      if (isError(zone)) return zone;
      return recordNotFound(zone, command.recordId) ?? dnsRecordError(zone, normalizeRecord(zone.id, command.record), command.recordId);
    },
    apply(draft, command) {
      const zone = getById(draft.domains.dnsZones, command.zone.trim().toLowerCase())!;
      const index = zone.records.findIndex((record) => record.id === command.recordId);
      zone.records[index] = { ...normalizeRecord(zone.id, command.record), id: command.recordId };
    },
  }),

  'dns.removeRecord': defineCommand<RemoveDnsRecord>({
    describe: (command) => `DNS record removed at the DNS host for ${command.zone}`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const zone = findZone(tenant, command.zone);
      if (isError(zone)) return zone;
      return recordNotFound(zone, command.recordId);
    },
    apply(draft, command) {
      const zone = getById(draft.domains.dnsZones, command.zone.trim().toLowerCase())!;
      zone.records = zone.records.filter((record) => record.id !== command.recordId);
    },
  }),
};
