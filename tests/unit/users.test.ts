import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createContosoTenant, findUserByUserPrincipalName, getById, putEntity, replay, ROLE, toArray, type Tenant, type User } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

/**
 * Contoso where an earlier AlexW was deleted and the username then given to the Alex Wilber of
 * today: restoring the old one meets a username conflict, as in the admin center.
 */
function contosoWithDeletedNamesake(): Tenant {
  const contoso = createContosoTenant();
  const alex = findUserByUserPrincipalName(contoso, 'AlexW@contoso.com')!;
  return produce(contoso, (draft) => {
    const namesake: User = {
      ...alex,
      id: '00000000-0000-4000-8000-00000000a1e0',
      displayName: 'Alex Wilber (2019)',
      proxyAddresses: ['SMTP:AlexW@contoso.com', 'smtp:alex.wilber@contoso.com'],
      deletedDateTime: '2026-02-20T09:00:00.000Z',
    };
    putEntity(draft.directory.deletedUsers, namesake);
  });
}

const NAMESAKE_ID = '00000000-0000-4000-8000-00000000a1e0';

describe('user.create', () => {
  it('creates a member on a verified domain with a generated password that must be changed', () => {
    const lab = new TestTenant().run({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe', profile: { jobTitle: 'Analyst', usageLocation: 'GB' } });
    lab.expectUser('pat@contoso.com').toHave({ mailNickname: 'pat', userType: 'Member', jobTitle: 'Analyst', usageLocation: 'GB', accountEnabled: true });
    const user = findUserByUserPrincipalName(lab.tenant, 'pat@contoso.com')!;
    expect(user.passwordProfile.forceChangePasswordNextSignIn).toBe(true);
    expect(user.passwordProfile.password).toMatch(/^[A-Z][a-z]{2}\d{5}$/);
    expect(lab.tenant.directory.users.size).toBe(createContosoTenant().directory.users.size + 1);
  });

  it('takes the usage location, the sign-in state, contact lists and a chosen password', () => {
    const lab = new TestTenant().run({
      type: 'user.create',
      userPrincipalName: 'pat@contoso.com',
      displayName: 'Pat Doe',
      usageLocation: 'FR',
      accountEnabled: false,
      password: 'Correct-Horse-7',
      forceChangePasswordNextSignIn: false,
      profile: { businessPhones: ['+33 1 23 45 67 89'], otherMails: ['pat@outlook.com'], city: 'Lyon' },
    });
    lab.expectUser('pat@contoso.com').toHave({
      usageLocation: 'FR',
      accountEnabled: false,
      businessPhones: ['+33 1 23 45 67 89'],
      otherMails: ['pat@outlook.com'],
      city: 'Lyon',
      passwordProfile: { password: 'Correct-Horse-7', forceChangePasswordNextSignIn: false },
    });
  });

  it('writes an "Add user" audit record that names the user but never the password', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe', password: 'Correct-Horse-7' });
    expect(result.ok && result.audit).toMatchObject([{ activityDisplayName: 'Add user', category: 'UserManagement', result: 'success', targetResources: [{ userPrincipalName: 'pat@contoso.com' }] }]);
    expect(JSON.stringify(result.ok && result.audit)).not.toContain('Correct-Horse-7');
  });

  it('refuses a UPN on a domain the tenant has not verified', () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'pat@fabrikam.com', displayName: 'Pat' },
      'UnverifiedDomain',
      'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
    );
  });

  it.each(['no-at-sign.contoso.com', 'two@@contoso.com', 'dot.@contoso.com', 'spa ce@contoso.com', `${'a'.repeat(65)}@contoso.com`, 'é@contoso.com'])(
    'refuses the malformed UPN %s',
    (userPrincipalName) => {
      new TestTenant().expectRejected({ type: 'user.create', userPrincipalName, displayName: 'Pat' }, 'InvalidUserPrincipalName', 'Property userPrincipalName is invalid.');
    },
  );

  it('treats UPNs as unique regardless of case', () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'meganb@CONTOSO.com', displayName: 'M' },
      'UserAlreadyExists',
      'Another object with the same value for property userPrincipalName already exists.',
    );
  });

  it('lets a new user take the UPN of a soft-deleted user, whose restore then needs a new name', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    lab.run({ type: 'user.create', userPrincipalName: 'AlexW@contoso.com', displayName: 'Alex 2', mailNickname: 'AlexW2' });
    lab.expectRejected({ type: 'user.restore', userId: alex }, 'RestoreConflict');
  });

  it("refuses a username that is already a group's or contact's email address", () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'SalesAndMarketing@contoso.com', displayName: 'Sales' },
      'PropertyConflict',
      'Another object with the same value for property proxyAddresses already exists.',
    );
  });

  it("refuses an alias a mail-enabled group already has, since Exchange keeps aliases unique across recipients", () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'retail@contoso.onmicrosoft.com', displayName: 'Retail' },
      'PropertyConflict',
      'Another object with the same value for property mailNickname already exists.',
    );
  });

  it('refuses a mail nickname another user has', () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'megan.b@contoso.com', mailNickname: 'meganb', displayName: 'M' },
      'UserAlreadyExists',
      'Another object with the same value for property mailNickname already exists.',
    );
  });

  it.each(['has space', 'a@b', '.leading', 'trailing.', '', 'x'.repeat(65), 'semi;colon'])('refuses the mail nickname "%s"', (mailNickname) => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'pat@contoso.com', mailNickname, displayName: 'Pat' },
      'InvalidValue',
      "Invalid value specified for property 'mailNickname' of resource 'User'.",
    );
  });

  it('refuses a usage location that is not a string, as a parsed file might carry', () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat', usageLocation: ['US'] as unknown as string },
      'InvalidValue',
    );
  });

  it('requires a display name', () => {
    new TestTenant().expectRejected({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: '  ' }, 'RequiredPropertyMissing', 'Display name is required.');
  });

  it.each(['password', 'Sh0rt!', 'alllowercase1', 'Pässwört123', 'x'.repeat(257)])('refuses the password %s as not complex enough', (password) => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat', password },
      'InvalidValue',
      'The specified password does not comply with password complexity requirements. Please provide a different password.',
    );
  });

  it('refuses a usage location given twice with different values, or one that is not a country code', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat', usageLocation: 'FR', profile: { usageLocation: 'DE' } },
      'InvalidValue',
      "Invalid value specified for property 'usageLocation' of resource 'User'.",
    );
    lab.expectRejected({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat', usageLocation: 'France' }, 'InvalidValue');
  });

  it('refuses more than one business phone, and alternate emails that are not addresses', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat', profile: { businessPhones: ['1', '2'] } },
      'InvalidValue',
      "Invalid value specified for property 'businessPhones' of resource 'User'.",
    );
    lab.expectRejected({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat', profile: { otherMails: ['not an address'] } }, 'InvalidValue');
  });

  it('is denied to admins whose roles cannot create users', () => {
    new TestTenant()
      .signInAs('AllanD@contoso.com')
      .expectRejected({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat' }, 'InsufficientPrivileges', 'Insufficient privileges to complete the operation.');
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

  it('updates the contact lists, written to the audit as JSON arrays', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    const result = lab.send({ type: 'user.update', userId: alex, changes: { businessPhones: ['+1 425 555 0100'], mobilePhone: '+1 425 555 0101' } });
    lab.expectUser('AlexW@contoso.com').toHave({ businessPhones: ['+1 425 555 0100'], mobilePhone: '+1 425 555 0101' });
    expect(result.ok && result.audit[0]?.targetResources[0]?.modifiedProperties).toContainEqual({ displayName: 'businessPhones', oldValue: '[]', newValue: '["+1 425 555 0100"]' });
  });

  it('refuses a usage location that is not a two-letter country code', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'user.update', userId: lab.userId('CameronW@contoso.com'), changes: { usageLocation: 'Canada' } },
      'InvalidValue',
      "Invalid value specified for property 'usageLocation' of resource 'User'.",
    );
  });

  it('refuses to clear the display name, or to change a property that is not editable this way', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.expectRejected({ type: 'user.update', userId: alex, changes: { displayName: null } }, 'RequiredPropertyMissing', 'Display name is required.');
    lab.expectRejected(
      { type: 'user.update', userId: alex, changes: { userPrincipalName: 'x@contoso.com' } as never },
      'InvalidValue',
      "Property 'userPrincipalName' can't be updated this way.",
    );
  });

  it('refuses an unknown user', () => {
    new TestTenant().expectRejected(
      { type: 'user.update', userId: 'nobody', changes: { jobTitle: 'x' } },
      'ResourceNotFound',
      "Resource 'nobody' does not exist or one of its queried reference-property objects are not present.",
    );
  });

  it('lets a User Administrator edit profiles but not a License Administrator', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.signInAs('NestorW@contoso.com').run({ type: 'user.update', userId: alex, changes: { city: 'Oslo' } });
    lab.signInAs('EmilyB@contoso.com').expectRejected({ type: 'user.update', userId: alex, changes: { city: 'Rome' } }, 'InsufficientPrivileges');
  });

  it('lets a License Administrator set a usage location and nothing else', () => {
    const lab = new TestTenant().signInAs('EmilyB@contoso.com');
    lab.run({ type: 'user.update', userId: lab.userId('CameronW@contoso.com'), changes: { usageLocation: 'CA' } });
    lab.expectUser('CameronW@contoso.com').toHave({ usageLocation: 'CA' });
    lab.expectRejected(
      { type: 'user.update', userId: lab.userId('CameronW@contoso.com'), changes: { usageLocation: 'US', city: 'Boston' } },
      'InsufficientPrivileges',
      'Insufficient privileges to complete the operation.',
    );
  });
});

describe('user.delete', () => {
  it('soft-deletes a user into Deleted users and schedules the purge', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    lab.expectUser('AlexW@contoso.com').notToExist();
    expect(getById(lab.tenant.directory.deletedUsers, alex)?.deletedDateTime).toBe('2026-03-02T09:00:00.000Z');
    expect(toArray(lab.tenant.scheduledProcesses).filter((process) => process.kind === 'user.purge')).toHaveLength(1);
  });

  it("drops the deleted user's manager links, both ways", () => {
    const lab = new TestTenant();
    const [alex, megan, miriam] = ['AlexW@contoso.com', 'MeganB@contoso.com', 'MiriamG@contoso.com'].map((upn) => lab.userId(upn));
    lab.run({ type: 'user.setManager', userId: alex!, managerId: megan! });
    lab.run({ type: 'user.setManager', userId: megan!, managerId: miriam! });
    lab.run({ type: 'user.delete', userId: megan! });
    lab.expectUser('AlexW@contoso.com').toHave({ managerId: null });
    expect(getById(lab.tenant.directory.deletedUsers, megan!)?.managerId).toBeNull();
  });

  it('refuses to let admins delete themselves', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'user.delete', userId: lab.userId('admin@contoso.onmicrosoft.com') }, 'InvalidValue', "You can't delete yourself.");
  });

  it('refuses an unknown user', () => {
    new TestTenant().expectRejected({ type: 'user.delete', userId: 'nobody' }, 'ResourceNotFound');
  });

  it('is denied to a Helpdesk Administrator, and to a User Administrator when the target is a Global Administrator', () => {
    const lab = new TestTenant();
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'user.delete', userId: lab.userId('AlexW@contoso.com') }, 'InsufficientPrivileges');
    lab.signInAs('NestorW@contoso.com').expectRejected(
      { type: 'user.delete', userId: lab.userId('admin@contoso.onmicrosoft.com') },
      'InsufficientPrivileges',
      'Insufficient privileges to complete the operation.',
    );
    lab.run({ type: 'user.delete', userId: lab.userId('AlexW@contoso.com') });
  });
});

describe('user.restore', () => {
  it('restores a deleted user with everything they had and cancels the purge', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    const result = lab.send({ type: 'user.restore', userId: alex });
    lab.expectUser('AlexW@contoso.com').toHave({ deletedDateTime: null, jobTitle: 'Marketing Assistant', proxyAddresses: ['SMTP:AlexW@contoso.com'] });
    expect(toArray(lab.tenant.scheduledProcesses).filter((process) => process.kind === 'user.purge')).toHaveLength(0);
    expect(result.ok && result.audit[0]).toMatchObject({ activityDisplayName: 'Restore user', targetResources: [{ modifiedProperties: [] }] });
  });

  it("refuses, in Graph's words, when an active user now holds the username", () => {
    new TestTenant(contosoWithDeletedNamesake()).expectRejected(
      { type: 'user.restore', userId: NAMESAKE_ID },
      'RestoreConflict',
      'Another object with the same value for property userPrincipalName already exists.',
    );
  });

  it('restores under a new username, which becomes the primary address, dropping the addresses someone else now holds', () => {
    const lab = new TestTenant(contosoWithDeletedNamesake());
    const result = lab.send({ type: 'user.restore', userId: NAMESAKE_ID, newUserPrincipalName: 'AlexW.2019@contoso.com' });
    expect(result.ok).toBe(true);
    lab.expectUser('AlexW.2019@contoso.com').toHave({
      id: NAMESAKE_ID,
      mail: 'AlexW.2019@contoso.com',
      proxyAddresses: ['SMTP:AlexW.2019@contoso.com', 'smtp:alex.wilber@contoso.com'],
    });
    lab.expectUser('AlexW@contoso.com').toHave({ displayName: 'Alex Wilber' });
    expect(result.ok && result.audit[0]?.targetResources[0]?.modifiedProperties.map((property) => property.displayName)).toEqual([
      'userPrincipalName',
      'mail',
      'proxyAddresses',
    ]);
  });

  it('refuses a new username that is malformed, unverified, or taken', () => {
    const lab = new TestTenant(contosoWithDeletedNamesake());
    lab.expectRejected({ type: 'user.restore', userId: NAMESAKE_ID, newUserPrincipalName: 'no at sign' }, 'InvalidUserPrincipalName');
    lab.expectRejected({ type: 'user.restore', userId: NAMESAKE_ID, newUserPrincipalName: 'alex@fabrikam.com' }, 'UnverifiedDomain');
    lab.expectRejected({ type: 'user.restore', userId: NAMESAKE_ID, newUserPrincipalName: 'meganb@contoso.com' }, 'UserAlreadyExists');
  });

  it('refuses a new username that is already another object\'s email address', () => {
    const lab = new TestTenant(contosoWithDeletedNamesake());
    lab.run({ type: 'contact.create', displayName: 'Alex at home', mail: 'alex.home@contoso.com' });
    lab.expectRejected(
      { type: 'user.restore', userId: NAMESAKE_ID, newUserPrincipalName: 'alex.home@contoso.com' },
      'PropertyConflict',
      'Another object with the same value for property proxyAddresses already exists.',
    );
  });

  it('removes proxy-address conflicts automatically: an address taken while the user was deleted is dropped', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    lab.run({ type: 'contact.create', displayName: 'Alex (supplier)', mail: 'AlexW@contoso.com' });
    lab.run({ type: 'user.restore', userId: alex });
    lab.expectUser('AlexW@contoso.com').toHave({ mail: null, proxyAddresses: [] });
  });

  it('makes the first remaining SMTP address primary when the primary one was taken', () => {
    const lab = new TestTenant();
    const megan = lab.userId('MeganB@contoso.com');
    lab.run({ type: 'user.changeUserPrincipalName', userId: megan, userPrincipalName: 'megan@contoso.com' });
    lab.run({ type: 'user.changeUserPrincipalName', userId: megan, userPrincipalName: 'MeganB@contoso.com' });
    lab.run({ type: 'user.delete', userId: megan });
    lab.run({ type: 'contact.create', displayName: 'Megan (supplier)', mail: 'MeganB@contoso.com' });
    lab.run({ type: 'user.restore', userId: megan });
    lab.expectUser('MeganB@contoso.com').toHave({ mail: 'megan@contoso.com', proxyAddresses: ['SMTP:megan@contoso.com'] });
  });

  it('refuses a user who is not in Deleted users', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'user.restore', userId: lab.userId('AlexW@contoso.com') }, 'ResourceNotFound');
  });

  it('lets a User Administrator restore users in its column of the matrix, and no others', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.delete', userId: lab.userId('AllanD@contoso.com') });
    lab.run({ type: 'user.delete', userId: lab.userId('EmilyB@contoso.com') });
    lab.signInAs('NestorW@contoso.com');
    // A Helpdesk Administrator is in the User Administrator's column; a License Administrator is not.
    lab.run({ type: 'user.restore', userId: findDeleted(lab.tenant, 'AllanD@contoso.com') });
    lab.expectRejected(
      { type: 'user.restore', userId: findDeleted(lab.tenant, 'EmilyB@contoso.com') },
      'InsufficientPrivileges',
      'Insufficient privileges to complete the operation.',
    );
  });
});

function findDeleted(tenant: Tenant, userPrincipalName: string): string {
  for (const bucket of tenant.directory.deletedUsers.buckets) {
    for (const user of Object.values(bucket ?? {})) if (user.userPrincipalName === userPrincipalName) return user.id;
  }
  throw new Error(`${userPrincipalName} is not deleted`);
}

describe('user.permanentlyDelete and the purge', () => {
  it('removes a deleted user for good, after which they cannot be restored', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    const result = lab.send({ type: 'user.permanentlyDelete', userId: alex });
    expect(result.ok && result.audit[0]?.activityDisplayName).toBe('Hard Delete user');
    expect(lab.tenant.directory.deletedUsers.size).toBe(0);
    expect(toArray(lab.tenant.scheduledProcesses).filter((process) => process.kind === 'user.purge')).toHaveLength(0);
    lab.expectRejected({ type: 'user.restore', userId: alex }, 'ResourceNotFound');
  });

  it("takes the user's role assignments with them, as the 30-day purge does", () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'role.assign', principalId: alex, roleDefinitionId: ROLE.userAdministrator });
    lab.run({ type: 'user.delete', userId: alex });
    // A soft-deleted user keeps their roles, so a restore brings them back.
    expect(toArray(lab.tenant.roles.roleAssignments).filter((assignment) => assignment.principalId === alex)).toHaveLength(1);
    lab.run({ type: 'user.permanentlyDelete', userId: alex });
    expect(toArray(lab.tenant.roles.roleAssignments).filter((assignment) => assignment.principalId === alex)).toEqual([]);
  });

  it('refuses a user who is not in Deleted users, and is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.expectRejected({ type: 'user.permanentlyDelete', userId: alex }, 'ResourceNotFound');
    lab.run({ type: 'user.delete', userId: alex });
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'user.permanentlyDelete', userId: alex }, 'InsufficientPrivileges');
  });

  it('purges a deleted user 30 days after deletion, not a moment before', () => {
    const lab = new TestTenant();
    const alex = lab.userId('AlexW@contoso.com');
    lab.run({ type: 'user.delete', userId: alex });
    lab.run({ type: 'clock.advance', duration: 'P29DT23H59M59S' });
    expect(lab.tenant.directory.deletedUsers.size).toBe(1);
    const result = lab.send({ type: 'clock.advance', duration: 'PT1S' });
    expect(lab.tenant.directory.deletedUsers.size).toBe(0);
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
});

describe('replay', () => {
  it('replays creation, edits, deletion, restore under a new name and the purge timer identically', () => {
    const lab = new TestTenant(contosoWithDeletedNamesake());
    lab.run({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe' });
    lab.run({ type: 'user.update', userId: lab.userId('pat@contoso.com'), changes: { city: 'Leeds', otherMails: ['pat@outlook.com'] } });
    lab.run({ type: 'user.restore', userId: NAMESAKE_ID, newUserPrincipalName: 'AlexW.2019@contoso.com' });
    lab.run({ type: 'user.delete', userId: lab.userId('AdeleV@contoso.com') });
    lab.send({ type: 'user.delete', userId: 'nobody' });
    lab.run({ type: 'clock.advance', duration: 'P31D' });
    const replayed = replay(contosoWithDeletedNamesake(), lab.log);
    expect(replayed.directory.deletedUsers.size).toBe(0);
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
