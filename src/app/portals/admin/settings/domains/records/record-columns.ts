import type { DnsRecordData, DnsRecordType } from '../../../../../../tenant';

/** One column of a record table: its header, the cell's text, and whether the cell has a Copy icon. */
export interface RecordColumn {
  readonly header: string;
  readonly text: (record: DnsRecordData) => string;
  readonly copy: boolean;
}

const column = (header: string, text: RecordColumn['text'], copy = false): RecordColumn => ({ header, text, copy });

const type = column('Type', (record) => record.type);
const ttl = column('TTL', (record) => String(record.ttl), true);
const hostName = column('Host name', (record) => record.name, true);
const pointsTo = column('Points to address or value', (record) => record.value, true);
const priority = column('Priority', (record) => (record.type === 'MX' || record.type === 'SRV' ? String(record.priority) : ''), true);
const srv = (header: string, text: (record: Extract<DnsRecordData, { type: 'SRV' }>) => string) =>
  column(header, (record) => (record.type === 'SRV' ? text(record) : ''), true);

/**
 * The columns the admin center's "Add DNS records" step shows for each kind of record: the
 * ones a DNS host's form asks for, in the order its instructions give them.
 */
export const RECORD_COLUMNS: Readonly<Record<DnsRecordType, readonly RecordColumn[]>> = {
  MX: [type, priority, hostName, pointsTo, ttl],
  CNAME: [type, hostName, pointsTo, ttl],
  TXT: [type, column('TXT name', (record) => record.name, true), column('TXT value', (record) => record.value, true), ttl],
  SRV: [
    type,
    srv('Service', (record) => record.service),
    srv('Protocol', (record) => record.protocol),
    srv('Port', (record) => String(record.port)),
    srv('Weight', (record) => String(record.weight)),
    priority,
    column('Name', (record) => record.name, true),
    srv('Target', (record) => record.value),
    ttl,
  ],
};

/** "Add a record to verify ownership": the one record, without a Type column (the option named it). */
export const VERIFICATION_COLUMNS: Readonly<Record<'TXT' | 'MX', readonly RecordColumn[]>> = {
  TXT: RECORD_COLUMNS.TXT.filter((candidate) => candidate !== type),
  MX: [hostName, pointsTo, priority, ttl],
};

/** The order of the record groups in the admin center. */
export const RECORD_TYPE_ORDER: readonly DnsRecordType[] = ['MX', 'CNAME', 'TXT', 'SRV'];
