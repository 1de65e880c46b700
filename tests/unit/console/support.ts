import type { GraphCaller, GraphRequest, GraphResponse } from '../../../src/graph/contract';
import { RecordingHost } from '../../../src/console/runtime/host';
import { PSDateTime } from '../../../src/console/runtime/values';
import { ConsoleSession } from '../../../src/console/session/console-session';
import type { GraphHandler } from '../../../src/console/session/services';

/** One request the fake Graph received, with the caller it came from. */
export interface Received {
  readonly request: GraphRequest;
  readonly caller: GraphCaller;
}

type Route = (request: GraphRequest, url: URL) => GraphResponse | undefined;

/**
 * A stand-in for the Graph emulation in the console's unit tests: it records every request and
 * answers from routes the test gives, so a test can say exactly which request a cmdlet sends and
 * how the cmdlet shows the answer. The Graph emulation itself is tested on its own.
 */
export class FakeGraph implements GraphHandler {
  readonly received: Received[] = [];
  private readonly routes: Route[] = [];

  on(method: GraphRequest['method'], path: string | RegExp, answer: (request: GraphRequest, url: URL) => GraphResponse): this {
    this.routes.push((request, url) => {
      const pathname = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
      const matches = typeof path === 'string' ? pathname === path : path.test(pathname);
      return request.method === method && matches ? answer(request, url) : undefined;
    });
    return this;
  }

  handle(request: GraphRequest, caller: GraphCaller): GraphResponse {
    this.received.push({ request, caller });
    const url = new URL(request.url, 'https://graph.microsoft.com');
    for (const route of this.routes) {
      const response = route(request, url);
      if (response) return response;
    }
    return graphError(404, 'Request_ResourceNotFound', `Resource '${url.pathname}' does not exist or one of its queried reference-property objects are not present.`);
  }

  last(): Received {
    const last = this.received[this.received.length - 1];
    if (!last) throw new Error('No request was sent.');
    return last;
  }
}

export function ok(body: unknown, status = 200): GraphResponse {
  return { status, headers: { 'content-type': 'application/json' }, body };
}

export function noContent(): GraphResponse {
  return { status: 204, headers: {}, body: undefined };
}

export function graphError(status: number, code: string, message: string): GraphResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: { error: { code, message, innerError: { date: '2026-03-02T09:00:00', 'request-id': 'r-1', 'client-request-id': 'c-1' } } },
  };
}

export const IDENTITY = { userPrincipalName: 'admin@contoso.onmicrosoft.com', tenantId: 'aaaabbbb-0000-1111-2222-ccccddddeeee', domains: ['contoso.onmicrosoft.com', 'contoso.com'], alias: 'admin' };

export interface ConsoleUnderTest {
  readonly session: ConsoleSession;
  readonly host: RecordingHost;
  readonly graph: FakeGraph;
  /** Runs a command line and returns everything it printed. */
  run(text: string): string;
}

export function createConsole(graph = new FakeGraph(), options: { stepBudget?: number; width?: number } = {}): ConsoleUnderTest {
  const host = new RecordingHost(options.width ?? 120);
  const session = new ConsoleSession({
    graph,
    identity: () => IDENTITY,
    now: () => new PSDateTime(Date.parse('2026-03-02T09:00:00Z')),
    host,
    ...(options.stepBudget !== undefined ? { stepBudget: options.stepBudget } : {}),
  });
  return {
    session,
    host,
    graph,
    run(text) {
      const before = host.lines.length;
      session.run(text);
      return host.lines.slice(before).map((line) => (line.noNewline ? line.text : `${line.text}\n`)).join('');
    },
  };
}
