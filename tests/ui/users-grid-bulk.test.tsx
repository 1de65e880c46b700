// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findUserByUserPrincipalName, skuByPartNumber } from '../../src/tenant';
import { renderApp } from './render-app';

const E3 = skuByPartNumber('ENTERPRISEPACK')!;

/** Active users with the named users ticked. */
async function withSelected(...names: string[]) {
  const view = renderApp('/admin/users');
  const grid = await screen.findByRole('grid', { name: 'Active users' });
  for (const name of names) await view.user.click(within(grid).getByRole('checkbox', { name: `Select ${name}` }));
  const user = (upn: string) => findUserByUserPrincipalName(view.store.getTenant(), upn);
  return { ...view, grid, tenantUser: user };
}

async function moreAction(user: ReturnType<typeof renderApp>['user'], name: string) {
  await user.click(screen.getByRole('button', { name: 'More actions' }));
  await user.click(await screen.findByRole('menuitem', { name }));
}

describe('Active users actions on the selection', () => {
  it('leaves the actions on users unavailable until users are selected', async () => {
    renderApp('/admin/users');
    await screen.findByRole('grid', { name: 'Active users' });
    expect(screen.getByRole('button', { name: 'Delete a user' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Reset password' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('goes to the Add a user and Add multiple users pages', async () => {
    const { user, router } = renderApp('/admin/users');
    await screen.findByRole('grid', { name: 'Active users' });
    await user.click(screen.getByRole('button', { name: 'Add a user' }));
    expect(router.state.location.pathname).toBe('/admin/users/add');
    await router.navigate('/admin/users');
    await user.click(await screen.findByRole('button', { name: 'Add multiple users' }));
    expect(router.state.location.pathname).toBe('/admin/users/add-multiple');
  });

  it('blocks the sign-in of every selected user from Edit sign-in status, with a result per user', async () => {
    const { user, tenantUser } = await withSelected('Megan Bowen', 'Alex Wilber');
    await moreAction(user, 'Edit sign-in status');
    const pane = await screen.findByRole('dialog', { name: 'Edit sign-in status' });
    await user.click(within(pane).getByRole('radio', { name: 'Block users from signing in' }));
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    const results = await within(pane).findByRole('list', { name: 'Results' });
    expect(within(results).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Megan Bowen: Sign-in blocked', 'Alex Wilber: Sign-in blocked']);
    expect(tenantUser('MeganB@contoso.com')!.accountEnabled).toBe(false);
    expect(tenantUser('AlexW@contoso.com')!.accountEnabled).toBe(false);
  });

  it("assigns more licenses to each selected user and reports the one there wasn't a license left for", async () => {
    const { user, tenantUser } = await withSelected('Debra Berger', 'Christie Cline');
    await moreAction(user, 'Manage product licenses');
    const pane = await screen.findByRole('dialog', { name: 'Manage product licenses' });
    expect(within(pane).getByRole('radio', { name: 'Assign more: Keep the existing licenses and assign more' })).toBeChecked();
    await user.click(within(pane).getByRole('checkbox', { name: 'Office 365 E3' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    const results = await within(pane).findByRole('list', { name: 'Results' });
    const items = within(results).getAllByRole('listitem').map((item) => item.textContent);
    // Contoso has one Office 365 E3 license left: Christie Cline (after Debra Berger) gets none.
    expect(items).toEqual(['Debra Berger: Licenses updated', `Christie Cline: Subscription with SKU ${E3.skuId} does not have any available licenses.`]);
    expect(tenantUser('DebraB@contoso.com')!.assignedLicenses.map((license) => license.skuId)).toEqual([E3.skuId]);
    expect(tenantUser('ChristieC@contoso.com')!.assignedLicenses).toEqual([]);
  });

  it('replaces the licenses of the selected users', async () => {
    const { user, tenantUser } = await withSelected('Megan Bowen');
    await moreAction(user, 'Manage product licenses');
    const pane = await screen.findByRole('dialog', { name: 'Manage product licenses' });
    await user.click(within(pane).getByRole('radio', { name: /^Replace/ }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Office 365 E3' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    await within(pane).findByRole('list', { name: 'Results' });
    expect(tenantUser('MeganB@contoso.com')!.assignedLicenses.map((license) => license.skuId)).toEqual([E3.skuId]);
  });

  it('unassigns all licenses of the selected users', async () => {
    const { user, tenantUser } = await withSelected('Megan Bowen', 'Adele Vance');
    await moreAction(user, 'Manage product licenses');
    const pane = await screen.findByRole('dialog', { name: 'Manage product licenses' });
    await user.click(within(pane).getByRole('radio', { name: /^Unassign all/ }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    await within(pane).findByRole('list', { name: 'Results' });
    expect(tenantUser('MeganB@contoso.com')!.assignedLicenses).toEqual([]);
    expect(tenantUser('AdeleV@contoso.com')!.assignedLicenses).toEqual([]);
  });

  it('deletes the selected users and clears the selection', async () => {
    const { user, grid, tenantUser } = await withSelected('Megan Bowen', 'Alex Wilber');
    await user.click(screen.getByRole('button', { name: 'Delete users' }));
    const pane = await screen.findByRole('dialog', { name: 'Delete users' });
    expect(pane).toHaveTextContent('Are you sure you want to delete these 2 users?');
    await user.click(within(pane).getByRole('button', { name: 'Delete users' }));
    const results = await within(pane).findByRole('list', { name: 'Results' });
    expect(results).toHaveTextContent('Megan Bowen: Deleted');
    expect(tenantUser('MeganB@contoso.com')).toBeUndefined();
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    await waitFor(() => expect(within(grid).queryByRole('row', { name: 'Megan Bowen' })).not.toBeInTheDocument());
    expect(screen.queryByText(/selected$/)).not.toBeInTheDocument();
  });

  it('reports, user by user, what a License Administrator may not delete', async () => {
    const view = renderApp('/admin/users');
    view.store.signInAs(findUserByUserPrincipalName(view.store.getTenant(), 'EmilyB@contoso.com')!.id);
    const grid = await screen.findByRole('grid', { name: 'Active users' });
    await view.user.click(within(grid).getByRole('checkbox', { name: 'Select Megan Bowen' }));
    await view.user.click(within(grid).getByRole('checkbox', { name: 'Select Alex Wilber' }));
    await view.user.click(screen.getByRole('button', { name: 'Delete users' }));
    const pane = await screen.findByRole('dialog', { name: 'Delete users' });
    await view.user.click(within(pane).getByRole('button', { name: 'Delete users' }));
    const results = await within(pane).findByRole('list', { name: 'Results' });
    expect(within(results).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Megan Bowen: Insufficient privileges to complete the operation.',
      'Alex Wilber: Insufficient privileges to complete the operation.',
    ]);
  });

  it('resets the passwords of the selected users and shows each new one', async () => {
    const { user } = await withSelected('Megan Bowen', 'Alex Wilber');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const pane = await screen.findByRole('dialog', { name: 'Reset password' });
    await user.click(within(pane).getByRole('button', { name: 'Reset password' }));
    const done = await screen.findByRole('dialog', { name: 'Password has been reset' });
    expect(within(done).getAllByRole('button', { name: 'Show' })).toHaveLength(2);
  });
});
