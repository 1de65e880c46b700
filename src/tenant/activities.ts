import type { ActivityDefinition } from './area';
import { areas } from './areas';
import type { CommandDefinition } from './command';
import { commands, type Command } from './commands';
import { describeGenerically, labelOf } from './describe';
import { isGesture, type TenantCommand } from './gesture';
import type { AuditRecord, Tenant } from './model';

let byName: ReadonlyMap<string, ActivityDefinition> | undefined;
let labels: Readonly<Record<string, string>> | undefined;

/** Every area's audit activities by display name; read once, when first needed. */
function catalogue(): ReadonlyMap<string, ActivityDefinition> {
  byName ??= new Map(Object.values(areas).flatMap((area) => (area.activities ?? []).map((activity) => [activity.displayName, activity] as const)));
  return byName;
}

/** Every audit activity the tenant can record, from the areas table. */
export function auditActivities(): readonly ActivityDefinition[] {
  return [...catalogue().values()];
}

export function activityNamed(displayName: string): ActivityDefinition | undefined {
  return catalogue().get(displayName);
}

/** A property's label as the portals show it ("jobTitle" → "job title"), from every area's labels. */
export function propertyLabel(property: string): string {
  labels ??= Object.assign({}, ...Object.values(areas).map((area) => area.propertyLabels ?? {})) as Record<string, string>;
  return labelOf(property, labels);
}

/** The learner-facing sentence for an audit record, in the portals' words; `tenant` names what the record refers to by id. */
export function describeRecord(record: AuditRecord, tenant: Tenant): string {
  return (activityNamed(record.activityDisplayName)?.describe ?? describeGenerically)(record, tenant);
}

/** The sentence for a command that wrote no audit record (the sandbox's own controls: the clock, the DNS host, purchases). */
export function describeCommand(command: Command): string {
  const definition = commands[command.type] as CommandDefinition<Command> | undefined;
  const own = definition?.describe?.(command);
  if (own) return own;
  const words = command.type.split('.').pop()!.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The sentence for an accepted command: its main audit record, or the command itself where it
 * wrote none. A gesture is told part by part, from each part's own records.
 */
export function describeAcceptedCommand(command: TenantCommand, audit: readonly AuditRecord[], tenant: Tenant, parts?: readonly (readonly AuditRecord[])[]): string {
  if (isGesture(command)) {
    return command.parts.map((part, index) => describeAcceptedCommand(part.command, parts?.[index] ?? [], tenant)).join('; ');
  }
  const main = audit.find((record) => record.result === 'success');
  return main ? describeRecord(main, tenant) : describeCommand(command);
}
