import { describe, expect, it } from 'vitest';
import { createContosoTenant, findUserByUserPrincipalName, replay } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const GUEST_UPN = 'ada_fabrikam.com#EXT#@contoso.onmicrosoft.com';

describe('guest.invite', () => {
  it('creates a guest pending acceptance, named after the address, on the initial domain', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com', invitedUserDisplayName: 'Ada Lovelace', sendInvitationMessage: true });
    lab.expectUser(GUEST_UPN).toHave({
      displayName: 'Ada Lovelace',
      userType: 'Guest',
      mail: 'ada@fabrikam.com',
      mailNickname: 'ada_fabrikam.com#EXT#',
      otherMails: ['ada@fabrikam.com'],
      proxyAddresses: ['SMTP:ada@fabrikam.com'],
      externalUserState: 'PendingAcceptance',
      creationType: 'Invitation',
      accountEnabled: true,
    });
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.loggedByService])).toEqual([
      ['Add user', 'Core Directory'],
      ['Invite external user', 'Invited Users'],
    ]);
    expect(result.ok && result.audit[1]?.targetResources[0]?.modifiedProperties).toEqual([{ displayName: 'sendInvitationMessage', oldValue: null, newValue: 'True' }]);
  });

  it('names a guest invited without a display name after the part of the address before the @', () => {
    const lab = new TestTenant().run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' });
    lab.expectUser(GUEST_UPN).toHave({ displayName: 'ada' });
  });

  it('refuses an address already invited, whatever its case', () => {
    const lab = new TestTenant().run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' });
    lab.expectRejected(
      { type: 'guest.invite', invitedUserEmailAddress: 'ADA@fabrikam.com' },
      'UserAlreadyExists',
      'Another object with the same value for property proxyAddresses already exists.',
    );
  });

  it("refuses a member's address and any address on the tenant's own verified domains", () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'guest.invite', invitedUserEmailAddress: 'MeganB@contoso.com' },
      'InvitationNotAllowed',
      "Non-external user already exists with the given mail address and can't be invited.",
    );
    lab.expectRejected(
      { type: 'guest.invite', invitedUserEmailAddress: 'newcomer@contoso.com' },
      'InvitationNotAllowed',
      'This user can’t be invited to this directory. Please try a different email address for the user or create a user account for them in your Azure AD directory.',
    );
  });

  it("refuses an address a group or contact holds, and the username of a deleted guest", () => {
    const lab = new TestTenant();
    lab.run({ type: 'contact.create', displayName: 'Bo at Litware', mail: 'bo@litware.com' });
    lab.expectRejected({ type: 'guest.invite', invitedUserEmailAddress: 'bo@litware.com' }, 'PropertyConflict', 'Another object with the same value for property proxyAddresses already exists.');
    lab.run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' });
    lab.run({ type: 'user.delete', userId: lab.userId(GUEST_UPN) });
    lab.expectRejected(
      { type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' },
      'UserAlreadyExists',
      'Another object with the same value for property userPrincipalName already exists.',
    );
  });

  it.each(['not-an-address', 'two@@fabrikam.com', 'ada@localhost', ''])('refuses the address "%s"', (invitedUserEmailAddress) => {
    new TestTenant().expectRejected(
      { type: 'guest.invite', invitedUserEmailAddress },
      'InvalidValue',
      "Invalid value specified for property 'invitedUserEmailAddress' of resource 'Invitation'.",
    );
  });

  it('refuses a display name over 256 characters', () => {
    new TestTenant().expectRejected({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com', invitedUserDisplayName: 'x'.repeat(257) }, 'InvalidValue');
  });

  it('needs the inviteGuest permission: a User Administrator may invite, a Helpdesk Administrator may not', () => {
    const lab = new TestTenant();
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' }, 'InsufficientPrivileges', 'Insufficient privileges to complete the operation.');
    lab.signInAs('NestorW@contoso.com').run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' });
  });
});

describe('guest.redeemInvitation', () => {
  it('marks the invitation accepted, in a record the guest initiated', () => {
    const lab = new TestTenant().run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com', invitedUserDisplayName: 'Ada Lovelace' });
    const guest = lab.userId(GUEST_UPN);
    const result = lab.send({ type: 'guest.redeemInvitation', userId: guest });
    lab.expectUser(GUEST_UPN).toHave({ externalUserState: 'Accepted' });
    expect(result.ok && result.audit).toMatchObject([
      {
        activityDisplayName: 'Redeem external user invite',
        loggedByService: 'Invited Users',
        initiatedBy: { user: { id: guest, userPrincipalName: GUEST_UPN } },
        targetResources: [{ modifiedProperties: [{ displayName: 'externalUserState', oldValue: 'PendingAcceptance', newValue: 'Accepted' }] }],
      },
    ]);
  });

  it('refuses an invitation already redeemed, a member, and an unknown user', () => {
    const lab = new TestTenant().run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' });
    lab.run({ type: 'guest.redeemInvitation', userId: lab.userId(GUEST_UPN) });
    lab.expectRejected({ type: 'guest.redeemInvitation', userId: lab.userId(GUEST_UPN) }, 'InvitationNotPending', 'This invitation has already been redeemed.');
    lab.expectRejected({ type: 'guest.redeemInvitation', userId: lab.userId('MeganB@contoso.com') }, 'InvitationNotPending', 'This user was not invited, so there is no invitation to redeem.');
    lab.expectRejected({ type: 'guest.redeemInvitation', userId: 'nobody' }, 'ResourceNotFound');
  });

  it('is a sandbox control any learner may use to play the guest, like moving the clock', () => {
    const lab = new TestTenant().run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' });
    lab.signInAs('MeganB@contoso.com').run({ type: 'guest.redeemInvitation', userId: lab.userId(GUEST_UPN) });
  });
});

describe('replay', () => {
  it('replays invitations and redemptions identically', () => {
    const lab = new TestTenant();
    lab.run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' });
    lab.send({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' });
    lab.run({ type: 'guest.invite', invitedUserEmailAddress: 'grace@litware.com', invitedUserDisplayName: 'Grace' });
    lab.run({ type: 'guest.redeemInvitation', userId: lab.userId(GUEST_UPN) });
    const replayed = replay(createContosoTenant(), lab.log);
    expect(findUserByUserPrincipalName(replayed, GUEST_UPN)?.externalUserState).toBe('Accepted');
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(lab.tenant));
  });
});
