import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { afterEach } from 'vitest';
import { App } from '../../src/app/App';
import { createDemoStore } from '../../src/app/demo-store';
import { appRoutes } from '../../src/app/routes';
import { withLoadedPortals } from './loaded-portals';
import type { TenantStore } from '../../src/session/tenant-store';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/**
 * Renders the whole app (frame, nav, lab strip) on the Contoso demo tenant at a deep link, with
 * a memory router over the real route table. Returns the store and router to assert on.
 */
export function renderApp(path = '/', store: TenantStore = createDemoStore()) {
  const router = createMemoryRouter(withLoadedPortals(appRoutes), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App store={store} router={router} />);
  return { ...view, store, router, user };
}
