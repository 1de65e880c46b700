import type { PortalEntry } from '../shell/portal';
import { adminEntry } from './admin/entry';
import { entraEntry } from './entra/entry';

/**
 * THE PORTALS, in the app launcher's order. Each is a folder under src/app/portals with its
 * `entry.ts` (all the first download knows of it), and its pages, nav and frame in `portal.ts`,
 * loaded on the first visit to its address. To add a portal: its folder (named as its base path,
 * which the build's preloading relies on) and one line here. Only the app's root imports this
 * list; everything below it reads it from `usePortals()`, so no page depends on the portals'
 * loaders and, through them, on every page.
 */
export const portalEntries: readonly PortalEntry[] = [adminEntry, entraEntry];
