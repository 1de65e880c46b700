import { Badge, Button, Checkbox, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, KeyRegular } from '@fluentui/react-icons';
import { useCallback, useMemo, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import { useSharedStyles } from '../../../../../shell/shared-styles';
import type { DirectoryRow } from './directory';
import type { ActiveUsersState } from './useActiveUsers';
import { columnById } from './user-columns';
import { VirtualGrid, type GridColumn } from './VirtualGrid';
import { adminPaths, userPath } from '../../../paths';

export const ROW_HEIGHT = 44;

const useStyles = makeStyles({
  grid: { borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2 },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  nameLink: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  sortButton: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}`, minWidth: 0, justifyContent: 'flex-start' },
  // A plain button rather than Fluent's: one per row re-renders on every keystroke of the search.
  key: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '28px',
    height: '28px',
    padding: 0,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorBrandForeground1,
    fontSize: '20px',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // The key shows when its row is hovered or holds the focus, as in the portal.
  keyHidden: {
    opacity: 0,
    '[role="row"]:hover &': { opacity: 1 },
    '[role="row"]:focus-within &': { opacity: 1 },
  },
});

interface UsersGridProps {
  readonly state: ActiveUsersState;
  readonly onResetPassword: (userId: string) => void;
}

/** Users > Active users' list: a check box, the name that opens the user, the key, the chosen columns. */
export function UsersGrid({ state, onResetPassword }: UsersGridProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const navigate = useNavigate();
  const base = useHref(adminPaths.activeUsers);
  const { selection, toggle, toggleAll, allSelected, someSelected, sort, sortBy, columns: chosen } = state;

  const open = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, id: string) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(userPath(id));
    },
    [navigate],
  );

  const columns = useMemo((): GridColumn<DirectoryRow>[] => {
    const select: GridColumn<DirectoryRow> = {
      id: 'select',
      width: '44px',
      headerWidget: true,
      cellWidget: true,
      header: (focus) => (
        <Checkbox
          aria-label="Select all users"
          checked={allSelected ? true : someSelected ? 'mixed' : false}
          onChange={toggleAll}
          tabIndex={focus.tabIndex}
          data-grid-widget=""
        />
      ),
      cell: (row, focus) => (
        <Checkbox aria-label={`Select ${row.displayName}`} checked={selection.has(row.id)} onChange={() => toggle(row.id)} tabIndex={focus.tabIndex} data-grid-widget="" />
      ),
    };
    const key: GridColumn<DirectoryRow> = {
      id: 'reset-password',
      width: '44px',
      cellWidget: true,
      header: () => <span className={shared.visuallyHidden}>Reset a password</span>,
      cell: (row, focus) => (
        <button
          type="button"
          aria-label={`Reset a password for ${row.displayName}`}
          title="Reset a password"
          className={mergeClasses(styles.key, styles.keyHidden)}
          onClick={() => onResetPassword(row.id)}
          tabIndex={focus.tabIndex}
          data-grid-widget=""
        >
          <KeyRegular />
        </button>
      ),
    };
    const data = chosen.map((id): GridColumn<DirectoryRow> => {
      const column = columnById(id);
      const ariaSort = sort.column === id ? sort.direction : undefined;
      const SortIcon = sort.direction === 'ascending' ? ArrowUpRegular : ArrowDownRegular;
      return {
        id,
        width: column.width,
        ariaSort,
        headerWidget: true,
        cellWidget: id === 'displayName',
        header: (focus) => (
          <Button
            appearance="transparent"
            className={styles.sortButton}
            icon={ariaSort ? <SortIcon /> : undefined}
            iconPosition="after"
            onClick={() => sortBy(id)}
            tabIndex={focus.tabIndex}
            data-grid-widget=""
          >
            {column.label}
          </Button>
        ),
        cell:
          id === 'displayName'
            ? (row, focus) => (
                <span className={styles.name}>
                  <Link href={`${base}/${row.id}`} onClick={(event) => open(event, row.id)} className={styles.nameLink} tabIndex={focus.tabIndex} data-grid-widget="">
                    {row.displayName}
                  </Link>
                  {!row.user.accountEnabled && (
                    <Badge appearance="tint" color="danger" size="small">
                      Sign-in blocked
                    </Badge>
                  )}
                </span>
              )
            : (row) => column.text(row),
      };
    });
    const [first, ...rest] = data;
    return first ? [select, first, key, ...rest] : [select, key, ...rest];
  }, [allSelected, someSelected, toggleAll, selection, toggle, chosen, sort, sortBy, base, open, onResetPassword, styles, shared]);

  return (
    <VirtualGrid
      label="Active users"
      rows={state.rows}
      columns={columns}
      rowId={rowId}
      rowLabel={rowLabel}
      isSelected={(row) => selection.has(row.id)}
      rowHeight={ROW_HEIGHT}
      height="max(360px, calc(100vh - 340px))"
      className={styles.grid}
      empty="No users found."
    />
  );
}

const rowId = (row: DirectoryRow) => row.id;
const rowLabel = (row: DirectoryRow) => row.displayName;
