import type { Draft } from 'immer';
import type { ApplyContext, AuditActivity, CommandDefinition } from './command';
import type { AuditRecord, ScheduledProcess, Tenant } from './model';

/** What a command changed that derived state may depend on. */
export interface ReconcileScope {
  /** Users whose properties, existence or memberships changed. */
  readonly users?: Iterable<string>;
  /** Groups whose rule, membership or licenses changed. */
  readonly groups?: Iterable<string>;
}

/**
 * Brings an area's derived state back in line after a command, the way the directory does in the
 * background. Steps run in the order of the areas table; each receives what the steps before it
 * changed (a user who joined a dynamic group may now inherit a license) and returns what it
 * changed in turn, or nothing when it leaves the scope as it was.
 */
export type ReconcileStep = (draft: Draft<Tenant>, scope: ReconcileScope, context: ApplyContext) => ReconcileScope | void;

/** Carries out one timed process when the simulated clock reaches it. */
export type ProcessHandler = (draft: Draft<Tenant>, process: ScheduledProcess, context: ApplyContext) => void;

/** Drops what an area keeps about a directory object that is gone for good (purged or hard-deleted). */
export type ReferenceDropper = (draft: Draft<Tenant>, objectId: string) => void;

/**
 * An audit activity as the area writes it, with the sentence that tells a learner what happened:
 * "Megan Bowen: license Microsoft 365 E5 assigned". `tenant` names what the record refers to by id.
 */
export interface ActivityDefinition extends AuditActivity {
  describe(record: AuditRecord, tenant: Tenant): string;
}

/** An object found by id in some state, under the kind it has there (a user followed by id may be in Deleted users now). */
export interface LocatedObject<Entity extends { readonly id: string } = { readonly id: string }> {
  readonly kind: string;
  readonly entity: Entity;
}

/**
 * A kind of object as scenario checks name it (`user: AlexW@contoso.com`, `group: Sales`): how a
 * key finds it, where it is found by id, how feedback names it, and what "it exists" means when a
 * scenario file is checked.
 */
export interface ObjectKindDefinition<Entity extends { readonly id: string } = { readonly id: string }> {
  /** What the key is, for the authoring guide and the JSON Schema: "A user by user name (UPN), ignoring case." */
  readonly description: string;
  /** Every object the key matches in this state: none, one, or several where names are not unique. */
  find(tenant: Tenant, key: string): readonly Entity[];
  /** The object with this id in this state, under the kind it has there, or undefined when it is gone. */
  locate(tenant: Tenant, id: string): LocatedObject<Entity> | undefined;
  /** How feedback names a found object: "Megan Bowen (MeganB@contoso.com)". */
  describe(entity: Entity): string;
  /** How feedback names a key that matched nothing: "the user AlexW@contoso.com". */
  describeKey(key: string): string;
  /**
   * Whether a check's key names something in this state, for checking a scenario file: by default,
   * `find` finds it; a user may also be in Deleted users, since a check may be about restoring one.
   */
  exists?(tenant: Tenant, key: string): boolean;
  /** Why a key names nothing at the start or after the solution; by default "… exists neither at the start nor after the solution". */
  missing?(key: string): string;
  /** Whether a check may name the object as it was at the start (`{ atStart: name }`) and follow it by id. */
  readonly followable?: boolean;
  /** Other kinds a name is also looked up as when a check follows it from the start (a user may have been deleted). */
  readonly alsoAtStart?: readonly string[];
  /** Properties Graph defines but the model leaves out of an object until they are set. */
  readonly optionalProperties?: readonly string[];
}

/**
 * A value a scenario step may give by name rather than by id (`{ user: MeganB@contoso.com }`,
 * `{ sku: SPE_E5 }`), resolved against the tenant as it is when the step runs.
 */
export interface ReferenceDefinition {
  readonly description: string;
  resolve(tenant: Tenant, key: string): string | { readonly error: string };
}

/** The id of the one object a step's name matches, or why it matches none or several (names are not unique in Entra). */
export function uniqueReference(found: readonly { readonly id: string }[], noun: string, name: string): string | { readonly error: string } {
  if (found.length === 1) return found[0]!.id;
  return { error: found.length === 0 ? `no ${noun} is named '${name}' at this step` : `${found.length} ${noun}s are named '${name}'; the reference is ambiguous` };
}

/** Any command table; its keys are the command types. */
export type CommandTable = { readonly [type: string]: CommandDefinition<never> };

/**
 * Everything one area of Microsoft 365 brings to the tenant: its slice of the state, its commands,
 * the timed processes it schedules, how it keeps derived state in line, what it drops when a
 * directory object is gone, and the audit activities it writes. Central code reads these through
 * the `areas` table and never names an area.
 */
export interface AreaModule<Slice extends object, Commands extends CommandTable, Kinds extends ObjectKinds = ObjectKinds> {
  /** The key of the area's slice in the tenant state and in the `areas` table. */
  readonly id: string;
  /** The slice of a tenant that has nothing in this area yet. */
  initialSlice(): Slice;
  readonly commands: Commands;
  /** Handlers of the timed processes this area schedules, by process kind. */
  readonly processes?: Readonly<Record<string, ProcessHandler>>;
  readonly reconcile?: readonly ReconcileStep[];
  readonly dropReferences?: ReferenceDropper;
  /** Learner-facing labels of the area's properties, as the portals show them: jobTitle → "Job title". */
  readonly propertyLabels?: Readonly<Record<string, string>>;
  readonly activities?: readonly ActivityDefinition[];
  /** The kinds of object scenario checks can name in this area, by the key a check uses. */
  readonly objectKinds?: Kinds;
  /** Values scenario steps may give by name, by the key a step uses (object kinds are not references unless listed here). */
  readonly references?: Readonly<Record<string, ReferenceDefinition>>;
}

/** An area's object kinds, by the key a check uses. */
export type ObjectKinds = Readonly<Record<string, ObjectKindDefinition>>;

/** Types an area module by its slice, commands and object kinds, so the areas table can derive them. */
export function defineArea<Slice extends object, Commands extends CommandTable, Kinds extends ObjectKinds = Record<never, never>>(
  area: AreaModule<Slice, Commands, Kinds>,
): AreaModule<Slice, Commands, Kinds> {
  return area;
}

export type SliceOf<A> = A extends AreaModule<infer Slice, CommandTable, ObjectKinds> ? Slice : never;
export type CommandsOf<A> = A extends AreaModule<object, infer Commands, ObjectKinds> ? Commands : never;
export type ObjectKindsOf<A> = A extends AreaModule<object, CommandTable, infer Kinds> ? Kinds : never;
