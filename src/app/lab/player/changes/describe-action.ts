import type { LoggedAction } from '../../session/actions';
import { getById, skuById, skuByPartNumber, type AuditRecord, type Command, type ModifiedProperty, type TargetResource, type Tenant } from '../../../../tenant';

/*
 * One line per change, in the portals' words, for "what changed" and the reference solution:
 * "Megan Bowen: license Microsoft 365 E5 assigned", "Alex Wilber deleted". A line is read off the
 * audit record the command wrote (the same record a real tenant's audit log would show); the
 * sandbox's own controls (the clock, the DNS host, purchases) write none and are described from
 * the command itself.
 */

const PROPERTY_LABELS: Readonly<Record<string, string>> = {
  displayName: 'display name',
  givenName: 'first name',
  surname: 'last name',
  jobTitle: 'job title',
  department: 'department',
  usageLocation: 'usage location',
  officeLocation: 'office',
  mobilePhone: 'mobile phone',
  businessPhones: 'office phone',
  faxNumber: 'fax number',
  streetAddress: 'street address',
  postalCode: 'ZIP or postal code',
  companyName: 'company name',
  employeeId: 'employee ID',
  otherMails: 'alternate email addresses',
  userPrincipalName: 'username',
  mail: 'email',
  proxyAddresses: 'email aliases',
  membershipRule: 'dynamic membership rule',
  description: 'description',
  mailNickname: 'email alias',
};

function label(property: string): string {
  const known = PROPERTY_LABELS[property] ?? PROPERTY_LABELS[property.charAt(0).toLowerCase() + property.slice(1)];
  return known ?? property.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Audit values are sometimes JSON text ("\"Sales\"", "[\"a\",\"b\"]"); shown as plain words. */
function plainValue(value: string | null): string | null {
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

function nameOf(target: TargetResource | undefined): string {
  return target?.displayName || target?.userPrincipalName || target?.id || 'an object';
}

/** The SKU part numbers in a license audit value: "[[SkuName=SPE_E5, SkuId=…, DisabledPlans=[]]]". */
function licensesIn(value: string | null): Map<string, string> {
  const licenses = new Map<string, string>();
  for (const match of (value ?? '').matchAll(/SkuName=([^,\]]+), SkuId=[^,\]]*, DisabledPlans=\[([^\]]*)\]/g)) licenses.set(match[1]!, match[2]!);
  return licenses;
}

function productName(skuPartNumber: string): string {
  return skuByPartNumber(skuPartNumber)?.displayName ?? skuPartNumber;
}

function licenseChanges(property: ModifiedProperty): string[] {
  const before = licensesIn(property.oldValue);
  const after = licensesIn(property.newValue);
  const changes: string[] = [];
  for (const [sku, plans] of after) {
    if (!before.has(sku)) changes.push(`license ${productName(sku)} assigned`);
    else if (before.get(sku) !== plans) changes.push(`apps for ${productName(sku)} changed`);
  }
  for (const sku of before.keys()) if (!after.has(sku)) changes.push(`license ${productName(sku)} removed`);
  return changes;
}

function propertyChange(property: ModifiedProperty): string[] {
  const name = property.displayName;
  if (name === 'AssignedLicense') return licenseChanges(property);
  if (name === 'accountEnabled') return [plainValue(property.newValue)?.toLowerCase() === 'false' ? 'sign-in blocked' : 'sign-in allowed'];
  if (name === 'IsVerified') return ['verified'];
  if (name === 'forceChangePasswordNextSignIn') return [];
  const value = plainValue(property.newValue);
  return [value === null ? `${label(name)} cleared` : `${label(name)} set to ${value}`];
}

function withChanges(subject: string, target: TargetResource | undefined, otherwise: string): string {
  const changes = (target?.modifiedProperties ?? []).flatMap(propertyChange);
  return changes.length ? `${subject}: ${changes.join(', ')}` : otherwise;
}

function roleScope(tenant: Tenant, target: TargetResource | undefined): string {
  const scope = target?.modifiedProperties.find((property) => property.displayName === 'Role.DirectoryScopeId')?.newValue;
  const unitId = scope?.startsWith('/administrativeUnits/') ? scope.slice('/administrativeUnits/'.length) : undefined;
  if (!unitId) return '';
  return ` in the administrative unit ${getById(tenant.roles.administrativeUnits, unitId)?.displayName ?? unitId}`;
}

/** The line for an audit record; `tenant` names what the record refers to by id. */
export function describeRecord(record: AuditRecord, tenant: Tenant): string {
  const [first, second] = record.targetResources;
  const name = nameOf(first);
  switch (record.activityDisplayName) {
    case 'Add user':
      return first?.userPrincipalName?.includes('#EXT#') ? `${name} added as a guest` : `${name} added`;
    case 'Invite external user':
      return `${name} invited as a guest`;
    case 'Update user':
      return withChanges(name, first, `${name} updated`);
    case 'Change user license':
      return withChanges(name, first, `${name}: licenses updated`);
    case 'Delete user':
      return `${name} deleted`;
    case 'Restore user':
      return `${name} restored`;
    case 'Hard Delete user':
      return `${name} permanently deleted`;
    case 'Reset user password':
      return `${name}: password reset`;
    case 'Update StsRefreshTokenValidFrom Timestamp':
      return `${name}: signed out of all sessions`;
    case 'Set user manager': {
      const manager = plainValue(first?.modifiedProperties.find((property) => property.displayName === 'manager')?.newValue ?? null);
      return manager ? `${name}: manager set to ${manager}` : `${name}: manager removed`;
    }
    case 'Add group':
      return `Group ${name} created`;
    case 'Update group':
      return withChanges(`Group ${name}`, first, `Group ${name} updated`);
    case 'Delete group':
      return `Group ${name} deleted`;
    case 'Restore group':
      return `Group ${name} restored`;
    case 'Hard Delete group':
      return `Group ${name} permanently deleted`;
    case 'Add member to group':
      return `${name} added to ${nameOf(second)}`;
    case 'Remove member from group':
      return `${name} removed from ${nameOf(second)}`;
    case 'Add owner to group':
      return `${name} made an owner of ${nameOf(second)}`;
    case 'Remove owner from group':
      return `${name} no longer an owner of ${nameOf(second)}`;
    case 'Set group license':
      return withChanges(`Group ${name}`, first, `Group ${name}: licenses updated`);
    case 'Trigger group license recalculation':
      return `Group ${name}: licenses reprocessed`;
    case 'Add member to role':
      return `${name}: role ${nameOf(second)} assigned${roleScope(tenant, first)}`;
    case 'Remove member from role':
      return `${name}: role ${nameOf(second)} removed${roleScope(tenant, first)}`;
    case 'Add eligible member to role':
      return `${name}: made eligible for ${nameOf(second)}`;
    case 'Remove eligible member from role':
      return `${name}: no longer eligible for ${nameOf(second)}`;
    case 'Add administrative unit':
      return `Administrative unit ${name} created`;
    case 'Update administrative unit':
      return withChanges(`Administrative unit ${name}`, first, `Administrative unit ${name} updated`);
    case 'Delete administrative unit':
      return `Administrative unit ${name} deleted`;
    case 'Add member to administrative unit':
      return `${name} added to the administrative unit ${nameOf(second)}`;
    case 'Remove member from administrative unit':
      return `${name} removed from the administrative unit ${nameOf(second)}`;
    case 'Add contact':
      return `Contact ${name} added`;
    case 'Update contact':
      return withChanges(`Contact ${name}`, first, `Contact ${name} updated`);
    case 'Delete contact':
      return `Contact ${name} deleted`;
    case 'Add unverified domain':
      return `Domain ${name} added`;
    case 'Add verified domain':
      return `Domain ${name} added and verified`;
    case 'Verify domain':
      return `Domain ${name} verified`;
    case 'Update domain':
      if (first?.modifiedProperties.some((property) => property.displayName === 'IsDefault' && property.newValue === 'true')) return `${name} set as the default domain`;
      return withChanges(`Domain ${name}`, first, `Domain ${name} updated`);
    case 'Remove unverified domain':
    case 'Remove verified domain':
      return `Domain ${name} removed`;
    default:
      return `${record.activityDisplayName}: ${record.targetResources.map(nameOf).join(', ') || 'the tenant'}`;
  }
}

const UNITS = [
  ['W', 'week'],
  ['D', 'day'],
  ['H', 'hour'],
  ['M', 'minute'],
  ['S', 'second'],
] as const;

/** "P1D" as "1 day", "PT1H30M" as "1 hour 30 minutes". */
export function describeDuration(duration: string): string {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!match) return duration;
  const parts = UNITS.flatMap(([, unit], index) => {
    const count = Number(match[index + 1] ?? 0);
    return count ? [`${count} ${unit}${count === 1 ? '' : 's'}`] : [];
  });
  return parts.join(' ') || duration;
}

function skuName(skuId: string): string {
  return skuById(skuId)?.displayName ?? skuId;
}

/** The line for a command that wrote no audit record: the sandbox's own controls. */
export function describeCommand(command: Command): string {
  switch (command.type) {
    case 'clock.advance':
      return `Simulated time moved forward ${describeDuration(command.duration)}`;
    case 'dns.addRecord':
      return `DNS record added at the DNS host for ${command.zone}`;
    case 'dns.updateRecord':
      return `DNS record changed at the DNS host for ${command.zone}`;
    case 'dns.removeRecord':
      return `DNS record removed at the DNS host for ${command.zone}`;
    case 'subscription.buyLicenses':
      return `${command.quantity} ${skuName(command.skuId)} license${command.quantity === 1 ? '' : 's'} bought`;
    case 'subscription.removeLicenses':
      return `${command.quantity} ${skuName(command.skuId)} license${command.quantity === 1 ? '' : 's'} removed from the subscription`;
    case 'subscription.startTrial':
      return `Free trial of ${productName(command.skuPartNumber)} started`;
    case 'subscription.cancel':
      return `Subscription to ${skuName(command.skuId)} cancelled`;
    default: {
      const words = command.type.split('.').pop()!.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      return words.charAt(0).toUpperCase() + words.slice(1);
    }
  }
}

/** The line for an accepted command: its main audit record, or the command where it wrote none. */
export function describeAction(action: LoggedAction, tenant: Tenant): string {
  const main = action.audit.find((record) => record.result === 'success');
  return main ? describeRecord(main, tenant) : describeCommand(action.entry.command);
}

/** What an attempt changed, one line per accepted command, in order. */
export function describeChanges(actions: readonly LoggedAction[], tenant: Tenant): string[] {
  return actions.filter((action) => action.accepted).map((action) => describeAction(action, tenant));
}
