import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { TenantError } from '../../../../tenant';
import { useTenantStore } from '../../../tenant-context';
import { TenantErrorBar } from '../../shared/groups/TenantErrorBar';

export interface GroupToDelete {
  readonly id: string;
  readonly displayName: string;
  /** Only Microsoft 365 groups go to Deleted groups; the others are gone for good. */
  readonly restorable: boolean;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** "Delete <Name>?" and, once deleted, "<Name> was deleted". */
export interface DeleteGroupDialogProps {
  readonly group: GroupToDelete;
  /** Called as soon as the tenant deletes the group, while the dialog still says so. */
  readonly onDeleted?: () => void;
  readonly onClose: () => void;
}

export function DeleteGroupDialog({ group, onDeleted, onClose }: DeleteGroupDialogProps) {
  const styles = useStyles();
  const store = useTenantStore();
  const [error, setError] = useState<TenantError | null>(null);
  const [deleted, setDeleted] = useState(false);
  const remove = () => {
    const result = store.send({ type: 'group.delete', groupId: group.id });
    if (result.ok) {
      setDeleted(true);
      onDeleted?.();
    } else setError(result.error);
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{deleted ? `${group.displayName} was deleted` : `Delete ${group.displayName}?`}</DialogTitle>
          <DialogContent className={styles.content}>
            {deleted ? (
              <Text>{group.restorable ? 'You can restore it from Deleted groups for 30 days.' : "It can't be restored."}</Text>
            ) : (
              <Text>
                {group.restorable
                  ? 'Its conversations, files and calendar go with it. You can restore the group from Deleted groups for 30 days.'
                  : "Only Microsoft 365 groups can be restored, so this group is deleted for good."}
              </Text>
            )}
            <TenantErrorBar error={error} title="The group wasn't deleted" />
          </DialogContent>
          <DialogActions>
            {deleted ? (
              <Button appearance="primary" onClick={onClose}>
                Close
              </Button>
            ) : (
              <>
                <Button appearance="primary" onClick={remove}>
                  Delete group
                </Button>
                <Button onClick={onClose}>Cancel</Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
