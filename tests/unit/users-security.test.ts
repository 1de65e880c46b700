import { describe, expect, it } from 'vitest';
import { createContosoTenant, findUserByUserPrincipalName, replay } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const DENIED = 'Insufficient privileges to complete the operation.';

describe('user.setAccountEnabled (block and unblock sign-in)', () => {
  it('blocks sign-in, logging "Update user" with the change and "Disable account"', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'user.setAccountEnabled', userId: lab.userId('AlexW@contoso.com'), accountEnabled: false });
    lab.expectUser('AlexW@contoso.com').toHave({ accountEnabled: false });
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual(['Update user', 'Disable account']);
    expect(result.ok && result.audit[0]?.targetResources[0]?.modifiedProperties).toEqual([{ displayName: 'accountEnabled', oldValue: 'True', newValue: 'False' }]);
  });

  it('unblocks a blocked user, logging "Enable account"', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'user.setAccountEnabled', userId: lab.userId('BrianJ@contoso.com'), accountEnabled: true });
    lab.expectUser('BrianJ@contoso.com').toHave({ accountEnabled: true });
    expect(result.ok && result.audit[1]?.activityDisplayName).toBe('Enable account');
  });

  it('refuses an unknown user and a value that is not true or false', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'user.setAccountEnabled', userId: 'nobody', accountEnabled: false }, 'ResourceNotFound');
    lab.expectRejected(
      { type: 'user.setAccountEnabled', userId: lab.userId('AlexW@contoso.com'), accountEnabled: 'no' as never },
      'InvalidValue',
      "Invalid value specified for property 'accountEnabled' of resource 'User'.",
    );
  });

  it('is denied to a Helpdesk Administrator, who lacks the permission, and to a User Administrator for a Global Administrator', () => {
    const lab = new TestTenant();
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'user.setAccountEnabled', userId: lab.userId('AlexW@contoso.com'), accountEnabled: false }, 'InsufficientPrivileges', DENIED);
    lab.signInAs('NestorW@contoso.com');
    lab.expectRejected({ type: 'user.setAccountEnabled', userId: lab.userId('admin@contoso.onmicrosoft.com'), accountEnabled: false }, 'InsufficientPrivileges', DENIED);
    lab.run({ type: 'user.setAccountEnabled', userId: lab.userId('AllanD@contoso.com'), accountEnabled: false });
    lab.expectUser('AllanD@contoso.com').toHave({ accountEnabled: false });
  });

  it('leaves a blocked admin unable to act', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.setAccountEnabled', userId: lab.userId('NestorW@contoso.com'), accountEnabled: false });
    lab.signInAs('NestorW@contoso.com').expectRejected({ type: 'user.update', userId: lab.userId('AlexW@contoso.com'), changes: { city: 'Oslo' } }, 'InsufficientPrivileges');
  });
});

describe('user.resetPassword', () => {
  it('sets the chosen password, keeps it for the page to show once, and leaves it out of the audit', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'user.resetPassword', userId: lab.userId('AlexW@contoso.com'), password: 'Tulip-Season-42', forceChangePasswordNextSignIn: true });
    lab.expectUser('AlexW@contoso.com').toHave({
      passwordProfile: { password: 'Tulip-Season-42', forceChangePasswordNextSignIn: true },
      lastPasswordChangeDateTime: '2026-03-02T09:00:00.000Z',
    });
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.loggedByService])).toEqual([
      ['Reset user password', 'Core Directory'],
      ['Reset password (by admin)', 'Self-service Password Management'],
    ]);
    expect(JSON.stringify(result.ok && result.audit)).not.toContain('Tulip-Season-42');
  });

  it('generates a password that meets the complexity rules when none is given', () => {
    const lab = new TestTenant();
    const before = findUserByUserPrincipalName(lab.tenant, 'AlexW@contoso.com')!.passwordProfile.password;
    lab.run({ type: 'user.resetPassword', userId: lab.userId('AlexW@contoso.com'), forceChangePasswordNextSignIn: false });
    const profile = findUserByUserPrincipalName(lab.tenant, 'AlexW@contoso.com')!.passwordProfile;
    expect(profile.password).not.toBe(before);
    expect(profile.password).toMatch(/^[A-Z][a-z]{2}\d{5}$/);
    expect(profile.forceChangePasswordNextSignIn).toBe(false);
  });

  it.each(['short1A', 'nouppercase123', 'NoDigitsOrSymbols', 'Ünïcode-Pass1'])('refuses the password %s', (password) => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'user.resetPassword', userId: lab.userId('AlexW@contoso.com'), password, forceChangePasswordNextSignIn: true },
      'InvalidValue',
      'The specified password does not comply with password complexity requirements. Please provide a different password.',
    );
  });

  it('refuses an unknown user', () => {
    new TestTenant().expectRejected({ type: 'user.resetPassword', userId: 'nobody', forceChangePasswordNextSignIn: true }, 'ResourceNotFound');
  });

  it("lets a Helpdesk Administrator reset an ordinary user's password, but not a Global Administrator's or a User Administrator's", () => {
    const lab = new TestTenant().signInAs('AllanD@contoso.com');
    lab.run({ type: 'user.resetPassword', userId: lab.userId('MeganB@contoso.com'), forceChangePasswordNextSignIn: true });
    lab.expectRejected({ type: 'user.resetPassword', userId: lab.userId('admin@contoso.onmicrosoft.com'), forceChangePasswordNextSignIn: true }, 'InsufficientPrivileges', DENIED);
    lab.expectRejected({ type: 'user.resetPassword', userId: lab.userId('NestorW@contoso.com'), forceChangePasswordNextSignIn: true }, 'InsufficientPrivileges', DENIED);
  });

  it("lets a User Administrator reset a Helpdesk Administrator's password but not a Global Administrator's", () => {
    const lab = new TestTenant().signInAs('NestorW@contoso.com');
    lab.run({ type: 'user.resetPassword', userId: lab.userId('AllanD@contoso.com'), forceChangePasswordNextSignIn: true });
    lab.expectRejected({ type: 'user.resetPassword', userId: lab.userId('admin@contoso.onmicrosoft.com'), forceChangePasswordNextSignIn: true }, 'InsufficientPrivileges', DENIED);
  });

  it('is denied to a License Administrator, whose role cannot reset passwords', () => {
    const lab = new TestTenant().signInAs('EmilyB@contoso.com');
    lab.expectRejected({ type: 'user.resetPassword', userId: lab.userId('MeganB@contoso.com'), forceChangePasswordNextSignIn: true }, 'InsufficientPrivileges', DENIED);
  });
});

describe('user.revokeSignInSessions', () => {
  it('moves signInSessionsValidFromDateTime to now, under "Update StsRefreshTokenValidFrom Timestamp"', () => {
    const lab = new TestTenant();
    lab.run({ type: 'clock.advance', duration: 'PT3H' });
    const result = lab.send({ type: 'user.revokeSignInSessions', userId: lab.userId('AlexW@contoso.com') });
    lab.expectUser('AlexW@contoso.com').toHave({ signInSessionsValidFromDateTime: '2026-03-02T12:00:00.000Z' });
    expect(result.ok && result.audit[0]).toMatchObject({
      activityDisplayName: 'Update StsRefreshTokenValidFrom Timestamp',
      targetResources: [{ modifiedProperties: [{ displayName: 'signInSessionsValidFromDateTime', oldValue: '2026-03-02T09:00:00.000Z', newValue: '2026-03-02T12:00:00.000Z' }] }],
    });
  });

  it('refuses an unknown user', () => {
    new TestTenant().expectRejected({ type: 'user.revokeSignInSessions', userId: 'nobody' }, 'ResourceNotFound');
  });

  it("follows the password-reset matrix: a Helpdesk Administrator may sign out a user, not a Global Administrator", () => {
    const lab = new TestTenant().signInAs('AllanD@contoso.com');
    lab.run({ type: 'user.revokeSignInSessions', userId: lab.userId('MeganB@contoso.com') });
    lab.expectRejected({ type: 'user.revokeSignInSessions', userId: lab.userId('admin@contoso.onmicrosoft.com') }, 'InsufficientPrivileges', DENIED);
    lab.signInAs('EmilyB@contoso.com').expectRejected({ type: 'user.revokeSignInSessions', userId: lab.userId('MeganB@contoso.com') }, 'InsufficientPrivileges', DENIED);
  });
});

describe('replay', () => {
  it('replays blocking, resets with generated passwords and revocations identically', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.setAccountEnabled', userId: lab.userId('AlexW@contoso.com'), accountEnabled: false });
    lab.run({ type: 'user.resetPassword', userId: lab.userId('AlexW@contoso.com'), forceChangePasswordNextSignIn: true });
    lab.signInAs('AllanD@contoso.com').send({ type: 'user.resetPassword', userId: lab.userId('admin@contoso.onmicrosoft.com'), forceChangePasswordNextSignIn: true });
    lab.run({ type: 'clock.advance', duration: 'PT1H' });
    lab.run({ type: 'user.revokeSignInSessions', userId: lab.userId('MeganB@contoso.com') });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
