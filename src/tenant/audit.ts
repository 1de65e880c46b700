import { isDraft, type Draft } from 'immer';
import type { Actor, ClientApp } from './actor';
import { getById } from './collection';
import type { AuditLog, AuditRecord, InitiatedBy, Tenant, User } from './model';
import { AUDIT_CHUNK_SIZE } from './model';

/**
 * Timed processes are carried out by the directory service itself; Entra attributes such records
 * to an application rather than a person.
 */
export const SERVICE_INITIATOR: InitiatedBy = Object.freeze({ app: Object.freeze({ displayName: 'Microsoft Entra ID' }) });

/** Initiators by the (never edited) user object they describe: an admin's records share one frozen initiator. */
const initiators = new WeakMap<User, InitiatedBy>();
/** The same, per client app, for an admin's delegated calls through apps. */
const appInitiators = new WeakMap<User, Map<string, InitiatedBy>>();

function userIdentity(actorId: string, user: User): NonNullable<InitiatedBy['user']> {
  return Object.freeze({ id: actorId, displayName: user.displayName, userPrincipalName: user.userPrincipalName });
}

/**
 * A delegated call through an app is the admin's act, done with the app: the record names both,
 * the user and the app (its appId and display name), so a check can tell a change made with
 * Graph PowerShell from one made in a portal.
 */
function appInitiator(actorId: string, user: User, app: ClientApp): InitiatedBy {
  let byApp = appInitiators.get(user);
  if (!byApp) {
    byApp = new Map();
    appInitiators.set(user, byApp);
  }
  const key = `${app.appId}\n${app.displayName}`;
  let initiator = byApp.get(key);
  if (!initiator) {
    initiator = Object.freeze({ user: userIdentity(actorId, user), app: Object.freeze({ appId: app.appId, displayName: app.displayName }) });
    byApp.set(key, initiator);
  }
  return initiator;
}

export function initiatorOf(tenant: Tenant, actor: Actor): InitiatedBy {
  if (actor.kind === 'system') return SERVICE_INITIATOR;
  const user = getById(tenant.directory.users, actor.userId);
  if (!user) {
    const unknown = { id: actor.userId, displayName: '', userPrincipalName: '' };
    return actor.app ? { user: unknown, app: { appId: actor.app.appId, displayName: actor.app.displayName } } : { user: unknown };
  }
  if (actor.app) return appInitiator(actor.userId, user, actor.app);
  let initiator = initiators.get(user);
  if (!initiator) {
    initiator = Object.freeze({ user: userIdentity(actor.userId, user) });
    initiators.set(user, initiator);
  }
  return initiator;
}

/**
 * The log with records appended to its chunks of 64, put into the draft as one new frozen object.
 * Commands never write the log themselves (they record through their context), so the log the
 * command started from is the one to extend; building it here rather than through the draft spares
 * Immer drafting the log, its chunk list and its last chunk on every command, and finalising them.
 * Only the chunk list and the last chunk are copied; full chunks are shared with the previous state.
 */
export function appendAuditRecords(draft: Draft<Tenant>, log: AuditLog, records: readonly AuditRecord[]): void {
  const chunks: (readonly AuditRecord[])[] = new Array<readonly AuditRecord[]>(log.chunks.length);
  for (let i = 0; i < chunks.length; i++) chunks[i] = log.chunks[i]!;
  let last: AuditRecord[] | null = null;
  const tail = chunks[chunks.length - 1];
  if (tail && tail.length < AUDIT_CHUNK_SIZE) {
    last = [...tail];
    chunks[chunks.length - 1] = last;
  }
  for (const record of records) {
    if (!last || last.length >= AUDIT_CHUNK_SIZE) {
      if (last) Object.freeze(last);
      last = [];
      chunks.push(last);
    }
    last.push(record);
  }
  if (last) Object.freeze(last);
  draft.auditLog = Object.freeze({ ...log, size: log.size + records.length, chunks: Object.freeze(chunks) }) as Draft<AuditLog>;
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
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
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
