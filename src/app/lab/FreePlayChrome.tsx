import { lazy, Suspense, useState } from 'react';
import { useMatch } from 'react-router';
import { isFirstVisit } from './entry/first-visit';
import { LabStrip } from './LabStrip';
import { AttemptStripControls } from './player/AttemptStripControls';
import { SessionMessages } from './player/SessionMessages';
import { usePlayerLifecycle } from './player/usePlayerLifecycle';
import { useLabSession, useLabSessionState } from './session-context';
import { useReadOnlyForms } from './useReadOnlyForms';

const WelcomeDialog = lazy(() => import('./entry/WelcomeDialog'));

/**
 * The demo tenant's strip when it is free play kept like an attempt: the save state, Undo and
 * Start over beside the sandbox's own controls, any message about saving, the attempt's page
 * duties, and on the first visit to a portal the welcome.
 */
export default function FreePlayChrome() {
  const session = useLabSession();
  const state = useLabSessionState();
  const inLab = useMatch({ path: '/lab', end: false }) !== null;
  // Decided once per page: dismissing it hides it for good, reloading doesn't bring it back.
  const [greet] = useState(isFirstVisit);
  usePlayerLifecycle(session, state.pending);
  useReadOnlyForms(state.readOnly !== null);
  return (
    <>
      <LabStrip>
        <AttemptStripControls />
      </LabStrip>
      <SessionMessages />
      {greet && !inLab && (
        <Suspense fallback={null}>
          <WelcomeDialog />
        </Suspense>
      )}
    </>
  );
}
