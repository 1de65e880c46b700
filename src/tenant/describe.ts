import type { ActivityDefinition } from './area';
import type { AuditActivity } from './command';
import type { AuditRecord, ModifiedProperty, TargetResource, Tenant } from './model';

/*
 * The pieces every area's learner-facing sentences are built from: "Megan Bowen: job title set to
 * Analyst", "Group Sales deleted". A sentence is read off the audit record the command wrote (the
 * same record a real tenant's audit log shows), in the portals' words rather than property names.
 */

/** Audit values are sometimes JSON text ("\"Sales\"", "[\"a\",\"b\"]"); shown as plain words. */
export function plainValue(value: string | null): string | null {
  if (value === null || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'string') return parsed || null;
    if (Array.isArray(parsed)) return parsed.length ? parsed.map(String).join(', ') : null;
  } catch {
    // Not JSON: the value is already plain text.
  }
  return value;
}

export function nameOf(target: TargetResource | undefined): string {
  return target?.displayName || target?.userPrincipalName || target?.id || 'an object';
}

/** A property's label as the portals show it, from the area's labels, else its name split into words. */
export function labelOf(property: string, labels: Readonly<Record<string, string>>): string {
  const known = labels[property] ?? labels[property.charAt(0).toLowerCase() + property.slice(1)];
  return known ?? property.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** How one modified property reads; an area may describe some of its properties its own way. */
export type PropertyChange = (property: ModifiedProperty) => readonly string[] | undefined;

/** "Megan Bowen: job title set to Analyst, department cleared", or `otherwise` when nothing readable changed. */
export function withChanges(
  subject: string,
  target: TargetResource | undefined,
  otherwise: string,
  labels: Readonly<Record<string, string>>,
  special: PropertyChange = () => undefined,
): string {
  const changes = (target?.modifiedProperties ?? []).flatMap((property) => {
    const own = special(property);
    if (own) return own;
    const value = plainValue(property.newValue);
    return [value === null ? `${labelOf(property.displayName, labels)} cleared` : `${labelOf(property.displayName, labels)} set to ${value}`];
  });
  return changes.length ? `${subject}: ${changes.join(', ')}` : otherwise;
}

/** The generic sentence: the activity's name and what it was done to. */
export function describeGenerically(record: AuditRecord): string {
  return `${record.activityDisplayName}: ${record.targetResources.map(nameOf).join(', ') || 'the tenant'}`;
}

type ActivitySpec = Omit<ActivityDefinition, 'displayName' | 'describe'> & { describe?(record: AuditRecord, tenant: Tenant): string };

/**
 * An area's audit activities, keyed by the display name a real tenant's audit log uses. Commands
 * name their activity from here (`activities['Delete user']`), so a misspelt activity fails to
 * compile, and "what changed" finds each record's sentence here.
 */
export function defineActivities<const Names extends string>(specs: { readonly [N in Names]: ActivitySpec }): { readonly [N in Names]: ActivityDefinition & { readonly displayName: N } } {
  const table = {} as Record<string, ActivityDefinition>;
  for (const [displayName, spec] of Object.entries(specs) as [string, ActivitySpec][]) {
    table[displayName] = Object.freeze({ displayName, describe: describeGenerically, ...spec });
  }
  return table as { readonly [N in Names]: ActivityDefinition & { readonly displayName: N } };
}

/** What an audit entry needs from its activity: a record built from `activity` cannot misname it. */
export function activityFields(activity: AuditActivity): Pick<AuditRecord, 'activityDisplayName' | 'category' | 'operationType'> {
  return { activityDisplayName: activity.displayName, category: activity.category, operationType: activity.operationType };
}
