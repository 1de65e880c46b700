import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { CONTOSO_ADMIN_UPN, createContosoTenant, findUserByUserPrincipalName, replay, signedInAs, tenantMachine } from '../../src/tenant';

const fixture = createContosoTenant();
const admin = signedInAs(findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id);
const alexId = findUserByUserPrincipalName(fixture, 'AlexW@contoso.com')!.id;

describe('the tenant actor', () => {
  it('applies commands and logs every one, accepted or rejected', () => {
    const [start] = initialTransition(tenantMachine, { fixture });
    const [afterCreate] = transition(tenantMachine, start, {
      type: 'tenant.command',
      command: { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat' },
      actor: admin,
    });
    const [afterDuplicate] = transition(tenantMachine, afterCreate, {
      type: 'tenant.command',
      command: { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat' },
      actor: admin,
    });
    expect(afterCreate.context.tenant.directory.users.size).toBe(fixture.directory.users.size + 1);
    expect(afterDuplicate.context.tenant).toBe(afterCreate.context.tenant);
    expect(afterDuplicate.context.log).toHaveLength(2);
    expect(afterDuplicate.context.failures).toMatchObject([{ result: 'failure', activityDisplayName: 'Add user' }]);
    expect(afterDuplicate.context.lastResult).toMatchObject({ ok: false, error: { code: 'UserAlreadyExists' } });
  });

  it('runs the purge timer when the clock is fast-forwarded', () => {
    const actor = createActor(tenantMachine, { input: { fixture } }).start();
    actor.send({ type: 'tenant.command', command: { type: 'user.delete', userId: alexId }, actor: admin });
    actor.send({ type: 'clock.fastForward', duration: 'P15D', actor: admin });
    expect(actor.getSnapshot().context.tenant.directory.deletedUsers.size).toBe(1);
    actor.send({ type: 'clock.fastForward', duration: 'P15D', actor: admin });
    expect(actor.getSnapshot().context.tenant.directory.deletedUsers.size).toBe(0);
    expect(actor.getSnapshot().context.log.map((entry) => entry.command.type)).toEqual(['user.delete', 'clock.advance', 'clock.advance']);
  });

  it('resumes from a saved log to the same state, timers included', () => {
    const actor = createActor(tenantMachine, { input: { fixture } }).start();
    actor.send({ type: 'tenant.command', command: { type: 'user.delete', userId: alexId }, actor: admin });
    actor.send({ type: 'clock.fastForward', duration: 'P31D', actor: admin });
    const { log, tenant } = actor.getSnapshot().context;
    const resumed = createActor(tenantMachine, { input: { fixture, log } }).start();
    expect(JSON.stringify(resumed.getSnapshot().context.tenant)).toBe(JSON.stringify(tenant));
    expect(JSON.stringify(replay(fixture, log))).toBe(JSON.stringify(tenant));
  });

  it('takes a resumed state as it is instead of replaying the log again', () => {
    const resumedTenant = replay(fixture, [{ command: { type: 'user.delete', userId: alexId }, actor: admin }]);
    const actor = createActor(tenantMachine, { input: { fixture, log: [{ command: { type: 'user.delete', userId: alexId }, actor: admin }], tenant: resumedTenant } }).start();
    expect(actor.getSnapshot().context.tenant).toBe(resumedTenant);
    expect(actor.getSnapshot().context.log).toHaveLength(1);
  });

  it('resets to the fixture and forgets the log', () => {
    const actor = createActor(tenantMachine, { input: { fixture } }).start();
    actor.send({ type: 'tenant.command', command: { type: 'user.delete', userId: alexId }, actor: admin });
    actor.send({ type: 'tenant.reset' });
    expect(actor.getSnapshot().context.tenant).toBe(fixture);
    expect(actor.getSnapshot().context.log).toEqual([]);
  });
});
