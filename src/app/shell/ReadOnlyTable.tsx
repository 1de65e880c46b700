import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** A CSS width for the column, e.g. `30%`. */
  readonly width?: string;
}

export interface ReadOnlyTableProps<Row> {
  /** The table's accessible name, e.g. "Active users". */
  readonly label: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowId: (row: Row) => string;
  /** What the page says when there are no rows. */
  readonly empty: string;
}

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalS },
  count: { color: tokens.colorNeutralForeground3 },
});

/** A list the tenant can show today without actions; the interactive pages replace it. */
export function ReadOnlyTable<Row>({ label, columns, rows, rowId, empty }: ReadOnlyTableProps<Row>) {
  const styles = useStyles();
  if (rows.length === 0) return <Text>{empty}</Text>;
  return (
    <>
      <Text className={styles.count}>{rows.length === 1 ? '1 item' : `${rows.length.toLocaleString('en-US')} items`}</Text>
      <div className={styles.surface}>
        <Table aria-label={label} size="small">
          <TableHeader>
            <TableRow>
              {columns.map((column) => (
                <TableHeaderCell key={column.header} style={column.width ? { width: column.width } : undefined}>
                  {column.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={rowId(row)}>
                {columns.map((column) => (
                  <TableCell key={column.header}>{column.cell(row)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
