import { useEffect } from 'react';
import type { LabSession } from '../../../session/lab-session';

/** How often the time spent is saved while the attempt is in view. */
const SAVE_TIME_EVERY_MS = 30_000;

/** The mark the resume benchmark reads: the player has its tenant and has painted. */
const PLAYER_READY_MARK = 'tenant-lab:player-ready';

/**
 * The page-level duties of an open attempt: ask before leaving while a command is not yet
 * committed, count time only while the tab is in view and save it now and then, and mark the
 * moment the player first shows.
 */
export function usePlayerLifecycle(session: LabSession, pending: number): void {
  useEffect(() => {
    if (pending === 0) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [pending]);

  useEffect(() => {
    const onVisibility = () => {
      const visible = document.visibilityState === 'visible';
      session.setVisible(visible);
      if (!visible) void session.saveActiveTime();
    };
    const onHide = () => void session.saveActiveTime();
    const timer = window.setInterval(() => void session.saveActiveTime(), SAVE_TIME_EVERY_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    session.setVisible(document.visibilityState !== 'hidden');
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
    };
  }, [session]);

  useEffect(() => {
    // After the browser has painted the first frame with the tenant in it.
    const frame = requestAnimationFrame(() => {
      if (performance.getEntriesByName(PLAYER_READY_MARK).length === 0) performance.mark(PLAYER_READY_MARK);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
}
