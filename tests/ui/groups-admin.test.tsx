// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { groupsCsv, tabById } from '../../src/app/portals/admin/teams-and-groups/active-teams-and-groups/group-tabs';
import { selectGroupRows } from '../../src/views/groups';
import { getById } from '../../src/tenant';
import { groupNamed, JOURNEY, storeWithGroups, userId } from './groups-support';
import { renderApp } from './render-app';

const list = (name: string) => screen.findByRole('table', { name });
const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);

describe('Active teams & groups', JOURNEY, () => {
  it('lists each kind of group on its own tab with the columns the admin center shows', async () => {
    const { user } = renderApp('/admin/groups', storeWithGroups());
    const m365 = await list('Teams & Microsoft 365 groups');
    expect(within(m365).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Email', 'Membership type', 'Privacy']);
    expect(names(m365)).toEqual(['Retail', 'Sales and Marketing']);
    expect(within(m365).getByRole('row', { name: /Retail/ })).toHaveTextContent('Retail@contoso.comAssignedPrivate');

    await user.click(screen.getByRole('tab', { name: 'Distribution list' }));
    expect(names(await list('Distribution list'))).toEqual(['Legal Team']);

    await user.click(screen.getByRole('tab', { name: 'Security groups' }));
    const security = await list('Security groups');
    expect(names(security)).toEqual(['Finance', 'IT Department', 'Licensed Staff', 'Sales Department']);
    expect(within(security).getByRole('row', { name: /Sales Department/ })).toHaveTextContent('SecurityDynamic');
    expect(screen.getByRole('button', { name: 'Add a security group' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a mail-enabled security group' })).toBeInTheDocument();
  });

  it('finds groups by name or email address with the search box', async () => {
    const { user } = renderApp('/admin/groups');
    await list('Teams & Microsoft 365 groups');
    await user.type(screen.getByRole('searchbox', { name: 'Search Teams & Microsoft 365 groups' }), 'salesand');
    const table = await list('Teams & Microsoft 365 groups');
    await expect.poll(() => names(table)).toEqual(['Sales and Marketing']);
    expect(screen.getByText('1 item')).toBeInTheDocument();
  });

  it('opens a group from its deep link and edits its name and description on the General tab', async () => {
    const store = storeWithGroups();
    const retail = groupNamed(store, 'Retail')!;
    const { user, router } = renderApp(`/admin/groups/${retail.id}`, store);
    const pane = await screen.findByRole('dialog', { name: 'Retail' });
    expect(within(pane).getByText('Microsoft 365 · Retail@contoso.com')).toBeInTheDocument();
    await user.click(within(pane).getByRole('button', { name: 'Edit name and description' }));
    const name = within(pane).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Retail Stores');
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText('Name and description updated.')).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, retail.id)!.displayName).toBe('Retail Stores');

    await user.click(within(pane).getByRole('button', { name: 'Edit email address' }));
    const alias = within(pane).getByRole('textbox', { name: 'Alias' });
    await user.clear(alias);
    await user.type(alias, 'stores');
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText('Primary: stores@contoso.com')).toBeInTheDocument();

    // The footer-less pane closes with its header button, back to the list.
    await user.click(within(pane).getByRole('button', { name: 'Close' }));
    expect(router.state.location.pathname).toBe('/admin/groups');
  });

  it('adds and removes members and owners on the Membership tab', async () => {
    const store = storeWithGroups();
    const retail = groupNamed(store, 'Retail')!;
    const { user } = renderApp(`/admin/groups/${retail.id}`, store);
    const pane = await screen.findByRole('dialog', { name: 'Retail' });
    await user.click(within(pane).getByRole('tab', { name: 'Membership' }));
    await user.click(within(pane).getByRole('tab', { name: 'Members (2)' }));
    await user.click(within(pane).getByRole('button', { name: 'Add members' }));
    const picker = within(pane).getByRole('region', { name: 'Add group members to Retail' });
    expect(within(picker).getByRole('searchbox', { name: 'Search by name or email address' })).toHaveFocus();
    // The group's members aren't offered again.
    expect(within(picker).queryByRole('checkbox', { name: /Adele Vance/ })).toBeNull();
    await user.type(within(picker).getByRole('searchbox', { name: 'Search by name or email address' }), 'GradyA@contoso.com');
    await user.click(await within(picker).findByRole('checkbox', { name: /Grady Archie/ }));
    await user.click(within(picker).getByRole('button', { name: 'Add (1)' }));
    expect(await within(pane).findByText("Grady Archie was added to the group's members.")).toBeInTheDocument();
    expect(within(pane).getByRole('button', { name: 'Add members' })).toHaveFocus();
    expect(getById(store.getTenant().directory.groups, retail.id)!.memberIds).toContain(userId(store, 'GradyA@contoso.com'));

    await user.click(within(pane).getByRole('button', { name: 'Remove Lynne Robbins' }));
    expect(await within(pane).findByText("Lynne Robbins was removed from the group's members.")).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, retail.id)!.memberIds).not.toContain(userId(store, 'LynneR@contoso.com'));

    await user.click(within(pane).getByRole('tab', { name: 'Owners (1)' }));
    await user.click(within(pane).getByRole('button', { name: 'Remove Adele Vance' }));
    expect(await within(pane).findByText('The group must have at least one owner, hence this owner cannot be removed.')).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, retail.id)!.ownerIds).toEqual([userId(store, 'AdeleV@contoso.com')]);
  });

  it("won't add members by hand to a dynamic group: its rule decides", async () => {
    const store = storeWithGroups();
    const sales = groupNamed(store, 'Sales Department')!;
    const { user } = renderApp(`/admin/groups/${sales.id}?tab=security`, store);
    const pane = await screen.findByRole('dialog', { name: 'Sales Department' });
    await user.click(within(pane).getByRole('tab', { name: 'Membership' }));
    await user.click(within(pane).getByRole('tab', { name: 'Members (4)' }));
    expect(within(pane).getByText(/This group has dynamic membership: its membership rule decides who the members are/)).toBeInTheDocument();
    expect(within(pane).queryByRole('button', { name: 'Add members' })).toBeNull();
    expect(within(pane).queryByRole('button', { name: /^Remove / })).toBeNull();
    expect(within(pane).getByText('Isaiah Langer')).toBeInTheDocument();
  });

  it('saves who may email a Microsoft 365 group on the Settings tab', async () => {
    const store = storeWithGroups();
    const sales = groupNamed(store, 'Sales and Marketing')!;
    const { user } = renderApp(`/admin/groups/${sales.id}`, store);
    const pane = await screen.findByRole('dialog', { name: 'Sales and Marketing' });
    await user.click(within(pane).getByRole('tab', { name: 'Settings' }));
    expect(within(pane).getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(within(pane).getByRole('checkbox', { name: 'Let people outside the organization email this group' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Send copies of group conversations and events to group members' }));
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText('Settings saved.')).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, sales.id)).toMatchObject({ allowExternalSenders: true, autoSubscribeNewMembers: true });
  });

  it('has no Settings tab for a security group, which has no email', async () => {
    const store = storeWithGroups();
    const itDepartment = groupNamed(store, 'IT Department')!;
    renderApp(`/admin/groups/${itDepartment.id}?tab=security`, store);
    const pane = await screen.findByRole('dialog', { name: 'IT Department' });
    expect(within(pane).getByRole('tab', { name: 'General' })).toBeInTheDocument();
    expect(within(pane).getByRole('tab', { name: 'Membership' })).toBeInTheDocument();
    expect(within(pane).queryByRole('tab', { name: 'Settings' })).toBeNull();
  });
});

describe('deleting and restoring groups', JOURNEY, () => {
  it('deletes a Microsoft 365 group from its row, then restores it from Deleted groups', async () => {
    const store = storeWithGroups();
    const { user, router } = renderApp('/admin/groups', store);
    const table = await list('Teams & Microsoft 365 groups');
    await user.click(within(table).getByRole('button', { name: 'More actions for Retail' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Retail?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete group' }));
    expect(await screen.findByRole('dialog', { name: 'Retail was deleted' })).toHaveTextContent('You can restore it from Deleted groups for 30 days.');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await expect.poll(() => names(table)).toEqual(['Sales and Marketing']);

    await router.navigate('/admin/groups/deleted');
    const deleted = await list('Deleted groups');
    expect(within(deleted).getByRole('row', { name: /Retail/ })).toHaveTextContent('Retail@contoso.comMon, 2 Mar 2026, 09:00 UTCWed, 1 Apr 2026, 09:00 UTC');
    expect(screen.getByRole('button', { name: 'Restore group' })).toBeDisabled();
    await user.click(within(deleted).getByRole('radio', { name: 'Select Retail' }));
    await user.click(screen.getByRole('button', { name: 'Restore group' }));
    expect(await screen.findByText("Retail was restored. It's back in Active teams & groups.")).toBeInTheDocument();
    expect(groupNamed(store, 'Retail')).toBeDefined();
    expect(screen.getByText('There are no deleted groups.')).toBeInTheDocument();
  });

  it('deletes a security group for good from its details pane, inside the pane', async () => {
    const store = storeWithGroups();
    const finance = groupNamed(store, 'Finance')!;
    const { user, router } = renderApp(`/admin/groups/${finance.id}?tab=security`, store);
    const pane = await screen.findByRole('dialog', { name: 'Finance' });
    await user.click(within(pane).getByRole('button', { name: 'Delete group' }));
    const confirm = within(pane).getByRole('region', { name: 'Delete Finance?' });
    expect(confirm).toHaveTextContent('Only Microsoft 365 groups can be restored, so this group is deleted for good.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete group' }));
    const done = await within(pane).findByRole('region', { name: 'Finance was deleted' });
    expect(done).toHaveTextContent("It can't be restored.");
    expect(groupNamed(store, 'Finance')).toBeUndefined();
    await user.click(within(done).getByRole('button', { name: 'Close' }));
    expect(router.state.location.pathname).toBe('/admin/groups');
    expect(router.state.location.search).toBe('?tab=security');
  });

  it('cancels a delete from the pane and goes back to the General tab', async () => {
    const store = storeWithGroups();
    const finance = groupNamed(store, 'Finance')!;
    const { user } = renderApp(`/admin/groups/${finance.id}?tab=security`, store);
    const pane = await screen.findByRole('dialog', { name: 'Finance' });
    await user.click(within(pane).getByRole('button', { name: 'Delete group' }));
    await user.click(within(pane).getByRole('button', { name: 'Cancel' }));
    expect(within(pane).getByRole('tab', { name: 'General' })).toBeInTheDocument();
    expect(groupNamed(store, 'Finance')).toBeDefined();
  });

  it("refuses to delete a group that still assigns licenses, with the tenant's message", async () => {
    const store = storeWithGroups();
    const { user } = renderApp('/admin/groups?tab=security', store);
    const table = await list('Security groups');
    await user.click(within(table).getByRole('button', { name: 'More actions for Licensed Staff' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Licensed Staff?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete group' }));
    expect(
      await within(dialog).findByText("Group deletion failed. The group 'Licensed Staff' has active license assignments; remove its licenses before deleting it."),
    ).toBeInTheDocument();
    expect(groupNamed(store, 'Licensed Staff')).toBeDefined();
  });

  it('refuses a Helpdesk Administrator who tries to delete a group', async () => {
    const store = storeWithGroups();
    store.signInAs(userId(store, 'AllanD@contoso.com'));
    const { user } = renderApp('/admin/groups', store);
    const table = await list('Teams & Microsoft 365 groups');
    await user.click(within(table).getByRole('button', { name: 'More actions for Retail' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Retail?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete group' }));
    expect(await within(dialog).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(groupNamed(store, 'Retail')).toBeDefined();
  });
});

describe('Export', () => {
  it("writes the tab's groups as CSV with the columns the tab shows", () => {
    const rows = selectGroupRows(storeWithGroups().getTenant());
    const tab = tabById('microsoft365');
    expect(groupsCsv(tab, rows.filter((row) => tab.types.includes(row.groupType)))).toBe(
      'Name,Email,Membership type,Privacy\r\nRetail,Retail@contoso.com,Assigned,Private\r\nSales and Marketing,SalesAndMarketing@contoso.com,Assigned,Public\r\n',
    );
  });
});
