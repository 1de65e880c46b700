// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, matchRoutes, type RouteObject } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createDemoStore } from '../../src/app/demo-store';
import { portalEntries } from '../../src/app/portals';
import { appRoutes, routerOptions } from '../../src/app/routes';
import { adminPaths } from '../../src/app/portals/admin/paths';
import { entraPaths } from '../../src/app/portals/entra/paths';
import { discoverPortals, loadPortal, PORTALS_PARENT_ID } from '../../src/app/shell/portal-routes';

afterEach(cleanup);

/** The ids of the portals whose routes the router holds. */
function portalsInTree(routes: readonly RouteObject[]): string[] {
  return routes.flatMap((route) => [...(route.id?.startsWith('portal:') ? [route.id] : []), ...portalsInTree(route.children ?? [])]);
}

/** The app as the page starts it: no portal's routes until its address is visited. */
function renderOnDemand(path: string) {
  const router = createMemoryRouter(appRoutes, { ...routerOptions(), initialEntries: [path] });
  const before = portalsInTree(router.routes);
  render(<App store={createDemoStore()} router={router} />);
  return { router, before, user: userEvent.setup() };
}

describe('portals loaded on demand', () => {
  it("adds a portal's pages and nav on the first visit to it, and another portal's on the first visit to that one", async () => {
    const { router, before, user } = renderOnDemand('/admin/home');
    expect(before).toEqual([]);
    const adminNav = await screen.findByRole('navigation', { name: 'Microsoft 365 admin center' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso' })).toBeInTheDocument();
    expect(portalsInTree(router.routes)).toEqual(['portal:admin']);

    await user.click(within(adminNav).getByRole('button', { name: 'Admin centers' }));
    await user.click(within(adminNav).getByRole('link', { name: 'Identity' }));
    expect(await screen.findByRole('navigation', { name: 'Microsoft Entra admin center' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/entra/home');
    expect(portalsInTree(router.routes).sort()).toEqual(['portal:admin', 'portal:entra']);
  });

  it('opens a deep link into a portal that has not loaded yet', async () => {
    const { router } = renderOnDemand('/entra/groups/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'New Group' })).toBeInTheDocument();
    expect(portalsInTree(router.routes)).toEqual(['portal:entra']);
  });

  it("shows the portal's not-found page for an unknown address under it, and Home for an address under no portal", async () => {
    const { router } = renderOnDemand('/entra/no-such-blade');
    expect(await screen.findByText(/There is no page at this address in the Microsoft Entra admin center/)).toBeInTheDocument();
    await router.navigate('/nowhere');
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/home'));
  });

  it("finds the portal under a router's base path, as the player's router is based at the attempt", async () => {
    const basename = '/lab/attempts/attempt-1';
    const routes: RouteObject[] = [{ id: PORTALS_PARENT_ID, path: '/', children: [{ path: '*', element: null }] }];
    const router = createMemoryRouter(routes, { basename, initialEntries: [`${basename}/entra/users`], patchRoutesOnNavigation: discoverPortals(portalEntries, basename) });
    await waitFor(() => expect(router.state.initialized).toBe(true));
    expect(portalsInTree(router.routes)).toEqual(['portal:entra']);
    expect(router.state.matches.at(-1)?.route.path).toBe('/entra/users');
  });
});

describe("the portals' paths", () => {
  it.each([
    ['admin', adminPaths],
    ['entra', entraPaths],
  ] as const)("open a page of the %s portal, not its not-found page", async (id, paths) => {
    const portal = await loadPortal(portalEntries.find((entry) => entry.id === id)!);
    const routes = portal.pages.map((page) => ({ path: page.path }));
    const unmatched = Object.values(paths).filter((path) => matchRoutes(routes, path)?.at(-1)?.route.path.endsWith('*') !== false);
    expect(unmatched).toEqual([]);
    expect(matchRoutes(routes, `${portal.base}/no-such-page`)?.at(-1)?.route.path).toBe(`${portal.base}/*`);
  });
});
