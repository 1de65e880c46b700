import { RecordingHost } from './src/console/runtime/host';
import { PSDateTime } from './src/console/runtime/values';
import { ConsoleSession } from './src/console/session/console-session';
import { createGraphService, memoryTenantPort } from './src/graph';
import { createLargeTenant, findUserByUserPrincipalName } from './src/tenant';
const tenant = createLargeTenant(50_000);
const upn = 'admin@fabrikam.onmicrosoft.com';
const port = memoryTenantPort(tenant, findUserByUserPrincipalName(tenant, upn)!.id);
const host = new RecordingHost();
const session = new ConsoleSession({ graph: createGraphService(port), host, identity: () => ({ userPrincipalName: upn, tenantId: 'x', domains: [], alias: 'admin' }), now: () => new PSDateTime(0) });
session.run('Connect-MgGraph -Scopes User.Read.All -NoWelcome');
for (let i = 0; i < 3; i++) {
  let t = performance.now(); session.run('$u = Get-MgUser -All -PageSize 999'); const a = performance.now() - t;
  t = performance.now(); session.run("$u | Where-Object { $_.Country -eq 'Germany' } | Measure-Object"); const b = performance.now() - t;
  t = performance.now(); session.run("$u | Where-Object Country -eq 'Germany' | Measure-Object"); const c = performance.now() - t;
  console.log('fetch999', a.toFixed(0), 'where-sb', b.toFixed(0), 'where-simple', c.toFixed(0), session.interpreter.steps);
}
