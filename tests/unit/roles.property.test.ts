import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  administrativeUnitIdOf,
  administrativeUnitScope,
  CONTOSO_ADMIN_UPN,
  createContosoTenant,
  dispatch,
  entities,
  findUserByUserPrincipalName,
  getById,
  replay,
  ROLE,
  roleTemplateById,
  signedInAs,
  toArray,
  type Actor,
  type Command,
  type LogEntry,
  type Tenant,
} from '../../src/tenant';

/** Contoso with a Privileged Role Administrator, a role-assignable group and two units, one restricted. */
function setUp() {
  let tenant = createContosoTenant();
  const id = (upn: string) => findUserByUserPrincipalName(tenant, upn)!.id;
  const admin = signedInAs(id(CONTOSO_ADMIN_UPN));
  const run = (command: Command) => {
    const result = dispatch(tenant, command, admin);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    tenant = result.tenant;
    return result.audit[0]!.targetResources[0]!.id;
  };
  const users = ['MeganB@contoso.com', 'AlexW@contoso.com', 'AdeleV@contoso.com', 'NestorW@contoso.com', 'LeeG@contoso.com', 'PattiF@contoso.com'];
  const [megan, alex, adele, , , patti] = users.map(id) as [string, string, string, string, string, string];
  run({ type: 'role.assign', principalId: megan, roleDefinitionId: ROLE.privilegedRoleAdministrator });
  const roleGroup = run({ type: 'group.create', displayName: 'Tier 1', mailEnabled: false, securityEnabled: true, isAssignableToRole: true, memberIds: [adele, alex] });
  const finance = toArray(tenant.directory.groups).find((group) => group.displayName === 'Finance')!.id;
  const seattle = run({ type: 'administrativeUnit.create', displayName: 'Seattle' });
  run({ type: 'administrativeUnit.addMembers', administrativeUnitId: seattle, memberIds: [megan, alex, finance] });
  const executives = run({ type: 'administrativeUnit.create', displayName: 'Executives', isMemberManagementRestricted: true });
  run({ type: 'administrativeUnit.addMembers', administrativeUnitId: executives, memberIds: [patti] });
  return { tenant, admin, userIds: users.map(id), roleGroup, finance, units: [seattle, executives] };
}

const world = setUp();
const fixture = world.tenant;

const actors: Actor[] = [world.admin, ...world.userIds.slice(0, 5).map(signedInAs)];
const principal = fc.constantFrom(...world.userIds, world.roleGroup, world.finance, 'missing');
const role = fc.constantFrom(ROLE.userAdministrator, ROLE.helpdeskAdministrator, ROLE.globalAdministrator, ROLE.privilegedRoleAdministrator, ROLE.groupsAdministrator, 'no-role');
const unitId = fc.constantFrom(...world.units, 'missing');
const scope = fc.oneof(fc.constant('/'), unitId.map(administrativeUnitScope));
const member = fc.constantFrom(...world.userIds, world.roleGroup, world.finance, 'missing');
const justification = fc.constantFrom(undefined, '', 'Ticket 42');

/** Role, unit and PIM commands, valid and not, with the clock and the deletions and purges that end or orphan them. */
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('role.assign' as const), principalId: principal, roleDefinitionId: role, directoryScopeId: scope }),
  fc.record({ type: fc.constant('role.remove' as const), principalId: principal, roleDefinitionId: role, directoryScopeId: scope }),
  fc.record({ type: fc.constant('administrativeUnit.create' as const), displayName: fc.constantFrom('Berlin', '', 'Tokyo'), isMemberManagementRestricted: fc.boolean() }),
  fc.record({ type: fc.constant('administrativeUnit.addMembers' as const), administrativeUnitId: unitId, memberIds: fc.array(member, { maxLength: 2 }) }),
  fc.record({ type: fc.constant('administrativeUnit.removeMember' as const), administrativeUnitId: unitId, memberId: member }),
  fc.record({ type: fc.constant('administrativeUnit.delete' as const), administrativeUnitId: unitId }),
  fc.record(
    {
      type: fc.constant('pim.assignEligible' as const),
      principalId: principal,
      roleDefinitionId: role,
      directoryScopeId: scope,
      expiresDateTime: fc.constantFrom('2026-03-03T09:00:00.000Z', '2027-06-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z'),
      permanent: fc.boolean(),
    },
    { requiredKeys: ['type', 'principalId', 'roleDefinitionId', 'directoryScopeId'] },
  ),
  fc.record({ type: fc.constant('pim.removeEligible' as const), principalId: principal, roleDefinitionId: role, directoryScopeId: scope }),
  fc.record(
    { type: fc.constant('pim.activate' as const), roleDefinitionId: role, directoryScopeId: scope, justification, durationHours: fc.constantFrom(1, 4, 8, 30) },
    { requiredKeys: ['type', 'roleDefinitionId', 'directoryScopeId'] },
  ),
  fc.record({ type: fc.constant('pim.deactivate' as const), roleDefinitionId: role, directoryScopeId: scope }),
  fc.record(
    { type: fc.constant('pim.updateRoleSettings' as const), roleDefinitionId: role, requireApproval: fc.boolean(), maximumActivationHours: fc.constantFrom(1, 2, 24, 30) },
    { requiredKeys: ['type', 'roleDefinitionId'] },
  ),
  fc.record({ type: fc.constant('clock.advance' as const), duration: fc.constantFrom('PT10M', 'PT3H', 'PT8H', 'P2D', 'P31D') }),
  fc.record({ type: fc.constant('group.removeMember' as const), groupId: fc.constant(world.roleGroup), memberId: member }),
  fc.record({ type: fc.constant('user.delete' as const), userId: member }),
  fc.record({ type: fc.constant('user.restore' as const), userId: member }),
);

const logEntry: fc.Arbitrary<LogEntry> = fc.record({ command, actor: fc.constantFrom(...actors) });

function runLive(log: readonly LogEntry[]): Tenant {
  let tenant = fixture;
  for (const entry of log) {
    const result = dispatch(tenant, entry.command, entry.actor);
    if (result.ok) tenant = result.tenant;
  }
  return tenant;
}

function principalExists(tenant: Tenant, id: string): boolean {
  return [tenant.directory.users, tenant.directory.deletedUsers].some((users) => getById(users, id)) || [tenant.directory.groups, tenant.directory.deletedGroups].some((groups) => getById(groups, id));
}

function scopeExists(tenant: Tenant, directoryScopeId: string): boolean {
  if (directoryScopeId === '/') return true;
  const id = administrativeUnitIdOf(directoryScopeId);
  return id !== undefined && getById(tenant.roles.administrativeUnits, id) !== undefined;
}

describe('roles, administrative units and PIM under random command logs', () => {
  it('every assignment, eligibility and activation points at an existing principal, built-in role and scope', () => {
    fc.assert(
      fc.property(fc.array(logEntry, { maxLength: 30 }), (log) => {
        const tenant = runLive(log);
        const grants = [...entities(tenant.roles.roleAssignments), ...entities(tenant.roles.roleEligibilitySchedules), ...entities(tenant.roles.roleAssignmentScheduleInstances)];
        for (const grant of grants) {
          expect(principalExists(tenant, grant.principalId)).toBe(true);
          expect(roleTemplateById(grant.roleDefinitionId)).toBeDefined();
          expect(scopeExists(tenant, grant.directoryScopeId)).toBe(true);
        }
        for (const instance of entities(tenant.roles.roleAssignmentScheduleInstances)) {
          expect(Date.parse(instance.endDateTime)).toBeGreaterThan(Date.parse(tenant.clock.now));
        }
        for (const process of entities(tenant.scheduledProcesses)) {
          if (process.kind === 'pim.activationEnd') expect(getById(tenant.roles.roleAssignmentScheduleInstances, process.targetId)).toBeDefined();
          if (process.kind === 'pim.eligibilityEnd') expect(getById(tenant.roles.roleEligibilitySchedules, process.targetId)).toBeDefined();
        }
        for (const unit of entities(tenant.roles.administrativeUnits)) expect(new Set(unit.memberIds).size).toBe(unit.memberIds.length);
      }),
      { numRuns: 300 },
    );
  });

  it('any log replays to a byte-identical state', () => {
    fc.assert(
      fc.property(fc.array(logEntry, { maxLength: 30 }), (log) => {
        expect(JSON.stringify(replay(fixture, log))).toBe(JSON.stringify(runLive(log)));
      }),
      { numRuns: 300 },
    );
  });
});
