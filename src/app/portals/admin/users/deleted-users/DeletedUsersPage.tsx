import { Text, ToolbarButton, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatInstant } from '../../../../lab/format-instant';
import { selectDeletedUsers, type DeletedUserRow } from '../../../../../views/deleted-users';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { RestorePane } from './RestorePane';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

function LicensesText({ row }: { readonly row: DeletedUserRow }) {
  const styles = useStyles();
  return row.licenses.length > 0 ? row.licenses.join(', ') : <span className={styles.muted}>Unlicensed</span>;
}

const COLUMNS: readonly ListColumn<DeletedUserRow>[] = [
  { id: 'displayName', header: 'Display name', cell: (row, { openLink }) => openLink(row.displayName), sortValue: (row) => row.displayName },
  { id: 'userPrincipalName', header: 'Username', cell: (row) => row.userPrincipalName, sortValue: (row) => row.userPrincipalName },
  { id: 'licenses', header: 'Licenses', cell: (row) => <LicensesText row={row} /> },
  { id: 'deletedDateTime', header: 'Deleted on', cell: (row) => (row.deletedDateTime ? formatInstant(row.deletedDateTime) : ''), sortValue: (row) => row.deletedDateTime ?? '' },
  { id: 'permanentDeletionDateTime', header: 'Permanently deleted on', cell: (row) => (row.permanentDeletionDateTime ? formatInstant(row.permanentDeletionDateTime) : ''), sortValue: (row) => row.permanentDeletionDateTime ?? '' },
];

const rowId = (row: DeletedUserRow) => row.id;

/**
 * Users > Deleted users: soft-deleted users, restorable for 30 days, one or several at a time.
 * The Microsoft 365 admin center offers no permanent delete here (Entra's Deleted users does), so
 * neither does this page; the tenant purges a user 30 days after deletion.
 */
export default function DeletedUsersPage() {
  const rows = useTenant(selectDeletedUsers, rowsEqual);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  // The pane's users, and a key that gives each opening fresh pane state.
  const [pane, setPane] = useState<{ readonly key: number; readonly users: readonly DeletedUserRow[] } | null>(null);
  const [paneOpen, setPaneOpen] = useState(false);
  // The pane gives the focus back to what opened it (Fluent needs openers marked when there is no DialogTrigger).
  const opener = useRestoreFocusTarget();
  const selected = rows.filter((row) => selectedIds.has(row.id));

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
          rows={rows}
          rowId={rowId}
          columns={COLUMNS}
          count
          selection={{ selected: selectedIds, onChange: setSelectedIds, allLabel: 'Select all users', rowLabel: (row) => `Select ${row.displayName}` }}
          onOpen={(row) => restore([row])}
        />
      )}
      {pane && <RestorePane key={pane.key} open={paneOpen} users={pane.users} onClose={closePane} />}
    </Page>
  );
}
