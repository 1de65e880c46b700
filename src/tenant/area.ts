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

/**
 * A kind of object as scenario checks name it (`user: AlexW@contoso.com`, `group: Sales`): how a
 * key finds it, how feedback names it, and which of its properties may be absent until set.
 */
export interface ObjectKindDefinition<Entity extends { readonly id: string } = { readonly id: string }> {
  /** What the key is, for the authoring guide and the JSON Schema: "A user by user name (UPN), ignoring case." */
  readonly description: string;
  /** Every object the key matches in this state: none, one, or several where names are not unique. */
  find(tenant: Tenant, key: string): readonly Entity[];
  /** The object with this id in this state, if it is of this kind: how a check follows an object it found at the start. */
  byId(tenant: Tenant, id: string): Entity | undefined;
  /** How feedback names a found object: "Megan Bowen (MeganB@contoso.com)". */
  describe(entity: Entity): string;
  /** How feedback names a key that matched nothing: "the user AlexW@contoso.com". */
  describeKey(key: string): string;
  /** Properties Graph defines but the model leaves out of an object until they are set. */
  readonly optionalProperties?: readonly string[];
}

/** Types an object kind by its entity, and hands it on as any kind: feedback only ever gets back what `find` gave. */
export function defineObjectKind<Entity extends { readonly id: string }>(kind: ObjectKindDefinition<Entity>): ObjectKindDefinition {
  return { ...kind, describe: (entity) => kind.describe(entity as Entity) };
}

/** Any command table; its keys are the command types. */
export type CommandTable = { readonly [type: string]: CommandDefinition<never> };

/**
 * Everything one area of Microsoft 365 brings to the tenant: its slice of the state, its commands,
 * the timed processes it schedules, how it keeps derived state in line, what it drops when a
 * directory object is gone, and the audit activities it writes. Central code reads these through
 * the `areas` table and never names an area.
 */
export interface AreaModule<Slice extends object, Commands extends CommandTable> {
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
  readonly objectKinds?: Readonly<Record<string, ObjectKindDefinition>>;
}

/** Types an area module by its slice and commands, so the areas table can derive both. */
export function defineArea<Slice extends object, Commands extends CommandTable>(area: AreaModule<Slice, Commands>): AreaModule<Slice, Commands> {
  return area;
}

export type SliceOf<A> = A extends AreaModule<infer Slice, CommandTable> ? Slice : never;
export type CommandsOf<A> = A extends AreaModule<object, infer Commands> ? Commands : never;
