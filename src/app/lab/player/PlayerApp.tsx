import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Component, Suspense, use, useEffect, type ReactNode } from 'react';
import { App, type AppRouter } from '../../App';
import type { LabRuntime } from '../session/lab-runtime';
import type { LabSession } from '../session/lab-session';
import { LabSessionProvider } from '../session/session-context';
import { OpenFailure } from './OpenFailure';

export interface PlayerAppProps {
  readonly runtime: LabRuntime;
  readonly attemptId: string;
  /** A router over `playerRoutes()` based at `attemptBase(attemptId)`: the page's history, or a memory router in tests. */
  readonly router: AppRouter;
}

/**
 * An attempt's page: the attempt is opened (its log resumed, this tab made its writer or a
 * follower), then the admin centers are shown on its tenant with the player around them.
 */
export function PlayerApp({ runtime, attemptId, router }: PlayerAppProps) {
  return (
    <OpenFailureBoundary>
      <Suspense
        fallback={
          <FluentProvider theme={webLightTheme}>
            <p role="status">Opening your attempt…</p>
          </FluentProvider>
        }
      >
        <OpenedPlayer opening={runtime.attemptSession(attemptId)} runtime={runtime} router={router} />
      </Suspense>
    </OpenFailureBoundary>
  );
}

function OpenedPlayer({ opening, runtime, router }: { opening: Promise<LabSession>; runtime: LabRuntime; router: AppRouter }) {
  const session = use(opening);
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

class OpenFailureBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    // Outside the app, which brings its own provider: one Fluent provider per tree keeps dialogs' focus management single.
    return (
      <FluentProvider theme={webLightTheme}>
        <OpenFailure error={this.state.error} />
      </FluentProvider>
    );
  }
}
