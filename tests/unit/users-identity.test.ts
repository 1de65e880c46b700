import { describe, expect, it } from 'vitest';
import { createContosoTenant, replay } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

describe('user.changeUserPrincipalName', () => {
  it('changes the username and makes it the primary email, keeping the old address as an alias', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    const result = lab.send({ type: 'user.changeUserPrincipalName', userId: alex, userPrincipalName: 'alex.wilber@contoso.com' });
    lab.expectUser('AlexW@contoso.com').notToExist();
    lab.expectUser('alex.wilber@contoso.com').toHave({
      id: alex,
      mail: 'alex.wilber@contoso.com',
      proxyAddresses: ['SMTP:alex.wilber@contoso.com', 'smtp:AlexW@contoso.com'],
      mailNickname: 'AlexW',
    });
    expect(result.ok && result.audit[0]).toMatchObject({
      activityDisplayName: 'Update user',
      targetResources: [
        {
          userPrincipalName: 'alex.wilber@contoso.com',
          modifiedProperties: [
            { displayName: 'userPrincipalName', oldValue: 'AlexW@contoso.com', newValue: 'alex.wilber@contoso.com' },
            { displayName: 'mail', oldValue: 'AlexW@contoso.com', newValue: 'alex.wilber@contoso.com' },
            { displayName: 'proxyAddresses', oldValue: '["SMTP:AlexW@contoso.com"]', newValue: '["SMTP:alex.wilber@contoso.com","smtp:AlexW@contoso.com"]' },
          ],
        },
      ],
    });
  });

  it('moves a user to another verified domain and back, without piling up aliases', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.changeUserPrincipalName', userId: alex, userPrincipalName: 'AlexW@contoso.onmicrosoft.com' });
    lab.run({ type: 'user.changeUserPrincipalName', userId: alex, userPrincipalName: 'AlexW@contoso.com' });
    lab.expectUser('AlexW@contoso.com').toHave({ proxyAddresses: ['SMTP:AlexW@contoso.com', 'smtp:AlexW@contoso.onmicrosoft.com'] });
  });

  it('gives a user who had no mailbox address the new one as primary and the old username as alias', () => {
    const lab = new TestTenant().run({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat' });
    lab.run({ type: 'user.changeUserPrincipalName', userId: lab.userId('pat@contoso.com'), userPrincipalName: 'pat.doe@contoso.com' });
    lab.expectUser('pat.doe@contoso.com').toHave({ mail: 'pat.doe@contoso.com', proxyAddresses: ['SMTP:pat.doe@contoso.com', 'smtp:pat@contoso.com'] });
  });

  it('does not keep the old username as an alias when it was never an address of the user and a contact now has it', () => {
    const lab = new TestTenant().run({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat' });
    lab.run({ type: 'contact.create', displayName: 'Pat (supplier)', mail: 'pat@contoso.com' });
    lab.run({ type: 'user.changeUserPrincipalName', userId: lab.userId('pat@contoso.com'), userPrincipalName: 'pat.doe@contoso.com' });
    lab.expectUser('pat.doe@contoso.com').toHave({ proxyAddresses: ['SMTP:pat.doe@contoso.com'] });
  });

  it('refuses a malformed username, an unverified domain, and a username another active user holds', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.expectRejected({ type: 'user.changeUserPrincipalName', userId: alex, userPrincipalName: 'alex wilber@contoso.com' }, 'InvalidUserPrincipalName', 'Property userPrincipalName is invalid.');
    lab.expectRejected({ type: 'user.changeUserPrincipalName', userId: alex, userPrincipalName: 'alex@fabrikam.com' }, 'UnverifiedDomain');
    lab.expectRejected(
      { type: 'user.changeUserPrincipalName', userId: alex, userPrincipalName: 'MEGANB@contoso.com' },
      'UserAlreadyExists',
      'Another object with the same value for property userPrincipalName already exists.',
    );
  });

  it("may take a soft-deleted user's username, as Restore-MsolUser's -NewUserPrincipalName case shows", () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: lab.userId('AdeleV@contoso.com') });
    lab.run({ type: 'user.changeUserPrincipalName', userId: alex, userPrincipalName: 'AdeleV@contoso.com' });
    lab.expectUser('AdeleV@contoso.com').toHave({ id: alex });
  });

  it("refuses a username that is another object's email address", () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'user.changeUserPrincipalName', userId: lab.userId('AlexW@contoso.com'), userPrincipalName: 'SalesAndMarketing@contoso.com' },
      'PropertyConflict',
      'Another object with the same value for property proxyAddresses already exists.',
    );
  });

  it('allows a change of case only', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.changeUserPrincipalName', userId: lab.userId('AlexW@contoso.com'), userPrincipalName: 'alexw@contoso.com' });
    lab.expectUser('alexw@contoso.com').toHave({ userPrincipalName: 'alexw@contoso.com', proxyAddresses: ['SMTP:alexw@contoso.com'] });
  });

  it('refuses an unknown user', () => {
    new TestTenant().expectRejected({ type: 'user.changeUserPrincipalName', userId: 'nobody', userPrincipalName: 'x@contoso.com' }, 'ResourceNotFound');
  });

  it("is denied to a User Administrator for a Global Administrator's username, and to a Helpdesk Administrator for anyone's", () => {
    const lab = new TestTenant();
    lab.signInAs('NestorW@contoso.com').expectRejected(
      { type: 'user.changeUserPrincipalName', userId: lab.userId('admin@contoso.onmicrosoft.com'), userPrincipalName: 'root@contoso.com' },
      'InsufficientPrivileges',
      'Insufficient privileges to complete the operation.',
    );
    lab.run({ type: 'user.changeUserPrincipalName', userId: lab.userId('AlexW@contoso.com'), userPrincipalName: 'alex@contoso.com' });
    lab.signInAs('AllanD@contoso.com').expectRejected(
      { type: 'user.changeUserPrincipalName', userId: lab.userId('MeganB@contoso.com'), userPrincipalName: 'megan@contoso.com' },
      'InsufficientPrivileges',
    );
  });
});

describe('user.setManager', () => {
  it('sets and removes a manager, naming both in the "Set user manager" record', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    const set = lab.send({ type: 'user.setManager', userId: alex, managerId: lab.userId('MeganB@contoso.com') });
    lab.expectUser('AlexW@contoso.com').toHave({ managerId: lab.userId('MeganB@contoso.com') });
    expect(set.ok && set.audit[0]).toMatchObject({
      activityDisplayName: 'Set user manager',
      targetResources: [{ modifiedProperties: [{ displayName: 'manager', oldValue: null, newValue: 'MeganB@contoso.com' }] }],
    });
    const removed = lab.send({ type: 'user.setManager', userId: alex, managerId: null });
    lab.expectUser('AlexW@contoso.com').toHave({ managerId: null });
    expect(removed.ok && removed.audit[0]?.targetResources[0]?.modifiedProperties).toEqual([{ displayName: 'manager', oldValue: 'MeganB@contoso.com', newValue: null }]);
  });

  it('refuses a user as their own manager', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.expectRejected({ type: 'user.setManager', userId: alex, managerId: alex }, 'InvalidManager', "A user can't be their own manager.");
  });

  it('refuses a manager who reports, directly or not, to the user', () => {
    const lab = new TestTenant();
    const [alex, megan, miriam] = ['AlexW@contoso.com', 'MeganB@contoso.com', 'MiriamG@contoso.com'].map((upn) => lab.userId(upn));
    lab.run({ type: 'user.setManager', userId: alex!, managerId: megan! });
    lab.run({ type: 'user.setManager', userId: megan!, managerId: miriam! });
    lab.expectRejected(
      { type: 'user.setManager', userId: miriam!, managerId: alex! },
      'InvalidManager',
      'This manager reports, directly or indirectly, to the user. A reporting chain cannot loop.',
    );
  });

  it('refuses a manager or a user that does not exist, and a deleted manager', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.expectRejected({ type: 'user.setManager', userId: alex, managerId: 'nobody' }, 'ResourceNotFound');
    lab.expectRejected({ type: 'user.setManager', userId: 'nobody', managerId: alex }, 'ResourceNotFound');
    const adele = lab.userId('AdeleV@contoso.com');
    lab.run({ type: 'user.delete', userId: adele });
    lab.expectRejected({ type: 'user.setManager', userId: alex, managerId: adele }, 'ResourceNotFound');
  });

  it('is denied to admins whose roles cannot change managers', () => {
    const lab = new TestTenant();
    lab.signInAs('AllanD@contoso.com').expectRejected(
      { type: 'user.setManager', userId: lab.userId('AlexW@contoso.com'), managerId: lab.userId('MeganB@contoso.com') },
      'InsufficientPrivileges',
      'Insufficient privileges to complete the operation.',
    );
    lab.signInAs('NestorW@contoso.com').run({ type: 'user.setManager', userId: lab.userId('AlexW@contoso.com'), managerId: lab.userId('MeganB@contoso.com') });
  });
});

describe('replay', () => {
  it('replays username changes and manager changes identically', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.changeUserPrincipalName', userId: alex, userPrincipalName: 'alex.wilber@contoso.com' });
    lab.run({ type: 'user.setManager', userId: alex, managerId: lab.userId('MeganB@contoso.com') });
    lab.send({ type: 'user.setManager', userId: lab.userId('MeganB@contoso.com'), managerId: alex });
    lab.run({ type: 'user.delete', userId: lab.userId('MeganB@contoso.com') });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
