import { Checkbox, Link, TableCell, TableHeaderCell, TableRow, Text, ToolbarButton, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatInstant } from '../../../../lab/format-instant';
import { selectDeletedUsers, type DeletedUserRow } from '../../../../../views/deleted-users';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { RestorePane } from './RestorePane';

const useStyles = makeStyles({
  select: { width: '44px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Users > Deleted users: soft-deleted users, restorable for 30 days, one or several at a time.
 * The Microsoft 365 admin center offers no permanent delete here (Entra's Deleted users does), so
 * neither does this page; the tenant purges a user 30 days after deletion.
 */
export default function DeletedUsersPage() {
  const styles = useStyles();
  const rows = useTenant(selectDeletedUsers, rowsEqual);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  // The pane's users, and a key that gives each opening fresh pane state.
  const [pane, setPane] = useState<{ readonly key: number; readonly users: readonly DeletedUserRow[] } | null>(null);
  const [paneOpen, setPaneOpen] = useState(false);
  // The pane gives the focus back to what opened it (Fluent needs openers marked when there is no DialogTrigger).
  const opener = useRestoreFocusTarget();
  const selected = rows.filter((row) => selectedIds.has(row.id));
  const allSelected = rows.length > 0 && selected.length === rows.length;

  const toggle = (id: string, on: boolean) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const restore = (users: readonly DeletedUserRow[]) => {
    setPane((current) => ({ key: (current?.key ?? 0) + 1, users }));
    setPaneOpen(true);
  };

  const closePane = () => {
    setPaneOpen(false);
    setSelectedIds(new Set());
  };

  return (
    <Page>
      <Text>Users you delete stay here for 30 days, and you can restore them with their data. After that they are deleted permanently.</Text>
      <ListToolbar label="Deleted users actions">
        <ToolbarButton {...opener} icon={<ArrowResetRegular />} disabledFocusable={selected.length === 0} onClick={() => restore(selected)}>
          Restore user
        </ToolbarButton>
      </ListToolbar>
      {rows.length === 0 ? (
        <Text>There are no deleted users.</Text>
      ) : (
        <ListTable
          label="Deleted users"
          count={rows.length}
          selected={selected.length}
          columns={
            <>
              <TableHeaderCell className={styles.select}>
                <Checkbox
                  aria-label="Select all users"
                  checked={allSelected ? true : selected.length > 0 ? 'mixed' : false}
                  onChange={(_, data) => setSelectedIds(data.checked === true ? new Set(rows.map((row) => row.id)) : new Set())}
                />
              </TableHeaderCell>
              <TableHeaderCell>Display name</TableHeaderCell>
              <TableHeaderCell>Username</TableHeaderCell>
              <TableHeaderCell>Licenses</TableHeaderCell>
              <TableHeaderCell>Deleted on</TableHeaderCell>
              <TableHeaderCell>Permanently deleted on</TableHeaderCell>
            </>
          }
        >
          {rows.map((row) => (
            <TableRow key={row.id} aria-selected={selectedIds.has(row.id)}>
              <TableCell>
                <Checkbox aria-label={`Select ${row.displayName}`} checked={selectedIds.has(row.id)} onChange={(_, data) => toggle(row.id, data.checked === true)} />
              </TableCell>
              <TableCell>
                <Link {...opener} as="button" onClick={() => restore([row])}>
                  {row.displayName}
                </Link>
              </TableCell>
              <TableCell>{row.userPrincipalName}</TableCell>
              <TableCell>{row.licenses.length > 0 ? row.licenses.join(', ') : <span className={styles.muted}>Unlicensed</span>}</TableCell>
              <TableCell>{row.deletedDateTime ? formatInstant(row.deletedDateTime) : ''}</TableCell>
              <TableCell>{row.permanentDeletionDateTime ? formatInstant(row.permanentDeletionDateTime) : ''}</TableCell>
            </TableRow>
          ))}
        </ListTable>
      )}
      {pane && <RestorePane key={pane.key} open={paneOpen} users={pane.users} onClose={closePane} />}
    </Page>
  );
}
