/** The localStorage key that remembers the welcome was dismissed, so it greets a newcomer once. */
export const WELCOME_DISMISSED_KEY = 'tenant-lab.welcome.dismissed';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // A browser that refuses storage to the page throws on the first touch.
    return null;
  }
}

/** Whether this browser has not yet dismissed the welcome. */
export function isFirstVisit(): boolean {
  try {
    return storage()?.getItem(WELCOME_DISMISSED_KEY) === null;
  } catch {
    return false;
  }
}

/** Remembers the welcome was dismissed; where nothing can be stored, it greets again next time. */
export function rememberWelcomeDismissed(): void {
  try {
    storage()?.setItem(WELCOME_DISMISSED_KEY, new Date().toISOString());
  } catch {
    // Full or disabled storage: the welcome comes back on the next visit, which is harmless.
  }
}
