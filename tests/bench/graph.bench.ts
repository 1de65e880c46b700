import { createGraphService, GRAPH_EXPLORER, memoryTenantPort } from '../../src/graph';
import { createLargeTenant, findUserByUserPrincipalName } from '../../src/tenant';
import { sample, type Figure } from './harness';

/** Graph Explorer's and Get-MgUser's filtered, counted user query on the 50,000-user tenant. */
export function graphBenchmarks(): Figure[] {
  const tenant = createLargeTenant(50_000);
  const port = memoryTenantPort(tenant, findUserByUserPrincipalName(tenant, 'admin@fabrikam.onmicrosoft.com')!.id);
  const service = createGraphService(port);
  const caller = { scopes: ['User.Read.All'], app: GRAPH_EXPLORER };
  const request = { method: 'GET' as const, url: "https://graph.microsoft.com/v1.0/users?$filter=department eq 'Sales'&$count=true", headers: { ConsistencyLevel: 'eventual' } };
  let count = 0;
  const filtered = sample(() => {
    const response = service.handle(request, caller);
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
    count = (response.body as { '@odata.count': number })['@odata.count'];
  }, 100, 10);
  const paged = sample(() => {
    const response = service.handle({ method: 'GET', url: '/v1.0/users?$top=999&$select=displayName,department' }, caller);
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  }, 50, 5);
  return [
    { name: "GET /users?$filter=department eq 'Sales'&$count=true (median)", value: filtered.median, unit: 'ms', target: 20, note: `50,000 users, ${count} match, first page of 100` },
    { name: "GET /users?$filter=department eq 'Sales'&$count=true (p90)", value: filtered.p90, unit: 'ms', target: 20 },
    { name: 'GET /users?$top=999&$select=displayName,department (median)', value: paged.median, unit: 'ms', note: '50,000 users' },
  ];
}
