import { Immer, type Draft } from 'immer';
import type { Actor } from './actor';
import { appendAuditRecords, freezeRecord, initiatorOf } from './audit';
import type { ApplyContext, AuditActivity, CommandContext, CommandDefinition } from './command';
import { commands, isCommandType, type Command } from './commands';
import { insufficientPrivileges, tenantError, type TenantError } from './errors';
import { guidFor, mintId } from './ids';
import type { AuditEntry, AuditRecord, InitiatedBy, Tenant } from './model';
import { isAuthorized, type PermissionRequirement } from './areas/roles/permissions';
import { dropReferences, reconcile } from './reconcile';

/**
 * The tenant's own Immer, without auto-freeze. Freezing checks `Object.isFrozen` on every sibling
 * bucket of a changed collection, and V8 answers that in time proportional to the bucket's size,
 * which made a one-property edit cost a scan of all 50,000 users. Nothing but `dispatch` writes
 * the state, and the tests deep-freeze their fixtures to prove it.
 */
const immer = new Immer({ autoFreeze: false });

export type DispatchResult =
  | {
      readonly ok: true;
      readonly tenant: Tenant;
      /** The audit records this command wrote, main record first. */
      readonly audit: readonly AuditRecord[];
    }
  | {
      readonly ok: false;
      readonly error: TenantError;
      /** The failure record a real tenant would log; the tenant itself is left untouched. */
      readonly audit: AuditRecord | null;
    };

function requirementOf(definition: CommandDefinition<Command>, command: Command, tenant: Tenant): PermissionRequirement | null {
  const { permission } = definition;
  if (permission === null) return null;
  return typeof permission === 'string' ? { action: permission } : permission(command, tenant);
}

function activityOf(definition: CommandDefinition<Command>, command: Command, tenant: Tenant): AuditActivity | null {
  const { activity } = definition;
  return typeof activity === 'function' ? activity(command, tenant) : activity;
}

function failureRecord(tenant: Tenant, activity: AuditActivity | null, actor: Actor, error: TenantError): AuditRecord | null {
  if (!activity) return null;
  return {
    // A separate stream of the seed, so failures never take an id the tenant will mint.
    id: guidFor(tenant.ids.seed ^ 0x5bd1e995, tenant.ids.counter),
    activityDateTime: tenant.clock.now,
    activityDisplayName: activity.displayName,
    category: activity.category,
    loggedByService: 'Core Directory',
    operationType: activity.operationType,
    initiatedBy: initiatorOf(tenant, actor),
    targetResources: [],
    result: 'failure',
    resultReason: error.message,
  };
}

type Entry = AuditEntry & { readonly initiatedBy?: InitiatedBy };
type UnnumberedRecord = Omit<AuditRecord, 'id'> & { id: string };

/**
 * A record as it is asked for, complete but for its id, which is minted once the command is
 * applied (the main record's first). Building it at once, rather than keeping the entry to build
 * it from later, spares a group's licensing a second object per member that lives as long as
 * the command.
 */
function unnumbered(entry: Entry, at: string, initiatedBy: InitiatedBy): UnnumberedRecord {
  return { ...entry, id: '', activityDateTime: at, initiatedBy: entry.initiatedBy ?? initiatedBy, result: 'success', resultReason: '' };
}

/**
 * Mints the records' ids in order and appends them to the audit log in one go. When the command
 * minted no id itself, the generator is still the one it started from, and is replaced rather
 * than drafted.
 */
function writeRecords(draft: Draft<Tenant>, base: Tenant, pending: UnnumberedRecord[], mintedDuringApply: boolean): AuditRecord[] {
  if (pending.length === 0) return [];
  const ids = mintedDuringApply ? draft.ids : base.ids;
  const generator = { seed: ids.seed, counter: ids.counter };
  for (const record of pending) {
    record.id = mintId(generator);
    // Frozen, so Immer's finalisation does not walk into a record that can never hold a draft.
    freezeRecord(record);
  }
  if (mintedDuringApply) draft.ids.counter = generator.counter;
  else draft.ids = { ...base.ids, counter: generator.counter };
  appendAuditRecords(draft, base.auditLog, pending);
  return pending;
}

/**
 * The one way tenant state changes. Checks the actor's permission, validates the command
 * against the current state, then applies it, writing the audit records. A rejected command
 * returns an error value and leaves the tenant exactly as it was.
 */
export function dispatch(tenant: Tenant, command: Command, actor: Actor): DispatchResult {
  if (!isCommandType(command.type)) {
    return { ok: false, error: tenantError('InvalidValue', `Unknown command '${String(command.type)}'.`, 'type'), audit: null };
  }
  const definition = commands[command.type] as CommandDefinition<Command>;
  const requirement = requirementOf(definition, command, tenant);
  const activity = activityOf(definition, command, tenant);
  if (requirement && !isAuthorized(tenant, actor, requirement)) {
    const error = insufficientPrivileges();
    return { ok: false, error, audit: failureRecord(tenant, activity, actor, error) };
  }
  const context: CommandContext = { actor, now: tenant.clock.now };
  const error = definition.validate(tenant, command, context);
  if (error) return { ok: false, error, audit: failureRecord(tenant, activity, actor, error) };

  const initiatedBy = initiatorOf(tenant, actor);
  let written: AuditRecord[] = [];
  const recipe = (draft: Draft<Tenant>) => {
    const pending: UnnumberedRecord[] = [];
    let minted = false;
    const applyContext: ApplyContext = {
      ...context,
      newId: () => {
        minted = true;
        return mintId(draft.ids);
      },
      record: (entry) => pending.push(unnumbered(entry, draft.clock.now, initiatedBy)),
      reconcile: (target, scope) => reconcile(target, scope, applyContext),
      dropReferences,
    };
    const targets = definition.apply(draft, command, applyContext);
    if (activity) {
      const entry: Entry = {
        activityDisplayName: activity.displayName,
        category: activity.category,
        loggedByService: 'Core Directory',
        operationType: activity.operationType,
        targetResources: targets ?? [],
      };
      pending.unshift(unnumbered(entry, context.now, initiatedBy));
    }
    written = writeRecords(draft, tenant, pending, minted);
  };

  return { ok: true, tenant: immer.produce(tenant, recipe), audit: written };
}
