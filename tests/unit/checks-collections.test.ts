import { describe, expect, it } from 'vitest';
import { contosoAfter, evaluate, untouched } from '../scenarios/support';

describe('count', () => {
  it('counts the whole tenant without a filter, and filtered users through an index', () => {
    expect(evaluate({ kind: 'count', collection: 'users', equals: 25 }, untouched())).toEqual({ passed: true, found: 'The number of users is 25.' });
    expect(evaluate({ kind: 'count', collection: 'users', where: { department: 'sales' }, atLeast: 5 }, untouched())).toEqual({
      passed: false,
      found: "The number of users with Department 'sales' is 4; expected at least 5.",
    });
    expect(evaluate({ kind: 'count', collection: 'users', where: { department: 'Sales', accountEnabled: false }, equals: 1 }, untouched()).passed).toBe(true);
  });

  it('counts members, owners, licenses, guests, deleted users and other collections', () => {
    const context = contosoAfter([
      { type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com' },
      { type: 'user.delete', userId: { user: 'AlexW@contoso.com' } },
    ]);
    expect(evaluate({ kind: 'count', collection: { membersOf: 'Sales and Marketing' }, equals: 7 }, context)).toEqual({
      passed: false,
      found: 'The number of members of the group Sales and Marketing is 6; expected exactly 7.',
    });
    expect(evaluate({ kind: 'count', collection: { ownersOf: 'Retail' }, atLeast: 1, atMost: 1 }, context).passed).toBe(true);
    expect(evaluate({ kind: 'count', collection: { licensesOf: 'MeganB@contoso.com' }, equals: 1 }, context).found).toBe('The number of licenses of Megan Bowen is 1.');
    expect(evaluate({ kind: 'count', collection: 'guests', equals: 1 }, context).found).toBe('The number of guest users is 1.');
    expect(evaluate({ kind: 'count', collection: 'deletedUsers', equals: 1 }, context).passed).toBe(true);
    expect(evaluate({ kind: 'count', collection: 'groups', where: { securityEnabled: true }, equals: 2 }, context).passed).toBe(true);
    expect(evaluate({ kind: 'count', collection: 'domains', equals: 2 }, context).passed).toBe(true);
  });

  it('fails, naming the group, when the collection cannot be found', () => {
    expect(evaluate({ kind: 'count', collection: { membersOf: 'Nope' }, equals: 0 }, untouched())).toEqual({ passed: false, found: 'The group Nope does not exist.' });
  });
});

describe('contains and excludes', () => {
  const context = contosoAfter([{ type: 'group.addMembers', groupId: { group: 'Retail' }, memberIds: [{ user: 'GradyA@contoso.com' }] }]);

  it('contains names the item and, when it is missing, who is there', () => {
    expect(evaluate({ kind: 'contains', collection: { membersOf: 'Retail' }, item: { user: 'GradyA@contoso.com' } }, context)).toEqual({
      passed: true,
      found: 'The members of the group Retail include the user GradyA@contoso.com.',
    });
    expect(evaluate({ kind: 'contains', collection: { membersOf: 'Retail' }, item: { user: 'MeganB@contoso.com' } }, context)).toEqual({
      passed: false,
      found: 'The members of the group Retail do not include the user MeganB@contoso.com: Adele Vance, Lynne Robbins, Grady Archie.',
    });
  });

  it('excludes fails while the item is there, saying "still" only when it was there at the start', () => {
    expect(evaluate({ kind: 'excludes', collection: { membersOf: 'Retail' }, item: { user: 'GradyA@contoso.com' } }, context)).toEqual({
      passed: false,
      found: 'The members of the group Retail include the user GradyA@contoso.com.',
    });
    expect(evaluate({ kind: 'excludes', collection: { membersOf: 'Retail' }, item: { user: 'AdeleV@contoso.com' } }, context).found).toBe(
      'The members of the group Retail still include the user AdeleV@contoso.com.',
    );
    expect(evaluate({ kind: 'excludes', collection: 'users', item: { user: 'nobody@contoso.com' } }, context).passed).toBe(true);
  });

  it('works on licenses by SKU and on the whole tenant without listing it', () => {
    expect(evaluate({ kind: 'contains', collection: { licensesOf: 'MeganB@contoso.com' }, item: { sku: 'SPE_E5' } }, context).found).toBe(
      'The licenses of Megan Bowen include Microsoft 365 E5.',
    );
    expect(evaluate({ kind: 'contains', collection: { licensesOf: 'MeganB@contoso.com' }, item: { sku: 'ENTERPRISEPACK' } }, context).found).toBe(
      'The licenses of Megan Bowen do not include Office 365 E3: Microsoft 365 E5.',
    );
    expect(evaluate({ kind: 'contains', collection: 'users', item: { user: 'MeganB@contoso.com' } }, context)).toEqual({
      passed: true,
      found: 'Users include the user MeganB@contoso.com.',
    });
  });
});
