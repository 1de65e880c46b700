// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { createDemoStore } from '../../src/app/demo-store';
import { createTenantStore, type TenantStore } from '../../src/session/tenant-store';
import { CONTOSO_ADMIN_UPN, createContosoTenant, findUserByUserPrincipalName, getById, putEntity, type User } from '../../src/tenant';
import { renderApp } from './render-app';

type Learner = ReturnType<typeof renderApp>['user'];

function userId(store: TenantStore, upn: string): string {
  return findUserByUserPrincipalName(store.getTenant(), upn)!.id;
}

/** The demo tenant with these users deleted (by the Global Administrator). */
function storeWithDeleted(...upns: string[]): TenantStore {
  const store = createDemoStore();
  for (const upn of upns) expect(store.send({ type: 'user.delete', userId: userId(store, upn) }).ok).toBe(true);
  return store;
}

const NAMESAKE_ID = '00000000-0000-4000-8000-00000000a1e0';

/**
 * Contoso where an earlier Alex Wilber was deleted and the username given to today's: the
 * tenant keeps a deleted user's username reserved, so the conflict comes from the fixture.
 */
function storeWithNamesake(): TenantStore {
  const contoso = createContosoTenant();
  const alex = findUserByUserPrincipalName(contoso, 'AlexW@contoso.com')!;
  const fixture = produce(contoso, (draft) => {
    const namesake: User = { ...alex, id: NAMESAKE_ID, displayName: 'Alex Wilber (2019)', deletedDateTime: '2026-02-20T09:00:00.000Z' };
    putEntity(draft.directory.deletedUsers, namesake);
  });
  return createTenantStore(fixture, findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id);
}

async function openPage(store: TenantStore) {
  const view = renderApp('/admin/users/deleted', store);
  await screen.findByRole('heading', { level: 1, name: 'Deleted users' });
  return view;
}

async function fill(user: Learner, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('Deleted users', () => {
  it('lists deleted users with their username, when they were deleted and when they go for good', async () => {
    await openPage(storeWithDeleted('AdeleV@contoso.com'));
    const table = screen.getByRole('table', { name: 'Deleted users' });
    const [, adele] = within(table).getAllByRole('row');
    expect(within(adele!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '',
      'Adele Vance',
      'AdeleV@contoso.com',
      'Office 365 E3',
      'Mon, 2 Mar 2026, 09:00 UTC',
      'Wed, 1 Apr 2026, 09:00 UTC',
    ]);
    // Disabled but focusable, so the pane can give the focus back to it after the rows it acted on are gone.
    expect(screen.getByRole('button', { name: 'Restore user' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('says so when no one is deleted', async () => {
    await openPage(createDemoStore());
    expect(screen.getByText('There are no deleted users.')).toBeInTheDocument();
  });

  it('restores a user with a generated password that must be changed, and shows it', async () => {
    const store = storeWithDeleted('AdeleV@contoso.com');
    const { user } = await openPage(store);
    await user.click(screen.getByRole('button', { name: 'Adele Vance' }));
    const pane = await screen.findByRole('dialog', { name: 'Restore Adele Vance' });
    expect(within(pane).getByRole('checkbox', { name: 'Automatically create a password' })).toBeChecked();
    await user.click(within(pane).getByRole('button', { name: 'Restore' }));

    expect(await within(pane).findByText('Adele Vance has been restored to active users. Give them their new password in a safe way.')).toBeInTheDocument();
    const adele = getById(store.getTenant().directory.users, userId(store, 'AdeleV@contoso.com'))!;
    expect(adele.passwordProfile.forceChangePasswordNextSignIn).toBe(true);
    await user.click(within(pane).getByRole('button', { name: 'Show' }));
    expect(within(pane).getByText(adele.passwordProfile.password)).toBeInTheDocument();
    // The footer's Close (the header's X is named Close too).
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('There are no deleted users.')).toBeInTheDocument();
  });

  it('asks for a strong password when the admin types one, then restores with it', async () => {
    const store = storeWithDeleted('AdeleV@contoso.com');
    const { user } = await openPage(store);
    await user.click(screen.getByRole('checkbox', { name: 'Select Adele Vance' }));
    await user.click(screen.getByRole('button', { name: 'Restore user' }));
    const pane = await screen.findByRole('dialog', { name: 'Restore Adele Vance' });
    await user.click(within(pane).getByRole('checkbox', { name: 'Automatically create a password' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Require this user to change their password when they first sign in' }));
    const password = within(pane).getByLabelText(/^Password/);
    await fill(user, password, 'short');
    await user.click(within(pane).getByRole('button', { name: 'Restore' }));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('The specified password does not comply with password complexity requirements.'));
    expect(store.getTenant().directory.deletedUsers.size).toBe(1);

    await user.clear(password);
    await fill(user, password, 'Welcome-2026!');
    await user.click(within(pane).getByRole('button', { name: 'Restore' }));
    await within(pane).findByText(/has been restored to active users/);
    const adele = findUserByUserPrincipalName(store.getTenant(), 'AdeleV@contoso.com')!;
    expect(adele.passwordProfile).toEqual({ password: 'Welcome-2026!', forceChangePasswordNextSignIn: false });
  });

  it('offers a new username when an active user took the old one, and restores under it', async () => {
    const store = storeWithNamesake();
    const { user } = await openPage(store);
    await user.click(screen.getByRole('button', { name: 'Alex Wilber (2019)' }));
    const pane = await screen.findByRole('dialog', { name: 'Restore Alex Wilber (2019)' });
    await user.click(within(pane).getByRole('button', { name: 'Restore' }));

    const problem = await within(pane).findByText('There was a problem restoring Alex Wilber (2019).');
    expect(problem.closest('.fui-MessageBar')).toHaveTextContent('Another object with the same value for property userPrincipalName already exists.');
    const username = within(pane).getByRole('textbox', { name: /^Username/ });
    expect(username).toHaveValue('AlexW');
    await user.click(within(pane).getByRole('button', { name: 'Restore' }));
    expect(username).toHaveAccessibleDescription('Another object with the same value for property userPrincipalName already exists.');

    await user.clear(username);
    await fill(user, username, 'AlexW.2019');
    await user.click(within(pane).getByRole('button', { name: 'Restore' }));
    await within(pane).findByText(/has been restored to active users/);
    expect(within(pane).getByText('Username: AlexW.2019@contoso.com')).toBeInTheDocument();
    expect(findUserByUserPrincipalName(store.getTenant(), 'AlexW.2019@contoso.com')!.id).toBe(NAMESAKE_ID);
  });

  it('restores several users at once and lists the ones that could not be restored', async () => {
    const store = storeWithNamesake();
    expect(store.send({ type: 'user.delete', userId: userId(store, 'AdeleV@contoso.com') }).ok).toBe(true);
    const { user } = await openPage(store);
    await user.click(screen.getByRole('checkbox', { name: 'Select all users' }));
    expect(screen.getByText('2 items, 2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore user' }));
    const pane = await screen.findByRole('dialog', { name: 'Restore 2 users' });
    await user.click(within(pane).getByRole('button', { name: 'Restore' }));

    expect(await within(pane).findByText(/^Adele Vance has been restored/)).toBeInTheDocument();
    const failed = within(pane).getByText("1 user couldn't be restored.").closest('.fui-MessageBar') as HTMLElement;
    expect(within(failed).getByRole('listitem')).toHaveTextContent(
      'Alex Wilber (2019): Another object with the same value for property userPrincipalName already exists. Restore this user on their own to give them a new username.',
    );
    expect(within(pane).getByRole('region', { name: 'Adele Vance' })).toHaveTextContent('Username: AdeleV@contoso.com');
  });

  it('refuses a Helpdesk Administrator with the tenant’s message', async () => {
    const store = storeWithDeleted('AdeleV@contoso.com');
    store.signInAs(userId(store, 'AllanD@contoso.com'));
    const { user } = await openPage(store);
    await user.click(screen.getByRole('button', { name: 'Adele Vance' }));
    const pane = await screen.findByRole('dialog', { name: 'Restore Adele Vance' });
    await user.click(within(pane).getByRole('button', { name: 'Restore' }));
    const error = await within(pane).findByText("Adele Vance couldn't be restored.");
    expect(error.closest('.fui-MessageBar')).toHaveTextContent('Insufficient privileges to complete the operation.');
    expect(store.getTenant().directory.deletedUsers.size).toBe(1);
  });
});
