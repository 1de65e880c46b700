import {
  administrativeUnitScope,
  createLargeTenant,
  dispatch,
  findUserByUserPrincipalName,
  isAuthorized,
  ROLE,
  signedInAs,
  SYSTEM_ACTOR,
  toArray,
  type Command,
  type Tenant,
} from '../../src/tenant';
import { sample, type Figure } from './harness';

const UNITS = 20;
const MEMBERS_PER_UNIT = 500;
const ROLE_GROUPS = 10;

/**
 * A 50,000-user tenant with 20 administrative units of 500 members each and 200 role
 * assignments: 150 AU-scoped Helpdesk and User Administrators, 40 tenant-wide admins and 10
 * role-assignable groups of 5 members holding Helpdesk Administrator.
 */
function largeTenantWithRoles(): { tenant: Tenant; userIds: readonly string[]; scopedAdmins: readonly string[]; tenantAdmins: readonly string[]; groupMembers: readonly string[] } {
  let tenant = createLargeTenant(50_000);
  const run = (command: Command): string => {
    const result = dispatch(tenant, command, SYSTEM_ACTOR);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    tenant = result.tenant;
    return result.audit[0]!.targetResources[0]!.id;
  };
  const userIds = toArray(tenant.directory.users).map((user) => user.id);
  const units: string[] = [];
  for (let u = 0; u < UNITS; u++) {
    const unit = run({ type: 'administrativeUnit.create', displayName: `Region ${u}` });
    run({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: userIds.slice(10_000 + u * MEMBERS_PER_UNIT, 10_000 + (u + 1) * MEMBERS_PER_UNIT) });
    units.push(unit);
  }
  const scopedAdmins = userIds.slice(100, 250);
  scopedAdmins.forEach((principalId, i) => {
    const roleDefinitionId = i % 2 === 0 ? ROLE.helpdeskAdministrator : ROLE.userAdministrator;
    run({ type: 'role.assign', principalId, roleDefinitionId, directoryScopeId: administrativeUnitScope(units[i % UNITS]!) });
  });
  const tenantAdmins = userIds.slice(300, 340);
  const tenantRoles = [ROLE.userAdministrator, ROLE.helpdeskAdministrator, ROLE.licenseAdministrator, ROLE.groupsAdministrator];
  tenantAdmins.forEach((principalId, i) => run({ type: 'role.assign', principalId, roleDefinitionId: tenantRoles[i % tenantRoles.length]! }));
  const groupMembers: string[] = [];
  for (let g = 0; g < ROLE_GROUPS; g++) {
    const members = userIds.slice(400 + g * 5, 405 + g * 5);
    const groupId = run({ type: 'group.create', displayName: `Tier ${g}`, mailEnabled: false, securityEnabled: true, isAssignableToRole: true, memberIds: members });
    run({ type: 'role.assign', principalId: groupId, roleDefinitionId: ROLE.helpdeskAdministrator });
    groupMembers.push(...members);
  }
  return { tenant, userIds, scopedAdmins, tenantAdmins, groupMembers };
}

/** The authorization core on every dispatch: admins of each kind acting on users across the tenant. */
export function roleBenchmarks(): Figure[] {
  const { tenant, userIds, scopedAdmins, tenantAdmins, groupMembers } = largeTenantWithRoles();
  const reset = 'microsoft.directory/users/password/update';
  const actors = [...scopedAdmins, ...tenantAdmins, ...groupMembers].map(signedInAs);
  const target = (i: number) => userIds[10_000 + ((i * 7919) % (UNITS * MEMBERS_PER_UNIT + 5_000))]!;

  const mixed = sample((i) => {
    isAuthorized(tenant, actors[i % actors.length]!, { action: reset, targetId: target(i) });
  }, 20_000, 2_000);
  const scoped = sample((i) => {
    isAuthorized(tenant, signedInAs(scopedAdmins[i % scopedAdmins.length]!), { action: 'microsoft.directory/users/basic/update', targetId: target(i) });
  }, 20_000, 2_000);
  const noRoles = sample((i) => {
    isAuthorized(tenant, signedInAs(userIds[20_000 + (i % 20_000)]!), { action: reset, targetId: target(i) });
  }, 20_000, 2_000);

  const admin = signedInAs(findUserByUserPrincipalName(tenant, 'admin@fabrikam.onmicrosoft.com')!.id);
  let current = tenant;
  const assign = sample((i) => {
    const result = dispatch(current, { type: 'role.assign', principalId: userIds[30_000 + i]!, roleDefinitionId: ROLE.licenseAdministrator }, admin);
    if (result.ok) current = result.tenant;
  }, 500);

  return [
    { name: 'isAuthorized, 50,000 users, 200 assignments, 20 AUs (median)', value: mixed.median, unit: 'ms', target: 0.05, note: `p90 ${mixed.p90.toFixed(4)} ms; AU-scoped, tenant-wide and group-held admins` },
    { name: 'isAuthorized by an AU-scoped admin on any user (median)', value: scoped.median, unit: 'ms', target: 0.05, note: `p90 ${scoped.p90.toFixed(4)} ms` },
    { name: 'isAuthorized by a user who holds no role (median)', value: noRoles.median, unit: 'ms', target: 0.05, note: `p90 ${noRoles.p90.toFixed(4)} ms` },
    { name: 'role.assign on 50,000 users (median)', value: assign.median, unit: 'ms', target: 0.5, note: `p90 ${assign.p90.toFixed(3)} ms` },
  ];
}
