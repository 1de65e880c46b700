import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTOSO_ADMIN_UPN,
  createContosoTenant,
  dispatch,
  entities,
  findEntity,
  findUserByUserPrincipalName,
  getById,
  replay,
  signedInAs,
  skuByPartNumber,
  type Actor,
  type Command,
  type LogEntry,
  type SubscribedSku,
  type Tenant,
} from '../../src/tenant';

const skuId = (skuPartNumber: string) => skuByPartNumber(skuPartNumber)!.skuId;
const teams = skuByPartNumber('ENTERPRISEPACK')!.servicePlans.find((plan) => plan.servicePlanName === 'TEAMS1')!.servicePlanId;

/**
 * Contoso with tight seats, so errors happen: a security group licensed for Office 365 E3 (its
 * last seat taken by Debra, its member), and two seats each of Office 365 E1 (conflicts with E3)
 * and Audio Conferencing (needs the Skype for Business plan of E1, E3 or E5), all made through
 * commands.
 */
function fixture(): Tenant {
  let tenant = createContosoTenant();
  const admin = signedInAs(findUserByUserPrincipalName(tenant, CONTOSO_ADMIN_UPN)!.id);
  const run = (step: Command) => {
    const result = dispatch(tenant, step, admin);
    if (!result.ok) throw new Error(result.error.message);
    tenant = result.tenant;
  };
  run({ type: 'subscription.buyLicenses', skuId: skuId('STANDARDPACK'), quantity: 2 });
  run({ type: 'subscription.buyLicenses', skuId: skuId('MCOMEETADV'), quantity: 2 });
  run({ type: 'group.create', displayName: 'Licensing pilot', mailEnabled: false, securityEnabled: true });
  const pilot = findEntity(tenant.directory.groups, (group) => group.displayName === 'Licensing pilot')!.id;
  run({ type: 'group.assignLicense', groupId: pilot, addLicenses: [{ skuId: skuId('ENTERPRISEPACK'), disabledPlans: [] }], removeLicenses: [] });
  // Debra's Audio Conferencing leans on the E3 she inherits: her leaving the group is a DependencyViolation.
  const debra = findEntity(tenant.directory.users, (user) => user.mailNickname === 'DebraB')!.id;
  run({ type: 'group.addMembers', groupId: pilot, memberIds: [debra] });
  run({ type: 'user.assignLicense', userId: debra, addLicenses: [{ skuId: skuId('MCOMEETADV'), disabledPlans: [] }], removeLicenses: [] });
  return tenant;
}

const start = fixture();
const userOf = (alias: string) => findEntity(start.directory.users, (user) => user.mailNickname === alias)!.id;
const groupOf = (displayName: string) => findEntity(start.directory.groups, (group) => group.displayName === displayName)!.id;

const admin = signedInAs(userOf('admin'));
const licenseAdministrator = signedInAs(userOf('EmilyB'));
const userIds = ['DebraB', 'ChristieC', 'CameronW', 'AlexW', 'MeganB', 'AllanD'].map(userOf);
const groupIds = ['Licensing pilot', 'IT Department'].map(groupOf);
const skuIds = ['ENTERPRISEPACK', 'SPE_E5', 'EMSPREMIUM', 'STANDARDPACK', 'MCOMEETADV'].map(skuId);

const someUser = fc.constantFrom(...userIds);
const someGroup = fc.constantFrom(...groupIds);
const someSku = fc.constantFrom(...skuIds);
const license = fc.record({ skuId: someSku, disabledPlans: fc.constantFrom<string[]>([], [teams]) });
const licenses = fc.uniqueArray(license, { maxLength: 2, selector: (entry) => entry.skuId });
const removals = fc.uniqueArray(someSku, { maxLength: 1 });

/** Small random steps over everything that moves seats: assignments, groups, purchases, time. */
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('user.assignLicense' as const), userId: someUser, addLicenses: licenses, removeLicenses: removals }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('group.assignLicense' as const), groupId: someGroup, addLicenses: licenses, removeLicenses: removals }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('group.addMembers' as const), groupId: someGroup, memberIds: fc.tuple(someUser).map((ids) => [...ids]) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('group.removeMember' as const), groupId: someGroup, memberId: someUser }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('subscription.buyLicenses' as const), skuId: someSku, quantity: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('subscription.removeLicenses' as const), skuId: someSku, quantity: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('subscription.startTrial' as const), skuPartNumber: fc.constantFrom('STANDARDPACK', 'MCOMEETADV', 'SPE_E5') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('subscription.cancel' as const), skuId: someSku }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('user.setUsageLocation' as const), userId: someUser, usageLocation: fc.constantFrom('US', 'GB', 'IR') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('group.reprocessLicenseAssignment' as const), groupId: someGroup }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('user.reprocessLicenseAssignment' as const), userId: someUser }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('user.delete' as const), userId: someUser }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('user.restore' as const), userId: someUser }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('clock.advance' as const), duration: fc.constantFrom('P31D', 'P91D') }) },
);

const logEntry: fc.Arbitrary<LogEntry> = fc.record({
  command,
  actor: fc.constantFrom<Actor>(admin, admin, admin, licenseAdministrator),
});

function product(tenant: Tenant, id: string): SubscribedSku | undefined {
  return getById(tenant.licensing.subscribedSkus, `${tenant.organization.id}_${id}`);
}

function check(condition: boolean, invariant: string): void {
  // Plain checks rather than expect(): this runs after every step of a thousand sequences.
  if (!condition) throw new Error(`Invariant broken: ${invariant}`);
}

/** The invariants Entra keeps between any two states, checked after every step. */
function checkInvariants(before: Tenant, after: Tenant): void {
  const holders = new Map<string, number>();
  for (const user of entities(after.directory.users)) {
    const held = [...new Set(user.licenseAssignmentStates.filter((record) => record.state === 'Active' || record.state === 'ActiveWithError').map((record) => record.skuId))];
    const assigned = user.assignedLicenses.map((entry) => entry.skuId);
    check(assigned.length === held.length && held.every((id, i) => assigned[i] === id), `${user.userPrincipalName}: assignedLicenses are the products held from some source, each once`);
    for (const id of held) holders.set(id, (holders.get(id) ?? 0) + 1);
    const direct = user.licenseAssignmentStates.some((record) => record.assignedByGroup === null);
    check(!direct || user.usageLocation !== null, `${user.userPrincipalName}: a direct license was only given with a usage location`);
    for (const record of user.licenseAssignmentStates) {
      if (record.assignedByGroup === null || record.state !== 'Active') continue;
      const group = getById(after.directory.groups, record.assignedByGroup);
      check(
        group !== undefined && group.memberIds.includes(user.id) && group.assignedLicenses.some((entry) => entry.skuId === record.skuId),
        `${user.userPrincipalName}: a license held from a group without error comes from a group the user is a direct member of`,
      );
    }
  }
  for (const group of entities(after.directory.groups)) {
    if (group.assignedLicenses.length === 0) continue;
    check(group.securityEnabled, `${group.displayName}: only security-enabled groups hold licenses`);
    for (const memberId of group.memberIds) {
      const member = getById(after.directory.users, memberId);
      if (!member) continue;
      for (const entry of group.assignedLicenses) {
        check(
          member.licenseAssignmentStates.some((record) => record.assignedByGroup === group.id && record.skuId === entry.skuId),
          `${group.displayName}: every direct user member was processed for every product of the group`,
        );
      }
    }
  }
  for (const subscription of entities(after.licensing.subscribedSkus)) {
    check(
      subscription.consumedUnits === (holders.get(subscription.skuId) ?? 0),
      `${subscription.skuPartNumber}: consumedUnits count the active users who hold the product, each once`,
    );
    // New seats only come out of Enabled seats; expiry, cancellation or deletion of one of several
    // subscriptions may leave more assigned than purchased, as in Entra, but nothing adds to that.
    const previous = product(before, subscription.skuId)?.consumedUnits ?? 0;
    check(
      subscription.consumedUnits <= previous || subscription.consumedUnits <= subscription.prepaidUnits.enabled,
      `${subscription.skuPartNumber}: seats are only taken from unassigned Enabled seats`,
    );
  }
}

describe('licensing under random command sequences', () => {
  it('keeps seats, sources and group processing consistent, and replays byte for byte', () => {
    fc.assert(
      fc.property(fc.array(logEntry, { maxLength: 12 }), (log) => {
        let tenant = start;
        for (const entry of log) {
          const result = dispatch(tenant, entry.command, entry.actor);
          if (!result.ok) continue;
          checkInvariants(tenant, result.tenant);
          tenant = result.tenant;
        }
        expect(JSON.stringify(replay(start, log))).toBe(JSON.stringify(tenant));
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
