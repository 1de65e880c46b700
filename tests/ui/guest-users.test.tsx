// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import type { TenantStore } from '../../src/session/tenant-store';
import { findUserByUserPrincipalName } from '../../src/tenant';
import { renderApp } from './render-app';

type Learner = ReturnType<typeof renderApp>['user'];

async function fill(user: Learner, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function openPage(store: TenantStore = createDemoStore()) {
  const view = renderApp('/admin/users/guests', store);
  await screen.findByRole('heading', { level: 1, name: 'Guest users' });
  return view;
}

async function openInvite(user: Learner) {
  await user.click(screen.getByRole('button', { name: 'Add a guest user' }));
  return screen.findByRole('dialog', { name: 'Invite external user' });
}

describe('Guest users', () => {
  it('says so when the organization has no guests', async () => {
    await openPage();
    expect(screen.getByText('There are no guest users in this organization.')).toBeInTheDocument();
  });

  it('invites a guest with Entra’s form, and lists them as pending acceptance', async () => {
    const { user, store } = await openPage();
    const pane = await openInvite(user);
    expect(within(pane).getByRole('checkbox', { name: 'Send invite message' })).toBeChecked();
    await fill(user, within(pane).getByRole('textbox', { name: /^Email/ }), 'ada@fabrikam.com');
    await fill(user, within(pane).getByRole('textbox', { name: 'Display name' }), 'Ada Lovelace');
    await user.click(within(pane).getByRole('button', { name: 'Review + invite' }));
    expect(within(pane).getByRole('region', { name: 'Review' })).toHaveTextContent('Emailada@fabrikam.comDisplay nameAda LovelaceSend invite messageYes');
    await user.click(within(pane).getByRole('button', { name: 'Invite' }));

    expect(await screen.findByText('Successfully invited Ada Lovelace.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The page behind the pane is hidden from assistive technology until the pane has fully gone.
    const row = within(await screen.findByRole('table', { name: 'Guest users' })).getByRole('row', { name: /Ada Lovelace/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Ada Lovelace', 'ada@fabrikam.com', 'Pending acceptanceTenant Lab: mark invitation accepted']);
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada_fabrikam.com#EXT#@contoso.onmicrosoft.com')).toMatchObject({ userType: 'Guest', externalUserState: 'PendingAcceptance' });
  });

  it('lets the learner play the guest accepting, with the lab’s own control', async () => {
    const store = createDemoStore();
    expect(store.send({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com', invitedUserDisplayName: 'Ada Lovelace' }).ok).toBe(true);
    const { user } = await openPage(store);
    await user.click(screen.getByRole('button', { name: 'Tenant Lab: mark invitation accepted for Ada Lovelace' }));
    expect(await screen.findByText('Tenant Lab: Ada Lovelace accepted the invitation.')).toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: 'Guest users' })).getByRole('row', { name: /Ada Lovelace/ });
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent(/^Accepted$/);
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada_fabrikam.com#EXT#@contoso.onmicrosoft.com')!.externalUserState).toBe('Accepted');
  });

  it('asks for an email address before reviewing', async () => {
    const { user } = await openPage();
    const pane = await openInvite(user);
    await user.click(within(pane).getByRole('button', { name: 'Review + invite' }));
    expect(within(pane).getByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription('Email is required.');
  });

  it('puts the tenant’s refusal beside the email: not an address, a colleague’s domain, someone already invited', async () => {
    const store = createDemoStore();
    expect(store.send({ type: 'guest.invite', invitedUserEmailAddress: 'grace@fabrikam.com' }).ok).toBe(true);
    const { user } = await openPage(store);
    const pane = await openInvite(user);
    // The form gives way to the review and comes back with the error, so the box is found afresh each time.
    const email = () => within(pane).getByRole('textbox', { name: /^Email/ });
    const attempts: [string, string][] = [
      ['not-an-address', "Invalid value specified for property 'invitedUserEmailAddress' of resource 'Invitation'."],
      [
        'pat@contoso.com',
        'This user can’t be invited to this directory. Please try a different email address for the user or create a user account for them in your Azure AD directory.',
      ],
      ['grace@fabrikam.com', 'Another object with the same value for property proxyAddresses already exists.'],
    ];
    for (const [address, message] of attempts) {
      await user.clear(email());
      await fill(user, email(), address);
      await user.click(within(pane).getByRole('button', { name: 'Review + invite' }));
      await user.click(within(pane).getByRole('button', { name: 'Invite' }));
      expect(email()).toHaveAccessibleDescription(message);
    }
    expect(store.getTenant().directory.users.size).toBe(createDemoStore().getTenant().directory.users.size + 1);
  });

  it('refuses an admin without the right to invite, above the form', async () => {
    const store = createDemoStore();
    store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'EmilyB@contoso.com')!.id);
    const { user } = await openPage(store);
    const pane = await openInvite(user);
    await fill(user, within(pane).getByRole('textbox', { name: /^Email/ }), 'ada@fabrikam.com');
    await user.click(within(pane).getByRole('button', { name: 'Review + invite' }));
    await user.click(within(pane).getByRole('button', { name: 'Invite' }));
    const error = within(pane).getByText("The invitation wasn't sent.");
    expect(error.closest('.fui-MessageBar')).toHaveTextContent('Insufficient privileges to complete the operation.');
    expect(within(pane).getByRole('button', { name: 'Invite' })).toBeInTheDocument();
  });
});
