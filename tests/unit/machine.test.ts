import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { CONTOSO_ADMIN_UPN, createContosoTenant, findUserByUserPrincipalName, replay, signedInAs, tenantMachine, type LogEntry } from '../../src/tenant';

const fixture = createContosoTenant();
const admin = signedInAs(findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id);
const alexId = findUserByUserPrincipalName(fixture, 'AlexW@contoso.com')!.id;
const createPat: LogEntry = { command: { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat' }, actor: admin };

describe('the tenant actor', () => {
  it('applies each command once and answers as the tenant did, a refusal leaving the state as it was', () => {
    const [start] = initialTransition(tenantMachine, { tenant: fixture });
    const [afterCreate] = transition(tenantMachine, start, { type: 'tenant.command', ...createPat });
    const [afterDuplicate] = transition(tenantMachine, afterCreate, { type: 'tenant.command', ...createPat });
    expect(afterCreate.context.tenant.directory.users.size).toBe(fixture.directory.users.size + 1);
    expect(afterCreate.context.lastResult).toMatchObject({ ok: true, audit: [{ activityDisplayName: 'Add user' }] });
    expect(afterDuplicate.context.tenant).toBe(afterCreate.context.tenant);
    expect(afterDuplicate.context.lastResult).toMatchObject({ ok: false, error: { code: 'UserAlreadyExists' }, audit: { result: 'failure', activityDisplayName: 'Add user' } });
  });

  it('runs the purge timer when the clock is fast-forwarded past it, and not before', () => {
    const actor = createActor(tenantMachine, { input: { tenant: fixture } }).start();
    actor.send({ type: 'tenant.command', command: { type: 'user.delete', userId: alexId }, actor: admin });
    actor.send({ type: 'clock.fastForward', duration: 'P15D', actor: admin });
    expect(actor.getSnapshot().context.tenant.directory.deletedUsers.size).toBe(1);
    actor.send({ type: 'clock.fastForward', duration: 'P15D', actor: admin });
    expect(actor.getSnapshot().context.tenant.directory.deletedUsers.size).toBe(0);
    expect(actor.getSnapshot().context.lastResult).toMatchObject({ ok: true, audit: [{ activityDisplayName: 'Hard Delete user' }] });
  });

  it('refuses a fast-forward that is not a duration, and the clock stays put', () => {
    const actor = createActor(tenantMachine, { input: { tenant: fixture } }).start();
    actor.send({ type: 'clock.fastForward', duration: 'soon', actor: admin });
    expect(actor.getSnapshot().context.lastResult).toMatchObject({ ok: false, error: { code: 'InvalidDuration' } });
    expect(actor.getSnapshot().context.tenant).toBe(fixture);
  });

  it('replays a logged tail to the state the writing tab reached, timers included', () => {
    const writer = createActor(tenantMachine, { input: { tenant: fixture } }).start();
    const log: LogEntry[] = [
      { command: { type: 'user.delete', userId: alexId }, actor: admin },
      createPat,
      { command: { type: 'clock.advance', duration: 'P31D' }, actor: admin },
    ];
    for (const entry of log) writer.send({ type: 'tenant.command', ...entry });
    const follower = createActor(tenantMachine, { input: { tenant: fixture } }).start();
    follower.send({ type: 'tenant.replay', entries: log.slice(0, 1) });
    follower.send({ type: 'tenant.replay', entries: log.slice(1) });
    expect(JSON.stringify(follower.getSnapshot().context.tenant)).toBe(JSON.stringify(writer.getSnapshot().context.tenant));
    expect(JSON.stringify(replay(fixture, log))).toBe(JSON.stringify(writer.getSnapshot().context.tenant));
  });

  it('replays on a given base, and restores a state it was in before', () => {
    const actor = createActor(tenantMachine, { input: { tenant: fixture } }).start();
    actor.send({ type: 'tenant.command', ...createPat });
    const withPat = actor.getSnapshot().context.tenant;
    actor.send({ type: 'tenant.replay', base: fixture, entries: [] });
    expect(actor.getSnapshot().context.tenant).toBe(fixture);
    actor.send({ type: 'tenant.restore', tenant: withPat });
    expect(actor.getSnapshot().context.tenant).toBe(withPat);
  });
});
