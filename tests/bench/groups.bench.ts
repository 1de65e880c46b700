import {
  createLargeTenant,
  dispatch,
  findUserByUserPrincipalName,
  signedInAs,
  toArray,
  type Actor,
  type Command,
  type Tenant,
} from '../../src/tenant';
import { sample, timeOnce, type Figure } from './harness';

const DEPARTMENTS = ['Sales', 'Marketing', 'Finance', 'HR', 'Engineering', 'Operations', 'Legal', 'IT', 'Retail', 'R&D'];

function dynamicGroup(displayName: string, membershipRule: string): Command {
  return { type: 'group.create', displayName, mailEnabled: false, securityEnabled: true, groupTypes: ['DynamicMembership'], membershipRule };
}

function run(tenant: Tenant, command: Command, actor: Actor): Tenant {
  const result = dispatch(tenant, command, actor);
  if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
  return result.tenant;
}

/** Dynamic membership on 50,000 users: a rule evaluated over everyone, and one user's change kept up. */
export function groupBenchmarks(): Figure[] {
  const tenant = createLargeTenant(50_000);
  const admin = signedInAs(findUserByUserPrincipalName(tenant, 'admin@fabrikam.onmicrosoft.com')!.id);

  // About one user in ten is in Sales: 5,000 "Add member to group" records.
  const create = sample((i) => run(tenant, dynamicGroup(`Sales ${i}`, 'user.department -eq "Sales"'), admin), 10, 2);
  const everyone = timeOnce(() => run(tenant, dynamicGroup('Everyone', 'user.accountEnabled -eq true'), admin));

  const userIds = toArray(tenant.directory.users).map((user) => user.id);
  const moveDepartment = (from: Tenant) => {
    let current = from;
    return sample((i) => {
      current = run(current, { type: 'user.update', userId: userIds[(i * 7919) % userIds.length]!, changes: { department: DEPARTMENTS[i % DEPARTMENTS.length]! } }, admin);
    }, 2_000);
  };
  const baseline = moveDepartment(tenant);

  let withGroups = tenant;
  for (const department of DEPARTMENTS) withGroups = run(withGroups, dynamicGroup(department, `user.department -eq "${department}"`), admin);
  const move = moveDepartment(withGroups);

  return [
    // The portal's Create should answer within half a second for a department-sized group.
    { name: 'group.create: dynamic group over 50,000 users (median)', value: create.median, unit: 'ms', target: 500, note: 'rule selects 5,000' },
    { name: 'group.create: dynamic group selecting 49,000 users', value: everyone, unit: 'ms', note: 'mostly writing 49,000 "Add member to group" records' },
    {
      name: 'user.update department, 50,000 users, 10 dynamic groups (median)',
      value: move.median,
      unit: 'ms',
      target: 0.5,
      note: `p90 ${move.p90.toFixed(3)} ms; ${baseline.median.toFixed(3)} ms without dynamic groups`,
    },
  ];
}
