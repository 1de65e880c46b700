import { ArrowResetRegular, ArrowUndoRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLabSession, useLabSessionState } from '../../session-context';
import { describeAction } from '../changes/describe-action';
import { RESULTS_PATH } from '../player-paths';
import { ConfirmButton } from './ConfirmButton';

interface ActionButtonProps {
  /** A class for a plain button (the lab strip's look); without it, a Fluent button. */
  readonly className?: string;
}

/** Takes back the last change, after saying which one. */
export function UndoButton({ className }: ActionButtonProps) {
  const session = useLabSession();
  const state = useLabSessionState();
  const [last, setLast] = useState<string | null | undefined>(undefined);
  const loadLast = () => {
    setLast(undefined);
    session.lastAction().then(
      (action) => setLast(action ? describeAction(action, session.store.getTenant()) : null),
      () => setLast(null),
    );
  };
  return (
    <ConfirmButton
      label="Undo"
      icon={<ArrowUndoRegular />}
      title="Undo your last change?"
      confirmLabel="Undo"
      className={className}
      disabled={state.readOnly !== null || state.attempt.logLength + state.pending === 0}
      onOpen={loadLast}
      onConfirm={() => session.undoLastAction()}
    >
      {last === undefined ? 'Finding your last change…' : last === null ? 'There is no change to undo; commands the tenant refused changed nothing.' : `This takes back: ${last}.`}
    </ConfirmButton>
  );
}

/** Back to the start of this attempt. */
export function ResetButton({ className }: ActionButtonProps) {
  const session = useLabSession();
  const state = useLabSessionState();
  return (
    <ConfirmButton
      label="Reset"
      icon={<ArrowResetRegular />}
      title="Reset this attempt?"
      confirmLabel="Reset"
      className={className}
      disabled={state.readOnly !== null}
      onConfirm={() => session.reset()}
    >
      Your changes will be lost. The tenant goes back to how it was when you started this attempt, and this can’t be undone.
    </ConfirmButton>
  );
}

/** Free play's reset: Contoso as it started. */
export function StartOverButton({ className }: ActionButtonProps) {
  const session = useLabSession();
  const state = useLabSessionState();
  return (
    <ConfirmButton
      label="Start over"
      title="Start over?"
      confirmLabel="Start over"
      className={className}
      disabled={state.readOnly !== null}
      onConfirm={() => session.reset()}
    >
      Everything you changed in this sandbox will be lost, and Contoso goes back to how it started. This can’t be undone.
    </ConfirmButton>
  );
}

/** Ends the attempt with the tenant's grade, then shows the results. */
export function SubmitButton({ className }: ActionButtonProps) {
  const session = useLabSession();
  const state = useLabSessionState();
  const navigate = useNavigate();
  const submit = async () => {
    if (await session.submit()) navigate(RESULTS_PATH);
  };
  return (
    <ConfirmButton
      label="Submit"
      icon={<CheckmarkRegular />}
      appearance="primary"
      title="Submit this attempt?"
      confirmLabel="Submit"
      className={className}
      disabled={state.readOnly !== null}
      onConfirm={submit}
    >
      Tenant Lab grades the tenant as it is now. After you submit, the tenant can’t be changed.
    </ConfirmButton>
  );
}
