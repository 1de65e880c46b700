import { Button, Checkbox, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { getById, type Tenant } from '../../../../../../tenant';
import { useTenant } from '../../../../../tenant-context';
import { ErrorBar, OutcomeList, SuccessBar, useRunForEach, type Outcome } from './outcomes';
import { PaneFrame } from '../../../../../kit/PaneFrame';
import { useTargets } from './useTargets';

export interface SignInStatusPaneProps {
  readonly userIds: readonly string[];
  readonly onClose: () => void;
  readonly onBack?: () => void;
}

const SAVE_FAILED = 'Changes could not be saved';

function blockedText(name: string, blocked: boolean): string {
  return blocked
    ? `${name} is blocked from signing in and will be signed out of Microsoft 365 services within 60 minutes.`
    : `${name} can sign in again. It can take up to 15 minutes before they can.`;
}

/**
 * "Block sign-in" for one user (the box "Block this user from signing in"; "Unblock sign-in" when
 * already blocked) and "Edit sign-in status" for a selection (allow or block everyone chosen).
 */
export function SignInStatusPane({ userIds, onClose, onBack }: SignInStatusPaneProps) {
  return userIds.length === 1 ? <BlockSignIn userId={userIds[0]!} onClose={onClose} onBack={onBack} /> : <EditSignInStatus userIds={userIds} onClose={onClose} onBack={onBack} />;
}

function BlockSignIn({ userId, onClose, onBack }: { userId: string; onClose: () => void; onBack?: () => void }) {
  const enabled = useTenant(useCallback((tenant: Tenant) => getById(tenant.directory.users, userId)?.accountEnabled, [userId]));
  const [target] = useTargets([userId]);
  const runForEach = useRunForEach();
  // The title and the box start from the state the pane opened on, as the portal's pane does.
  const [wasBlocked] = useState(enabled === false);
  const [block, setBlock] = useState(enabled === false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = () => {
    if (!target) return;
    setOutcome(runForEach([target], () => ({ type: 'user.setAccountEnabled', userId, accountEnabled: !block }))[0]!);
  };

  const done = outcome && !outcome.error;
  return (
    <PaneFrame
      title={wasBlocked ? 'Unblock sign-in' : 'Block sign-in'}
      onClose={onClose}
      onBack={onBack}
      footer={
        done ? (
          <Button appearance="primary" onClick={onBack ?? onClose}>
            Close
          </Button>
        ) : (
          <Button appearance="primary" disabled={!target || block === (enabled === false)} onClick={save}>
            Save changes
          </Button>
        )
      }
    >
      {outcome?.error && <ErrorBar title={SAVE_FAILED} message={outcome.error} />}
      {done && target && <SuccessBar message={blockedText(target.displayName, block)} />}
      {!done && (
        <>
          <Text>
            {wasBlocked
              ? 'Clear the box to let this user sign in again.'
              : "Blocking sign-in keeps this user from signing in to Microsoft 365. They're signed out of the services they use within 60 minutes."}
          </Text>
          <Checkbox label="Block this user from signing in" checked={block} onChange={(_event, data) => setBlock(data.checked === true)} />
        </>
      )}
    </PaneFrame>
  );
}

function EditSignInStatus({ userIds, onClose, onBack }: SignInStatusPaneProps) {
  const targets = useTargets(userIds);
  const runForEach = useRunForEach();
  const [choice, setChoice] = useState<'allow' | 'block'>('block');
  const [outcomes, setOutcomes] = useState<readonly Outcome[] | null>(null);
  const save = () => setOutcomes(runForEach(targets, (target) => ({ type: 'user.setAccountEnabled', userId: target.id, accountEnabled: choice === 'allow' })));
  return (
    <PaneFrame
      title="Edit sign-in status"
      onClose={onClose}
      onBack={onBack}
      footer={
        outcomes ? (
          <Button appearance="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <Button appearance="primary" disabled={targets.length === 0} onClick={save}>
            Save
          </Button>
        )
      }
    >
      {outcomes ? (
        <OutcomeList outcomes={outcomes} success={choice === 'block' ? 'Sign-in blocked' : 'Sign-in allowed'} />
      ) : (
        <>
          <Text>{`${targets.length} users selected.`}</Text>
          <RadioGroup aria-label="Sign-in status" value={choice} onChange={(_event, data) => setChoice(data.value as 'allow' | 'block')}>
            <Radio value="allow" label="Allow users to sign in" />
            <Radio value="block" label="Block users from signing in" />
          </RadioGroup>
        </>
      )}
    </PaneFrame>
  );
}
