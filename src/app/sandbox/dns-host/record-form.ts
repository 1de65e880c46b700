import { DEFAULT_TTL, type DnsRecord, type DnsRecordInput, type DnsRecordType } from '../../../tenant';

/** The record form as typed: every field is text until it is sent. */
export interface RecordForm {
  readonly type: DnsRecordType;
  readonly name: string;
  readonly value: string;
  readonly priority: string;
  readonly ttl: string;
  readonly service: string;
  readonly protocol: string;
  readonly weight: string;
  readonly port: string;
}

export type RecordField = Exclude<keyof RecordForm, 'type'>;

export const RECORD_TYPES: readonly DnsRecordType[] = ['TXT', 'MX', 'CNAME', 'SRV'];

export const EMPTY_FORM: RecordForm = {
  type: 'TXT',
  name: '@',
  value: '',
  priority: '',
  ttl: String(DEFAULT_TTL),
  service: '',
  protocol: '',
  weight: '',
  port: '',
};

/** The fields each type's form shows, in the order a DNS host lays them out. */
export const FIELDS_BY_TYPE: Readonly<Record<DnsRecordType, readonly RecordField[]>> = {
  TXT: ['name', 'value', 'ttl'],
  MX: ['name', 'value', 'priority', 'ttl'],
  CNAME: ['name', 'value', 'ttl'],
  SRV: ['service', 'protocol', 'name', 'value', 'priority', 'weight', 'port', 'ttl'],
};

/** The label of a field; "value" reads differently by type, as at most hosts. */
export function fieldLabel(field: RecordField, type: DnsRecordType): string {
  switch (field) {
    case 'name':
      return 'Host';
    case 'value':
      return type === 'TXT' ? 'Value' : type === 'SRV' ? 'Target' : 'Points to';
    case 'priority':
      return 'Priority';
    case 'ttl':
      return 'TTL (seconds)';
    case 'service':
      return 'Service';
    case 'protocol':
      return 'Protocol';
    case 'weight':
      return 'Weight';
    case 'port':
      return 'Port';
  }
}

/** A hint under the field, where the format isn't obvious. */
export function fieldHint(field: RecordField, type: DnsRecordType): string | undefined {
  if (field === 'name') return type === 'SRV' ? 'Usually @.' : 'Use @ for the domain itself.';
  if (field === 'service') return 'For example, _sip.';
  if (field === 'protocol') return '_tcp, _udp or _tls.';
  return undefined;
}

/**
 * A number as typed. Empty or non-numeric text becomes NaN, which the DNS host's own checks
 * refuse with the field's message, so the form has no second set of rules.
 */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim());
}

export function recordInput(form: RecordForm): DnsRecordInput {
  // An empty TTL takes the host's default of one hour.
  const ttl = form.ttl.trim() === '' ? undefined : numberOf(form.ttl);
  const base = { name: form.name, ttl };
  switch (form.type) {
    case 'TXT':
      return { ...base, type: 'TXT', value: form.value };
    case 'MX':
      return { ...base, type: 'MX', value: form.value, priority: numberOf(form.priority) };
    case 'CNAME':
      return { ...base, type: 'CNAME', value: form.value };
    case 'SRV':
      return {
        ...base,
        type: 'SRV',
        service: form.service,
        protocol: form.protocol,
        value: form.value,
        priority: numberOf(form.priority),
        weight: numberOf(form.weight),
        port: numberOf(form.port),
      };
  }
}

/** The form for editing an existing record. */
export function formOf(record: DnsRecord): RecordForm {
  const common = { ...EMPTY_FORM, type: record.type, name: record.name, value: record.value, ttl: String(record.ttl) };
  switch (record.type) {
    case 'MX':
      return { ...common, priority: String(record.priority) };
    case 'SRV':
      return { ...common, service: record.service, protocol: record.protocol, priority: String(record.priority), weight: String(record.weight), port: String(record.port) };
    default:
      return common;
  }
}
