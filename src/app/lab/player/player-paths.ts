/** Where attempts live: `/lab/attempts/<id>/…`, the player's router based at the attempt. */
const ATTEMPT_PATH = /^\/lab\/attempts\/([^/]+)(?:\/|$)/;

/** The address an attempt's router is based at. */
export function attemptBase(attemptId: string): string {
  return `/lab/attempts/${encodeURIComponent(attemptId)}`;
}

/** The attempt an address belongs to, or null when it is not an attempt's. */
export function attemptIdOfPath(pathname: string): string | null {
  const match = ATTEMPT_PATH.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** The results of a submitted attempt, inside the attempt's router. */
export const RESULTS_PATH = '/results';

/** The lab's front page, outside every attempt: reached by loading it, as it has a router of its own. */
export const LAB_HOME = '/lab';
