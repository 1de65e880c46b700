import type { SortDirection } from '@fluentui/react-components';

/** How a list is sorted: by which column, which way. */
export interface ListSort {
  readonly columnId: string;
  readonly direction: SortDirection;
}

/** The admin center's count above a list: "8 items", and ", 2 selected" when any are chosen. */
export function countText(shown: number, selected: number): string {
  const items = shown === 1 ? '1 item' : `${shown.toLocaleString('en-US')} items`;
  return selected > 0 ? `${items}, ${selected.toLocaleString('en-US')} selected` : items;
}

/** Choosing a heading sorts by it, ascending; choosing it again reverses the order. */
export function nextSort(current: ListSort | null, columnId: string): ListSort {
  if (current?.columnId !== columnId) return { columnId, direction: 'ascending' };
  return { columnId, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' });

/** The rows in the column's order; rows that compare equal keep their order. */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => string | number, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return order * sign || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** The chosen ids with one more, or one fewer when it was chosen. */
export function toggled(selected: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}
