import { describe, expect, it } from 'vitest';
import { contosoAfter, evaluate, untouched } from '../scenarios/support';

const renameAlex = { type: 'user.changeUserPrincipalName', userId: { user: 'AlexW@contoso.com' }, userPrincipalName: 'AlexWilber@contoso.com' };
const newAlex = { type: 'user.create', userPrincipalName: 'AlexWilber@contoso.com', displayName: 'Alex Wilber', usageLocation: 'US' };

describe('checks that follow an object as it was at the start', () => {
  const renamed = { kind: 'property', object: { user: { atStart: 'AlexW@contoso.com' } }, property: 'userPrincipalName', equals: 'AlexWilber@contoso.com' } as const;

  it('tell renaming an account from creating a new one with the new name', () => {
    expect(evaluate(renamed, contosoAfter([renameAlex]))).toMatchObject({ passed: true });
    expect(evaluate(renamed, contosoAfter([newAlex]))).toMatchObject({ passed: false });
    // The name alone cannot tell them apart.
    const byName = { kind: 'exists', object: { user: 'AlexWilber@contoso.com' } } as const;
    expect(evaluate(byName, contosoAfter([renameAlex])).passed).toBe(evaluate(byName, contosoAfter([newAlex])).passed);
  });

  it('name the object they followed when they pass', () => {
    expect(evaluate(renamed, contosoAfter([renameAlex])).found).toBe(
      "The Username of Alex Wilber (AlexWilber@contoso.com; AlexW@contoso.com at the start) is 'AlexWilber@contoso.com'.",
    );
    expect(evaluate({ kind: 'memberOf', user: { atStart: 'AlexW@contoso.com' }, group: 'Sales and Marketing', not: true }, contosoAfter([renameAlex])).found).toMatch(
      /^Alex Wilber \(AlexWilber@contoso\.com; AlexW@contoso\.com at the start\) is /,
    );
  });

  it('follow a deleted object into Deleted users, and say when it is gone', () => {
    const deleted = contosoAfter([{ type: 'user.delete', userId: { user: 'AlexW@contoso.com' } }]);
    expect(evaluate({ kind: 'exists', object: { user: { atStart: 'AlexW@contoso.com' } } }, deleted)).toMatchObject({ passed: false });
    expect(evaluate({ kind: 'property', object: { user: { atStart: 'AlexW@contoso.com' } }, property: 'accountEnabled', equals: true }, deleted).found).toContain('in Deleted users');
  });
});

describe('negative checks on a user in Deleted users', () => {
  const deletedAdele = contosoAfter([{ type: 'user.delete', userId: { user: 'AdeleV@contoso.com' } }]);

  it.each([
    ['not a member', { kind: 'memberOf', user: 'AdeleV@contoso.com', group: 'Retail', not: true }, 'is in Deleted users, so is not a member of any group'],
    ['not an owner', { kind: 'ownerOf', user: 'AdeleV@contoso.com', group: 'Retail', not: true }, 'is in Deleted users, so is not an owner of any group'],
    ['holds no license', { kind: 'holdsLicense', user: 'AdeleV@contoso.com', sku: 'ENTERPRISEPACK', not: true }, 'is in Deleted users, so holds no license in use'],
    ['holds no role', { kind: 'holdsRole', user: 'AdeleV@contoso.com', role: 'Global Administrator', not: true }, 'is in Deleted users, so holds no role in use'],
  ] as const)('%s passes: a deleted user has no active access', (_name, check, found) => {
    expect(evaluate(check, deletedAdele)).toEqual({ passed: true, found: `Adele Vance ${found}.` });
  });

  it('and the positive checks fail, saying where the user is', () => {
    expect(evaluate({ kind: 'memberOf', user: 'AdeleV@contoso.com', group: 'Retail' }, deletedAdele)).toEqual({
      passed: false,
      found: 'Adele Vance is in Deleted users, so is not a member of Retail.',
    });
    expect(evaluate({ kind: 'holdsLicense', user: 'AdeleV@contoso.com', sku: 'ENTERPRISEPACK' }, deletedAdele).passed).toBe(false);
  });
});

describe('"still" only for what held at the start', () => {
  it('says a user is still a member only when they were one at the start', () => {
    expect(evaluate({ kind: 'memberOf', user: 'AdeleV@contoso.com', group: 'Retail', not: true }, untouched()).found).toBe('Adele Vance is still a member of Retail.');
    const joined = contosoAfter([{ type: 'group.addMembers', groupId: { group: 'Retail' }, memberIds: [{ user: 'MeganB@contoso.com' }] }]);
    expect(evaluate({ kind: 'memberOf', user: 'MeganB@contoso.com', group: 'Retail', not: true }, joined).found).toBe('Megan Bowen is a member of Retail.');
  });

  it('says a user holds a license, not still holds it, when they gained it', () => {
    const licensed = contosoAfter([{ type: 'user.assignLicense', userId: { user: 'DebraB@contoso.com' }, addLicenses: [{ skuId: { sku: 'SPE_E5' }, disabledPlans: [] }], removeLicenses: [] }]);
    expect(evaluate({ kind: 'holdsLicense', user: 'DebraB@contoso.com', sku: 'SPE_E5', not: true }, licensed).found).toBe('Debra Berger holds Microsoft 365 E5 (directly).');
  });
});

describe('holdsLicense with not, via and group, and on groups', () => {
  const pilot = contosoAfter([
    { type: 'group.create', displayName: 'E5 Pilot', mailEnabled: false, securityEnabled: true, mailNickname: 'E5Pilot', memberIds: [{ user: 'DebraB@contoso.com' }] },
    { type: 'group.assignLicense', groupId: { group: 'E5 Pilot' }, addLicenses: [{ skuId: { sku: 'SPE_E5' }, disabledPlans: [{ servicePlan: 'SWAY' }] }], removeLicenses: [] },
  ]);

  it('"holds E5, but not by direct assignment" passes through a group and fails directly', () => {
    expect(evaluate({ kind: 'holdsLicense', user: 'DebraB@contoso.com', sku: 'SPE_E5', via: 'direct', not: true }, pilot)).toEqual({
      passed: true,
      found: 'Debra Berger holds no Microsoft 365 E5 license directly (Microsoft 365 E5 is held through the group E5 Pilot).',
    });
    expect(evaluate({ kind: 'holdsLicense', user: 'MeganB@contoso.com', sku: 'SPE_E5', via: 'direct', not: true }, pilot).passed).toBe(false);
    expect(evaluate({ kind: 'holdsLicense', user: 'DebraB@contoso.com', sku: 'SPE_E5', group: 'E5 Pilot', not: true }, pilot).passed).toBe(false);
  });

  it('checks a license assigned to a group, and a plan turned off in it', () => {
    expect(evaluate({ kind: 'holdsLicense', licensedGroup: 'E5 Pilot', sku: 'SPE_E5' }, pilot)).toEqual({ passed: true, found: 'The group E5 Pilot assigns Microsoft 365 E5 to its members.' });
    expect(evaluate({ kind: 'holdsLicense', licensedGroup: 'E5 Pilot', sku: 'ENTERPRISEPACK' }, pilot).found).toBe('The group E5 Pilot assigns no Office 365 E3 license; it assigns: Microsoft 365 E5.');
    expect(evaluate({ kind: 'planDisabled', licensedGroup: 'E5 Pilot', sku: 'SPE_E5', plan: 'SWAY' }, pilot).passed).toBe(true);
    expect(evaluate({ kind: 'planDisabled', licensedGroup: 'E5 Pilot', sku: 'SPE_E5', plan: 'TEAMS1' }, pilot).passed).toBe(false);
  });
});

describe('a wrong role, explained from its permissions', () => {
  it('names the permission the role held lacks, and leaves the wanted role out of the hint-safe text', () => {
    const context = contosoAfter([{ type: 'role.assign', principalId: { user: 'GradyA@contoso.com' }, roleDefinitionId: { role: 'Service Support Administrator' } }]);
    const result = evaluate({ kind: 'holdsRole', user: 'GradyA@contoso.com', role: 'Helpdesk Administrator' }, context);
    expect(result.found).toContain("Service Support Administrator can't reset passwords: it has no microsoft.directory/users/password/update, which Helpdesk Administrator has.");
    expect(result.safe).toBe(
      "Grady Archie does not hold the role the task asks for; roles held: Service Support Administrator (tenant). Service Support Administrator can't reset passwords: it has no microsoft.directory/users/password/update.",
    );
    expect(result.safe).not.toContain('Helpdesk');
  });

  it('says a broader role is broader', () => {
    const context = contosoAfter([{ type: 'role.assign', principalId: { user: 'GradyA@contoso.com' }, roleDefinitionId: { role: 'User Administrator' } }]);
    expect(evaluate({ kind: 'holdsRole', user: 'GradyA@contoso.com', role: 'Password Administrator' }, context).safe).toContain('User Administrator is broader than the task needs: it can also create users');
  });
});

describe('why a license is missing, from the tenant', () => {
  it('says a user without a usage location cannot be licensed yet', () => {
    expect(evaluate({ kind: 'holdsLicense', user: 'CameronW@contoso.com', sku: 'ENTERPRISEPACK' }, untouched()).found).toBe(
      'Cameron White holds no Office 365 E3 license; licenses held: none. Cameron White has no Usage location, and a license can only be assigned once one is set.',
    );
  });
});
