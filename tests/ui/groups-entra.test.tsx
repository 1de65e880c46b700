// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getById } from '../../src/tenant';
import { groupNamed, JOURNEY, storeWithGroups, userId } from './groups-support';
import { renderApp } from './render-app';

describe('Entra All groups', JOURNEY, () => {
  it('lists every group with its type and membership type, and finds one by name', async () => {
    const { user } = renderApp('/entra/groups', storeWithGroups());
    const table = await screen.findByRole('table', { name: 'All groups' });
    expect(screen.getByRole('heading', { level: 1, name: 'Groups | All groups' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Sales Department/ })).toHaveTextContent(/SecurityDynamic$/);
    expect(within(table).getByRole('row', { name: /Legal Team/ })).toHaveTextContent('DistributionAssignedLegalTeam@contoso.com');
    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 'legal');
    await expect.poll(() => within(table).getAllByRole('row').length).toBe(2);
    await user.click(within(table).getByRole('link', { name: 'Legal Team' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Legal Team | Overview' })).toBeInTheDocument();
  });
});

describe('Entra New group', JOURNEY, () => {
  it('creates an assigned security group with owners and members picked by name or email', async () => {
    const { user, store, router } = renderApp('/entra/groups');
    await user.click(await screen.findByRole('button', { name: 'New group' }));
    await screen.findByRole('heading', { level: 1, name: 'New Group' });
    await user.type(screen.getByRole('textbox', { name: 'Group name' }), 'Field Technicians');
    await user.type(screen.getByRole('textbox', { name: 'Group description' }), 'Everyone who works on site.');
    await user.click(screen.getByRole('button', { name: 'No owners selected' }));
    let picker = await screen.findByRole('dialog', { name: 'Add owners' });
    await user.type(within(picker).getByRole('searchbox'), 'nestor');
    await user.click(within(picker).getByRole('checkbox', { name: /Nestor Wilke/ }));
    await user.click(within(picker).getByRole('button', { name: 'Select' }));
    // The picker's dialog hides the page until it has closed.
    await user.click(await screen.findByRole('button', { name: 'No members selected' }));
    picker = await screen.findByRole('dialog', { name: 'Add members' });
    await user.type(within(picker).getByRole('searchbox'), 'CameronW@');
    await user.click(within(picker).getByRole('checkbox', { name: /Cameron White/ }));
    await user.click(within(picker).getByRole('button', { name: 'Select' }));
    expect(await screen.findByRole('button', { name: '1 member selected' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Successfully created group Field Technicians.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/entra/groups');
    expect(groupNamed(store, 'Field Technicians')).toMatchObject({
      securityEnabled: true,
      mailEnabled: false,
      groupTypes: [],
      description: 'Everyone who works on site.',
      ownerIds: [userId(store, 'NestorW@contoso.com')],
      memberIds: [userId(store, 'CameronW@contoso.com')],
    });
  });

  it('creates a Microsoft 365 group with its email address, security-enabled as Entra makes them', async () => {
    const { user, store } = renderApp('/entra/groups/new');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group type' }), 'Microsoft 365');
    await user.type(screen.getByRole('textbox', { name: 'Group name' }), 'Design Studio');
    expect(screen.getByRole('textbox', { name: 'Group email address' })).toHaveValue('DesignStudio');
    expect(screen.getByText('@contoso.com')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await screen.findByText('Successfully created group Design Studio.');
    expect(groupNamed(store, 'Design Studio')).toMatchObject({ groupTypes: ['Unified'], mailEnabled: true, securityEnabled: true, mail: 'DesignStudio@contoso.com' });
  });

  it('asks before making a group role-assignable, then keeps its membership assigned', async () => {
    const { user, store } = renderApp('/entra/groups/new');
    await user.type(await screen.findByRole('textbox', { name: 'Group name' }), 'Tier 2 Admins');
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Microsoft Entra roles can be assigned to the group' });
    expect(confirm).toHaveTextContent('Creating a group to which Microsoft Entra roles can be assigned is a setting that cannot be changed later. Are you sure that you want to add this capability?');
    await user.click(within(confirm).getByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Membership type' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await screen.findByText('Successfully created group Tier 2 Admins.');
    expect(groupNamed(store, 'Tier 2 Admins')).toMatchObject({ isAssignableToRole: true, groupTypes: [] });
  });

  it('offers Dynamic Device only as a disabled choice, since devices are not simulated', async () => {
    renderApp('/entra/groups/new');
    const membership = await screen.findByRole('combobox', { name: 'Membership type' });
    expect(within(membership).getByRole('option', { name: 'Dynamic Device' })).toBeDisabled();
    expect(screen.getByText("Dynamic Device isn't available: Tenant Lab doesn't simulate devices yet.")).toBeInTheDocument();
  });

  it('refuses a role-assignable group to a User Administrator with the tenant message', async () => {
    const { user, store } = renderApp('/entra/groups/new');
    store.signInAs(userId(store, 'NestorW@contoso.com'));
    await user.type(await screen.findByRole('textbox', { name: 'Group name' }), 'Role Group');
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(screen.getByText('Failed to create group')).toBeInTheDocument();
    expect(groupNamed(store, 'Role Group')).toBeUndefined();
  });

  it('refuses a Helpdesk Administrator who creates a group', async () => {
    const { user, store } = renderApp('/entra/groups/new');
    store.signInAs(userId(store, 'AllanD@contoso.com'));
    await user.type(await screen.findByRole('textbox', { name: 'Group name' }), 'Helpdesk Group');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(groupNamed(store, 'Helpdesk Group')).toBeUndefined();
  });

  it('refuses a dynamic group without a query, as the tenant requires a rule', async () => {
    const { user, store } = renderApp('/entra/groups/new');
    await user.type(await screen.findByRole('textbox', { name: 'Group name' }), 'No Rule');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Membership type' }), 'Dynamic User');
    expect(screen.queryByRole('button', { name: 'No members selected' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText("A value is required for property 'membershipRule' of resource 'Group'.")).toBeInTheDocument();
    expect(groupNamed(store, 'No Rule')).toBeUndefined();
  });
});

describe("Entra group's blade", JOURNEY, () => {
  it('shows the Overview with the dynamic rule processing status, and pauses and resumes it', async () => {
    const store = storeWithGroups();
    const sales = groupNamed(store, 'Sales Department')!;
    const { user } = renderApp(`/entra/groups/${sales.id}`, store);
    await screen.findByRole('heading', { level: 1, name: 'Sales Department | Overview' });
    const menu = screen.getByRole('navigation', { name: 'Sales Department menu' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Overview', 'Properties', 'Members', 'Owners', 'Licenses', 'Dynamic membership rules']);
    const basics = screen.getByRole('region', { name: 'Basic information' });
    expect(basics).toHaveTextContent('Membership typeDynamic');
    expect(basics).toHaveTextContent('Dynamic rule processing statusUpdate complete');
    await user.click(screen.getByRole('button', { name: 'Pause processing' }));
    expect(await screen.findByText('Dynamic membership processing paused.')).toBeInTheDocument();
    expect(basics).toHaveTextContent('Dynamic rule processing statusUpdate paused');
    expect(getById(store.getTenant().directory.groups, sales.id)!.membershipRuleProcessingState).toBe('Paused');
    await user.click(screen.getByRole('button', { name: 'Resume processing' }));
    expect(getById(store.getTenant().directory.groups, sales.id)!.membershipRuleProcessingState).toBe('On');
  });

  it('has no Dynamic membership rules item for an assigned group', async () => {
    const store = storeWithGroups();
    renderApp(`/entra/groups/${groupNamed(store, 'Finance')!.id}`, store);
    const menu = await screen.findByRole('navigation', { name: 'Finance menu' });
    expect(within(menu).queryByRole('link', { name: 'Dynamic membership rules' })).toBeNull();
  });

  it('deletes a group from its Overview after Yes', async () => {
    const store = storeWithGroups();
    const { user, router } = renderApp(`/entra/groups/${groupNamed(store, 'Finance')!.id}`, store);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete group' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText("Successfully deleted group 'Finance'.")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/entra/groups');
    expect(groupNamed(store, 'Finance')).toBeUndefined();
  });

  it('refuses to delete a licensed group, in the dialog', async () => {
    const store = storeWithGroups();
    const { user } = renderApp(`/entra/groups/${groupNamed(store, 'Licensed Staff')!.id}`, store);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete group' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));
    expect(await within(dialog).findByText(/Group deletion failed\. The group 'Licensed Staff' has active license assignments/)).toBeInTheDocument();
    expect(groupNamed(store, 'Licensed Staff')).toBeDefined();
  });

  it('renames a group on Properties', async () => {
    const store = storeWithGroups();
    const finance = groupNamed(store, 'Finance')!;
    const { user } = renderApp(`/entra/groups/${finance.id}/properties`, store);
    const name = await screen.findByRole('textbox', { name: 'Group name' });
    await user.clear(name);
    await user.type(name, 'Finance Team');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Successfully updated group Finance Team.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Finance Team | Properties' })).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, finance.id)!.displayName).toBe('Finance Team');
  });

  it('adds and removes members on Members', async () => {
    const store = storeWithGroups();
    const finance = groupNamed(store, 'Finance')!;
    const { user } = renderApp(`/entra/groups/${finance.id}/members`, store);
    const table = await screen.findByRole('table', { name: 'Direct members' });
    expect(within(table).getByRole('row', { name: /Pradeep Gupta/ })).toHaveTextContent('Pradeep GuptaUserPradeepG@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Add members' }));
    const picker = await screen.findByRole('dialog', { name: 'Add members' });
    await user.type(within(picker).getByRole('searchbox'), 'Lee');
    await user.click(within(picker).getByRole('checkbox', { name: /Lee Gu/ }));
    await user.click(within(picker).getByRole('button', { name: 'Select' }));
    expect(await screen.findByText('Successfully added Lee Gu to Finance.')).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, finance.id)!.memberIds).toContain(userId(store, 'LeeG@contoso.com'));
    await user.click(await within(table).findByRole('button', { name: 'Remove Emily Braun' }));
    expect(await screen.findByText('Successfully removed member Emily Braun.')).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, finance.id)!.memberIds).not.toContain(userId(store, 'EmilyB@contoso.com'));
  });

  it("greys out adding members to a dynamic group: its rule decides who's in it", async () => {
    const store = storeWithGroups();
    renderApp(`/entra/groups/${groupNamed(store, 'Sales Department')!.id}/members`, store);
    const table = await screen.findByRole('table', { name: 'Direct members' });
    expect(screen.getByRole('button', { name: 'Add members' })).toBeDisabled();
    expect(screen.getByText(/This group has dynamic membership: its membership rule adds and removes members/)).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });

  it('adds an owner on Owners and refuses to remove the last one', async () => {
    const store = storeWithGroups();
    const retail = groupNamed(store, 'Retail')!;
    const { user } = renderApp(`/entra/groups/${retail.id}/owners`, store);
    const table = await screen.findByRole('table', { name: 'Owners' });
    await user.click(within(table).getByRole('button', { name: 'Remove Adele Vance' }));
    expect(await screen.findByText('The group must have at least one owner, hence this owner cannot be removed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add owners' }));
    const picker = await screen.findByRole('dialog', { name: 'Add owners' });
    await user.type(within(picker).getByRole('searchbox'), 'Lynne');
    await user.click(within(picker).getByRole('checkbox', { name: /Lynne Robbins/ }));
    await user.click(within(picker).getByRole('button', { name: 'Select' }));
    expect(await screen.findByText('Successfully added Lynne Robbins to Retail.')).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, retail.id)!.ownerIds).toHaveLength(2);
  });
});
