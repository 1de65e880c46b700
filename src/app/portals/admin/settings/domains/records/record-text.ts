import type { DnsRecordCheck, DnsRecordData } from '../../../../../../tenant';

/** A record on one line, as a DNS host lists it: `MX @ 0 fabrikam-com.mail.protection.outlook.com`. */
export function recordLine(record: DnsRecordData): string {
  switch (record.type) {
    case 'MX':
      return `MX ${record.name} ${record.priority} ${record.value}`;
    case 'SRV':
      return `SRV ${record.service}.${record.protocol}${record.name === '@' ? '' : `.${record.name}`} ${record.priority} ${record.weight} ${record.port} ${record.value}`;
    default:
      return `${record.type} ${record.name} ${record.value}`;
  }
}

/** What a failed check says, in the words a learner can act on. */
export function checkProblem(check: DnsRecordCheck): string {
  if (check.problem) return check.problem;
  return `Missing: the ${check.expected.type} record at ${check.expected.label} (${recordLine(check.expected)}).`;
}
