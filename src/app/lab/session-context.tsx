import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { LabSession } from '../../session/lab-session';
import type { LabSessionState } from '../../session/session-state';

const LabSessionContext = createContext<LabSession | null>(null);

/** The attempt open in this page, for the player and the lab strip. */
export function LabSessionProvider({ session, children }: { session: LabSession; children: ReactNode }) {
  return <LabSessionContext.Provider value={session}>{children}</LabSessionContext.Provider>;
}

/** The attempt being played. */
export function useLabSession(): LabSession {
  const session = useContext(LabSessionContext);
  if (!session) throw new Error('useLabSession must be used inside <LabSessionProvider>.');
  return session;
}

/** The attempt behind this page's tenant, or null where the tenant is not kept (tests, a generated tenant). */
export function useOptionalLabSession(): LabSession | null {
  return useContext(LabSessionContext);
}

/** The session's state (save status, role, problems), re-rendering when it changes. */
export function useLabSessionState(): LabSessionState {
  const session = useLabSession();
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
