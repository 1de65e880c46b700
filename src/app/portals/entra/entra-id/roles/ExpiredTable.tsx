import type { ExpiredRow } from '../../../../../views/pim';
import { formatDateTime } from '../../../../../views/portal-dates';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';

const roleColumn: ListColumn<ExpiredRow> = { id: 'role', header: 'Role', cell: (row) => row.roleName };

const columns: readonly ListColumn<ExpiredRow>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.principalName },
  { id: 'principal', header: 'Principal name', cell: (row) => row.userPrincipalName ?? '' },
  { id: 'state', header: 'State', cell: (row) => row.state },
  { id: 'end', header: 'End time', cell: (row) => formatDateTime(row.endDateTime) },
];

/** "Expired assignments": what ran out on the simulated clock, and when. */
export function ExpiredTable({ rows, withRole = false }: { readonly rows: readonly ExpiredRow[]; readonly withRole?: boolean }) {
  return (
    <ListTable
      label="Expired assignments"
      rows={rows}
      rowId={(row) => row.id}
      columns={withRole ? [roleColumn, ...columns] : columns}
      empty="No assignments have expired."
      fitContent
    />
  );
}
