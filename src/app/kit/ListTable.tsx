import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TableSelectionCell,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
  type SortDirection,
} from '@fluentui/react-components';
import { Fragment, useId, useState, type MouseEvent, type ReactNode } from 'react';
import { useSharedStyles } from '../shell/shared-styles';
import { countText, nextSort, sortRows, toggled, type ListSort } from './list-table-model';

/** What a cell can offer besides its value: the link that opens its row, when the list opens rows. */
export interface CellActions {
  /** The row's name as the link that opens it (its details pane or page). */
  readonly openLink: (children: ReactNode) => ReactNode;
}

export interface ListColumn<Row> {
  readonly id: string;
  /** The column's heading; a visually hidden one for a column of buttons. */
  readonly header: ReactNode;
  readonly cell: (row: Row, actions: CellActions) => ReactNode;
  /** A CSS width, e.g. `30%` or `48px`. */
  readonly width?: string;
  /** Makes the column sortable by this value: choosing its heading sorts, choosing it again reverses. */
  readonly sortValue?: (row: Row) => string | number;
  /** A class for the column's cells, e.g. less padding around the form controls of an editing grid. */
  readonly cellClassName?: string;
}

export interface ListSelection<Row> {
  readonly selected: ReadonlySet<string>;
  readonly onChange: (selected: ReadonlySet<string>) => void;
  /** The heading check box's name, e.g. "Select all users"; a list without one chooses row by row. */
  readonly allLabel?: string;
  /** Rows that can't be chosen show no check box (all can when left out). */
  readonly selectable?: (row: Row) => boolean;
  /** One row at a time, with radio buttons, for an action on one item (Restore group). */
  readonly single?: boolean;
  /** A row's check box's name, e.g. "Select Megan Bowen". */
  readonly rowLabel: (row: Row) => string;
}

export interface ListTableProps<Row> {
  /** The table's accessible name: the list's name ("Contacts", "Deleted users"). */
  readonly label: string;
  readonly rows: readonly Row[];
  readonly rowId: (row: Row) => string;
  readonly columns: readonly ListColumn<Row>[];
  /** Check boxes to choose rows with, for the toolbar's actions. */
  readonly selection?: ListSelection<Row>;
  /**
   * The count above the table: `true` for the admin center's "8 items" (", 2 selected" when any
   * are), or the list's own wording of how many rows it shows and how many are chosen.
   */
  readonly count?: true | ((shown: number, selected: number) => string);
  /** Said below the header when there are no rows (no match for a search, or nothing yet). */
  readonly empty?: ReactNode;
  /** Opens a row; cells offer `openLink`, and a click elsewhere on a row that has no check box opens it too. */
  readonly onOpen?: (row: Row) => void;
  /** On a card, as the portals' list pages show a list, or bare inside a pane, a step or a tab. */
  readonly appearance?: 'card' | 'plain';
  /** Columns sized by their content, for wide tables whose cells hold long names and values. */
  readonly fitContent?: boolean;
  /** A row's expanded details, shown across the whole width under it (nothing while it is collapsed). */
  readonly details?: (row: Row) => ReactNode;
}

const useStyles = makeStyles({
  /** The count and the empty list's words, quieter than the rows. */
  count: { color: tokens.colorNeutralForeground3 },
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalS, overflowX: 'auto' },
  fitContent: { tableLayout: 'auto' },
  selectionHeader: { width: '44px' },
  openable: { cursor: 'pointer' },
});

/** A click that landed on a control of the row (its link, check box, menu) rather than on the row itself. */
function onControl(event: MouseEvent<HTMLElement>): boolean {
  return (event.target as HTMLElement).closest('a, button, input, select, textarea, label, [role="button"], [role="checkbox"], [role="menuitem"]') !== null;
}

/**
 * The portals' list: the count, then a table whose headings sort and whose rows can be chosen
 * with check boxes (a click on a row chooses it too) or opened from their name (or a click on
 * the row). Every control is a real button, link or check box, so the keyboard reaches each one
 * with Tab and the row's name is announced with it.
 */
export function ListTable<Row>({ label, rows, rowId, columns, selection, count, empty, onOpen, appearance = 'card', fitContent, details }: ListTableProps<Row>) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const opener = useRestoreFocusTarget();
  // The rows' radio buttons are one group, so the arrow keys move between them.
  const radioGroup = useId();
  const [sort, setSort] = useState<ListSort | null>(null);
  const sortValue = sort ? columns.find((column) => column.id === sort.columnId)?.sortValue : undefined;
  const shown = sort && sortValue ? sortRows(rows, sortValue, sort.direction) : rows;

  const selectableRows = selection?.selectable ? rows.filter(selection.selectable) : rows;
  const selected = selection ? rows.filter((row) => selection.selected.has(rowId(row))).length : 0;
  const allSelected = selectableRows.length > 0 && selected === selectableRows.length;
  const countLabel = count === true ? countText(rows.length, selected) : count?.(rows.length, selected);

  const actionsFor = (row: Row): CellActions => ({
    openLink: (children) => (
      <Link as="button" {...opener} onClick={() => onOpen?.(row)}>
        {children}
      </Link>
    ),
  });
  const canSelect = (row: Row) => selection !== undefined && (selection.selectable?.(row) ?? true);
  const toggle = (row: Row) => canSelect(row) && selection?.onChange(selection.single ? new Set([rowId(row)]) : toggled(selection.selected, rowId(row)));
  const rowClick = selection ? toggle : onOpen;

  const table = (
    <Table aria-label={label} size="small" className={mergeClasses(fitContent && styles.fitContent)}>
      <TableHeader>
        <TableRow>
          {selection?.allLabel !== undefined && !selection.single && (
            <TableSelectionCell
              type="checkbox"
              className={styles.selectionHeader}
              checked={allSelected ? true : selected > 0 ? 'mixed' : false}
              onClick={() => selection.onChange(allSelected ? new Set() : new Set(selectableRows.map(rowId)))}
              checkboxIndicator={{ 'aria-label': selection.allLabel }}
            />
          )}
          {selection && (selection.allLabel === undefined || selection.single) && (
            <TableHeaderCell className={styles.selectionHeader}>
              <span className={shared.visuallyHidden}>Select</span>
            </TableHeaderCell>
          )}
          {columns.map((column) => {
            const direction: SortDirection | undefined = sort?.columnId === column.id ? sort.direction : undefined;
            return (
              <TableHeaderCell
                key={column.id}
                style={column.width ? { width: column.width } : undefined}
                sortable={column.sortValue !== undefined}
                sortDirection={direction}
                onClick={column.sortValue ? () => setSort(nextSort(sort, column.id)) : undefined}
              >
                {column.header}
              </TableHeaderCell>
            );
          })}
        </TableRow>
      </TableHeader>
      <TableBody>
        {shown.map((row) => {
          const id = rowId(row);
          const isSelected = selection?.selected.has(id);
          const actions = actionsFor(row);
          const expanded = details?.(row);
          return (
            <Fragment key={id}>
              <TableRow
                aria-selected={selection ? isSelected : undefined}
                className={mergeClasses(rowClick && styles.openable)}
                onClick={rowClick ? (event) => !onControl(event) && rowClick(row) : undefined}
              >
                {selection && (
                  <TableSelectionCell
                    type={selection.single ? 'radio' : 'checkbox'}
                    invisible={!canSelect(row)}
                    checked={isSelected}
                    onClick={(event) => {
                      // The row's own click would toggle it back.
                      event.stopPropagation();
                      toggle(row);
                    }}
                    checkboxIndicator={{ 'aria-label': selection.rowLabel(row), disabled: !canSelect(row) }}
                    radioIndicator={{ 'aria-label': selection.rowLabel(row), disabled: !canSelect(row), name: radioGroup }}
                  />
                )}
                {columns.map((column) => (
                  <TableCell key={column.id} className={column.cellClassName}>
                    {column.cell(row, actions)}
                  </TableCell>
                ))}
              </TableRow>
              {expanded !== undefined && expanded !== null && expanded !== false && (
                <TableRow>
                  <TableCell colSpan={columns.length + (selection ? 1 : 0)}>{expanded}</TableCell>
                </TableRow>
              )}
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );

  return (
    <>
      {countLabel !== undefined && <Text className={styles.count}>{countLabel}</Text>}
      <div className={appearance === 'card' ? styles.card : undefined}>
        {table}
        {rows.length === 0 && empty !== undefined && <Text className={styles.count}>{empty}</Text>}
      </div>
    </>
  );
}
