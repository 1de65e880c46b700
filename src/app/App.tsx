import { FluentProvider, makeStaticStyles, webLightTheme } from '@fluentui/react-components';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { portalEntries } from './portals';
import { PortalsContext } from './shell/portal';
import { TenantProvider } from './tenant-context';
import type { TenantStore } from '../session/tenant-store';

/** A data router over `appRoutes`: the browser's in the page, a memory router in tests. */
export type AppRouter = ReturnType<typeof createBrowserRouter>;

/**
 * The portals fill the window edge to edge; the browser's default body margin would show. A name
 * as long as the directory allows (256 characters, no spaces) wraps in a flyout's title and body
 * instead of pushing the flyout's content and its Close button out of view.
 */
const useGlobalStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0 },
  '.fui-DrawerHeaderTitle__heading': { overflowWrap: 'anywhere', minWidth: 0 },
  '.fui-DrawerBody': { overflowWrap: 'anywhere' },
});

/** The app: Fluent's theme, the tenant, the portals, and the router over the route table. */
export function App({ store, router }: { store: TenantStore; router: AppRouter }) {
  useGlobalStyles();
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <TenantProvider store={store}>
        <PortalsContext.Provider value={portalEntries}>
          <RouterProvider router={router} />
        </PortalsContext.Provider>
      </TenantProvider>
    </FluentProvider>
  );
}
