import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { TenantError } from '../../../../../tenant';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { useTenantStore } from '../../../../tenant-context';

export interface UserToDelete {
  readonly id: string;
  readonly displayName: string;
}

/**
 * "Delete": one user.delete per chosen user, each taken or refused on its own as the portal's
 * batch does. Closes with how many went; stays open with the first refusal otherwise.
 */
export function DeleteUsersDialog({ users, onDone, onCancel }: { readonly users: readonly UserToDelete[]; readonly onDone: (message: string) => void; readonly onCancel: () => void }) {
  const store = useTenantStore();
  const [error, setError] = useState<{ readonly name: string; readonly error: TenantError } | null>(null);
  const confirm = () => {
    let deleted = 0;
    let refused: { name: string; error: TenantError } | null = null;
    for (const user of users) {
      const result = store.send({ type: 'user.delete', userId: user.id });
      if (result.ok) deleted++;
      else refused ??= { name: user.displayName, error: result.error };
    }
    if (refused) return setError(refused);
    onDone(deleted === 1 ? `Successfully deleted user '${users[0]!.displayName}'.` : `Successfully deleted ${deleted} users.`);
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete {users.length === 1 ? 'user' : 'users'}</DialogTitle>
          <DialogContent>
            <Text>
              {users.length === 1 ? `Are you sure you want to delete '${users[0]!.displayName}'?` : `Are you sure you want to delete these ${users.length} users?`} Deleted users
              stay in Deleted users for 30 days, where they can be restored.
            </Text>
            {error && <TenantErrorBar error={error.error} title={`Failed to delete '${error.name}'`} />}
          </DialogContent>
          <DialogActions>
            {error ? (
              <Button appearance="primary" onClick={onCancel}>
                Close
              </Button>
            ) : (
              <>
                <Button appearance="primary" onClick={confirm}>
                  OK
                </Button>
                <Button onClick={onCancel}>Cancel</Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
