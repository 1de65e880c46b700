import { GRAPH_COMMAND_LINE_TOOLS, type GraphMethod, type GraphResponse } from '../../../graph';
import type { CmdletContext } from '../types';

/**
 * Every console call goes through Microsoft Graph Command Line Tools, as with the real SDK's
 * default sign-in: Entra's audit log names it as the initiating app, so the audit shows the
 * change was made with PowerShell.
 */
export { GRAPH_COMMAND_LINE_TOOLS };

export interface GraphCall {
  readonly method: GraphMethod;
  /** The path under /v1.0, e.g. `/users/AdeleV@contoso.com`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The SDK's internal cmdlet variant, named in errors: 'Get-MgUser_Get', 'New-MgUser_CreateExpanded'. */
  readonly variant: string;
  /** What the call was about, as the SDK shows it in CategoryInfo: "{ UserId = AdeleV@contoso.com }". */
  readonly target?: string;
  /** The module whose cmdlet makes the call; Entra's cmdlets check the sign-in their own way. */
  readonly module?: 'Microsoft.Graph' | 'Microsoft.Entra';
  /** For Entra's not-connected message: the scopes the cmdlet suggests. */
  readonly scopesHint?: string;
}

const REASONS: Readonly<Record<number, string>> = {
  400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed', 409: 'Conflict',
  412: 'PreconditionFailed', 422: 'UnprocessableEntity', 429: 'TooManyRequests', 500: 'InternalServerError', 501: 'NotImplemented', 503: 'ServiceUnavailable',
};

interface GraphErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string; readonly innerError?: Record<string, unknown> };
}

export function queryString(query: Readonly<Record<string, string | undefined>> | undefined): string {
  const parts = Object.entries(query ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%24/g, '$').replace(/%2C/gi, ',')}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function implementationOf(variant: string): string {
  return `Microsoft.Graph.PowerShell.Cmdlets.${variant.replace(/-/g, '')}`;
}

/** The SDK's non-terminating error for a request Graph refused: its message, then status and code. */
function writeGraphError(context: CmdletContext, call: GraphCall, response: GraphResponse): void {
  const error = (response.body as GraphErrorBody | undefined)?.error;
  const code = error?.code ?? 'UnknownError';
  const inner = error?.innerError ?? {};
  const headers = [`request-id                    : ${String(inner['request-id'] ?? '')}`, `client-request-id             : ${String(inner['client-request-id'] ?? '')}`];
  const details = [`Status: ${response.status} (${REASONS[response.status] ?? 'Error'})`, `ErrorCode: ${code}`, `Date: ${String(inner.date ?? '')}`, '', 'Headers:', ...headers].join('\n');
  context.writeError({
    message: error?.message ?? `Graph answered ${response.status}.`,
    details,
    category: 'InvalidOperation',
    activity: call.variant,
    reason: 'Exception',
    targetName: call.target ?? '',
    targetType: call.target ? '<>f__AnonymousType0`1' : '',
    fullyQualifiedErrorId: `${code},${implementationOf(call.variant)}`,
  });
}

/** Whether the session is signed in; if not, writes the SDK's error and returns false. */
export function requireConnection(context: CmdletContext, call: Pick<GraphCall, 'variant'>, module: 'Microsoft.Graph' | 'Microsoft.Entra' = 'Microsoft.Graph', scopesHint = 'User.Read.All'): boolean {
  if (context.services.connection) return true;
  if (module === 'Microsoft.Entra') {
    // Entra's cmdlets check the sign-in with Write-Error -ErrorAction Stop, which ends the script.
    context.fail({
      message: `Not connected to Microsoft Graph. Use 'Connect-Entra -Scopes ${scopesHint}' to authenticate.`,
      category: 'NotSpecified',
      reason: 'WriteErrorException',
      fullyQualifiedErrorId: `Microsoft.PowerShell.Commands.WriteErrorException,${context.definition.name}`,
    }, true);
  }
  context.writeError({
    message: 'Authentication needed. Please call Connect-MgGraph.',
    category: 'NotSpecified',
    activity: call.variant,
    reason: 'AuthenticationException',
    fullyQualifiedErrorId: `Microsoft.Graph.PowerShell.AuthenticationException,${implementationOf(call.variant)}`,
  });
  return false;
}

/**
 * Sends one request through the Graph emulation as the Microsoft Graph Command Line Tools app
 * with the session's consented scopes. Returns the response body, or undefined when Graph
 * refused it (the SDK's error is then written, and -ErrorAction decides what happens next).
 */
export function sendGraph(context: CmdletContext, call: GraphCall): { body: unknown; headers: Readonly<Record<string, string>> } | undefined {
  if (!requireConnection(context, call, call.module, call.scopesHint)) return undefined;
  const connection = context.services.connection!;
  const response = context.services.graph.handle(
    {
      method: call.method,
      url: `https://graph.microsoft.com/v1.0${call.path}${queryString(call.query)}`,
      headers: { ...(call.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...call.headers },
      ...(call.body !== undefined ? { body: call.body } : {}),
    },
    { scopes: connection.scopes, app: GRAPH_COMMAND_LINE_TOOLS },
  );
  if (response.status >= 400) {
    writeGraphError(context, call, response);
    return undefined;
  }
  return { body: response.body, headers: response.headers };
}

/**
 * Follows @odata.nextLink from a first page, as the SDK does for -All (or until `limit` items, for
 * -Top over 999), yielding between pages.
 */
export function* allPages(context: CmdletContext, call: GraphCall, first: unknown, limit = Infinity): Generator<void, unknown[], undefined> {
  const items: unknown[] = [];
  let page = first as { value?: unknown[]; '@odata.nextLink'?: string } | undefined;
  while (page) {
    if (Array.isArray(page.value)) items.push(...page.value);
    const next = page['@odata.nextLink'];
    if (!next || items.length >= limit) break;
    yield* context.tick();
    const connection = context.services.connection;
    if (!connection) break;
    const response = context.services.graph.handle({ method: 'GET', url: next, headers: { ...call.headers } }, { scopes: connection.scopes, app: GRAPH_COMMAND_LINE_TOOLS });
    if (response.status >= 400) {
      writeGraphError(context, call, response);
      break;
    }
    page = response.body as typeof page;
  }
  return items;
}
