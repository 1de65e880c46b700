import { http, HttpResponse, type HttpHandler } from 'msw';
import type { GraphCaller } from './contract';
import { GRAPH_HOST } from './request';
import type { GraphService } from './service';

/**
 * Mock Service Worker handlers that answer every request to graph.microsoft.com from the
 * emulation, whoever makes it (fetch, the official Graph client), in the page or in Node.
 * `caller` says, at the time of each request, which permissions were consented and through which app.
 */
export function graphHandlers(service: GraphService, caller: () => GraphCaller): HttpHandler[] {
  return [
    http.all(`${GRAPH_HOST}/*`, async ({ request }) => {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const bodyText = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
      const response = service.handleRaw({ method: request.method, url: request.url, headers, bodyText }, caller());
      const body = response.body === undefined ? null : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      return new HttpResponse(body, { status: response.status, headers: response.headers });
    }),
  ];
}
