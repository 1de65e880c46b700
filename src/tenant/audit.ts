import type { Draft } from 'immer';
import type { Actor } from './actor';
import { getById } from './collection';
import type { AuditRecord, InitiatedBy, Tenant } from './model';
import { AUDIT_CHUNK_SIZE } from './model';

/**
 * Timed processes are carried out by the directory service itself; Entra attributes such records
 * to an application rather than a person.
 */
export const SERVICE_INITIATOR: InitiatedBy = { app: { displayName: 'Microsoft Entra ID' } };

export function initiatorOf(tenant: Tenant, actor: Actor): InitiatedBy {
  if (actor.kind === 'system') return SERVICE_INITIATOR;
  const user = getById(tenant.users, actor.userId);
  return {
    user: {
      id: actor.userId,
      displayName: user?.displayName ?? '',
      userPrincipalName: user?.userPrincipalName ?? '',
    },
  };
}

export function appendAudit(draft: Draft<Tenant>, record: AuditRecord): void {
  const chunks = draft.auditLog.chunks;
  const last = chunks[chunks.length - 1];
  // Records are written once and never edited, so they enter the draft as they are.
  const entry = record as Draft<AuditRecord>;
  if (last && last.length < AUDIT_CHUNK_SIZE) last.push(entry);
  else chunks.push([entry]);
  draft.auditLog.size += 1;
}

export function* auditRecords(tenant: Tenant): IterableIterator<AuditRecord> {
  for (const chunk of tenant.auditLog.chunks) yield* chunk;
}

export function latestAuditRecords(tenant: Tenant, count: number): AuditRecord[] {
  const result: AuditRecord[] = [];
  const chunks = tenant.auditLog.chunks;
  for (let c = chunks.length - 1; c >= 0 && result.length < count; c--) {
    const chunk = chunks[c]!;
    for (let i = chunk.length - 1; i >= 0 && result.length < count; i--) result.push(chunk[i]!);
  }
  return result;
}
