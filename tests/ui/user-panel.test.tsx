// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getById } from '../../src/tenant';
import { openUser } from './user-panel-support';

const ADMIN = 'admin@contoso.onmicrosoft.com';

describe('the user details flyout', () => {
  it("shows the user's account: username, groups, roles, manager and contact information", async () => {
    const { panel } = await openUser('AllanD@contoso.com');
    expect(within(panel).getByRole('tab', { name: 'Account' })).toHaveAttribute('aria-selected', 'true');
    for (const tab of ['Devices', 'Licenses and apps', 'Mail', 'OneDrive']) expect(within(panel).getByRole('tab', { name: tab })).toBeInTheDocument();
    expect(within(panel).getByRole('region', { name: 'Username and email' })).toHaveTextContent('AllanD@contoso.com');
    expect(within(panel).getByRole('region', { name: 'Groups' })).toHaveTextContent('IT Department');
    expect(within(panel).getByRole('region', { name: 'Roles' })).toHaveTextContent('Helpdesk Administrator');
    expect(within(panel).getByRole('region', { name: 'Contact information' })).toHaveTextContent('IT Admin');
    for (const action of ['Reset password', 'Block sign-in', 'Delete user']) expect(within(panel).getByRole('button', { name: action })).toBeInTheDocument();
  });

  it('says a user without roles has no administrator access', async () => {
    const { panel } = await openUser('MeganB@contoso.com');
    expect(within(panel).getByRole('region', { name: 'Roles' })).toHaveTextContent('No administrator access');
  });

  it('shows what the tenant knows on the Mail tab and says plainly that devices and OneDrive are not simulated', async () => {
    const { panel, user } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('tab', { name: 'Mail' }));
    expect(within(panel).getByRole('region', { name: 'Email addresses' })).toHaveTextContent('MeganB@contoso.com');
    await user.click(within(panel).getByRole('tab', { name: 'Devices' }));
    expect(within(panel).getByText(/doesn't simulate devices/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('tab', { name: 'OneDrive' }));
    expect(within(panel).getByText(/doesn't simulate OneDrive/)).toBeInTheDocument();
  });

  it('resets a password to a generated one and shows it once on "Password has been reset"', async () => {
    const { panel, user, current } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Reset password' }));
    const pane = await screen.findByRole('dialog', { name: 'Reset password' });
    expect(within(pane).getByRole('checkbox', { name: 'Automatically create a password' })).toBeChecked();
    await user.click(within(pane).getByRole('button', { name: 'Reset password' }));
    const done = await screen.findByRole('dialog', { name: 'Password has been reset' });
    expect(done).toHaveTextContent('Password: ••••••••');
    await user.click(within(done).getByRole('button', { name: 'Show' }));
    const password = current()!.passwordProfile.password;
    expect(done).toHaveTextContent(`Password: ${password}`);
    expect(current()!.passwordProfile.forceChangePasswordNextSignIn).toBe(true);
  });

  it('takes a typed password only once it is strong, and says how strong it is', async () => {
    const { panel, user, current } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Reset password' }));
    const pane = await screen.findByRole('dialog', { name: 'Reset password' });
    await user.click(within(pane).getByRole('checkbox', { name: 'Automatically create a password' }));
    await user.click(within(pane).getByRole('checkbox', { name: /Require this user to change their password/ }));
    const field = within(pane).getByLabelText(/^Password/);
    await user.type(field, 'contoso');
    expect(within(pane).getByText('Password strength: Weak')).toBeInTheDocument();
    expect(within(pane).getByRole('button', { name: 'Reset password' })).toBeDisabled();
    await user.type(field, '-Lab-2026');
    expect(within(pane).getByText('Password strength: Strong')).toBeInTheDocument();
    await user.click(within(pane).getByRole('button', { name: 'Reset password' }));
    await screen.findByRole('dialog', { name: 'Password has been reset' });
    expect(current()!.passwordProfile).toEqual({ password: 'contoso-Lab-2026', forceChangePasswordNextSignIn: false });
  });

  it("refuses a Helpdesk Administrator who resets the Global Administrator's password, changing nothing", async () => {
    const { panel, user, current } = await openUser(ADMIN, 'AllanD@contoso.com');
    const before = current()!.passwordProfile;
    await user.click(within(panel).getByRole('button', { name: 'Reset password' }));
    const pane = await screen.findByRole('dialog', { name: 'Reset password' });
    await user.click(within(pane).getByRole('button', { name: 'Reset password' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Password has been reset' })).not.toBeInTheDocument();
    expect(current()!.passwordProfile).toBe(before);
  });

  it('blocks sign-in from the box in the Block sign-in pane, then offers Unblock sign-in', async () => {
    const { panel, user, current } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Block sign-in' }));
    const pane = await screen.findByRole('dialog', { name: 'Block sign-in' });
    expect(within(pane).getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.click(within(pane).getByRole('checkbox', { name: 'Block this user from signing in' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText(/Megan Bowen is blocked from signing in and will be signed out/)).toBeInTheDocument();
    expect(current()!.accountEnabled).toBe(false);
    // The footer's Close (the title bar has the other).
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    const details = await screen.findByRole('dialog', { name: 'Megan Bowen' });
    expect(within(details).getByText('Sign-in blocked')).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Unblock sign-in' }));
    expect(await screen.findByRole('dialog', { name: 'Unblock sign-in' })).toBeInTheDocument();
  });

  it("refuses a User Administrator who blocks the Global Administrator's sign-in, with the portal's words", async () => {
    const { panel, user, current } = await openUser(ADMIN, 'NestorW@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Block sign-in' }));
    const pane = await screen.findByRole('dialog', { name: 'Block sign-in' });
    await user.click(within(pane).getByRole('checkbox', { name: 'Block this user from signing in' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText('Changes could not be saved')).toBeInTheDocument();
    expect(within(pane).getByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(current()!.accountEnabled).toBe(true);
  });

  it('deletes a user after the confirmation, and closes back to the list', async () => {
    const { panel, user, current, store, id, router } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Delete user' }));
    const pane = await screen.findByRole('dialog', { name: 'Delete user' });
    expect(pane).toHaveTextContent('Are you sure you want to delete Megan Bowen (MeganB@contoso.com)?');
    await user.click(within(pane).getByRole('button', { name: 'Delete user' }));
    expect(await within(pane).findByText(/Megan Bowen has been deleted/)).toBeInTheDocument();
    expect(current()).toBeUndefined();
    expect(getById(store.getTenant().directory.deletedUsers, id)).toBeDefined();
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    const grid = await screen.findByRole('grid', { name: 'Active users' });
    expect(within(grid).queryByRole('row', { name: 'Megan Bowen' })).not.toBeInTheDocument();
  });

  it("refuses a License Administrator who deletes a user, and the user stays", async () => {
    const { panel, user, current } = await openUser('MeganB@contoso.com', 'EmilyB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Delete user' }));
    const pane = await screen.findByRole('dialog', { name: 'Delete user' });
    await user.click(within(pane).getByRole('button', { name: 'Delete user' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(current()).toBeDefined();
  });

  it('changes the username and primary email from Manage username and email', async () => {
    const { panel, user, current } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Manage username and email' }));
    const pane = await screen.findByRole('dialog', { name: 'Manage username and email' });
    const alias = within(pane).getByRole('textbox', { name: 'Username' });
    await user.clear(alias);
    await user.type(alias, 'Megan.Bowen');
    await user.click(within(pane).getByRole('combobox', { name: 'Domains' }));
    await user.click(await screen.findByRole('option', { name: 'contoso.onmicrosoft.com' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText(/are now Megan.Bowen@contoso.onmicrosoft.com/)).toBeInTheDocument();
    expect(current()!.userPrincipalName).toBe('Megan.Bowen@contoso.onmicrosoft.com');
    expect(within(pane).getByRole('list', { name: 'Aliases' })).toHaveTextContent('MeganB@contoso.com');
  });

  it('refuses a username another user has, where the portal shows it', async () => {
    const { panel, user, current } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Manage username and email' }));
    const pane = await screen.findByRole('dialog', { name: 'Manage username and email' });
    const alias = within(pane).getByRole('textbox', { name: 'Username' });
    await user.clear(alias);
    await user.type(alias, 'AlexW');
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText("We're sorry, the user couldn't be edited. Review the user information and try again")).toBeInTheDocument();
    expect(within(pane).getByText('Another object with the same value for property userPrincipalName already exists.')).toBeInTheDocument();
    expect(current()!.userPrincipalName).toBe('MeganB@contoso.com');
  });

  it('saves the contact information fields that changed as one update', async () => {
    const { panel, user, current, store } = await openUser('MeganB@contoso.com');
    const auditBefore = store.getTenant().auditLog.size;
    await user.click(within(panel).getByRole('button', { name: 'Manage contact information' }));
    const pane = await screen.findByRole('dialog', { name: 'Manage contact information' });
    const title = within(pane).getByRole('textbox', { name: 'Job title' });
    await user.clear(title);
    await user.type(title, 'Head of Marketing');
    await user.type(within(pane).getByRole('textbox', { name: 'Office phone' }), '+1 412 555 0109');
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText('Contact information saved.')).toBeInTheDocument();
    expect(current()!.jobTitle).toBe('Head of Marketing');
    expect(current()!.businessPhones).toEqual(['+1 412 555 0109']);
    expect(store.getTenant().auditLog.size).toBe(auditBefore + 1);
  });

  it('refuses a Helpdesk Administrator who edits contact information', async () => {
    const { panel, user, current } = await openUser('MeganB@contoso.com', 'AllanD@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Manage contact information' }));
    const pane = await screen.findByRole('dialog', { name: 'Manage contact information' });
    await user.type(within(pane).getByRole('textbox', { name: 'City' }), 'ville');
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(current()!.city).toBe('Pittsburgh');
  });

  it('signs the user out of all sessions', async () => {
    const { panel, user, current } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Sign out of all sessions' }));
    const pane = await screen.findByRole('dialog', { name: 'Sign out of all sessions' });
    await user.click(within(pane).getByRole('button', { name: 'Sign out' }));
    expect(await within(pane).findByText(/will be signed out of all Microsoft 365 sessions/)).toBeInTheDocument();
    expect(current()!.signInSessionsValidFromDateTime).toBe('2026-03-02T09:00:00.000Z');
  });

  it('goes back from a pane to the details with Back', async () => {
    const { panel, user } = await openUser('MeganB@contoso.com');
    await user.click(within(panel).getByRole('button', { name: 'Reset password' }));
    const pane = await screen.findByRole('dialog', { name: 'Reset password' });
    await waitFor(() => expect(within(pane).getByRole('button', { name: 'Back' })).toHaveFocus());
    await user.click(within(pane).getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('dialog', { name: 'Megan Bowen' })).toBeInTheDocument();
  });
});
