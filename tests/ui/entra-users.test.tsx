// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { findEntity, findUserByUserPrincipalName } from '../../src/tenant';
import { renderApp } from './render-app';

async function openCreate(store = createDemoStore()) {
  const view = renderApp('/entra/users', store);
  await view.user.click(await screen.findByRole('button', { name: 'New user' }, { timeout: 15_000 }));
  await view.user.click(await screen.findByRole('menuitem', { name: 'Create new user' }));
  await screen.findByRole('heading', { name: 'Create new user' });
  return view;
}

describe('Entra Users > New user', () => {
  it('creates a user from Basics, Properties and Assignments, back on All users with the notice', async () => {
    const { user, store } = await openCreate();
    await user.type(screen.getByRole('textbox', { name: /User principal name/ }), 'ada');
    await user.type(screen.getByRole('textbox', { name: /Display name/ }), 'Ada Lovelace');
    await user.click(screen.getByRole('button', { name: 'Next: Properties >' }));
    await user.type(screen.getByRole('textbox', { name: 'Job title' }), 'Engineer');
    await user.type(screen.getByRole('textbox', { name: 'Department' }), 'Research');
    await user.click(screen.getByRole('button', { name: 'Next: Assignments >' }));
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    const pane = await screen.findByRole('dialog', { name: /Add group/ });
    await user.click(within(pane).getByRole('checkbox', { name: 'Sales and Marketing' }));
    await user.click(within(pane).getByRole('button', { name: 'Select' }));
    expect(await screen.findByRole('list', { name: 'Groups' })).toHaveTextContent('Sales and Marketing');
    await user.click(screen.getByRole('button', { name: 'Review + create' }));
    expect(screen.getByRole('region', { name: 'Review' })).toHaveTextContent('ada@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText("Successfully created user 'Ada Lovelace'.")).toBeInTheDocument();
    const ada = findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')!;
    expect(ada).toMatchObject({ displayName: 'Ada Lovelace', jobTitle: 'Engineer', department: 'Research', accountEnabled: true });
    const group = findEntity(store.getTenant().directory.groups, (each) => each.displayName === 'Sales and Marketing')!;
    expect(group.memberIds).toContain(ada.id);
    expect(screen.getByRole('table', { name: 'All users' })).toHaveTextContent('Ada Lovelace');
  }, 90_000);

  it('keeps the learner on Basics with the required fields marked', async () => {
    const { user, store } = await openCreate();
    const before = store.getTenant().directory.users.size;
    await user.click(screen.getByRole('button', { name: 'Review + create' }));
    expect(screen.getByRole('tab', { name: 'Basics' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: /User principal name/ })).toHaveAccessibleDescription('The value must not be empty.');
    expect(screen.getByRole('textbox', { name: /Display name/ })).toHaveAccessibleDescription('The value must not be empty.');
    expect(store.getTenant().directory.users.size).toBe(before);
  });

  it('refuses a user principal name that is already taken, beside the field', async () => {
    const { user } = await openCreate();
    await user.type(screen.getByRole('textbox', { name: /User principal name/ }), 'AllanD');
    await user.type(screen.getByRole('textbox', { name: /Display name/ }), 'Another Allan');
    await user.click(screen.getByRole('button', { name: 'Review + create' }));
    expect(screen.getByRole('textbox', { name: /User principal name/ })).toHaveAccessibleDescription(
      'Another object with the same value for property userPrincipalName already exists.',
    );
  });

  it('refuses a password that is too weak when the learner types their own', async () => {
    const { user } = await openCreate();
    await user.click(screen.getByRole('checkbox', { name: 'Auto-generate password' }));
    await user.type(screen.getByLabelText(/^Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Next: Properties >' }));
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(/does not comply with password complexity requirements/);
  });

  it("refuses a Helpdesk Administrator's Create with the tenant's message and adds no one", async () => {
    const store = createDemoStore();
    store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'AllanD@contoso.com')!.id);
    const { user } = await openCreate(store);
    await user.type(screen.getByRole('textbox', { name: /User principal name/ }), 'ada');
    await user.type(screen.getByRole('textbox', { name: /Display name/ }), 'Ada Lovelace');
    await user.click(screen.getByRole('button', { name: 'Review + create' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Failed to create user')).toBeInTheDocument();
    expect(screen.getByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')).toBeUndefined();
  });

  it('invites an external user as a guest', async () => {
    const { user, store } = renderApp('/entra/users');
    await user.click(await screen.findByRole('button', { name: 'New user' }, { timeout: 15_000 }));
    await user.click(await screen.findByRole('menuitem', { name: 'Invite external user' }));
    await user.type(await screen.findByRole('textbox', { name: /Email/ }), 'ada@fabrikam.com');
    await user.type(screen.getByRole('textbox', { name: /Display name/ }), 'Ada Fabrikam');
    await user.click(screen.getByRole('button', { name: 'Review + invite' }));
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByText("Successfully invited user 'Ada Fabrikam'.")).toBeInTheDocument();
    const guest = findEntity(store.getTenant().directory.users, (each) => each.mail === 'ada@fabrikam.com')!;
    expect(guest).toMatchObject({ userType: 'Guest', displayName: 'Ada Fabrikam', externalUserState: 'PendingAcceptance' });
  });

  it("refuses to invite someone on the organization's own domain", async () => {
    const { user } = renderApp('/entra/users/invite');
    await user.type(await screen.findByRole('textbox', { name: /Email/ }, { timeout: 15_000 }), 'someone@contoso.com');
    await user.type(screen.getByRole('textbox', { name: /Display name/ }), 'Someone');
    await user.click(screen.getByRole('button', { name: 'Review + invite' }));
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveAccessibleDescription(/can’t be invited to this directory/);
  });
});

describe('Entra Users > All users and Deleted users', () => {
  it('searches and filters the list', async () => {
    const store = createDemoStore();
    store.send({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com', invitedUserDisplayName: 'Ada Fabrikam' });
    const { user } = renderApp('/entra/users', store);
    const table = await screen.findByRole('table', { name: 'All users' }, { timeout: 15_000 });
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'Allan');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('Allan Deyoung');
    await user.clear(screen.getByRole('searchbox', { name: 'Search users' }));
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    await user.click(screen.getByRole('combobox', { name: 'Filter' }));
    await user.click(screen.getByRole('option', { name: 'User type' }));
    await user.click(screen.getByRole('combobox', { name: 'Value' }));
    await user.click(screen.getByRole('option', { name: 'Guest' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByText('User type == Guest')).toBeInTheDocument();
    expect(screen.getByText('1 user found')).toBeInTheDocument();
    expect(table).toHaveTextContent('Ada Fabrikam');
    // The popover hides the page from assistive technology while open; it lets go once closed.
    await user.click(await screen.findByRole('button', { name: 'Remove filter User type' }));
    expect(screen.queryByText('1 user found')).not.toBeInTheDocument();
  });

  it('deletes a chosen user, and Deleted users restores them', async () => {
    const { user, store } = renderApp('/entra/users');
    const table = await screen.findByRole('table', { name: 'All users' }, { timeout: 15_000 });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Lee Gu' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText("Successfully deleted user 'Lee Gu'.")).toBeInTheDocument();
    expect(findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')).toBeUndefined();

    await user.click(screen.getByRole('link', { name: 'Deleted users' }));
    const deleted = await screen.findByRole('table', { name: 'Deleted users' });
    await user.click(within(deleted).getByRole('checkbox', { name: 'Select Lee Gu' }));
    await user.click(screen.getByRole('button', { name: 'Restore users' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('1 user restored.')).toBeInTheDocument();
    expect(findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')).toBeDefined();
  });

  it('refuses to delete the signed-in admin, with the tenant’s message', async () => {
    const store = createDemoStore();
    const me = store.getTenant().directory.users.size > 0 ? store.getSignedInUserId() : '';
    const name = store.getTenant().directory.users && findEntity(store.getTenant().directory.users, (each) => each.id === me)!.displayName;
    const { user } = renderApp('/entra/users', store);
    const table = await screen.findByRole('table', { name: 'All users' }, { timeout: 15_000 });
    await user.click(within(table).getByRole('checkbox', { name: `Select ${name}` }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText(`Failed to delete '${name}'`)).toBeInTheDocument();
    expect(screen.getByText("You can't delete yourself.")).toBeInTheDocument();
  });

  it('deletes a user permanently from Deleted users', async () => {
    const store = createDemoStore();
    const lee = findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!;
    store.send({ type: 'user.delete', userId: lee.id });
    const { user } = renderApp('/entra/users/deleted', store);
    const deleted = await screen.findByRole('table', { name: 'Deleted users' }, { timeout: 15_000 });
    await user.click(within(deleted).getByRole('checkbox', { name: 'Select Lee Gu' }));
    await user.click(screen.getByRole('button', { name: 'Delete permanently' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('1 user permanently deleted.')).toBeInTheDocument();
    expect(store.getTenant().directory.deletedUsers.size).toBe(0);
  });
});
