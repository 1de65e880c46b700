import type { AuditRecord, Tenant } from '../tenant/model';
import { REFERENCES } from './kinds';
import type { Problem } from './template';

/**
 * In setup, solution and wrong-attempt steps an author cannot know GUIDs (or a new domain's
 * verification code), so such a value may be given as a reference: an object with exactly one of
 * these keys, resolved against the tenant as it is when the step runs (so a step can name a user
 * an earlier step created). The areas declare what can be named; `createdBy` is the steps' own.
 */
export const REFERENCE_KINDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(REFERENCES).map(([kind, reference]) => [kind, reference.description])),
  createdBy: 'the object (user, group, unit…) an earlier step created, by that step\'s index from 0, e.g. { createdBy: 0 }',
};

function asReference(value: unknown): [string, string] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1) return undefined;
  const [kind, key] = entries[0]!;
  if (kind === 'createdBy') return typeof key === 'number' && Number.isInteger(key) && key >= 0 ? ['createdBy', String(key)] : undefined;
  return Object.hasOwn(REFERENCES, kind) && typeof key === 'string' ? [kind, key] : undefined;
}

/** What each earlier step created (its main audit record's first target, for an Add), by step index. */
export type CreatedByStep = readonly (string | undefined)[];

function resolveOne(tenant: Tenant, kind: string, key: string, created: CreatedByStep): string | { readonly error: string } {
  if (kind === 'createdBy') {
    const index = Number(key);
    if (index >= created.length) return { error: `{ createdBy: ${index} } names a step that has not run yet; steps before this one: ${created.length}` };
    return created[index] ?? { error: `step ${index} created nothing` };
  }
  return REFERENCES[kind]!.resolve(tenant, key);
}

/** Replaces every reference inside a step's payload with the id it names, or reports where one fails. */
export function resolveReferences(tenant: Tenant, value: unknown, path: readonly (string | number)[], problems: Problem[], created: CreatedByStep = []): unknown {
  const reference = asReference(value);
  if (reference) {
    const resolved = resolveOne(tenant, reference[0], reference[1], created);
    if (typeof resolved === 'string') return resolved;
    problems.push({ path, message: resolved.error });
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => resolveReferences(tenant, item, [...path, index], problems, created));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = resolveReferences(tenant, item, [...path, key], problems, created);
    return result;
  }
  return value;
}

/** The object a command created, from its main audit record: the first target of an Add. */
export function createdObjectId(audit: readonly AuditRecord[]): string | undefined {
  const main = audit[0];
  return main && main.result === 'success' && main.operationType === 'Add' ? main.targetResources[0]?.id : undefined;
}
