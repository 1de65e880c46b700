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

const fixture = createContosoTenant();
const userIds = toArray(fixture.directory.users).map((user) => user.id);
const admins: Actor[] = [
  signedInAs(findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id),
  signedInAs(findUserByUserPrincipalName(fixture, 'NestorW@contoso.com')!.id),
  signedInAs(findUserByUserPrincipalName(fixture, 'AllanD@contoso.com')!.id),
  signedInAs(findUserByUserPrincipalName(fixture, 'MeganB@contoso.com')!.id),
  SYSTEM_ACTOR,
];

const alias = fc.constantFrom('pat', 'sam', 'MeganB', 'lee.gu', 'bad alias', 'x');
const domain = fc.constantFrom('contoso.com', 'contoso.onmicrosoft.com', 'fabrikam.com');
const userId = fc.oneof(fc.constantFrom(...userIds), fc.constant('missing-id'));

/** Commands of every kind, valid and not, so the log mixes accepted and rejected ones. */
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    type: fc.constant('user.create' as const),
    userPrincipalName: fc.tuple(alias, domain).map(([a, d]) => `${a}@${d}`),
    displayName: fc.constantFrom('Pat Doe', 'Sam Roe', ''),
  }),
  fc.record({
    type: fc.constant('user.update' as const),
    userId,
    changes: fc.record({ jobTitle: fc.constantFrom('Analyst', 'Director'), usageLocation: fc.constantFrom('US', 'GB', null, 'xx') }, { requiredKeys: [] }),
  }),
  fc.record({ type: fc.constant('user.delete' as const), userId }),
  fc.record({ type: fc.constant('user.restore' as const), userId }),
  fc.record({ type: fc.constant('user.permanentlyDelete' as const), userId }),
  fc.record({ type: fc.constant('clock.advance' as const), duration: fc.constantFrom('PT1H', 'P1D', 'P29D', 'P31D', 'bad') }),
);

const logEntry: fc.Arbitrary<LogEntry> = fc.record({ command, actor: fc.constantFrom(...admins) });

function runLive(log: readonly LogEntry[]): Tenant {
  let tenant = fixture;
  for (const entry of log) {
    const result = dispatch(tenant, entry.command, entry.actor);
    if (result.ok) tenant = result.tenant;
  }
  return tenant;
}

describe('determinism', () => {
  it('any command log replays to a byte-identical state', () => {
    fc.assert(
      fc.property(fc.array(logEntry, { maxLength: 40 }), (log) => {
        const live = runLive(log);
        expect(JSON.stringify(replay(createContosoTenant(), log))).toBe(JSON.stringify(live));
      }),
      { numRuns: 200 },
    );
  });

  it('a user is never both active and deleted, and every pending purge points at a deleted user', () => {
    fc.assert(
      fc.property(fc.array(logEntry, { maxLength: 40 }), (log) => {
        const tenant = runLive(log);
        for (const user of entities(tenant.directory.deletedUsers)) expect(getById(tenant.directory.users, user.id)).toBeUndefined();
        const deleted = new Set(toArray(tenant.directory.deletedUsers).map((user) => user.id));
        for (const process of entities(tenant.scheduledProcesses)) if (process.kind === 'user.purge') expect(deleted.has(process.targetId)).toBe(true);
        expect(tenant.directory.users.size).toBe(toArray(tenant.directory.users).length);
      }),
      { numRuns: 200 },
    );
  });
});
