import { CONTOSO_ADMIN_UPN, createContosoTenant, dispatch, findUserByUserPrincipalName, signedInAs, toArray, type Command, type Tenant } from '../../src/tenant';
import { stats, timeOnce, type Figure } from './harness';

/**
 * Entra Connect Sync on a 50,000-user forest: the first (Initial) cycle that provisions every
 * user, and a Delta cycle that finds 100 changes among the 50,000.
 */
export function hybridSyncBenchmarks(): Figure[] {
  const fixture = createContosoTenant();
  const admin = signedInAs(findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id);
  const run = (tenant: Tenant, command: Command) => {
    const result = dispatch(tenant, command, admin);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    return result.tenant;
  };
  const seeded = run(fixture, {
    type: 'onPremises.seed',
    domainName: 'contoso.local',
    netBiosName: 'CONTOSO',
    upnSuffixes: ['contoso.com'],
    organizationalUnits: ['Staff'],
    generatedUsers: [{ ou: 'Staff', count: 50_000, prefix: 'user', upnSuffix: 'contoso.com', department: 'Sales' }],
  });

  let synced = seeded;
  const initial = timeOnce(() => {
    synced = run(seeded, { type: 'sync.configure', installType: 'express' });
  });
  const provisioned = synced.sync.connectorSpace.size;

  const users = toArray(synced.onPremises.users).filter((user) => !user.isCriticalSystemObject);
  const deltas: number[] = [];
  let tenant = synced;
  for (let round = 0; round < 12; round++) {
    for (let i = 0; i < 100; i++) {
      const user = users[(round * 100 + i * 487) % users.length]!;
      tenant = run(tenant, { type: 'onPremises.updateUser', userId: user.id, changes: { department: `Dept ${round}` } });
    }
    const before = tenant;
    deltas.push(
      timeOnce(() => {
        tenant = run(before, { type: 'sync.startCycle', policyType: 'Delta' });
      }),
    );
  }
  const delta = stats(deltas.slice(2));
  const last = tenant.sync.runs.at(-1)!;

  return [
    { name: 'initial sync of 50,000 on-premises users (configure + Initial cycle)', value: initial, unit: 'ms', target: 2000, note: `${provisioned} objects provisioned` },
    { name: 'delta cycle with 100 changes among 50,000 (median)', value: delta.median, unit: 'ms', target: 50, note: `p90 ${delta.p90.toFixed(1)} ms; last run ${last.updates} updates` },
  ];
}
