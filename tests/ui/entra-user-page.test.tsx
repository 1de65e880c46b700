// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { entities, findEntity, findUserByUserPrincipalName, ROLE } from '../../src/tenant';
import { renderApp } from './render-app';

function lee(store = createDemoStore()) {
  return { store, lee: findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')! };
}

describe("Entra: a user's page", () => {
  it('opens from All users with Home > Users in the breadcrumb, and shows the Overview tabs', async () => {
    const { user, router } = renderApp('/entra/users');
    const table = await screen.findByRole('table', { name: 'All users' }, { timeout: 15_000 });
    await user.click(within(table).getByRole('button', { name: 'Lee Gu' }));
    expect(await screen.findByRole('heading', { name: 'Lee Gu', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/entra\/users\/[^/]+$/);
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(within(crumbs).getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/entra/users');
    expect(screen.getByText('LeeG@contoso.com')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Properties' }));
    expect(screen.getByRole('region', { name: 'Job information' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'On-premises' })).toHaveTextContent('On-premises sync enabledNo');
    await user.click(screen.getByRole('tab', { name: 'Monitoring' }));
    expect(screen.getByRole('link', { name: 'View all audit logs' })).toBeInTheDocument();
  });

  it('edits properties in the portal’s sections and saves them as one update', async () => {
    const { store, lee: target } = lee();
    const { user } = renderApp(`/entra/users/${target.id}/edit`, store);
    for (const section of ['All', 'Identity', 'Job information', 'Contact information', 'Parental controls', 'Settings', 'On-premises']) {
      expect(await screen.findByRole('tab', { name: section }, { timeout: 15_000 })).toBeInTheDocument();
    }
    const jobTitle = screen.getByRole('textbox', { name: 'Job title' });
    await user.clear(jobTitle);
    await user.type(jobTitle, 'Principal Engineer');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Lee Gu', level: 1 })).toBeInTheDocument();
    expect(findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!.jobTitle).toBe('Principal Engineer');
  });

  it('refuses a display name over 256 characters beside the field, and changes nothing', async () => {
    const { store, lee: target } = lee();
    const { user } = renderApp(`/entra/users/${target.id}/edit?section=identity`, store);
    const name = await screen.findByRole('textbox', { name: 'Display name' }, { timeout: 15_000 });
    await user.clear(name);
    await user.click(name);
    await user.paste('x'.repeat(257));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Failed to update user properties')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription("Invalid value specified for property 'displayName' of resource 'User'.");
    expect(findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!.displayName).toBe('Lee Gu');
  });

  it('sets a manager in Job information, and refuses a reporting chain that loops', async () => {
    const { store, lee: target } = lee();
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    const { user } = renderApp(`/entra/users/${target.id}/edit?section=job`, store);
    await user.type(await screen.findByRole('combobox', { name: 'Manager' }, { timeout: 15_000 }), 'Megan');
    await user.click(await screen.findByRole('option', { name: 'Megan Bowen (MeganB@contoso.com)' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Lee Gu', level: 1 }, { timeout: 15_000 })).toBeInTheDocument();
    expect(findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!.managerId).toBe(megan.id);

    const again = renderApp(`/entra/users/${megan.id}/edit?section=job`, store);
    await again.user.type(await screen.findByRole('combobox', { name: 'Manager' }, { timeout: 15_000 }), 'Lee');
    await again.user.click(await screen.findByRole('option', { name: 'Lee Gu (LeeG@contoso.com)' }));
    await again.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This manager reports, directly or indirectly, to the user. A reporting chain cannot loop.')).toBeInTheDocument();
    expect(findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!.managerId).not.toBe(target.id);
  });

  it('requires a display name', async () => {
    const { store, lee: target } = lee();
    const { user } = renderApp(`/entra/users/${target.id}/edit`, store);
    await user.clear(await screen.findByRole('textbox', { name: 'Display name' }, { timeout: 15_000 }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('textbox', { name: 'Display name' })).toHaveAccessibleDescription('The value must not be empty.');
  });

  it('lists assigned roles, groups and licenses, and says plainly that authentication methods are not simulated', async () => {
    const { store, lee: target } = lee();
    store.send({ type: 'role.assign', principalId: target.id, roleDefinitionId: ROLE.helpdeskAdministrator });
    const { user } = renderApp(`/entra/users/${target.id}/assigned-roles`, store);
    const roles = await screen.findByRole('table', { name: 'Active assignments' }, { timeout: 15_000 });
    expect(roles).toHaveTextContent('Helpdesk Administrator');
    expect(roles).toHaveTextContent('Direct');
    // Each menu item is a page of its own, with its own menu: look the menu up again after each click.
    const menu = () => screen.getByRole('navigation', { name: 'Lee Gu menu' });
    await user.click(within(menu()).getByRole('link', { name: 'Groups' }));
    const groups = await screen.findByRole('table', { name: 'Groups' });
    const memberOf = [...entities(store.getTenant().directory.groups)].filter((group) => group.memberIds.includes(target.id));
    expect(within(groups).getAllByRole('row')).toHaveLength(memberOf.length + 1);
    await user.click(within(menu()).getByRole('link', { name: 'Licenses' }));
    expect(await screen.findByRole('table', { name: 'Licenses' })).toBeInTheDocument();
    await user.click(within(menu()).getByRole('link', { name: 'Authentication methods' }));
    expect(await screen.findByRole('complementary', { name: 'Tenant Lab note' })).toHaveTextContent(/aren't simulated yet/);
  });

  it('says so when the user no longer exists', async () => {
    renderApp('/entra/users/00000000-0000-0000-0000-000000000000');
    expect(await screen.findByRole('heading', { name: 'User not found' }, { timeout: 15_000 })).toBeInTheDocument();
  });
});

describe('Entra: an Entra-side user is created, edited and found in Audit logs', () => {
  it('records Add user and Update user, with the old and new job title in the details pane', async () => {
    const store = createDemoStore();
    const { user } = renderApp('/entra/users/new', store);
    await user.type(await screen.findByRole('textbox', { name: /User principal name/ }, { timeout: 15_000 }), 'grace');
    await user.type(screen.getByRole('textbox', { name: /Display name/ }), 'Grace Hopper');
    await user.click(screen.getByRole('button', { name: 'Next: Properties >' }));
    await user.type(screen.getByRole('textbox', { name: 'Job title' }), 'Engineer');
    await user.click(screen.getByRole('button', { name: 'Review + create' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const table = await screen.findByRole('table', { name: 'All users' }, { timeout: 15_000 });
    await user.click(within(table).getByRole('button', { name: 'Grace Hopper' }));
    await user.click(await screen.findByRole('button', { name: 'Edit properties' }, { timeout: 15_000 }));
    const jobTitle = await screen.findByRole('textbox', { name: 'Job title' }, { timeout: 15_000 });
    await user.clear(jobTitle);
    await user.type(jobTitle, 'Rear Admiral');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Grace Hopper', level: 1 }, { timeout: 15_000 });

    // Monitoring & health > Audit logs in the portal's navigation, not the user's own Audit logs.
    await user.click(screen.getByRole('button', { name: 'Monitoring & health' }));
    await user.click(screen.getAllByRole('link', { name: 'Audit logs' }).find((link) => link.getAttribute('href') === '/entra/audit-logs')!);
    expect(await screen.findByRole('heading', { name: 'Audit logs', level: 1 }, { timeout: 15_000 })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Target' }), 'grace');
    const log = await screen.findByRole('table', { name: 'Audit logs' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]!.textContent)).toEqual(['Update user', 'Add user']);
    expect(rows[0]).toHaveTextContent('grace@contoso.com');
    expect(rows[0]).toHaveTextContent('Success');

    await user.click(within(rows[0]!).getAllByRole('button')[0]!);
    const pane = await screen.findByRole('dialog', { name: /Audit Log Details/ });
    expect(within(pane).getByRole('region', { name: 'Activity' })).toHaveTextContent('Activity TypeUpdate user');
    const signedIn = findEntity(store.getTenant().directory.users, (each) => each.id === store.getSignedInUserId())!;
    expect(within(pane).getByRole('region', { name: 'Initiated by (actor)' })).toHaveTextContent(signedIn.userPrincipalName);
    await user.click(within(pane).getByRole('tab', { name: 'Target(s)' }));
    expect(within(pane).getByRole('region', { name: 'Target 1' })).toHaveTextContent('grace@contoso.com');
    await user.click(within(pane).getByRole('tab', { name: 'Modified Properties' }));
    const modified = within(pane).getByRole('table', { name: 'Modified Properties' });
    expect(within(modified).getByRole('row', { name: /jobTitle/ })).toHaveTextContent(/Engineer.*Rear Admiral/);
  }, 90_000);

  it('filters by activity, status and initiator, and a custom interval that ends before it starts finds nothing', async () => {
    const store = createDemoStore();
    const lee = findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!;
    store.send({ type: 'user.update', userId: lee.id, changes: { jobTitle: 'Lead' } });
    store.send({ type: 'user.delete', userId: lee.id });
    const { user } = renderApp('/entra/audit-logs', store);
    const log = await screen.findByRole('table', { name: 'Audit logs' }, { timeout: 15_000 });
    await user.click(screen.getByRole('combobox', { name: 'Activity' }));
    await user.click(screen.getByRole('option', { name: 'Delete user' }));
    expect(within(log).getAllByRole('row')).toHaveLength(2);
    expect(log).toHaveTextContent('LeeG@contoso.com');
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'Failure' }));
    expect(screen.getByText('No audit logs found for the selected filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'All' }));
    await user.type(screen.getByRole('textbox', { name: 'Initiated by (actor)' }), 'nobody');
    expect(screen.getByText('No audit logs found for the selected filters.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Initiated by (actor)' }));
    await user.click(screen.getByRole('combobox', { name: 'Date' }));
    await user.click(screen.getByRole('option', { name: 'Custom time interval' }));
    await user.type(screen.getByLabelText('Start date'), '2026-03-05');
    await user.type(screen.getByLabelText('End date'), '2026-03-01');
    expect(screen.getByLabelText('End date')).toHaveAccessibleDescription('The start date must be on or before the end date.');
  });

  it('opens from the Users blade with the Category filter on UserManagement', async () => {
    const store = createDemoStore();
    const lee = findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!;
    store.send({ type: 'user.update', userId: lee.id, changes: { jobTitle: 'Lead' } });
    store.send({ type: 'group.create', displayName: 'Pilots', mailEnabled: false, securityEnabled: true });
    const { user } = renderApp('/entra/users', store);
    await user.click(within(await screen.findByRole('navigation', { name: 'Users' }, { timeout: 15_000 })).getByRole('link', { name: 'Audit logs' }));
    expect(await screen.findByRole('combobox', { name: 'Category' }, { timeout: 15_000 })).toHaveTextContent('UserManagement');
    const log = screen.getByRole('table', { name: 'Audit logs' });
    expect(log).toHaveTextContent('Update user');
    expect(log).not.toHaveTextContent('GroupManagement');
  });

  it("shows a user's own audit logs only", async () => {
    const store = createDemoStore();
    const lee = findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!;
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    store.send({ type: 'user.update', userId: lee.id, changes: { jobTitle: 'Lead' } });
    store.send({ type: 'user.update', userId: megan.id, changes: { jobTitle: 'Lead' } });
    renderApp(`/entra/users/${lee.id}/audit-logs`, store);
    const log = await screen.findByRole('table', { name: 'Audit logs' }, { timeout: 15_000 });
    expect(log).toHaveTextContent('LeeG@contoso.com');
    expect(log).not.toHaveTextContent('MeganB@contoso.com');
  });
});
