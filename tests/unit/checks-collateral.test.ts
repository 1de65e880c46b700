import { describe, expect, it } from 'vitest';
import { contosoAfter, evaluate, untouched } from '../scenarios/support';

describe('noRoleGained', () => {
  it('passes when nobody gained the role, and names who did', () => {
    expect(evaluate({ kind: 'noRoleGained', role: 'Global Administrator' }, untouched())).toEqual({
      passed: true,
      found: 'No principal gained Global Administrator.',
    });
    const context = contosoAfter([
      { type: 'role.assign', principalId: { user: 'NestorW@contoso.com' }, roleDefinitionId: { role: 'Global Administrator' } },
      { type: 'pim.assignEligible', principalId: { user: 'AllanD@contoso.com' }, roleDefinitionId: { role: 'Global Administrator' }, permanent: true },
    ]);
    expect(evaluate({ kind: 'noRoleGained', role: 'Global Administrator' }, context)).toEqual({
      passed: false,
      found: 'Gained Global Administrator: Nestor Wilke (NestorW@contoso.com), Allan Deyoung (AllanD@contoso.com) (eligible).',
    });
    expect(evaluate({ kind: 'noRoleGained', role: 'Global Administrator', except: [{ user: 'NestorW@contoso.com' }, { user: 'AllanD@contoso.com' }] }, context)).toEqual({
      passed: true,
      found: 'No other principal gained Global Administrator.',
    });
  });

  it('counts users who joined a role-assignable group holding the role', () => {
    const context = contosoAfter(
      [{ type: 'group.addMembers', groupId: { group: 'Global Admins' }, memberIds: [{ user: 'GradyA@contoso.com' }] }],
      {
        start: [
          { type: 'group.create', displayName: 'Global Admins', mailEnabled: false, securityEnabled: true, mailNickname: 'GlobalAdmins', isAssignableToRole: true },
          { type: 'role.assign', principalId: { group: 'Global Admins' }, roleDefinitionId: { role: 'Global Administrator' } },
        ],
      },
    );
    expect(evaluate({ kind: 'noRoleGained', role: 'Global Administrator' }, context)).toEqual({
      passed: false,
      found: 'Gained Global Administrator: Grady Archie (GradyA@contoso.com) (through the group Global Admins).',
    });
  });

  it('does not count a role taken away and given back', () => {
    const context = contosoAfter([
      { type: 'role.remove', principalId: { user: 'NestorW@contoso.com' }, roleDefinitionId: { role: 'User Administrator' } },
      { type: 'role.assign', principalId: { user: 'NestorW@contoso.com' }, roleDefinitionId: { role: 'User Administrator' } },
    ]);
    expect(evaluate({ kind: 'noRoleGained', role: 'User Administrator' }, context).passed).toBe(true);
  });
});

describe('noneDeleted', () => {
  const context = contosoAfter([
    { type: 'user.delete', userId: { user: 'AlexW@contoso.com' } },
    { type: 'group.delete', groupId: { group: 'Retail' } },
  ]);

  it('names the deleted objects, and honours exceptions', () => {
    expect(evaluate({ kind: 'noneDeleted', collection: 'users' }, context)).toEqual({ passed: false, found: 'Deleted: Alex Wilber (AlexW@contoso.com).' });
    expect(evaluate({ kind: 'noneDeleted', collection: 'users', except: [{ user: 'AlexW@contoso.com' }] }, context)).toEqual({
      passed: true,
      found: 'No other user was deleted.',
    });
    expect(evaluate({ kind: 'noneDeleted', collection: 'groups' }, context)).toEqual({ passed: false, found: 'Deleted: the group Retail.' });
    expect(evaluate({ kind: 'noneDeleted', collection: 'domains' }, context)).toEqual({ passed: true, found: 'No domain was deleted.' });
  });
});

describe('licensesUnchanged', () => {
  it('shows each changed user’s licenses before and after', () => {
    const context = contosoAfter([
      { type: 'user.assignLicense', userId: { user: 'MeganB@contoso.com' }, addLicenses: [{ skuId: { sku: 'ENTERPRISEPACK' }, disabledPlans: [] }], removeLicenses: [{ sku: 'SPE_E5' }] },
    ]);
    expect(evaluate({ kind: 'licensesUnchanged' }, context)).toEqual({
      passed: false,
      found: 'Licenses changed for Megan Bowen (Microsoft 365 E5 → Office 365 E3).',
    });
    expect(evaluate({ kind: 'licensesUnchanged', except: [{ user: 'MeganB@contoso.com' }] }, context)).toEqual({
      passed: true,
      found: "No other user's licenses changed.",
    });
  });
});

describe('unchanged', () => {
  it('names every object whose property changed, with old and new values', () => {
    const context = contosoAfter([
      { type: 'user.setAccountEnabled', userId: { user: 'AlexW@contoso.com' }, accountEnabled: false },
      { type: 'user.update', userId: { user: 'MeganB@contoso.com' }, changes: { city: 'Seattle' } },
    ]);
    expect(evaluate({ kind: 'unchanged', collection: 'users', property: 'accountEnabled' }, context)).toEqual({
      passed: false,
      found: 'Changed Account enabled: Alex Wilber (AlexW@contoso.com) (true → false).',
    });
    expect(evaluate({ kind: 'unchanged', collection: 'users', property: 'accountEnabled', except: [{ user: 'AlexW@contoso.com' }] }, context)).toEqual({
      passed: true,
      found: "No other user's Account enabled changed.",
    });
    expect(evaluate({ kind: 'unchanged', collection: 'groups', property: 'displayName' }, context).passed).toBe(true);
  });
});
