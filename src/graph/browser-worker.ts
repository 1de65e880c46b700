import { setupWorker } from 'msw/browser';
import type { GraphCaller } from './contract';
import { graphHandlers } from './msw-handlers';
import type { GraphService } from './service';

let started: Promise<void> | null = null;
let current: { service: GraphService; caller: () => GraphCaller } | null = null;

/**
 * Starts the service worker that answers graph.microsoft.com in this page, once; later calls
 * only point it at another service or caller. Loaded on demand (Graph Explorer, the console),
 * so the first paint carries none of it. The worker script is public/mockServiceWorker.js,
 * served by the app itself, so it works offline and in the production build.
 */
export function startGraphWorker(service: GraphService, caller: () => GraphCaller): Promise<void> {
  current = { service, caller };
  if (!started) {
    const worker = setupWorker(
      ...graphHandlers(
        {
          handle: (request, who) => current!.service.handle(request, who),
          handleRaw: (request, who) => current!.service.handleRaw(request, who),
          permissionsFor: (method, url) => current!.service.permissionsFor(method, url),
        },
        () => current!.caller(),
      ),
    );
    started = worker
      .start({ serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` }, onUnhandledRequest: 'bypass', quiet: true })
      .then(() => undefined);
  }
  return started;
}
