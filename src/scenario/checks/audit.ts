import { AUDIT_CHUNK_SIZE, type AuditRecord, type Tenant } from '../../tenant/model';
import { listNames, outcome, type Evaluator } from './context';

/** The records written since the learner started, oldest first, without walking the earlier log. */
export function* recordsSince(tenant: Tenant, index: number): Generator<AuditRecord> {
  const chunks = tenant.auditLog.chunks;
  for (let c = Math.floor(index / AUDIT_CHUNK_SIZE); c < chunks.length; c++) {
    const chunk = chunks[c]!;
    for (let i = c * AUDIT_CHUNK_SIZE < index ? index - c * AUDIT_CHUNK_SIZE : 0; i < chunk.length; i++) yield chunk[i]!;
  }
}

function same(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

function describeRecord(record: AuditRecord): string {
  const target = record.targetResources[0];
  const on = target ? ` on ${target.userPrincipalName ?? target.displayName ?? target.id}` : '';
  const by = record.initiatedBy.user?.userPrincipalName ?? record.initiatedBy.app?.displayName ?? 'unknown';
  return `'${record.activityDisplayName}'${on} by ${by} at ${record.activityDateTime} (${record.result})`;
}

export const audit: Evaluator<'audit'> = (check, { final, auditStart }) => {
  const result = check.result ?? 'success';
  const wanted = (record: AuditRecord) =>
    same(record.activityDisplayName, check.activity) &&
    record.result === result &&
    (check.target === undefined ||
      record.targetResources.some((target) => same(target.userPrincipalName, check.target!) || same(target.displayName, check.target!) || same(target.id, check.target!))) &&
    (check.initiatedBy === undefined || same(record.initiatedBy.user?.userPrincipalName, check.initiatedBy));
  let match: AuditRecord | undefined;
  const activities = new Map<string, number>();
  for (const record of recordsSince(final, auditStart)) {
    if (wanted(record)) {
      match = record;
      break;
    }
    activities.set(record.activityDisplayName, (activities.get(record.activityDisplayName) ?? 0) + 1);
  }
  const what = `${result === 'success' ? 'a successful' : 'a failed'} '${check.activity}'${check.target ? ` on ${check.target}` : ''}${check.initiatedBy ? ` by ${check.initiatedBy}` : ''}`;
  if (check.occurred === false) {
    return match ? outcome(false, `the audit log shows ${describeRecord(match)}`) : outcome(true, `the audit log shows no ${what.replace(/^an? /, '')}`);
  }
  if (match) return outcome(true, `the audit log shows ${describeRecord(match)}`);
  const seen = [...activities].map(([name, times]) => (times > 1 ? `${name} ×${times}` : name));
  return outcome(false, `the audit log shows no ${what.replace(/^an? /, '')} since the start; activities recorded: ${listNames(seen, 8)}`);
};
