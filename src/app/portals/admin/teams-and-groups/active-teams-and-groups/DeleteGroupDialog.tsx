import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { TenantError } from '../../../../../tenant';
import { useTenantStore } from '../../../../tenant-context';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';

export interface GroupToDelete {
  readonly id: string;
  readonly displayName: string;
  /** Only Microsoft 365 groups go to Deleted groups; the others are gone for good. */
  readonly restorable: boolean;
}

export interface DeleteGroupProps {
  readonly group: GroupToDelete;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** "Delete <Name>?" then "<Name> was deleted": the one `group.delete` and what it came to. */
function useDeleteGroup({ group }: DeleteGroupProps) {
  const store = useTenantStore();
  const [error, setError] = useState<TenantError | null>(null);
  const [deleted, setDeleted] = useState(false);
  return {
    deleted,
    error,
    title: deleted ? `${group.displayName} was deleted` : `Delete ${group.displayName}?`,
    text: deleted
      ? group.restorable
        ? 'You can restore it from Deleted groups for 30 days.'
        : "It can't be restored."
      : group.restorable
        ? 'Its conversations, files and calendar go with it. You can restore the group from Deleted groups for 30 days.'
        : 'Only Microsoft 365 groups can be restored, so this group is deleted for good.',
    remove() {
      const result = store.send({ type: 'group.delete', groupId: group.id });
      if (result.ok) setDeleted(true);
      else setError(result.error);
    },
  };
}

function Actions({ state, onClose }: { readonly state: ReturnType<typeof useDeleteGroup>; readonly onClose: () => void }) {
  if (state.deleted) {
    return (
      <Button appearance="primary" onClick={onClose}>
        Close
      </Button>
    );
  }
  return (
    <>
      <Button appearance="primary" onClick={state.remove}>
        Delete group
      </Button>
      <Button onClick={onClose}>Cancel</Button>
    </>
  );
}

/** Delete group from a row's "More actions". */
export function DeleteGroupDialog(props: DeleteGroupProps) {
  const styles = useStyles();
  const state = useDeleteGroup(props);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{state.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{state.text}</Text>
            <TenantErrorBar error={state.error} title="The group wasn't deleted" />
          </DialogContent>
          <DialogActions>
            <Actions state={state} onClose={props.onClose} />
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * Delete group from the details pane: the same confirmation inside the pane, since a dialog over
 * the modal pane would be a second modal layer. Focus moves to its heading.
 */
export function DeleteGroupPanel(props: DeleteGroupProps) {
  const styles = useStyles();
  const state = useDeleteGroup(props);
  const heading = useRef<HTMLHeadingElement>(null);
  const { deleted } = state;
  useEffect(() => heading.current?.focus(), [deleted]);
  return (
    <section className={styles.content} aria-label={state.title}>
      <h3 ref={heading} tabIndex={-1} className={styles.heading}>
        {state.title}
      </h3>
      <Text>{state.text}</Text>
      <TenantErrorBar error={state.error} title="The group wasn't deleted" />
      <div className={styles.actions}>
        <Actions state={state} onClose={props.onClose} />
      </div>
    </section>
  );
}
