import { FluentProvider, makeStaticStyles, webLightTheme } from '@fluentui/react-components';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { portalEntries } from './portals';
import { PortalsContext } from './shell/portal';
import { TenantProvider } from './tenant-context';
import type { TenantStore } from '../session/tenant-store';

/** A data router over `appRoutes`: the browser's in the page, a memory router in tests. */
export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** The portals fill the window edge to edge; the browser's default body margin would show. */
const useGlobalStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0 },
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
