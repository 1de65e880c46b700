import { FluentProvider, makeStaticStyles, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { appRoutes } from './routes';
import { TenantProvider } from './tenant-context';
import type { TenantStore } from './tenant-store';

type Router = ReturnType<typeof createBrowserRouter>;

/** The portals fill the window edge to edge; the browser's default body margin would show. */
const useGlobalStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0 },
});

/**
 * The app: Fluent's theme, the tenant, and the router over the route table. Tests pass their
 * own router (a memory router over the same `appRoutes`).
 */
export function App({ store, router: givenRouter }: { store: TenantStore; router?: Router }) {
  useGlobalStyles();
  const [router] = useState(() => givenRouter ?? createBrowserRouter(appRoutes));
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <TenantProvider store={store}>
        <RouterProvider router={router} />
      </TenantProvider>
    </FluentProvider>
  );
}
