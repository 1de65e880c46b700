import { describe, expect, it } from 'vitest';
import { createContosoTenant, replay } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

describe('user.create', () => {
  it('creates a member on a verified domain with a generated password that must be changed', () => {
    const lab = new TestTenant().run({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe', profile: { jobTitle: 'Analyst', usageLocation: 'GB' } });
    lab.expectUser('pat@contoso.com').toHave({
      mailNickname: 'pat',
      userType: 'Member',
      jobTitle: 'Analyst',
      usageLocation: 'GB',
    });
    lab.expectUser('pat@contoso.com').toHave({
      passwordProfile: expect.objectContaining({ forceChangePasswordNextSignIn: true }) as never,
    });
    expect(lab.tenant.users.size).toBe(createContosoTenant().users.size + 1);
  });

  it('refuses a UPN on a domain the tenant has not verified', () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'pat@fabrikam.com', displayName: 'Pat' },
      'UnverifiedDomain',
      /You must use one of the verified domain names in your organization/,
    );
  });

  it.each(['no-at-sign.contoso.com', 'two@@contoso.com', 'dot.@contoso.com', 'spa ce@contoso.com', `${'a'.repeat(65)}@contoso.com`, 'é@contoso.com'])(
    'refuses the malformed UPN %s',
    (userPrincipalName) => {
      new TestTenant().expectRejected({ type: 'user.create', userPrincipalName, displayName: 'Pat' }, 'InvalidUserPrincipalName', 'Property userPrincipalName is invalid.');
    },
  );

  it('treats UPNs as unique regardless of case', () => {
    new TestTenant().expectRejected({ type: 'user.create', userPrincipalName: 'meganb@CONTOSO.com', displayName: 'M' }, 'UserAlreadyExists');
  });

  it('refuses a UPN still held by a soft-deleted user', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.delete', userId: lab.userId('AlexW@contoso.com') });
    lab.expectRejected({ type: 'user.create', userPrincipalName: 'AlexW@contoso.com', displayName: 'Alex 2' }, 'UserAlreadyExists');
  });

  it('refuses a mail nickname another user has', () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'megan.b@contoso.com', mailNickname: 'meganb', displayName: 'M' },
      'UserAlreadyExists',
      /property mailNickname/,
    );
  });

  it('requires a display name', () => {
    new TestTenant().expectRejected({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: '  ' }, 'RequiredPropertyMissing');
  });

  it('refuses a password that does not meet complexity requirements', () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat', password: 'password' },
      'InvalidValue',
      /password complexity requirements/,
    );
  });
});

describe('user.update', () => {
  it('records each changed property in the audit record', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    const result = lab.send({ type: 'user.update', userId: alex, changes: { jobTitle: 'Marketing Lead', department: 'Marketing' } });
    expect(result.ok && result.audit[0]?.targetResources[0]?.modifiedProperties).toEqual([
      { displayName: 'jobTitle', oldValue: 'Marketing Assistant', newValue: 'Marketing Lead' },
    ]);
  });

  it('refuses a usage location that is not a two-letter country code', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'user.update', userId: lab.userId('CameronW@contoso.com'), changes: { usageLocation: 'Canada' } }, 'InvalidValue');
  });

  it('refuses to clear the display name', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'user.update', userId: lab.userId('AlexW@contoso.com'), changes: { displayName: null } }, 'RequiredPropertyMissing');
  });

  it('refuses an unknown user', () => {
    new TestTenant().expectRejected({ type: 'user.update', userId: 'nobody', changes: { jobTitle: 'x' } }, 'ResourceNotFound');
  });

  it('lets a User Administrator edit profiles but not a License Administrator', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.signInAs('NestorW@contoso.com').run({ type: 'user.update', userId: alex, changes: { city: 'Oslo' } });
    lab.signInAs('EmilyB@contoso.com').expectRejected({ type: 'user.update', userId: alex, changes: { city: 'Rome' } }, 'InsufficientPrivileges');
  });
});

describe('delete, restore and purge', () => {
  it('soft-deletes a user into Deleted users and restores them', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    lab.expectUser('AlexW@contoso.com').notToExist();
    expect(lab.tenant.deletedUsers.size).toBe(1);
    lab.run({ type: 'user.restore', userId: alex });
    lab.expectUser('AlexW@contoso.com').toHave({ deletedDateTime: null, jobTitle: 'Marketing Assistant' });
    expect(lab.tenant.scheduledProcesses.size).toBe(0);
  });

  it('refuses to let admins delete themselves', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'user.delete', userId: lab.userId('admin@contoso.onmicrosoft.com') }, 'InvalidValue');
  });

  it('refuses to restore when an active user now holds the UPN', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    lab.run({ type: 'user.permanentlyDelete', userId: alex });
    expect(lab.tenant.deletedUsers.size).toBe(0);
    lab.expectRejected({ type: 'user.restore', userId: alex }, 'ResourceNotFound');
  });

  it('purges a deleted user 30 days after deletion, not a moment before', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    lab.run({ type: 'clock.advance', duration: 'P29DT23H59M59S' });
    expect(lab.tenant.deletedUsers.size).toBe(1);
    const result = lab.send({ type: 'clock.advance', duration: 'PT1S' });
    expect(lab.tenant.deletedUsers.size).toBe(0);
    expect(result.ok && result.audit).toMatchObject([
      { activityDisplayName: 'Hard Delete user', initiatedBy: { app: { displayName: 'Microsoft Entra ID' } }, activityDateTime: '2026-04-01T09:00:00.000Z' },
    ]);
    lab.expectRejected({ type: 'user.restore', userId: alex }, 'ResourceNotFound');
  });

  it('runs timers in due order during one long fast-forward, each at its own time', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.delete', userId: lab.userId('AlexW@contoso.com') });
    lab.run({ type: 'clock.advance', duration: 'P10D' });
    lab.run({ type: 'user.delete', userId: lab.userId('AdeleV@contoso.com') });
    const result = lab.send({ type: 'clock.advance', duration: 'P60D' });
    expect(result.ok && result.audit.map((record) => [record.targetResources[0]?.userPrincipalName, record.activityDateTime])).toEqual([
      ['AlexW@contoso.com', '2026-04-01T09:00:00.000Z'],
      ['AdeleV@contoso.com', '2026-04-11T09:00:00.000Z'],
    ]);
    expect(lab.tenant.clock.now).toBe('2026-05-11T09:00:00.000Z');
  });

  it('replays the purge timer identically', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.delete', userId: lab.userId('AlexW@contoso.com') });
    lab.run({ type: 'clock.advance', duration: 'P31D' });
    const replayed = replay(createContosoTenant(), lab.log);
    expect(replayed.deletedUsers.size).toBe(0);
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(lab.tenant));
  });
});

describe('clock.advance', () => {
  it.each(['30 days', 'P', 'PT', 'P0D', '-P1D', 'P401D'])('refuses the duration %s', (duration) => {
    new TestTenant().expectRejected({ type: 'clock.advance', duration }, 'InvalidDuration');
  });

  it('may be used by any signed-in learner, admin or not', () => {
    new TestTenant().signInAs('MeganB@contoso.com').run({ type: 'clock.advance', duration: 'PT2H' });
  });
});
