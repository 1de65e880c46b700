import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { ExpiredRow } from '../../../../../views/pim';
import { formatDateTime } from '../../../../../views/portal-dates';
import { useListStyles } from '../../../../kit/list-styles';

/** "Expired assignments": what ran out on the simulated clock, and when. */
export function ExpiredTable({ rows, withRole = false }: { readonly rows: readonly ExpiredRow[]; readonly withRole?: boolean }) {
  const styles = useListStyles();
  return (
    <div className={styles.surface}>
      <Table aria-label="Expired assignments" size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            {withRole && <TableHeaderCell>Role</TableHeaderCell>}
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Principal name</TableHeaderCell>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell>End time</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              {withRole && <TableCell>{row.roleName}</TableCell>}
              <TableCell>{row.principalName}</TableCell>
              <TableCell>{row.userPrincipalName ?? ''}</TableCell>
              <TableCell>{row.state}</TableCell>
              <TableCell>{formatDateTime(row.endDateTime)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length === 0 && <Text>No assignments have expired.</Text>}
    </div>
  );
}
