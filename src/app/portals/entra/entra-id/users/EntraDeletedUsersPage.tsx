import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowUndoRegular, DeleteDismissRegular } from '@fluentui/react-icons';
import { useDeferredValue, useState } from 'react';
import type { TenantError } from '../../../../../tenant';
import { selectDeletedUsers, type DeletedUserRow } from '../../../../../views/deleted-users';
import { rowsEqual } from '../../../../../views/equality';
import { formatDateTime } from '../../../../../views/portal-dates';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { SuccessNotice } from '../../../../kit/SuccessNotice';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { UsersBlade } from './UsersBlade';

type Action = 'restore' | 'purge';

const columns: readonly ListColumn<DeletedUserRow>[] = [
  { id: 'name', header: 'Display name', cell: (row) => row.displayName, sortValue: (row) => row.displayName },
  { id: 'upn', header: 'User principal name', cell: (row) => row.userPrincipalName, sortValue: (row) => row.userPrincipalName },
  { id: 'deleted', header: 'Deleted date', cell: (row) => (row.deletedDateTime ? formatDateTime(row.deletedDateTime) : '') },
  { id: 'purge', header: 'Permanent deletion date', cell: (row) => (row.permanentDeletionDateTime ? formatDateTime(row.permanentDeletionDateTime) : '') },
];

const WORDS: Record<Action, { readonly title: string; readonly question: string; readonly done: string; readonly failed: string }> = {
  restore: {
    title: 'Restore user',
    question: 'Do you want to restore the selected users?',
    done: 'restored',
    failed: 'Failed to restore',
  },
  purge: {
    title: 'Permanently delete',
    question: "Do you want to permanently delete the selected users? This can't be undone.",
    done: 'permanently deleted',
    failed: 'Failed to permanently delete',
  },
};

function matches(row: DeletedUserRow, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return !needle || row.displayName.toLowerCase().startsWith(needle) || row.userPrincipalName.toLowerCase().startsWith(needle);
}

/** Entra ID > Users > Deleted users: Restore users and Delete permanently, for the 30 days before the purge. */
export default function EntraDeletedUsersPage() {
  const store = useTenantStore();
  const users = useTenant(selectDeletedUsers, rowsEqual);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<{ readonly title: string; readonly error: TenantError } | null>(null);
  const chosen = users.filter((user) => selected.has(user.id));

  const confirm = (which: Action) => {
    const words = WORDS[which];
    let done = 0;
    let refused: { title: string; error: TenantError } | null = null;
    for (const user of chosen) {
      const result = store.send(which === 'restore' ? { type: 'user.restore', userId: user.id } : { type: 'user.permanentlyDelete', userId: user.id });
      if (result.ok) done++;
      else refused ??= { title: `${words.failed} '${user.displayName}'`, error: result.error };
    }
    setAction(null);
    setSelected(new Set());
    setFailure(refused);
    setNotice(done > 0 ? `${done === 1 ? '1 user' : `${done} users`} ${words.done}.` : undefined);
  };

  return (
    <UsersBlade section="Deleted users">
      <ListToolbar label="Deleted users actions" search={{ label: 'Search deleted users', value: query, onChange: setQuery }}>
        <ToolbarButton icon={<ArrowUndoRegular />} disabled={chosen.length === 0} onClick={() => setAction('restore')}>
          Restore users
        </ToolbarButton>
        <ToolbarButton icon={<DeleteDismissRegular />} disabled={chosen.length === 0} onClick={() => setAction('purge')}>
          Delete permanently
        </ToolbarButton>
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => setNotice(undefined)}>
          Refresh
        </ToolbarButton>
      </ListToolbar>
      <Text>Users deleted in the last 30 days. After 30 days they are deleted permanently.</Text>
      <SuccessNotice message={notice} />
      {failure && <TenantErrorBar error={failure.error} title={failure.title} />}
      <ListTable
        label="Deleted users"
        rows={users.filter((row) => matches(row, deferred))}
        rowId={(row) => row.id}
        columns={columns}
        count={(shown, picked) => `${shown} deleted ${shown === 1 ? 'user' : 'users'} found${picked > 0 ? `, ${picked} selected` : ''}`}
        selection={{ selected, onChange: setSelected, allLabel: 'Select all deleted users', rowLabel: (row) => `Select ${row.displayName}` }}
        empty="No deleted users found."
      />
      {action && (
        <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && setAction(null)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{WORDS[action].title}</DialogTitle>
              <DialogContent>{WORDS[action].question}</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => confirm(action)}>
                  OK
                </Button>
                <Button onClick={() => setAction(null)}>Cancel</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </UsersBlade>
  );
}
