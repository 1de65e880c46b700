import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { App, type AppRouter } from '../../App';
import type { LabRuntime } from '../../../session/lab-runtime';
import type { LabSession } from '../../../session/lab-session';
import { LabSessionProvider } from '../session-context';
import { PageFallback } from '../../shell/PageFallback';
import { OpenFailure } from './OpenFailure';

export interface PlayerAppProps {
  readonly runtime: LabRuntime;
  readonly attemptId: string;
  /** A router over `playerRoutes()` based at `attemptBase(attemptId)`: the page's history, or a memory router in tests. */
  readonly router: AppRouter;
}

type Opening = { readonly session?: LabSession; readonly error?: unknown };

/**
 * An attempt's page: the attempt is opened (its log resumed, this tab made its writer or a
 * follower), then the admin centers are shown on its tenant with the player around them.
 *
 * The opened session arrives as a plain state update rather than through Suspense: React holds
 * back a boundary's newly revealed content for a moment when something inside it suspends, and
 * the portal's page (loaded lazily) always does, which would keep the whole frame off screen
 * until the page's code arrived.
 */
export function PlayerApp({ runtime, attemptId, router }: PlayerAppProps) {
  const [opening, setOpening] = useState<Opening>({});
  useEffect(() => {
    let live = true;
    runtime.attemptSession(attemptId).then(
      (session) => live && setOpening({ session }),
      (error: unknown) => live && setOpening({ error }),
    );
    return () => {
      live = false;
    };
  }, [runtime, attemptId]);

  if (opening.session) return <OpenedPlayer session={opening.session} runtime={runtime} router={router} />;
  // Outside the app, which brings its own provider: one Fluent provider per tree keeps dialogs' focus management single.
  return (
    <FluentProvider theme={webLightTheme}>{opening.error ? <OpenFailure error={opening.error} /> : <PageFallback label="Opening your attempt…" />}</FluentProvider>
  );
}

function OpenedPlayer({ session, runtime, router }: { session: LabSession; runtime: LabRuntime; router: AppRouter }) {
  useEffect(() => {
    // Remembered where the learner is, so reopening Tenant Lab at / brings them back here.
    const remember = () => {
      const { pathname, search } = router.state.location;
      runtime.rememberLocation(pathname + search).catch(() => undefined);
    };
    remember();
    return router.subscribe(remember);
  }, [router, runtime]);
  return (
    <LabSessionProvider session={session}>
      <App store={session.store} router={router} />
    </LabSessionProvider>
  );
}
