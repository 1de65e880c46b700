import { useCallback, useMemo, useState } from 'react';
import { getById, type Tenant } from '../../../../../../tenant';
import { useTenant } from '../../../../../tenant-context';
import { createDirectory } from './directory';
import { DEFAULT_COLUMNS, DEFAULT_SORT, matchingRows, sortRows, type SortState, type UserColumnId } from './user-columns';
import { adminHoldersEqual, selectAdminHolders, viewById, type UserViewId } from './views';

/** One directory for the page's tenant: it follows the users collection from change to change. */
const directory = createDirectory();

const selectUsers = (tenant: Tenant) => tenant.directory.users;

/**
 * The behaviour of Active users without its markup: the rows in view after the filter view, the
 * search and the sort, the chosen columns and the selection. Filtering runs synchronously on
 * every keystroke: over the sorted rows' precomputed search text it takes a few milliseconds
 * on 50,000 users, so nothing is debounced.
 */
export function useActiveUsers() {
  const users = useTenant(selectUsers);
  const admins = useTenant(selectAdminHolders, adminHoldersEqual);
  const [search, setSearch] = useState('');
  const [viewId, setViewId] = useState<UserViewId>('all');
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [columns, setColumns] = useState<readonly UserColumnId[]>(DEFAULT_COLUMNS);
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());

  const all = useMemo(() => directory.rows(users), [users]);
  const sorted = useMemo(() => sortRows(all, sort), [all, sort]);
  const rows = useMemo(() => {
    const view = viewById(viewId);
    return matchingRows(sorted, search, view.id === 'all' ? undefined : (row) => view.matches(row, admins));
  }, [sorted, search, viewId, admins]);

  /** The selected users that still exist (a deleted user drops out of the count). */
  const selectedIds = useMemo(() => [...selection].filter((id) => getById(users, id) !== undefined), [selection, users]);

  // Nothing selected is the common case while typing: no pass over 50,000 rows for it.
  const allSelected = useMemo(() => selection.size > 0 && rows.length > 0 && rows.every((row) => selection.has(row.id)), [rows, selection]);
  const someSelected = useMemo(() => selection.size > 0 && !allSelected && rows.some((row) => selection.has(row.id)), [rows, selection, allSelected]);

  const toggle = useCallback((id: string) => {
    setSelection((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  /** The header checkbox: selects every row in view, or clears them when all are selected. */
  const toggleAll = useCallback(() => {
    setSelection((current) => {
      const next = new Set(current);
      const everyRow = rows.every((row) => current.has(row.id));
      for (const row of rows) {
        if (everyRow) next.delete(row.id);
        else next.add(row.id);
      }
      return next;
    });
  }, [rows]);

  const clearSelection = useCallback(() => setSelection(new Set()), []);

  /** A header click: sorts by that column, or turns the order round when it already does. */
  const sortBy = useCallback((column: UserColumnId) => {
    setSort((current) =>
      current.column === column ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: 'ascending' },
    );
  }, []);

  return {
    total: all.length,
    rows,
    search,
    setSearch,
    viewId,
    setViewId,
    sort,
    sortBy,
    columns,
    setColumns,
    selection,
    selectedIds,
    allSelected,
    someSelected,
    toggle,
    toggleAll,
    clearSelection,
  };
}

export type ActiveUsersState = ReturnType<typeof useActiveUsers>;
