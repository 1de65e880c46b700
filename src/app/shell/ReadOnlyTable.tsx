import { Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ListTable } from '../kit/ListTable';

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

/** A list the tenant can show today without actions (the kit's list, with its count); the interactive pages replace it. */
export function ReadOnlyTable<Row>({ label, columns, rows, rowId, empty }: ReadOnlyTableProps<Row>) {
  if (rows.length === 0) return <Text>{empty}</Text>;
  return (
    <ListTable
      label={label}
      rows={rows}
      rowId={rowId}
      columns={columns.map((column) => ({ id: column.header, header: column.header, width: column.width, cell: (row: Row) => column.cell(row) }))}
      count
    />
  );
}
