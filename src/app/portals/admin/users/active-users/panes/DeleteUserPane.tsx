import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar, OutcomeList, SuccessBar, useRunForEach, type Outcome } from './outcomes';
import { PaneFrame } from '../../../../../kit/PaneFrame';
import { useTargets } from './useTargets';

export interface DeleteUserPaneProps {
  readonly userIds: readonly string[];
  readonly onClose: () => void;
  readonly onBack?: () => void;
}

/**
 * "Delete user": the confirmation, then what happened. The users are read once when the pane
 * opens, since a deleted user leaves the directory the pane reads from.
 */
export function DeleteUserPane({ userIds, onClose, onBack }: DeleteUserPaneProps) {
  const live = useTargets(userIds);
  const [targets] = useState(live);
  const runForEach = useRunForEach();
  const [outcomes, setOutcomes] = useState<readonly Outcome[] | null>(null);
  const single = targets.length === 1;
  const deleted = outcomes?.filter((outcome) => !outcome.error) ?? [];
  const finished = outcomes !== null && (deleted.length > 0 || !single);

  const remove = () => setOutcomes(runForEach(targets, (target) => ({ type: 'user.delete', userId: target.id })));

  return (
    <PaneFrame
      title={single ? 'Delete user' : 'Delete users'}
      onClose={onClose}
      onBack={finished ? undefined : onBack}
      footer={
        finished ? (
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            <Button appearance="primary" disabled={targets.length === 0} onClick={remove}>
              {single ? 'Delete user' : 'Delete users'}
            </Button>
            <Button onClick={onBack ?? onClose}>Cancel</Button>
          </>
        )
      }
    >
      {single && outcomes?.[0]?.error && <ErrorBar message={outcomes[0].error} />}
      {finished && single && <SuccessBar message={`${targets[0]!.displayName} has been deleted. You can restore the user from Deleted users within 30 days.`} />}
      {finished && !single && <OutcomeList outcomes={outcomes} success="Deleted" />}
      {!finished && (
        <>
          <Text>
            {single
              ? `Are you sure you want to delete ${targets[0]?.displayName ?? 'this user'} (${targets[0]?.userPrincipalName ?? ''})?`
              : `Are you sure you want to delete these ${targets.length} users?`}
          </Text>
          <Text>
            Deleting a user removes their access to Microsoft 365. Deleted users can be restored from Users &gt; Deleted users for 30 days.
          </Text>
        </>
      )}
    </PaneFrame>
  );
}
