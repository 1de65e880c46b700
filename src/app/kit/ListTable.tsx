import { Table, TableBody, TableHeader, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface ListTableProps {
  /** The table's accessible name: the list's name ("Contacts", "Deleted users"). */
  readonly label: string;
  /** How many rows the table shows, said above it as the admin center does ("8 items"). */
  readonly count: number;
  /** How many of them are ticked, said after the count when any are. */
  readonly selected?: number;
  /** The header row's cells. */
  readonly columns: ReactNode;
  /** Said below the header when there are no rows (no match for a search, or nothing yet). */
  readonly empty?: string;
  /** The rows. */
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  count: { color: tokens.colorNeutralForeground3 },
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalS, overflowX: 'auto' },
});

/** An admin-center list: its item count, and the named table on its card. */
export function ListTable({ label, count, selected = 0, columns, empty, children }: ListTableProps) {
  const styles = useStyles();
  return (
    <>
      <Text className={styles.count}>
        {count === 1 ? '1 item' : `${count} items`}
        {selected > 0 && `, ${selected} selected`}
      </Text>
      <div className={styles.surface}>
        <Table aria-label={label} size="small">
          <TableHeader>
            <TableRow>{columns}</TableRow>
          </TableHeader>
          <TableBody>{children}</TableBody>
        </Table>
        {count === 0 && empty && <Text>{empty}</Text>}
      </div>
    </>
  );
}
