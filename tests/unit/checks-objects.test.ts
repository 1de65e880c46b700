import { describe, expect, it } from 'vitest';
import { contosoAfter, evaluate, untouched } from '../scenarios/support';

const deleteAdele = [{ type: 'user.delete', userId: { user: 'AdeleV@contoso.com' } }];

describe('exists and notExists', () => {
  it('finds a user by user name, ignoring case', () => {
    expect(evaluate({ kind: 'exists', object: { user: 'meganb@CONTOSO.com' } }, untouched())).toEqual({
      passed: true,
      found: 'Megan Bowen (MeganB@contoso.com) exists.',
    });
  });

  it('says a missing user is in Deleted users when that is where they are', () => {
    expect(evaluate({ kind: 'exists', object: { user: 'AdeleV@contoso.com' } }, contosoAfter(deleteAdele))).toEqual({
      passed: false,
      found: 'The user AdeleV@contoso.com does not exist; it is in Deleted users.',
    });
  });

  it('finds deleted users, groups, domains and subscriptions by their names', () => {
    const context = contosoAfter(deleteAdele);
    expect(evaluate({ kind: 'exists', object: { deletedUser: 'AdeleV@contoso.com' } }, context).passed).toBe(true);
    expect(evaluate({ kind: 'exists', object: { group: 'sales and marketing' } }, context).found).toBe('The group Sales and Marketing exists.');
    expect(evaluate({ kind: 'exists', object: { domain: 'CONTOSO.COM' } }, context).found).toBe('The domain contoso.com exists.');
    expect(evaluate({ kind: 'exists', object: { subscription: 'SPE_E5' } }, context).found).toBe('The Microsoft 365 E5 subscription exists.');
    expect(evaluate({ kind: 'exists', object: { subscription: 'SPB' } }, context)).toEqual({
      passed: false,
      found: 'A Microsoft 365 Business Premium subscription does not exist.',
    });
  });

  it('finds guests by the address they were invited with, and administrative units by name', () => {
    const context = contosoAfter([
      { type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com', invitedUserDisplayName: 'Ada Park' },
      { type: 'administrativeUnit.create', displayName: 'Paris' },
    ]);
    expect(evaluate({ kind: 'exists', object: { guest: 'ADA@fabrikam.com' } }, context).found).toBe('The guest Ada Park (ada@fabrikam.com) exists.');
    expect(evaluate({ kind: 'exists', object: { administrativeUnit: 'paris' } }, context).found).toBe('The administrative unit Paris exists.');
    expect(evaluate({ kind: 'exists', object: { guest: 'bob@fabrikam.com' } }, context)).toEqual({ passed: false, found: 'A guest invited as bob@fabrikam.com does not exist.' });
  });

  it('notExists passes once the object is gone and names it while it is there', () => {
    expect(evaluate({ kind: 'notExists', object: { user: 'AdeleV@contoso.com' } }, contosoAfter(deleteAdele))).toEqual({
      passed: true,
      found: 'The user AdeleV@contoso.com does not exist.',
    });
    expect(evaluate({ kind: 'notExists', object: { group: 'Retail' } }, untouched())).toEqual({ passed: false, found: 'The group Retail still exists.' });
  });
});

describe('property', () => {
  const megan = { user: 'MeganB@contoso.com' };

  it('equals compares values as text and says what it found instead', () => {
    expect(evaluate({ kind: 'property', object: megan, property: 'department', equals: 'Marketing' }, untouched())).toEqual({
      passed: true,
      found: "The Department of Megan Bowen (MeganB@contoso.com) is 'Marketing'.",
    });
    expect(evaluate({ kind: 'property', object: megan, property: 'department', equals: 'Sales' }, untouched())).toEqual({
      passed: false,
      found: "The Department of Megan Bowen (MeganB@contoso.com) is 'Marketing'; expected 'Sales'.",
      safe: "The Department of Megan Bowen (MeganB@contoso.com) is 'Marketing', which is not what the task asks for.",
    });
  });

  it('is case-sensitive unless told otherwise, except for names the directory compares without case', () => {
    expect(evaluate({ kind: 'property', object: megan, property: 'department', equals: 'marketing' }, untouched()).passed).toBe(false);
    expect(evaluate({ kind: 'property', object: megan, property: 'department', equals: 'marketing', ignoreCase: true }, untouched()).passed).toBe(true);
    expect(evaluate({ kind: 'property', object: megan, property: 'userPrincipalName', equals: 'meganb@contoso.com' }, untouched()).passed).toBe(true);
  });

  it('reads an absent property as not set, and a nested one by its path', () => {
    expect(evaluate({ kind: 'property', object: { user: 'CameronW@contoso.com' }, property: 'usageLocation', equals: 'CA' }, untouched())).toEqual({
      passed: false,
      found: "The Usage location of Cameron White (CameronW@contoso.com) is not set; expected 'CA'.",
      safe: 'The Usage location of Cameron White (CameronW@contoso.com) is not set, which is not what the task asks for.',
    });
    expect(evaluate({ kind: 'property', object: megan, property: 'passwordProfile.forceChangePasswordNextSignIn', equals: false }, untouched()).passed).toBe(true);
  });

  it('differs, oneOf and matches', () => {
    expect(evaluate({ kind: 'property', object: megan, property: 'city', differs: 'Pittsburgh' }, untouched())).toEqual({
      passed: false,
      found: "The City of Megan Bowen (MeganB@contoso.com) is 'Pittsburgh'; it must be something else.",
    });
    expect(evaluate({ kind: 'property', object: megan, property: 'usageLocation', oneOf: ['GB', 'DE'] }, untouched())).toEqual({
      passed: false,
      found: "The Usage location of Megan Bowen (MeganB@contoso.com) is 'US'; expected one of 'GB', 'DE'.",
      safe: "The Usage location of Megan Bowen (MeganB@contoso.com) is 'US', which is not what the task asks for.",
    });
    expect(evaluate({ kind: 'property', object: megan, property: 'jobTitle', matches: '^marketing' , ignoreCase: true }, untouched()).passed).toBe(true);
    expect(evaluate({ kind: 'property', object: megan, property: 'jobTitle', matches: '^Sales' }, untouched())).toEqual({
      passed: false,
      found: "The Job title of Megan Bowen (MeganB@contoso.com) is 'Marketing Manager', which does not match ^Sales.",
    });
  });

  it('changed compares with the same object at the start, found by id', () => {
    const context = contosoAfter([
      { type: 'user.update', userId: { user: 'MeganB@contoso.com' }, changes: { city: 'Seattle' } },
      { type: 'user.changeUserPrincipalName', userId: { user: 'MeganB@contoso.com' }, userPrincipalName: 'Megan.Bowen@contoso.com' },
    ]);
    expect(evaluate({ kind: 'property', object: { user: 'Megan.Bowen@contoso.com' }, property: 'city', changed: true }, context)).toEqual({
      passed: true,
      found: "The City of Megan Bowen (Megan.Bowen@contoso.com) was 'Pittsburgh' and is 'Seattle'.",
    });
    expect(evaluate({ kind: 'property', object: { user: 'Megan.Bowen@contoso.com' }, property: 'department', changed: true }, context)).toEqual({
      passed: false,
      found: "The Department of Megan Bowen (Megan.Bowen@contoso.com) is still 'Marketing', as at the start.",
    });
    expect(evaluate({ kind: 'property', object: { user: 'Megan.Bowen@contoso.com' }, property: 'city', changed: false }, context).found).toBe(
      "The City of Megan Bowen (Megan.Bowen@contoso.com) was 'Pittsburgh' and is 'Seattle'; it must stay as it was.",
    );
  });

  it('reads a user who has since been deleted', () => {
    const context = contosoAfter([{ type: 'user.setAccountEnabled', userId: { user: 'AdeleV@contoso.com' }, accountEnabled: false }, ...deleteAdele]);
    expect(evaluate({ kind: 'property', object: { user: 'AdeleV@contoso.com' }, property: 'accountEnabled', equals: false }, context)).toEqual({
      passed: true,
      found: 'The Account enabled of Adele Vance (AdeleV@contoso.com, in Deleted users) is false.',
    });
  });

  it('fails, naming the object, when it does not exist or a group name is ambiguous', () => {
    expect(evaluate({ kind: 'property', object: { user: 'nobody@contoso.com' }, property: 'city', equals: 'X' }, untouched())).toEqual({
      passed: false,
      found: 'The user nobody@contoso.com does not exist.',
    });
    const twoRetails = contosoAfter([{ type: 'group.create', displayName: 'Retail', mailEnabled: false, securityEnabled: true, mailNickname: 'Retail2' }]);
    expect(evaluate({ kind: 'property', object: { group: 'Retail' }, property: 'securityEnabled', equals: true }, twoRetails)).toEqual({
      passed: false,
      found: '2 objects match the group Retail, so it is ambiguous.',
    });
  });
});
