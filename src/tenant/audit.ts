import { isDraft, type Draft } from 'immer';
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

/** Appends records, written once and never edited, to the log's chunks of 64. */
export function appendAuditRecords(draft: Draft<Tenant>, records: readonly AuditRecord[]): void {
  const log = draft.auditLog;
  const chunks = log.chunks;
  let last = chunks[chunks.length - 1];
  for (const record of records) {
    // Records enter the draft as they are; a new chunk is a plain array, filled without the draft's traps.
    const entry = record as Draft<AuditRecord>;
    if (last && last.length < AUDIT_CHUNK_SIZE) last.push(entry);
    else {
      last = [entry];
      chunks.push(last);
    }
  }
  log.size += records.length;
}

/**
 * Freezes a record and everything in it, as Immer's deep freeze would, minus its checks for
 * Maps, Sets and class instances, which a record never holds. Parts already frozen (a shared
 * initiator, licensing's targets) are left at once. A draft is never frozen: it is Immer's to
 * finalise.
 */
export function freezeRecord<T extends object>(record: T): T {
  deepFreeze(record);
  return record;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || isDraft(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
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
