import {
  CONTOSO_ADMIN_UPN,
  createContosoTenant,
  createLargeTenant,
  dispatch,
  findUserByUserPrincipalName,
  replay,
  signedInAs,
  toArray,
  type Actor,
  type LogEntry,
} from '../../src/tenant';
import { heapUsedMB, sample, timeOnce, type Figure } from './harness';

/** A learner-like log: mostly profile edits, one user created in every ten commands. */
function attemptLog(userIds: readonly string[], actor: Actor, domain: string): LogEntry[] {
  const log: LogEntry[] = [];
  for (let i = 0; i < 10_000; i++) {
    const userId = userIds[(i * 7919) % userIds.length]!;
    log.push(
      i % 10 === 0
        ? { command: { type: 'user.create', userPrincipalName: `bench${i}@${domain}`, displayName: `Bench ${i}` }, actor }
        : { command: { type: 'user.update', userId, changes: { department: `Dept ${i % 13}`, city: `City ${i % 17}` } }, actor },
    );
  }
  return log;
}

/**
 * Wall time of one run, with the process's CPU time beside it: on a shared machine the wall time
 * mostly measures the neighbours. The heap is collected first (npm run bench exposes gc), so a
 * replay is not charged for the garbage the benchmark before it left.
 */
function timedWithCpu(run: () => void): { wall: number; note: string } {
  (globalThis as { gc?: () => void }).gc?.();
  const cpuBefore = process.cpuUsage();
  const wall = timeOnce(run);
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, note: `CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (GC threads included)` };
}

/** The foundation's figures: one edit on 50,000 users, a 10,000-command replay, and the heap. */
export function coreBenchmarks(): Figure[] {
  const before = heapUsedMB();
  const tenant = createLargeTenant(50_000);
  const heap = heapUsedMB() - before;
  const admin = signedInAs(findUserByUserPrincipalName(tenant, 'admin@fabrikam.onmicrosoft.com')!.id);
  const userIds = toArray(tenant.directory.users).map((user) => user.id);

  let current = tenant;
  const update = sample((i) => {
    const result = dispatch(current, { type: 'user.update', userId: userIds[i % userIds.length]!, changes: { jobTitle: `Title ${i}` } }, admin);
    if (result.ok) current = result.tenant;
  }, 2_000);

  const largeLog = attemptLog(userIds, admin, 'fabrikam.com');
  const replayLarge = timedWithCpu(() => replay(tenant, largeLog));
  const contoso = createContosoTenant();
  const contosoAdmin = signedInAs(findUserByUserPrincipalName(contoso, CONTOSO_ADMIN_UPN)!.id);
  const contosoLog = attemptLog(toArray(contoso.directory.users).map((user) => user.id), contosoAdmin, 'contoso.com');
  const replayContoso = timedWithCpu(() => replay(contoso, contosoLog));

  return [
    { name: 'user.update on 50,000 users (median)', value: update.median, unit: 'ms', target: 0.5, note: `p90 ${update.p90.toFixed(3)} ms` },
    { name: 'replay of 10,000 commands on the Contoso demo tenant', value: replayContoso.wall, unit: 'ms', target: 1000, note: replayContoso.note },
    { name: 'replay of 10,000 commands on 50,000 users', value: replayLarge.wall, unit: 'ms', target: 1000, note: replayLarge.note },
    { name: 'heap of a 50,000-user tenant', value: heap, unit: 'MB', target: 150 },
  ];
}
