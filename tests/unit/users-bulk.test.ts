import { describe, expect, it } from 'vitest';
import { createContosoTenant, findUserByUserPrincipalName, replay, type CreateUserInput } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const people: CreateUserInput[] = [
  { userPrincipalName: 'avery@contoso.com', displayName: 'Avery Lind', profile: { department: 'Sales' } },
  { userPrincipalName: 'noor@contoso.com', displayName: 'Noor Haddad', usageLocation: 'GB', forceChangePasswordNextSignIn: true },
  { userPrincipalName: 'mateo@contoso.onmicrosoft.com', displayName: 'Mateo Ruiz', password: 'Sunny-Meadow-12' },
];

describe('user.bulkCreate', () => {
  it('creates every user, with one "Add user" record each, the file-wide choices filling the gaps', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'user.bulkCreate', users: people, usageLocation: 'US', forceChangePasswordNextSignIn: false });
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.targetResources[0]?.userPrincipalName])).toEqual([
      ['Add user', 'avery@contoso.com'],
      ['Add user', 'noor@contoso.com'],
      ['Add user', 'mateo@contoso.onmicrosoft.com'],
    ]);
    lab.expectUser('avery@contoso.com').toHave({ usageLocation: 'US', department: 'Sales', passwordProfile: expect.objectContaining({ forceChangePasswordNextSignIn: false }) as never });
    lab.expectUser('noor@contoso.com').toHave({ usageLocation: 'GB', passwordProfile: expect.objectContaining({ forceChangePasswordNextSignIn: true }) as never });
    lab.expectUser('mateo@contoso.onmicrosoft.com').toHave({ passwordProfile: { password: 'Sunny-Meadow-12', forceChangePasswordNextSignIn: false } });
    expect(lab.tenant.directory.users.size).toBe(createContosoTenant().directory.users.size + 3);
    expect(JSON.stringify(result.ok && result.audit)).not.toContain('Sunny-Meadow-12');
  });

  it('gives each generated password its own value', () => {
    const lab = new TestTenant().run({ type: 'user.bulkCreate', users: people.slice(0, 2) });
    const passwords = ['avery@contoso.com', 'noor@contoso.com'].map((upn) => findUserByUserPrincipalName(lab.tenant, upn)!.passwordProfile.password);
    expect(new Set(passwords).size).toBe(2);
  });

  it('creates nothing when any row is wrong, and says which row', () => {
    const lab = new TestTenant();
    const result = lab.expectRejected(
      { type: 'user.bulkCreate', users: [...people, { userPrincipalName: 'pat@fabrikam.com', displayName: 'Pat' }] },
      'UnverifiedDomain',
      'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
    );
    expect(result.lastResult?.ok === false && result.lastResult.error.target).toBe('users[3].userPrincipalName');
  });

  it('refuses a username or alias used twice in the batch, whatever its case or domain', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'user.bulkCreate', users: [...people, { userPrincipalName: 'AVERY@contoso.com', displayName: 'Avery 2' }] },
      'UserAlreadyExists',
      'Another object with the same value for property userPrincipalName already exists.',
    );
    lab.expectRejected(
      { type: 'user.bulkCreate', users: [...people, { userPrincipalName: 'avery@contoso.onmicrosoft.com', displayName: 'Avery 2' }] },
      'UserAlreadyExists',
      'Another object with the same value for property mailNickname already exists.',
    );
  });

  it('refuses a username already in the tenant, and a bad file-wide usage location', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'user.bulkCreate', users: [{ userPrincipalName: 'MeganB@contoso.com', displayName: 'M' }] }, 'UserAlreadyExists');
    lab.expectRejected({ type: 'user.bulkCreate', users: people, usageLocation: 'United States' }, 'InvalidValue', "Invalid value specified for property 'usageLocation' of resource 'User'.");
  });

  it('takes between 1 and 249 users', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'user.bulkCreate', users: [] }, 'InvalidValue', 'Add between 1 and 249 users at a time.');
    const many = Array.from({ length: 250 }, (_, i) => ({ userPrincipalName: `user${i}@contoso.com`, displayName: `User ${i}` }));
    lab.expectRejected({ type: 'user.bulkCreate', users: many }, 'InvalidValue', 'Add between 1 and 249 users at a time.');
    lab.run({ type: 'user.bulkCreate', users: many.slice(0, 249) });
    expect(lab.tenant.directory.users.size).toBe(createContosoTenant().directory.users.size + 249);
  });

  it('is denied to admins whose roles cannot create users', () => {
    new TestTenant().signInAs('EmilyB@contoso.com').expectRejected({ type: 'user.bulkCreate', users: people }, 'InsufficientPrivileges', 'Insufficient privileges to complete the operation.');
  });

  it('replays identically, generated passwords included', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.bulkCreate', users: people, usageLocation: 'US' });
    lab.send({ type: 'user.bulkCreate', users: people });
    lab.run({ type: 'user.bulkCreate', users: [{ userPrincipalName: 'zoe@contoso.com', displayName: 'Zoe' }] });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
