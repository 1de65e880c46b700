import { enablePatches, Immer, type Draft, type Patch } from 'immer';
import type { Actor } from './actor';
import { appendAuditRecords, freezeRecord, initiatorOf } from './audit';
import type { ApplyContext, AuditActivity, CommandContext, CommandDefinition } from './command';
import { commands, isCommandType, type Command } from './commands';
import { insufficientPrivileges, tenantError, type TenantError } from './errors';
import { guidFor, mintId } from './ids';
import type { AuditEntry, AuditRecord, InitiatedBy, Tenant } from './model';
import { isAuthorized, type PermissionRequirement } from './permissions';

enablePatches();

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
      readonly patches: readonly Patch[];
      readonly inversePatches: readonly Patch[];
      /** The audit records this command wrote, main record first. */
      readonly audit: readonly AuditRecord[];
    }
  | {
      readonly ok: false;
      readonly error: TenantError;
      /** The failure record a real tenant would log; the tenant itself is left untouched. */
      readonly audit: AuditRecord | null;
    };

export interface DispatchOptions {
  /** Replay needs no patches; skipping them makes it faster. */
  readonly patches?: boolean;
}

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

interface PendingRecord {
  readonly entry: AuditEntry & { readonly initiatedBy?: InitiatedBy };
  readonly at: string;
}

/**
 * Mints the records' ids in order and appends them to the audit log in one go: a group's licenses
 * write a record per member, and going through the draft's ids and log for each one cost more
 * than building the records.
 */
function writeRecords(draft: Draft<Tenant>, base: Tenant, pending: readonly PendingRecord[], initiatedBy: InitiatedBy): AuditRecord[] {
  if (pending.length === 0) return [];
  const ids = draft.ids;
  const generator = { seed: ids.seed, counter: ids.counter };
  const records = pending.map(({ entry, at }): AuditRecord => {
    const record: AuditRecord = {
      ...entry,
      id: mintId(generator),
      activityDateTime: at,
      initiatedBy: entry.initiatedBy ?? initiatedBy,
      result: 'success',
      resultReason: '',
    };
    // Frozen, so Immer's finalisation does not walk into a record that can never hold a draft.
    return freezeRecord(record);
  });
  ids.counter = generator.counter;
  appendAuditRecords(draft, base.auditLog, records);
  return records;
}

/**
 * The one way tenant state changes. Checks the actor's permission, validates the command
 * against the current state, then applies it, writing the audit records. A rejected command
 * returns an error value and leaves the tenant exactly as it was.
 */
export function dispatch(tenant: Tenant, command: Command, actor: Actor, options: DispatchOptions = {}): DispatchResult {
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
    const pending: PendingRecord[] = [];
    const applyContext: ApplyContext = {
      ...context,
      newId: () => mintId(draft.ids),
      record: (entry) => pending.push({ entry, at: draft.clock.now }),
    };
    const targets = definition.apply(draft, command, applyContext);
    if (activity) {
      const entry: PendingRecord['entry'] = {
        activityDisplayName: activity.displayName,
        category: activity.category,
        loggedByService: 'Core Directory',
        operationType: activity.operationType,
        targetResources: targets ?? [],
      };
      pending.unshift({ entry, at: context.now });
    }
    written = writeRecords(draft, tenant, pending, initiatedBy);
  };

  if (options.patches === false) {
    return { ok: true, tenant: immer.produce(tenant, recipe), patches: [], inversePatches: [], audit: written };
  }
  const [next, patches, inversePatches] = immer.produceWithPatches(tenant, recipe);
  return { ok: true, tenant: next, patches, inversePatches, audit: written };
}
