import type { Draft } from 'immer';
import type { Actor } from './actor';
import type { ReconcileScope } from './area';
import type { TenantError } from './errors';
import type { AuditCategory, AuditEntry, AuditRecord, InitiatedBy, TargetResource, Tenant } from './model';
import type { PermissionAction, PermissionRequirement } from './areas/roles/permissions';

/** What every command sees while it is checked. */
export interface CommandContext {
  readonly actor: Actor;
  /** The simulated clock's current instant. */
  readonly now: string;
}

/** What a command may use while it changes the draft. */
export interface ApplyContext extends CommandContext {
  /** Mints the next deterministic GUID from the tenant's generator. */
  newId(): string;
  /**
   * Writes an extra audit record, e.g. for a timed process a command set off. It is initiated by
   * the command's actor unless the entry names another initiator.
   */
  record(entry: AuditEntry & { readonly initiatedBy?: InitiatedBy }): void;
  /**
   * Brings derived state (dynamic memberships, group-based licenses…) back in line with what the
   * command changed, through every area's reconcile steps. Commands that change users or groups
   * call it once at the end of `apply`, so every path to a state derives it the same way.
   */
  reconcile(draft: Draft<Tenant>, scope: ReconcileScope): void;
  /** Lets every area drop what it keeps about a directory object that is gone for good. */
  dropReferences(draft: Draft<Tenant>, objectId: string): void;
}

export interface AuditActivity {
  /** The activity name a real tenant's audit log uses, e.g. "Add user". */
  readonly displayName: string;
  readonly category: AuditCategory;
  readonly operationType: AuditRecord['operationType'];
}

/**
 * One command: what it needs, how it checks its input against the current state, and how it
 * changes the state. `validate` sees the whole tenant and returns the error a real tenant would
 * give; `apply` runs only after permission and validation passed, inside an Immer recipe, and
 * returns the audit targets of its main record.
 */
export interface CommandDefinition<C extends { readonly type: string }> {
  readonly permission: PermissionAction | ((command: C, tenant: Tenant) => PermissionRequirement) | null;
  /**
   * The main audit record's activity, or null for commands that are not directory activities.
   * A function when the name depends on the state, e.g. "Add verified domain" vs "Add unverified
   * domain"; it sees the state before the command, so failures are named the same way.
   */
  readonly activity: AuditActivity | ((command: C, tenant: Tenant) => AuditActivity) | null;
  /** How "what changed" tells a learner about the command, for commands that write no audit record. */
  describe?(command: C): string;
  validate(tenant: Tenant, command: C, context: CommandContext): TenantError | undefined;
  apply(draft: Draft<Tenant>, command: C, context: ApplyContext): readonly TargetResource[] | void;
}

/** Types a command definition by its payload, so the table's keys and payloads stay in step. */
export function defineCommand<C extends { readonly type: string }>(definition: CommandDefinition<C>): CommandDefinition<C> {
  return definition;
}
