import { createContext, useContext, type ComponentType } from 'react';
import type { FluentIcon } from '@fluentui/react-icons';

/** A page of a portal: its deep link, its title (also its nav label), and the page (usually lazy). */
export interface PageRoute {
  readonly path: string;
  readonly title: string;
  readonly page: ComponentType;
}

export interface NavLinkEntry {
  readonly kind: 'link';
  readonly route: PageRoute;
  /** The nav label when it differs from the page title (Admin centers > "Identity"). */
  readonly label?: string;
  readonly icon?: FluentIcon;
}

export function navLabel(entry: NavLinkEntry): string {
  return entry.label ?? entry.route.title;
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

/** One of the admin portals the sandbox imitates, with its frame's wording and navigation. */
export interface Portal {
  readonly id: 'admin' | 'entra';
  /** The product name in the top bar and in every page title, e.g. "Microsoft 365 admin center". */
  readonly name: string;
  readonly home: PageRoute;
  readonly search: PageRoute;
  readonly searchPlaceholder: string;
  /** The top bar's background. */
  readonly barColor: string;
  readonly nav: readonly NavEntry[];
}

export const PortalContext = createContext<Portal | null>(null);

/** The portal whose frame the calling page is rendered in. */
export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal must be used inside a portal frame.');
  return portal;
}

/** Every link of a portal's navigation, sections flattened. */
export function navLinks(portal: Portal): NavLinkEntry[] {
  return portal.nav.flatMap((entry) => (entry.kind === 'link' ? [entry] : entry.items));
}

/** The nav link a path belongs to: the longest link path it equals or lies under. */
export function activeNavPath(portal: Portal, pathname: string): string | undefined {
  let best: string | undefined;
  for (const { route } of navLinks(portal)) {
    const matches = pathname === route.path || pathname.startsWith(route.path + '/');
    if (matches && (!best || route.path.length > best.length)) best = route.path;
  }
  return best;
}
