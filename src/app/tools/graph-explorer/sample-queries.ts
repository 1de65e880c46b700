import type { GraphMethod } from '../../../graph';

export interface SampleQuery {
  readonly label: string;
  readonly method: GraphMethod;
  /** After https://graph.microsoft.com/v1.0/ */
  readonly path: string;
  readonly headers?: string;
  readonly body?: string;
}

/** Graph Explorer's sample queries for the identity areas the tenant models. */
export const SAMPLE_QUERIES: readonly SampleQuery[] = [
  { label: 'my profile', method: 'GET', path: 'me' },
  { label: 'all users in the organization', method: 'GET', path: 'users' },
  { label: 'users in the Sales department (count)', method: 'GET', path: "users?$filter=department eq 'Sales'&$count=true", headers: 'ConsistencyLevel: eventual' },
  { label: 'users without a license', method: 'GET', path: 'users?$filter=assignedLicenses/$count eq 0&$count=true&$select=displayName,userPrincipalName', headers: 'ConsistencyLevel: eventual' },
  { label: 'search users by name', method: 'GET', path: 'users?$search="displayName:meg"', headers: 'ConsistencyLevel: eventual' },
  { label: 'create a user', method: 'POST', path: 'users', body: '{\n  "accountEnabled": true,\n  "displayName": "Adele Vance",\n  "mailNickname": "AdeleV2",\n  "userPrincipalName": "AdeleV2@contoso.com",\n  "passwordProfile": {\n    "forceChangePasswordNextSignIn": true,\n    "password": "xWwvJ]6NMw+bWH-d"\n  }\n}' },
  { label: 'all groups in my organization', method: 'GET', path: 'groups' },
  { label: 'subscribed SKUs', method: 'GET', path: 'subscribedSkus?$select=skuPartNumber,skuId,consumedUnits,prepaidUnits' },
  { label: 'directory roles', method: 'GET', path: 'directoryRoles' },
  { label: 'domains', method: 'GET', path: 'domains' },
  { label: 'organization', method: 'GET', path: 'organization' },
  { label: 'directory audit log', method: 'GET', path: 'auditLogs/directoryAudits?$top=10' },
  { label: 'deleted users', method: 'GET', path: 'directory/deletedItems/microsoft.graph.user' },
];

/** The permissions Graph Explorer holds when a user first signs in to it. */
export const DEFAULT_CONSENTED_SCOPES: readonly string[] = ['openid', 'profile', 'User.Read', 'email'];

/** "Name: value" lines as a header map; blank and malformed lines are skipped. */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
