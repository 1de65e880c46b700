import { getById } from '../../tenant/collection';
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
  const why = record.result === 'failure' && record.resultReason ? `: ${record.resultReason}` : '';
  return `'${record.activityDisplayName}'${on} by ${by} at ${record.activityDateTime} (${record.result}${why})`;
}

/** Every name a rejected command's fields point at: its text values, and the users and groups its ids name. */
function namesIn(tenant: Tenant, value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    into.push(value);
    const object = getById(tenant.directory.users, value) ?? getById(tenant.directory.deletedUsers, value) ?? getById(tenant.directory.groups, value);
    if (object) into.push(object.displayName, ...('userPrincipalName' in object ? [object.userPrincipalName] : []));
  } else if (Array.isArray(value)) for (const item of value) namesIn(tenant, item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) namesIn(tenant, item, into);
  return into;
}

export const audit: Evaluator<'audit'> = (check, { final, auditStart, failures = [] }) => {
  const result = check.result ?? 'success';
  const about = (record: AuditRecord) =>
    same(record.activityDisplayName, check.activity) && (check.initiatedBy === undefined || same(record.initiatedBy.user?.userPrincipalName, check.initiatedBy));
  const targets = (record: AuditRecord) =>
    check.target === undefined || record.targetResources.some((target) => same(target.userPrincipalName, check.target!) || same(target.displayName, check.target!) || same(target.id, check.target!));
  let match: AuditRecord | undefined;
  const activities = new Map<string, number>();
  const seen = (record: AuditRecord) => activities.set(`${record.activityDisplayName}${record.result === 'failure' ? ' (failure)' : ''}`, (activities.get(record.activityDisplayName) ?? 0) + 1);
  if (result === 'success') {
    for (const record of recordsSince(final, auditStart)) {
      if (record.result === 'success' && about(record) && targets(record)) {
        match = record;
        break;
      }
      seen(record);
    }
  } else {
    // Entra records a refused activity as a failure; a rejected command leaves that record in the attempt, not the tenant.
    for (const failure of failures) {
      const named = check.target === undefined || namesIn(final, failure.command).some((name) => same(name, check.target!));
      if (about(failure.record) && (targets(failure.record) || named)) {
        match = failure.record;
        break;
      }
      seen(failure.record);
    }
  }
  const what = `${result === 'success' ? 'a successful' : 'a failed'} '${check.activity}'${check.target ? ` on ${check.target}` : ''}${check.initiatedBy ? ` by ${check.initiatedBy}` : ''}`;
  if (check.occurred === false) {
    return match ? outcome(false, `the audit log shows ${describeRecord(match)}`) : outcome(true, `the audit log shows no ${what.replace(/^an? /, '')}`);
  }
  if (match) return outcome(true, `the audit log shows ${describeRecord(match)}`);
  const listed = [...activities].map(([name, times]) => (times > 1 ? `${name} ×${times}` : name));
  return outcome(false, `the audit log shows no ${what.replace(/^an? /, '')} since the start; ${result === 'success' ? 'activities' : 'failed activities'} recorded: ${listNames(listed, 8)}`);
};
