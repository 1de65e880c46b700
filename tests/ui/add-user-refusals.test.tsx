// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findUserByUserPrincipalName, signedInAs, skuByPartNumber } from '../../src/tenant';
import { createDemoStore } from '../../src/app/demo-store';
import { initialForm } from '../../src/app/portals/admin/users/active-users/add-user/form';
import { basicsErrors } from '../../src/app/portals/admin/users/active-users/add-user/validation';
import type { TenantStore } from '../../src/session/tenant-store';
import { renderApp } from './render-app';

const E5 = skuByPartNumber('SPE_E5')!;

type Learner = ReturnType<typeof renderApp>['user'];

async function fill(user: Learner, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

function signInAs(store: TenantStore, userPrincipalName: string) {
  store.signInAs(findUserByUserPrincipalName(store.getTenant(), userPrincipalName)!.id);
}

/** Walks the wizard to Review and finish for ada@contoso.com, with E5 and, if given, a role. */
async function reachReview(user: Learner, options: { role?: string } = {}) {
  await screen.findByRole('heading', { level: 2, name: 'Set up the basics' });
  await fill(user, screen.getByRole('textbox', { name: 'First name' }), 'Ada');
  await fill(user, screen.getByRole('textbox', { name: 'Last name' }), 'Lovelace');
  await fill(user, screen.getByRole('textbox', { name: /^Username/ }), 'ada');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: 'Assign product licenses' });
  await user.click(screen.getByRole('checkbox', { name: 'Microsoft 365 E5' }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: 'Optional settings' });
  if (options.role) {
    await user.click(screen.getByRole('button', { name: /^Roles \(/ }));
    await user.click(screen.getByRole('radio', { name: 'Admin center access' }));
    await user.click(screen.getByRole('checkbox', { name: options.role }));
    if (options.role === 'Global Administrator') {
      expect(screen.getByText(/^Your organization has 1 Global Administrator\. Microsoft recommends fewer than five/)).toBeInTheDocument();
    }
  }
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: 'Review and finish' });
}

describe('Add a user: refusals', () => {
  it('refuses a Helpdesk Administrator at Finish with the tenant’s message, and adds no one', async () => {
    const { user, store } = renderApp('/admin/users/add');
    signInAs(store, 'AllanD@contoso.com');
    await reachReview(user);
    await user.click(screen.getByRole('button', { name: 'Finish adding' }));

    const error = await screen.findByText('Insufficient privileges to complete the operation.');
    expect(error.closest('.fui-MessageBar')).toHaveTextContent("The user wasn't added.");
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Review and finish');
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')).toBeUndefined();
  });

  it('adds nobody and names the refused step when a User Administrator picks Global Administrator', async () => {
    const { user, store } = renderApp('/admin/users/add');
    signInAs(store, 'NestorW@contoso.com');
    await reachReview(user, { role: 'Global Administrator' });
    await user.click(screen.getByRole('button', { name: 'Finish adding' }));

    const error = (await screen.findByText("The user wasn't added.")).closest('.fui-MessageBar') as HTMLElement;
    expect(error).toHaveTextContent('Assign the Global Administrator role: Insufficient privileges to complete the operation.');
    // The wizard's click is one gesture: the user and the license the earlier steps gave are not left behind.
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Finish adding' })).toBeEnabled();
  });

  it('adds nobody when the last seats went while the wizard was open, and says which product ran out', async () => {
    const { user, store } = renderApp('/admin/users/add');
    await reachReview(user);
    for (const upn of ['DebraB@contoso.com', 'ChristieC@contoso.com']) {
      const taken = store.send({ type: 'user.assignLicense', userId: findUserByUserPrincipalName(store.getTenant(), upn)!.id, addLicenses: [{ skuId: E5.skuId, disabledPlans: [] }], removeLicenses: [] });
      expect(taken.ok).toBe(true);
    }
    await user.click(screen.getByRole('button', { name: 'Finish adding' }));

    const error = (await screen.findByText("The user wasn't added.")).closest('.fui-MessageBar') as HTMLElement;
    expect(error).toHaveTextContent(`Assign Microsoft 365 E5: Subscription with SKU ${E5.skuId} does not have any available licenses.`);
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')).toBeUndefined();
  });

  it('refuses at Finish a username someone took while the wizard was open', async () => {
    const { user, store } = renderApp('/admin/users/add');
    await reachReview(user);
    expect(store.send({ type: 'user.create', userPrincipalName: 'ada@contoso.com', displayName: 'Ada King' }).ok).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Finish adding' }));
    expect(await screen.findByText('A user with this name already exists. Use a different name.')).toBeInTheDocument();
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')!.displayName).toBe('Ada King');
  });

  it('offers only verified domains for the username', async () => {
    const { store } = renderApp('/admin/users/add');
    await screen.findByRole('heading', { level: 2, name: 'Set up the basics' });
    expect(store.send({ type: 'domain.add', name: 'fabrikam.com' }).ok).toBe(true);
    const domains = within(screen.getByRole('combobox', { name: 'Domains' })).getAllByRole('option');
    expect(domains.map((option) => option.textContent)).toEqual(['contoso.com', 'contoso.onmicrosoft.com']);
  });

  it('refuses a username typed with a domain of its own, since the domain comes from the list', async () => {
    const { user } = renderApp('/admin/users/add');
    await screen.findByRole('heading', { level: 2, name: 'Set up the basics' });
    await fill(user, screen.getByRole('textbox', { name: /^Username/ }), 'ada@fabrikam.com');
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Username/ })).toHaveAccessibleDescription(/^Enter a valid username\./);
  });

  it('refuses a domain that is not verified with the tenant’s message', () => {
    const store = createDemoStore();
    expect(store.send({ type: 'domain.add', name: 'fabrikam.com' }).ok).toBe(true);
    const form = { ...initialForm('fabrikam.com', 'US'), displayName: 'Ada Lovelace', alias: 'ada' };
    expect(basicsErrors(store.getTenant(), form, signedInAs(store.getSignedInUserId()))).toEqual({
      alias: 'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
    });
  });
});
