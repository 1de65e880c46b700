import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTOSO_ADMIN_UPN,
  createContosoTenant,
  dispatch,
  entities,
  findUserByUserPrincipalName,
  getById,
  replay,
  signedInAs,
  SYSTEM_ACTOR,
  toArray,
  type Actor,
  type Command,
  type LogEntry,
  type Tenant,
} from '../../src/tenant';
import { addressKey } from '../../src/tenant/areas/directory/rules/proxy-addresses';

const fixture = createContosoTenant();
const actors: Actor[] = [
  ...[CONTOSO_ADMIN_UPN, 'NestorW@contoso.com', 'AllanD@contoso.com', 'MeganB@contoso.com'].map((upn) => signedInAs(findUserByUserPrincipalName(fixture, upn)!.id)),
  SYSTEM_ACTOR,
];

/**
 * Steps name users by position among the users of the moment, so that random sequences keep
 * reaching the users earlier steps created; each step becomes a concrete command when it runs,
 * and the concrete commands form the log that is replayed.
 */
type Step = (tenant: Tenant) => Command;

const alias = fc.constantFrom('pat', 'sam', 'MeganB', 'AlexW', 'lee.gu', 'x', 'bad alias');
const domain = fc.constantFrom('contoso.com', 'contoso.onmicrosoft.com', 'fabrikam.com');
const upn = fc.tuple(alias, domain).map(([a, d]) => `${a}@${d}`);
const externalAddress = fc.tuple(fc.constantFrom('ada', 'bo', 'pat', 'MeganB'), fc.constantFrom('litware.com', 'fabrikam.com', 'contoso.com')).map(([a, d]) => `${a}@${d}`);
const position = fc.nat({ max: 40 });

function pick(ids: readonly string[], index: number): string {
  return ids.length === 0 ? 'missing-id' : ids[index % ids.length]!;
}
const activeIds = (tenant: Tenant) => toArray(tenant.directory.users).map((user) => user.id).sort();
const deletedIds = (tenant: Tenant) => toArray(tenant.directory.deletedUsers).map((user) => user.id).sort();
const contactIds = (tenant: Tenant) => toArray(tenant.directory.contacts).map((contact) => contact.id).sort();

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ userPrincipalName: upn, displayName: fc.constantFrom('Pat Doe', ' ') }).map((input): Step => () => ({ type: 'user.create', ...input })),
  fc.array(upn, { minLength: 1, maxLength: 3 }).map((upns): Step => () => ({
    type: 'user.bulkCreate',
    users: upns.map((userPrincipalName) => ({ userPrincipalName, displayName: 'Bulk' })),
    usageLocation: 'US',
  })),
  fc.tuple(position, fc.constantFrom('Analyst', 'Director')).map(([n, jobTitle]): Step => (tenant) => ({ type: 'user.update', userId: pick(activeIds(tenant), n), changes: { jobTitle, mobilePhone: '+1 555 0100' } })),
  position.map((n): Step => (tenant) => ({ type: 'user.delete', userId: pick(activeIds(tenant), n) })),
  fc.tuple(position, fc.option(upn, { nil: undefined })).map(([n, newUserPrincipalName]): Step => (tenant) => ({
    type: 'user.restore',
    userId: pick(deletedIds(tenant), n),
    ...(newUserPrincipalName === undefined ? {} : { newUserPrincipalName }),
  })),
  position.map((n): Step => (tenant) => ({ type: 'user.permanentlyDelete', userId: pick(deletedIds(tenant), n) })),
  fc.tuple(position, fc.boolean()).map(([n, accountEnabled]): Step => (tenant) => ({ type: 'user.setAccountEnabled', userId: pick(activeIds(tenant), n), accountEnabled })),
  fc.tuple(position, fc.constantFrom(undefined, 'Correct-Horse-7', 'weak')).map(([n, password]): Step => (tenant) => ({
    type: 'user.resetPassword',
    userId: pick(activeIds(tenant), n),
    forceChangePasswordNextSignIn: true,
    ...(password === undefined ? {} : { password }),
  })),
  position.map((n): Step => (tenant) => ({ type: 'user.revokeSignInSessions', userId: pick(activeIds(tenant), n) })),
  fc.tuple(position, upn).map(([n, userPrincipalName]): Step => (tenant) => ({ type: 'user.changeUserPrincipalName', userId: pick(activeIds(tenant), n), userPrincipalName })),
  fc.tuple(position, fc.option(position, { nil: null })).map(([n, m]): Step => (tenant) => ({
    type: 'user.setManager',
    userId: pick(activeIds(tenant), n),
    managerId: m === null ? null : pick(activeIds(tenant), m),
  })),
  externalAddress.map((invitedUserEmailAddress): Step => () => ({ type: 'guest.invite', invitedUserEmailAddress })),
  position.map((n): Step => (tenant) => ({ type: 'guest.redeemInvitation', userId: pick(activeIds(tenant), n) })),
  externalAddress.map((mail): Step => () => ({ type: 'contact.create', displayName: 'Contact', mail })),
  fc.tuple(position, externalAddress).map(([n, mail]): Step => (tenant) => ({ type: 'contact.update', contactId: pick(contactIds(tenant), n), changes: { mail } })),
  position.map((n): Step => (tenant) => ({ type: 'contact.delete', contactId: pick(contactIds(tenant), n) })),
  fc.constantFrom('PT1H', 'P29D', 'P31D').map((duration): Step => () => ({ type: 'clock.advance', duration })),
);

const run = fc.array(fc.tuple(step, fc.constantFrom(...actors)), { maxLength: 30 });

function runLive(steps: readonly (readonly [Step, Actor])[]): { tenant: Tenant; log: LogEntry[] } {
  let tenant = fixture;
  const log: LogEntry[] = [];
  for (const [makeCommand, actor] of steps) {
    const command = makeCommand(tenant);
    log.push({ command, actor });
    const result = dispatch(tenant, command, actor);
    if (result.ok) tenant = result.tenant;
  }
  return { tenant, log };
}

describe('the users family under random sequences of its commands', () => {
  it('keeps UPNs unique among active users, managers real, addresses unique, and replays byte for byte', () => {
    fc.assert(
      fc.property(run, (steps) => {
        const { tenant, log } = runLive(steps);
        const users = [...entities(tenant.directory.users), ...entities(tenant.directory.deletedUsers)];

        // Only active users hold a UPN: a deleted user's may be taken by a new user, which is why
        // Graph's restore takes a newUserPrincipalName.
        const upns = toArray(tenant.directory.users).map((user) => user.userPrincipalName.toLowerCase());
        expect(new Set(upns).size).toBe(upns.length);

        for (const user of users) {
          if (user.managerId === null) continue;
          expect(user.managerId).not.toBe(user.id);
          expect(getById(tenant.directory.users, user.managerId), `${user.userPrincipalName}'s manager`).toBeDefined();
        }

        const holders = new Map<string, string>();
        const claim = (id: string, addresses: Iterable<string | null>) => {
          for (const address of addresses) {
            const key = address ? addressKey(address) : undefined;
            if (!key) continue;
            const holder = holders.get(key);
            expect(holder === undefined || holder === id, `${key} is held by ${holder} and ${id}`).toBe(true);
            holders.set(key, id);
          }
        };
        for (const user of entities(tenant.directory.users)) claim(user.id, [user.mail, ...user.proxyAddresses]);
        for (const contact of entities(tenant.directory.contacts)) claim(contact.id, [contact.mail, ...contact.proxyAddresses]);
        for (const group of entities(tenant.directory.groups)) claim(group.id, [group.mail]);

        // dispatch never writes the state it is given, so the fixture can be replayed from again.
        expect(JSON.stringify(replay(fixture, log))).toBe(JSON.stringify(tenant));
      }),
      { numRuns: 300 },
    );
  });
});
