import { auditActivities, type AuditCategory, type AuditLog, type AuditRecord, type InitiatedBy, type Tenant, type TargetResource } from '../tenant';

/*
 * Entra's Monitoring & health > Audit logs (the Directory tab), over the tenant's directory audit
 * records: the rows, newest first, the filters the portal offers and the details pane's fields.
 */

export const AUDIT_SERVICES: readonly AuditRecord['loggedByService'][] = ['Core Directory', 'Invited Users', 'PIM', 'Self-service Password Management'];

export const AUDIT_CATEGORIES: readonly AuditCategory[] = [
  'AdministrativeUnit',
  'Contact',
  'DirectoryManagement',
  'GroupManagement',
  'Other',
  'Policy',
  'RoleManagement',
  'UserManagement',
];

/** The portal's date ranges, counted back from the tenant's clock. */
export const AUDIT_DATE_RANGES = [
  { id: '1m', label: 'Last 1 month', days: 30 },
  { id: '7d', label: 'Last 7 days', days: 7 },
  { id: '24h', label: 'Last 24 hours', days: 1 },
  { id: 'custom', label: 'Custom time interval', days: null },
] as const;

export type AuditDateRange = (typeof AUDIT_DATE_RANGES)[number]['id'];

export interface AuditLogRow {
  readonly id: string;
  readonly activityDateTime: string;
  readonly service: AuditRecord['loggedByService'];
  readonly category: AuditCategory;
  readonly activity: string;
  readonly status: 'Success' | 'Failure';
  readonly statusReason: string;
  /** The targets as the Target(s) column lists them: each one's user principal name or name. */
  readonly targets: string;
  /** "Initiated by (actor)": the admin's user principal name, or the app's name. */
  readonly initiatedBy: string;
  readonly record: AuditRecord;
}

export interface AuditLogFilters {
  readonly dateRange: AuditDateRange;
  /** For the custom interval: ISO instants (either may be left open). */
  readonly start?: string;
  readonly end?: string;
  readonly service?: string;
  readonly category?: string;
  readonly activity?: string;
  readonly status?: 'Success' | 'Failure';
  /** The start of the initiator's name or user principal name; case-sensitive, as the portal's is. */
  readonly initiatedBy?: string;
  /** The start of a target's name or user principal name; case-sensitive, as the portal's is. */
  readonly target?: string;
  /** Only records about this object, for a user's or group's own Audit logs. */
  readonly targetId?: string;
}

export const selectAuditLog = (tenant: Tenant): AuditLog => tenant.auditLog;

function targetName(target: TargetResource): string {
  return target.userPrincipalName || target.displayName || target.id;
}

export function initiatorName(initiatedBy: InitiatedBy): string {
  return initiatedBy.user?.userPrincipalName || initiatedBy.user?.displayName || initiatedBy.app?.displayName || '';
}

function toRow(record: AuditRecord): AuditLogRow {
  return {
    id: record.id,
    activityDateTime: record.activityDateTime,
    service: record.loggedByService,
    category: record.category,
    activity: record.activityDisplayName,
    status: record.result === 'success' ? 'Success' : 'Failure',
    statusReason: record.resultReason,
    targets: record.targetResources.map(targetName).join(', '),
    initiatedBy: initiatorName(record.initiatedBy),
    record,
  };
}

/** Every record of the log, newest first. The log object changes only when records are added, so a page can memoise on it. */
export function auditLogRows(log: AuditLog): AuditLogRow[] {
  const rows: AuditLogRow[] = [];
  for (const chunk of log.chunks) for (const record of chunk) rows.push(toRow(record));
  return rows.reverse();
}

function startsWithAny(values: readonly (string | null | undefined)[], prefix: string): boolean {
  return values.some((value) => typeof value === 'string' && value.startsWith(prefix));
}

const DAY_MS = 86_400_000;

/** The rows the filters leave, with `now` the tenant's clock for the relative date ranges. */
export function filterAuditLogs(rows: readonly AuditLogRow[], filters: AuditLogFilters, now: string): AuditLogRow[] {
  const range = AUDIT_DATE_RANGES.find((each) => each.id === filters.dateRange);
  const nowMs = Date.parse(now);
  const from = range?.days ? nowMs - range.days * DAY_MS : filters.start ? Date.parse(filters.start) : -Infinity;
  const to = range?.days ? Infinity : filters.end ? Date.parse(filters.end) : Infinity;
  const initiatedBy = filters.initiatedBy?.trim();
  const target = filters.target?.trim();
  return rows.filter((row) => {
    const at = Date.parse(row.activityDateTime);
    if (at < from || at > to) return false;
    if (filters.service && row.service !== filters.service) return false;
    if (filters.category && row.category !== filters.category) return false;
    if (filters.activity && row.activity !== filters.activity) return false;
    if (filters.status && row.status !== filters.status) return false;
    const targets = row.record.targetResources;
    if (filters.targetId && !targets.some((each) => each.id === filters.targetId)) return false;
    if (target && !targets.some((each) => startsWithAny([each.displayName, each.userPrincipalName], target))) return false;
    const actor = row.record.initiatedBy;
    if (initiatedBy && !startsWithAny([actor.user?.displayName, actor.user?.userPrincipalName, actor.app?.displayName], initiatedBy)) return false;
    return true;
  });
}

/** The Activity filter's choices: every activity the tenant can record, narrowed to the category when one is chosen. */
export function auditActivityNames(category: string | undefined): string[] {
  return auditActivities()
    .filter((activity) => !category || activity.category === category)
    .map((activity) => activity.displayName)
    .sort((a, b) => a.localeCompare(b));
}

/** The details pane's "Initiated by (actor)" fields. */
export function initiatorFacts(initiatedBy: InitiatedBy): [string, string][] {
  if (initiatedBy.user) {
    return [
      ['Type', 'User'],
      ['Display Name', initiatedBy.user.displayName],
      ['Object ID', initiatedBy.user.id],
      ['User Principal Name', initiatedBy.user.userPrincipalName],
      ...(initiatedBy.app ? ([['App', initiatedBy.app.displayName]] as [string, string][]) : []),
    ];
  }
  return [
    ['Type', 'Application'],
    ['Display Name', initiatedBy.app?.displayName ?? ''],
    ...(initiatedBy.app?.appId ? ([['App ID', initiatedBy.app.appId]] as [string, string][]) : []),
  ];
}
