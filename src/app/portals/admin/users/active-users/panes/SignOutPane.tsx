import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar, SuccessBar, useRunForEach, type Outcome } from './outcomes';
import { PaneFrame } from '../../../../../kit/PaneFrame';
import { useTargets } from './useTargets';

export interface SignOutPaneProps {
  readonly userId: string;
  readonly onClose: () => void;
  readonly onBack?: () => void;
}

/** "Sign out of all sessions": revokes the user's refresh tokens. */
export function SignOutPane({ userId, onClose, onBack }: SignOutPaneProps) {
  const targets = useTargets([userId]);
  const runForEach = useRunForEach();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const name = targets[0]?.displayName ?? 'This user';
  const signOut = () => setOutcome(runForEach(targets, (target) => ({ type: 'user.revokeSignInSessions', userId: target.id }))[0] ?? null);
  const done = outcome !== null && !outcome.error;
  return (
    <PaneFrame
      title="Sign out of all sessions"
      onClose={onClose}
      onBack={onBack}
      footer={
        done ? (
          <Button appearance="primary" onClick={onBack ?? onClose}>
            Close
          </Button>
        ) : (
          <Button appearance="primary" disabled={targets.length === 0} onClick={signOut}>
            Sign out
          </Button>
        )
      }
    >
      {outcome?.error && <ErrorBar message={outcome.error} />}
      {done ? (
        <SuccessBar message={`${name} will be signed out of all Microsoft 365 sessions within 60 minutes.`} />
      ) : (
        <Text>{`Sign ${name} out of all Microsoft 365 sessions on every device. They'll need to sign in again, and it can take up to 60 minutes.`}</Text>
      )}
    </PaneFrame>
  );
}
