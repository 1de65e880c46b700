import { CONTOSO_ADMIN_UPN, createContosoTenant, findUserByUserPrincipalName, type Tenant } from '../../../src/tenant';
import { createGraphService, GRAPH_EXPLORER, memoryTenantPort, type GraphCaller, type GraphMethod, type GraphResponse } from '../../../src/graph';

/** Every permission the emulation knows: a caller that consented to everything. */
export const ALL_SCOPES = [
  'User.Read',
  'User.ReadWrite.All',
  'Directory.ReadWrite.All',
  'Directory.Read.All',
  'AuditLog.Read.All',
  'RoleManagement.ReadWrite.Directory',
  'Domain.ReadWrite.All',
  'AdministrativeUnit.ReadWrite.All',
  'LicenseAssignment.ReadWrite.All',
  'Organization.Read.All',
  'Group.ReadWrite.All',
  'GroupMember.ReadWrite.All',
];

export function callerWith(scopes: readonly string[]): GraphCaller {
  return { scopes, app: GRAPH_EXPLORER };
}

/** A Graph emulation over a fresh Contoso, signed in as its Global Administrator (or another admin). */
export function graphOn(signedInUpn = CONTOSO_ADMIN_UPN, tenant: Tenant = createContosoTenant()) {
  const port = memoryTenantPort(tenant, findUserByUserPrincipalName(tenant, signedInUpn)!.id);
  const service = createGraphService(port);
  const call = (method: GraphMethod, url: string, options: { body?: unknown; headers?: Record<string, string>; scopes?: readonly string[] } = {}): GraphResponse =>
    service.handle({ method, url, ...(options.body !== undefined ? { body: options.body } : {}), ...(options.headers ? { headers: options.headers } : {}) }, callerWith(options.scopes ?? ALL_SCOPES));
  const userId = (upn: string) => findUserByUserPrincipalName(port.getTenant(), upn)!.id;
  return { port, service, call, userId };
}

export const EVENTUAL = { ConsistencyLevel: 'eventual' };

/** The body of an error response, typed for assertions. */
export function errorOf(response: GraphResponse): { code: string; message: string; innerError: Record<string, string> } {
  return (response.body as { error: { code: string; message: string; innerError: Record<string, string> } }).error;
}

export function valueOf<T = Record<string, unknown>>(response: GraphResponse): T[] {
  return (response.body as { value: T[] }).value;
}
