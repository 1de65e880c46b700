import { guidFor, isAuthorized } from '../tenant';
import { createContext } from './context';
import type { GraphCaller, GraphMethod, GraphRequest, GraphResponse, TenantPort } from './contract';
import { badRequest, GraphRequestError, insufficientPrivileges, methodNotAllowed, type GraphErrorInfo } from './errors';
import { requireScopes } from './permissions';
import { headerValue, parseUrl } from './request';
import type { Route, ScopeRequirement } from './route';
import { createRouter } from './router';
import { GRAPH_ROUTES } from './routes';

/** A separate stream of the tenant's seed, so request ids never repeat ids the tenant mints. */
const REQUEST_ID_STREAM = 0x2545f491;

/** A request as it comes off the wire: any method, the body as text. */
export interface RawGraphRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
}

const METHODS: readonly string[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

export interface GraphService {
  handle(request: GraphRequest, caller: GraphCaller): GraphResponse;
  /** The same for a request off the wire (the service worker's): the body is parsed here, with Graph's error for bad JSON. */
  handleRaw(request: RawGraphRequest, caller: GraphCaller): GraphResponse;
  /** The delegated permissions a call needs, least privileged first; undefined when no route takes it. */
  permissionsFor(method: GraphMethod, url: string): readonly ScopeRequirement[] | undefined;
}

/** The directory's timestamp form in error bodies: seconds, no zone. */
function innerErrorDate(now: string): string {
  return now.slice(0, 19);
}

function httpDate(now: string): string {
  return new Date(Date.parse(now)).toUTCString();
}

/**
 * The Graph REST emulation over one tenant. Synchronous: a request is answered from the state
 * in memory, and every change goes through the port's one command path. Request ids come from
 * the tenant's seed and a count of requests, so a test sees the same ids on every run.
 */
export function createGraphService(port: TenantPort, routes: readonly Route[] = GRAPH_ROUTES): GraphService {
  const router = createRouter(routes);
  let sequence = 0;

  function run(request: GraphRequest, caller: GraphCaller): GraphResponse {
    if (request.body instanceof GraphRequestError) throw request.body;
    if (!METHODS.includes(request.method)) throw methodNotAllowed();
    const url = parseUrl(request.url);
    const { route, params } = router.match(request.method, url.segments);
    const context = createContext(port, request, url, caller, params);
    requireScopes(context, route.scopes);
    if (route.roleAction && !isAuthorized(context.tenant, { kind: 'user', userId: context.signedInUserId }, { action: route.roleAction })) {
      throw insufficientPrivileges();
    }
    return route.handle(context);
  }

  return {
    handle(request, caller) {
      sequence += 1;
      const tenant = port.getTenant();
      const requestId = guidFor(tenant.ids.seed ^ REQUEST_ID_STREAM, sequence);
      const clientRequestId = headerValue(request, 'client-request-id') ?? requestId;
      const common = { 'request-id': requestId, 'client-request-id': clientRequestId, date: httpDate(tenant.clock.now) };
      let response: GraphResponse;
      try {
        response = run(request, caller);
      } catch (error) {
        const info: GraphErrorInfo =
          error instanceof GraphRequestError
            ? error.info
            : // A fault of the emulation itself: answered as Graph answers its own, never thrown at the caller.
              { status: 500, code: 'UnknownError', message: error instanceof Error ? error.message : String(error) };
        const now = port.getTenant().clock.now;
        response = {
          status: info.status,
          headers: { 'content-type': 'application/json' },
          body: { error: { code: info.code, message: info.message, innerError: { date: innerErrorDate(now), 'request-id': requestId, 'client-request-id': clientRequestId } } },
        };
      }
      return { ...response, headers: { ...response.headers, ...common } };
    },
    handleRaw(raw, caller) {
      let body: unknown;
      if (raw.bodyText.trim() !== '') {
        try {
          body = JSON.parse(raw.bodyText);
        } catch {
          body = badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', 'BadRequest');
        }
      }
      return this.handle({ method: raw.method.toUpperCase() as GraphMethod, url: raw.url, headers: raw.headers, body }, caller);
    },
    permissionsFor(method, url) {
      try {
        return router.find(method, parseUrl(url).segments)?.scopes;
      } catch {
        return undefined;
      }
    },
  };
}
