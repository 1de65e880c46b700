import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Range, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A data grid that renders only the rows in view, so a list of 50,000 users costs what a list
 * of thirty does; TanStack Virtual works out which rows those are. It is an ARIA grid:
 * `aria-rowcount` says how many rows there are in all and each rendered row carries its `aria-rowindex`, so a screen reader announces "row 4,012 of 50,001"
 * although only a window of rows exists in the DOM. One cell is the tab stop; the arrow keys,
 * Home, End, Page Up and Page Down move it (scrolling the window along), as the WAI-ARIA grid
 * pattern describes. A cell holding one widget (a checkbox, a link) gives the focus to it.
 */

export interface CellFocus {
  /** 0 for the grid's one tab stop, -1 for every other cell. */
  readonly tabIndex: 0 | -1;
}

export interface GridColumn<Row> {
  readonly id: string;
  /** A CSS grid track, e.g. `minmax(200px, 2fr)`. */
  readonly width: string;
  readonly header: (focus: CellFocus) => ReactNode;
  readonly cell: (row: Row, focus: CellFocus) => ReactNode;
  /** The header or cell renders one focusable widget and gives it `focus.tabIndex`. */
  readonly headerWidget?: boolean;
  readonly cellWidget?: boolean;
  readonly ariaSort?: 'ascending' | 'descending';
}

export interface VirtualGridProps<Row> {
  /** The grid's accessible name. */
  readonly label: string;
  readonly rows: readonly Row[];
  readonly columns: readonly GridColumn<Row>[];
  readonly rowId: (row: Row) => string;
  /** Each row's accessible name (the user's display name). */
  readonly rowLabel: (row: Row) => string;
  readonly isSelected: (row: Row) => boolean;
  readonly rowHeight: number;
  /** The scroll area's height (any CSS length). */
  readonly height: string;
  readonly className?: string;
  /** Shown in place of rows when there are none. */
  readonly empty: ReactNode;
}

const HEADER_HEIGHT = 44;
/** Rows rendered beyond each edge of the view, so a fast scroll shows no blank band. */
const OVERSCAN = 4;
/** Until the scroll area is measured (and in jsdom, which never lays out), this many rows show. */
const UNMEASURED_ROWS = 40;

/**
 * The scroll area's size as the browser lays it out. A scroll area that isn't laid out (jsdom
 * reports every element as 0 high) keeps the assumed size, so the first rows still render.
 */
function observeScrollArea(instance: Virtualizer<HTMLDivElement, Element>, callback: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : instance.options.initialRect));
}

const useStyles = makeStyles({
  grid: {
    position: 'relative',
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    outline: 'none',
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: { position: 'relative' },
  row: {
    display: 'grid',
    alignItems: 'center',
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  bodyRow: {
    position: 'absolute',
    left: 0,
    right: 0,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  selected: { backgroundColor: tokens.colorSubtleBackgroundSelected, ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected } },
  cell: {
    minWidth: 0,
    height: '100%',
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

interface Position {
  /** 0 is the header row; 1 is the first data row. */
  readonly row: number;
  readonly column: number;
}

function cellSelector(position: Position): string {
  return `[data-row="${position.row}"][data-column="${position.column}"]`;
}

/** The element a cell gives the focus to: its widget when it holds one, else the cell. */
function focusTarget(cell: Element): HTMLElement | null {
  const widget = cell.querySelector<HTMLElement>('[data-grid-widget]');
  return widget ?? (cell instanceof HTMLElement ? cell : null);
}

export function VirtualGrid<Row>(props: VirtualGridProps<Row>) {
  const { label, rows, columns, rowId, rowLabel, isSelected, rowHeight, height, className, empty } = props;
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Position>({ row: 0, column: 0 });
  const pendingFocus = useRef(false);

  const lastRow = rows.length;
  const lastColumn = columns.length - 1;
  const current: Position = { row: Math.min(active.row, lastRow), column: Math.min(active.column, lastColumn) };
  const template = columns.map((column) => column.width).join(' ');

  // The tab stop must exist in the DOM even when scrolled out of view.
  const activeIndex = current.row - 1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex) ? [...indexes, activeIndex] : indexes;
    },
    [activeIndex],
  );
  // The virtualizer's methods are only called during this render; the memoised rows get plain numbers.
  // eslint-disable-next-line react-hooks/incompatible-library -- the app isn't built with the React Compiler
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rowId(rows[index]!),
    overscan: OVERSCAN,
    // The rows start below the sticky header, and a row scrolled to must not hide under it.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect: { width: 0, height: HEADER_HEIGHT + UNMEASURED_ROWS * rowHeight },
    observeElementRect: observeScrollArea,
    rangeExtractor,
  });
  const viewHeight = virtualizer.scrollRect?.height ?? HEADER_HEIGHT + UNMEASURED_ROWS * rowHeight;

  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    const cell = scroller.current?.querySelector(cellSelector(current));
    if (cell) focusTarget(cell)?.focus({ preventScroll: true });
  });

  /** Scrolls so that a data row is fully in view below the sticky header. */
  const reveal = (row: number) => {
    if (row > 0) virtualizer.scrollToIndex(row - 1, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.ceil(Math.max(0, viewHeight - HEADER_HEIGHT) / rowHeight));
    let next: Position | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = { ...current, row: Math.min(lastRow, current.row + 1) };
        break;
      case 'ArrowUp':
        next = { ...current, row: Math.max(0, current.row - 1) };
        break;
      case 'ArrowRight':
        next = { ...current, column: Math.min(lastColumn, current.column + 1) };
        break;
      case 'ArrowLeft':
        next = { ...current, column: Math.max(0, current.column - 1) };
        break;
      case 'PageDown':
        next = { ...current, row: Math.min(lastRow, current.row + page) };
        break;
      case 'PageUp':
        next = { ...current, row: Math.max(0, current.row - page) };
        break;
      case 'Home':
        next = event.ctrlKey ? { row: 0, column: 0 } : { ...current, column: 0 };
        break;
      case 'End':
        next = event.ctrlKey ? { row: lastRow, column: lastColumn } : { ...current, column: lastColumn };
        break;
      default:
        return;
    }
    event.preventDefault();
    pendingFocus.current = true;
    reveal(next.row);
    setActive(next);
  };

  /** Clicking or tabbing into a cell makes it the tab stop. */
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const cell = (event.target as HTMLElement).closest('[data-row]');
    if (!cell) return;
    const position = { row: Number(cell.getAttribute('data-row')), column: Number(cell.getAttribute('data-column')) };
    if (position.row !== current.row || position.column !== current.column) setActive(position);
  };

  const focusOf = (row: number, column: number): CellFocus => ({ tabIndex: row === current.row && column === current.column ? 0 : -1 });

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-multiselectable="true"
      className={mergeClasses(styles.grid, className)}
      style={{ height }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="rowgroup" className={styles.header}>
        <div role="row" aria-rowindex={1} className={styles.row} style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
          {columns.map((column, index) => {
            const focus = focusOf(0, index);
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-colindex={index + 1}
                aria-sort={column.ariaSort}
                data-row={0}
                data-column={index}
                tabIndex={column.headerWidget ? undefined : focus.tabIndex}
                className={mergeClasses(styles.cell, styles.headerCell)}
              >
                {column.header(focus)}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map(({ index, start }) => {
          const row = rows[index]!;
          return (
            <GridRow
              key={rowId(row)}
              row={row}
              index={index}
              top={start - HEADER_HEIGHT}
              columns={columns}
              template={template}
              rowHeight={rowHeight}
              label={rowLabel(row)}
              selected={isSelected(row)}
              activeColumn={index + 1 === current.row ? current.column : -1}
              className={styles.row}
              bodyClassName={styles.bodyRow}
              selectedClassName={styles.selected}
              cellClassName={styles.cell}
            />
          );
        })}
      </div>
      {rows.length === 0 && <div className={styles.empty}>{empty}</div>}
    </div>
  );
}

interface GridRowProps<Row> {
  readonly row: Row;
  readonly index: number;
  /** Where the row sits in the rows' box. */
  readonly top: number;
  readonly columns: readonly GridColumn<Row>[];
  readonly template: string;
  readonly rowHeight: number;
  readonly label: string;
  readonly selected: boolean;
  /** The column of the tab stop when it is in this row, else -1. */
  readonly activeColumn: number;
  readonly className: string;
  readonly bodyClassName: string;
  readonly selectedClassName: string;
  readonly cellClassName: string;
}

/** One row; memoised so scrolling re-renders only the rows that enter the window. */
const GridRow = memo(function GridRow<Row>(props: GridRowProps<Row>) {
  const { row, index, top, columns, template, rowHeight, label, selected, activeColumn } = props;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-label={label}
      className={mergeClasses(props.className, props.bodyClassName, selected && props.selectedClassName)}
      style={{ top, height: rowHeight, gridTemplateColumns: template }}
    >
      {columns.map((column, columnIndex) => {
        const focus: CellFocus = { tabIndex: columnIndex === activeColumn ? 0 : -1 };
        return (
          <div
            key={column.id}
            role="gridcell"
            aria-colindex={columnIndex + 1}
            data-row={index + 1}
            data-column={columnIndex}
            tabIndex={column.cellWidget ? undefined : focus.tabIndex}
            className={props.cellClassName}
          >
            {column.cell(row, focus)}
          </div>
        );
      })}
    </div>
  );
}) as <Row>(props: GridRowProps<Row>) => ReactNode;
