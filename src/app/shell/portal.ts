import { createContext, useContext, type ComponentType } from 'react';
import type { FluentIcon } from '@fluentui/react-icons';

/** A page of a portal: its route pattern, its title (also its nav label), and the page (usually lazy). */
export interface PageRoute {
  readonly path: string;
  readonly title: string;
  readonly page: ComponentType;
}

/** A link of a portal's left navigation: plain data, so a portal's nav can link into another portal. */
export interface NavLinkEntry {
  readonly kind: 'link';
  readonly path: string;
  readonly label: string;
  readonly icon?: FluentIcon;
}

export interface NavSectionEntry {
  readonly kind: 'section';
  /** Stable key of the section, e.g. `users`. */
  readonly id: string;
  readonly label: string;
  readonly icon: FluentIcon;
  readonly items: readonly NavLinkEntry[];
}

export type NavEntry = NavLinkEntry | NavSectionEntry;

/** A nav link to a page of the portal, labelled with the page's title unless the nav words it otherwise. */
export function navLink(route: PageRoute, icon?: FluentIcon, label = route.title): NavLinkEntry {
  return { kind: 'link', path: route.path, label, icon };
}

/**
 * What the first download knows of a portal: enough for the app launcher and for routing an
 * address to it. The rest (its pages, nav and frame) is its module, loaded on the first visit.
 */
export interface PortalEntry {
  readonly id: string;
  /** The product name in the top bar and in every page title, e.g. "Microsoft 365 admin center". */
  readonly name: string;
  /** The path every page of the portal lies under, e.g. `/admin`. */
  readonly base: string;
  /** Where the portal opens (the app launcher's link). */
  readonly homePath: string;
  readonly load: () => Promise<{ readonly default: PortalModule }>;
}

/** What a portal's module brings when it loads: its frame's wording, its navigation and its pages. */
export interface PortalModule {
  readonly home: PageRoute;
  readonly search: PageRoute;
  readonly searchPlaceholder: string;
  /** Where the top bar's search results send a found user or group. */
  readonly directoryLists: { readonly users: string; readonly groups: string };
  /** The top bar's background. */
  readonly barColor: string;
  readonly nav: readonly NavEntry[];
  /** Every page, with the portal's not-found page at `<base>/*`. */
  readonly pages: readonly PageRoute[];
}

/** One of the admin portals the sandbox imitates, once loaded. */
export interface Portal extends Omit<PortalEntry, 'load'>, PortalModule {}

export const PortalContext = createContext<Portal | null>(null);

/** Every portal the app has, as the first download knows them; App provides them. */
export const PortalsContext = createContext<readonly PortalEntry[]>([]);

export function usePortals(): readonly PortalEntry[] {
  return useContext(PortalsContext);
}

/** The portal an app path lies under, if any. */
export function portalOfPath<Entry extends Pick<PortalEntry, 'base'>>(portals: readonly Entry[], pathname: string): Entry | undefined {
  return portals.find((portal) => pathname === portal.base || pathname.startsWith(`${portal.base}/`));
}

/** The portal whose frame the calling page is rendered in. */
export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal must be used inside a portal frame.');
  return portal;
}

/** Every link of a portal's navigation, sections flattened. */
export function navLinks(portal: Pick<Portal, 'nav'>): NavLinkEntry[] {
  return portal.nav.flatMap((entry) => (entry.kind === 'link' ? [entry] : entry.items));
}

/** The nav link a path belongs to: the longest link path it equals or lies under. */
export function activeNavPath(portal: Pick<Portal, 'nav'>, pathname: string): string | undefined {
  let best: string | undefined;
  for (const { path } of navLinks(portal)) {
    const matches = pathname === path || pathname.startsWith(path + '/');
    if (matches && (!best || path.length > best.length)) best = path;
  }
  return best;
}
