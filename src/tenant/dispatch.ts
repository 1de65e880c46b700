import { Immer, type Draft } from 'immer';
import type { Actor } from './actor';
import { appendAuditRecords, freezeRecord, initiatorOf } from './audit';
import type { ApplyContext, AuditActivity, CommandContext, CommandDefinition } from './command';
import { commands, isCommandType, type Command } from './commands';
import { insufficientPrivileges, TENANT_ERRORS, type TenantError } from './errors';
import { boundCommand, isGesture, MAX_GESTURE_PARTS, type Gesture, type TenantCommand } from './gesture';
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
      /** The audit records this command wrote, main record first (a gesture's, part by part). */
      readonly audit: readonly AuditRecord[];
      /** The objects the command added ("Add user"…), in the order its audit records name them. */
      readonly created: readonly string[];
      /** For a gesture, each part's audit records, so each part can be told apart. */
      readonly parts?: readonly (readonly AuditRecord[])[];
    }
  | {
      readonly ok: false;
      readonly error: TenantError;
      /** The failure record a real tenant would log; the tenant itself is left untouched. */
      readonly audit: AuditRecord | null;
      /** For a gesture, the index of the part that was refused. */
      readonly part?: number;
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
 * The objects a command added: the targets of its "Add" records that it minted itself (an id
 * minted only to draw a password from is no object, and a target that existed before is not new).
 */
function addedObjects(records: readonly AuditRecord[], minted: ReadonlySet<string>): string[] {
  const added = new Set<string>();
  for (const record of records) {
    if (record.operationType !== 'Add') continue;
    for (const target of record.targetResources) if (minted.has(target.id)) added.add(target.id);
  }
  return [...added];
}

/**
 * The one way tenant state changes. Checks the actor's permission, validates the command
 * against the current state, then applies it, writing the audit records. A rejected command
 * returns an error value and leaves the tenant exactly as it was.
 */
export function dispatch(tenant: Tenant, command: TenantCommand, actor: Actor): DispatchResult {
  return isGesture(command) ? dispatchGesture(tenant, command, actor) : dispatchCommand(tenant, command, actor);
}

/**
 * A gesture's parts in order, each on the state the previous one left, each checked as if sent
 * alone. The first refusal refuses the whole gesture and the tenant stays as it was.
 */
function dispatchGesture(tenant: Tenant, gesture: Gesture, actor: Actor): DispatchResult {
  if (gesture.parts.length === 0 || gesture.parts.length > MAX_GESTURE_PARTS) {
    return { ok: false, error: TENANT_ERRORS.gestureSize(MAX_GESTURE_PARTS), audit: null };
  }
  let current = tenant;
  const parts: (readonly AuditRecord[])[] = [];
  const createdByPart: (readonly string[])[] = [];
  for (const [index, part] of gesture.parts.entries()) {
    const command = boundCommand(part, createdByPart);
    if ('unbound' in command) {
      const error = TENANT_ERRORS.gesturePartUnbound(index, gesture.name, command.unbound);
      return { ok: false, error, audit: null, part: index };
    }
    if (isGesture(command)) {
      return { ok: false, error: TENANT_ERRORS.nestedGesture(), audit: null, part: index };
    }
    const result = dispatchCommand(current, command, actor);
    if (!result.ok) return { ...result, part: index };
    current = result.tenant;
    parts.push(result.audit);
    createdByPart.push(result.created);
  }
  return { ok: true, tenant: current, audit: parts.flat(), created: createdByPart.flat(), parts };
}

function dispatchCommand(tenant: Tenant, command: Command, actor: Actor): DispatchResult {
  if (!isCommandType(command.type)) {
    return { ok: false, error: TENANT_ERRORS.unknownCommand(String(command.type)), audit: null };
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
  const mintedIds = new Set<string>();
  const recipe = (draft: Draft<Tenant>) => {
    const pending: UnnumberedRecord[] = [];
    let minted = false;
    const applyContext: ApplyContext = {
      ...context,
      newId: () => {
        minted = true;
        const id = mintId(draft.ids);
        mintedIds.add(id);
        return id;
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

  const next = immer.produce(tenant, recipe);
  return { ok: true, tenant: next, audit: written, created: addedObjects(written, mintedIds) };
}
