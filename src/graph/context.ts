import type { AuditRecord, Command, Tenant } from '../tenant';
import type { GraphCaller, GraphRequest, TenantPort } from './contract';
import { fromTenantError } from './errors';
import { GRAPH_HOST, headerValue, type ParsedUrl } from './request';

/** What a route sees of one request: the tenant as it is now, the caller, the URL's parts and its path parameters. */
export interface GraphContext {
  readonly tenant: Tenant;
  readonly request: GraphRequest;
  readonly url: ParsedUrl;
  readonly caller: GraphCaller;
  readonly params: Readonly<Record<string, string>>;
  /** `https://graph.microsoft.com/v1.0` */
  readonly serviceRoot: string;
  readonly signedInUserId: string;
  /** The ConsistencyLevel: eventual header was sent. */
  readonly eventual: boolean;
  /**
   * Sends a command as the signed-in admin through the caller's app, and returns the tenant after
   * it with the audit records it wrote (the main record first, naming what was created); a refusal
   * is thrown as Graph's error. The only way a route changes anything.
   */
  send(command: Command): { readonly tenant: Tenant; readonly audit: readonly AuditRecord[] };
}

export function createContext(port: TenantPort, request: GraphRequest, url: ParsedUrl, caller: GraphCaller, params: Record<string, string>): GraphContext {
  let tenant = port.getTenant();
  return {
    get tenant() {
      return tenant;
    },
    request,
    url,
    caller,
    params,
    serviceRoot: `${GRAPH_HOST}/${url.version}`,
    signedInUserId: port.getSignedInUserId(),
    eventual: headerValue(request, 'ConsistencyLevel')?.trim().toLowerCase() === 'eventual',
    send(command) {
      const result = port.send(command, caller.app);
      if (!result.ok) throw fromTenantError(result.error);
      tenant = result.tenant;
      return { tenant, audit: result.audit };
    },
  };
}
