import type { PortalEntry } from '../../shell/portal';

/*
 * Where the simulated DNS host lives: `/dns`, outside both portals. `from` carries the page the
 * learner came from, so the host can offer the way back; only paths inside the app are accepted.
 */

export const DNS_HOST_PATH = '/dns';

export function dnsHostPath(zone?: string, from?: string): string {
  const path = zone ? `${DNS_HOST_PATH}/${encodeURIComponent(zone)}` : DNS_HOST_PATH;
  return from ? `${path}?from=${encodeURIComponent(from)}` : path;
}

/** The page to go back to: a path of one of the portals, never another site. */
export function returnPath(from: string | null, portals: readonly Pick<PortalEntry, 'base'>[]): string | null {
  if (!from || !portals.some((portal) => from.startsWith(`${portal.base}/`))) return null;
  return from;
}
