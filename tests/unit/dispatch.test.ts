import { describe, expect, it } from 'vitest';
import {
  CONTOSO_ADMIN_UPN,
  SYSTEM_ACTOR,
  auditRecords,
  createContosoTenant,
  dispatch,
  replay,
  signedInAs,
  type Command,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

describe('dispatch', () => {
  it('applies an accepted command and returns the new state and the audit record', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tenant.directory.users.size).toBe(lab.fixture.directory.users.size + 1);
    expect(result.audit).toHaveLength(1);
    expect(result.audit[0]).toMatchObject({
      activityDisplayName: 'Add user',
      result: 'success',
      initiatedBy: { user: { userPrincipalName: CONTOSO_ADMIN_UPN } },
      targetResources: [{ type: 'User', userPrincipalName: 'pat@contoso.com' }],
    });
    expect([...auditRecords(result.tenant)].at(-1)).toEqual(result.audit[0]);
    lab.expectUser('pat@contoso.com').toHave({ displayName: 'Pat Doe', accountEnabled: true });
  });

  it('a rejected command changes nothing and returns the catalogued error with the tenant wording', () => {
    new TestTenant().expectRejected(
      { type: 'user.create', userPrincipalName: 'MeganB@contoso.com', displayName: 'Megan Again' },
      'UserAlreadyExists',
      'Another object with the same value for property userPrincipalName already exists.',
    );
  });

  it('a rejected command returns a failure audit record without writing it to the tenant', () => {
    const lab = new TestTenant();
    const sizeBefore = lab.tenant.auditLog.size;
    const result = lab.send({ type: 'user.create', userPrincipalName: 'x@fabrikam.com', displayName: 'X' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.audit).toMatchObject({ activityDisplayName: 'Add user', result: 'failure', resultReason: result.error.message });
    expect(lab.tenant.auditLog.size).toBe(sizeBefore);
  });

  it('names a failure after the activity the state would have given the command', () => {
    const result = new TestTenant().send({ type: 'domain.remove', name: 'contoso.com' });
    expect(result).toMatchObject({ ok: false, error: { code: 'DefaultDomainCannotBeRemoved' }, audit: { activityDisplayName: 'Remove verified domain', result: 'failure' } });
  });

  it('an admin without the permission is denied with Graph’s message, and nothing changes', () => {
    new TestTenant()
      .signInAs('AllanD@contoso.com') // Helpdesk Administrator: resets passwords, cannot create users
      .expectRejected(
        { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe' },
        'InsufficientPrivileges',
        'Insufficient privileges to complete the operation.',
      );
  });

  it('a user with no admin role is denied', () => {
    new TestTenant()
      .signInAs('MeganB@contoso.com')
      .expectRejected({ type: 'user.update', userId: new TestTenant().userId('AlexW@contoso.com'), changes: { jobTitle: 'Boss' } }, 'InsufficientPrivileges');
  });

  it('an admin whose sign-in is blocked is denied', () => {
    const lab = new TestTenant();
    const brian = lab.userId('BrianJ@contoso.com');
    const blocked = dispatch(lab.tenant, { type: 'user.update', userId: lab.userId('AlexW@contoso.com'), changes: { jobTitle: 'x' } }, signedInAs(brian));
    expect(blocked.ok).toBe(false);
  });

  it('a signed-in user that does not exist is denied', () => {
    const tenant = createContosoTenant();
    const result = dispatch(tenant, { type: 'user.create', userPrincipalName: 'a@contoso.com', displayName: 'A' }, signedInAs('00000000-0000-0000-0000-000000000000'));
    expect(result.ok).toBe(false);
  });

  it('rejects an unknown command type without throwing', () => {
    const tenant = createContosoTenant();
    const result = dispatch(tenant, { type: 'user.teleport' } as unknown as Command, SYSTEM_ACTOR);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidValue' } });
  });

  it('mints ids from the seed in the state, so the same command on the same state gives the same ids', () => {
    const tenant = createContosoTenant();
    const command: Command = { type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat' };
    const actor = signedInAs(new TestTenant().userId(CONTOSO_ADMIN_UPN));
    const a = dispatch(tenant, command, actor);
    const b = dispatch(tenant, command, actor);
    expect(JSON.stringify(a.ok && a.tenant)).toBe(JSON.stringify(b.ok && b.tenant));
  });

  it('replay of the same log reproduces the state exactly', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe', profile: { department: 'Sales' } });
    lab.run({ type: 'user.update', userId: lab.userId('pat@contoso.com'), changes: { jobTitle: 'Seller', usageLocation: 'GB' } });
    lab.send({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Duplicate' });
    lab.run({ type: 'user.delete', userId: lab.userId('AlexW@contoso.com') });
    lab.run({ type: 'clock.advance', duration: 'P3D' });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
