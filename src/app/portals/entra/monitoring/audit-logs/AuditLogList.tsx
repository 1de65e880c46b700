import { Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import {
  AUDIT_CATEGORIES,
  AUDIT_DATE_RANGES,
  AUDIT_SERVICES,
  auditActivityNames,
  auditLogRows,
  filterAuditLogs,
  selectAuditLog,
  type AuditDateRange,
  type AuditLogFilters,
  type AuditLogRow,
} from '../../../../../views/audit-logs';
import { selectNow } from '../../../../../views/organization';
import { formatDateTime } from '../../../../../views/portal-dates';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { useTenant } from '../../../../tenant-context';
import { AuditDetailsPane } from './AuditDetailsPane';

const ALL = 'All';

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  // Fluent's dropdowns have a minimum width wider than a grid cell; they fill their cell instead.
  control: { minWidth: 0, width: '100%' },
});

const columns: readonly ListColumn<AuditLogRow>[] = [
  { id: 'date', header: 'Date', cell: (row, actions) => actions.openLink(formatDateTime(row.activityDateTime)), width: '16%' },
  { id: 'service', header: 'Service', cell: (row) => row.service },
  { id: 'category', header: 'Category', cell: (row) => row.category },
  { id: 'activity', header: 'Activity', cell: (row) => row.activity, sortValue: (row) => row.activity },
  { id: 'status', header: 'Status', cell: (row) => row.status },
  { id: 'reason', header: 'Status reason', cell: (row) => row.statusReason },
  { id: 'targets', header: 'Target(s)', cell: (row) => row.targets },
  { id: 'actor', header: 'Initiated by (actor)', cell: (row) => row.initiatedBy },
];

function Choice({ className,  label, value, options, onChange }: { readonly className: string; readonly label: string; readonly value: string | undefined; readonly options: readonly string[]; readonly onChange: (value: string | undefined) => void }) {
  const shown = value ?? ALL;
  return (
    <Field label={label}>
      <Dropdown className={className} value={shown} selectedOptions={[shown]} onOptionSelect={(_, data) => onChange(data.optionValue === ALL ? undefined : data.optionValue)}>
        {[ALL, ...options].map((option) => (
          <Option key={option}>{option}</Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** The start of a custom interval's day, or the end of its last day, as an ISO instant (UTC, as the tenant's clock). */
function dayBound(date: string, end: boolean): string | undefined {
  return date ? `${date}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : undefined;
}

/**
 * The audit log's filters (Date, Service, Category, Activity, Status, Initiated by (actor),
 * Target), the list and the details pane of the record chosen. `targetId` pins the list to one
 * object, for a user's own Audit logs; `category` starts the Category filter on one, as the
 * portal does when Audit logs is opened from a service's blade (Users opens on UserManagement).
 */
export function AuditLogList({ targetId, category }: { readonly targetId?: string; readonly category?: string }) {
  const styles = useStyles();
  const log = useTenant(selectAuditLog);
  const now = useTenant(selectNow);
  const all = useMemo(() => auditLogRows(log), [log]);
  const [filters, setFilters] = useState<AuditLogFilters>({ dateRange: '1m', ...(category ? { category } : {}) });
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [opened, setOpened] = useState<AuditLogRow | null>(null);
  const deferred = useDeferredValue(filters);
  const set = (changes: Partial<AuditLogFilters>) => setFilters((current) => ({ ...current, ...changes }));
  const intervalError = filters.dateRange === 'custom' && startDate && endDate && startDate > endDate ? 'The start date must be on or before the end date.' : undefined;
  const rows = useMemo(
    () =>
      intervalError
        ? []
        : filterAuditLogs(all, { ...deferred, targetId, start: dayBound(startDate, false), end: dayBound(endDate, true) }, now),
    [all, deferred, targetId, startDate, endDate, now, intervalError],
  );
  const range = AUDIT_DATE_RANGES.find((each) => each.id === filters.dateRange)!;

  return (
    <>
      <div className={styles.filters} role="group" aria-label="Filters">
        <Field label="Date">
          <Dropdown className={styles.control} value={range.label} selectedOptions={[range.id]} onOptionSelect={(_, data) => set({ dateRange: data.optionValue as AuditDateRange })}>
            {AUDIT_DATE_RANGES.map((each) => (
              <Option key={each.id} value={each.id}>
                {each.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {filters.dateRange === 'custom' && (
          <>
            <Field label="Start date">
              <Input type="date" value={startDate} onChange={(_, data) => setStartDate(data.value)} />
            </Field>
            <Field label="End date" validationMessage={intervalError}>
              <Input type="date" value={endDate} onChange={(_, data) => setEndDate(data.value)} />
            </Field>
          </>
        )}
        <Choice className={styles.control} label="Service" value={filters.service} options={AUDIT_SERVICES} onChange={(service) => set({ service })} />
        <Choice className={styles.control} label="Category" value={filters.category} options={AUDIT_CATEGORIES} onChange={(category) => set({ category, activity: undefined })} />
        <Choice className={styles.control} label="Activity" value={filters.activity} options={auditActivityNames(filters.category)} onChange={(activity) => set({ activity })} />
        <Choice className={styles.control} label="Status" value={filters.status} options={['Success', 'Failure']} onChange={(status) => set({ status: status as AuditLogFilters['status'] })} />
        <Field label="Initiated by (actor)" hint="The start of a name or user principal name; case-sensitive.">
          <Input value={filters.initiatedBy ?? ''} onChange={(_, data) => set({ initiatedBy: data.value })} />
        </Field>
        {!targetId && (
          <Field label="Target" hint="The start of a name or user principal name; case-sensitive.">
            <Input value={filters.target ?? ''} onChange={(_, data) => set({ target: data.value })} />
          </Field>
        )}
      </div>
      <ListTable
        label="Audit logs"
        rows={rows}
        rowId={(row) => row.id}
        columns={columns}
        count={(shown) => `${shown.toLocaleString('en-US')} ${shown === 1 ? 'record' : 'records'}`}
        onOpen={setOpened}
        empty="No audit logs found for the selected filters."
        fitContent
      />
      {opened && <AuditDetailsPane row={opened} onClose={() => setOpened(null)} />}
    </>
  );
}
