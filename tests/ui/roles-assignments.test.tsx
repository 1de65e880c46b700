// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { findEntity, findUserByUserPrincipalName, roleHolders, ROLE, type Tenant } from '../../src/tenant';
import { renderApp } from './render-app';

function storeSignedInAs(upn: string) {
  const store = createDemoStore();
  store.signInAs(findUserByUserPrincipalName(store.getTenant(), upn)!.id);
  return store;
}

function holders(tenant: Tenant, roleId: string): string[] {
  return roleHolders(tenant, roleId).map((row) => row.displayName).sort();
}

async function openRole(roleId: string, store = createDemoStore()) {
  const view = renderApp(`/admin/roles/${roleId}`, store);
  const flyout = await screen.findByRole('dialog', {}, { timeout: 15_000 });
  return { ...view, flyout };
}

describe('Role assignments', () => {
  it('shows a tab per admin center and the suggested roles with their descriptions', async () => {
    renderApp('/admin/roles');
    const table = await screen.findByRole('table', { name: 'Microsoft Entra ID' }, { timeout: 15_000 });
    const tabs = within(screen.getByRole('tablist', { name: 'Role assignments' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('value'))).toEqual(['entra', 'exchange', 'intune', 'billing']);
    for (const name of ['Microsoft Entra ID', 'Exchange', 'Intune', 'Billing']) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    const helpdesk = within(table).getByRole('button', { name: 'Helpdesk Administrator' }).closest('tr')!;
    expect(helpdesk).toHaveTextContent(/Helpdesk Administrator.+resets passwords/);
    expect(within(table).getByRole('button', { name: 'Global Administrator' }).closest('tr')).toHaveTextContent('Privileged');
  });

  it('shows all roles, then all roles by category', async () => {
    const { user } = renderApp('/admin/roles');
    const suggested = within(await screen.findByRole('table', { name: 'Microsoft Entra ID' }, { timeout: 15_000 })).getAllByRole('row').length;
    await user.click(screen.getByRole('button', { name: 'Show all roles' }));
    expect(within(screen.getByRole('table', { name: 'Microsoft Entra ID' })).getAllByRole('row').length).toBeGreaterThan(suggested + 20);
    await user.click(screen.getByRole('button', { name: 'Show all by category' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Identity' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Identity' })).getByRole('button', { name: 'User Administrator' })).toBeInTheDocument();
  });

  it('finds roles by name or description', async () => {
    const { user } = renderApp('/admin/roles');
    await screen.findByRole('table', { name: 'Microsoft Entra ID' }, { timeout: 15_000 });
    await user.type(screen.getByRole('searchbox', { name: 'Search for roles' }), 'license');
    const names = within(screen.getByRole('table', { name: 'Microsoft Entra ID' })).getAllByRole('button').map((button) => button.textContent);
    expect(names).toContain('License Administrator');
    expect(names).not.toContain('Helpdesk Administrator');
  });

  it("says plainly that Exchange's own role groups aren't simulated and lists the Exchange roles of Entra", async () => {
    const { user } = renderApp('/admin/roles');
    await user.click(await screen.findByRole('tab', { name: 'Exchange' }, { timeout: 15_000 }));
    expect(await screen.findByText(/role groups .* aren't simulated in Tenant Lab/)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Exchange' })).getByRole('button', { name: 'Exchange Administrator' })).toBeInTheDocument();
  });
});

describe('the role flyout', () => {
  it('shows the description and a permissions summary, then the permissions in words', async () => {
    const { user, flyout } = await openRole(ROLE.helpdeskAdministrator);
    expect(within(flyout).getByText('Permissions summary')).toBeInTheDocument();
    expect(within(flyout).getByText(/^Microsoft Entra ID: \d+ permissions$/)).toBeInTheDocument();
    await user.click(within(flyout).getByRole('tab', { name: 'Permissions' }));
    const entra = within(flyout).getByRole('region', { name: 'Microsoft Entra ID' });
    expect(entra).toHaveTextContent('Update password of usersmicrosoft.directory/users/password/update');
  });

  it('lists who holds the role with its scope on Assigned', async () => {
    const { user, flyout } = await openRole(ROLE.globalAdministrator);
    await user.click(within(flyout).getByRole('tab', { name: 'Assigned' }));
    const table = within(flyout).getByRole('table', { name: 'Admins assigned to Global Administrator' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('MOD Administratoradmin@contoso.onmicrosoft.comUserOrganization');
  });

  it('adds users to the role from Add users', async () => {
    const { user, flyout, store } = await openRole(ROLE.helpdeskAdministrator);
    await user.click(within(flyout).getByRole('tab', { name: 'Assigned' }));
    await user.click(within(flyout).getByRole('button', { name: 'Add users' }));
    await user.type(within(flyout).getByRole('searchbox', { name: 'Search by name or email address' }), 'Megan');
    await user.click(within(flyout).getByRole('checkbox', { name: /Megan Bowen/ }));
    await user.click(within(flyout).getByRole('button', { name: 'Add (1)' }));
    expect(await within(flyout).findByText('Helpdesk Administrator was assigned to Megan Bowen.')).toBeInTheDocument();
    expect(holders(store.getTenant(), ROLE.helpdeskAdministrator)).toEqual(['Allan Deyoung', 'Megan Bowen']);
  });

  it('offers only role-assignable groups under Add groups, and adds one', async () => {
    const store = createDemoStore();
    const created = store.send({ type: 'group.create', displayName: 'Tier 1 Support', securityEnabled: true, mailEnabled: false, isAssignableToRole: true });
    expect(created.ok).toBe(true);
    const { user, flyout } = await openRole(ROLE.helpdeskAdministrator, store);
    await user.click(within(flyout).getByRole('tab', { name: 'Assigned' }));
    await user.click(within(flyout).getByRole('button', { name: 'Add groups' }));
    const groups = within(flyout).getByRole('group', { name: 'Groups' });
    expect(within(groups).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(groups).getByRole('checkbox', { name: /Tier 1 Support/ }));
    await user.click(within(flyout).getByRole('button', { name: 'Add (1)' }));
    expect(await within(flyout).findByText('Helpdesk Administrator was assigned to Tier 1 Support.')).toBeInTheDocument();
    const table = within(flyout).getByRole('table', { name: 'Admins assigned to Helpdesk Administrator' });
    expect(within(table).getByText('Tier 1 Support').closest('tr')).toHaveTextContent('Tier 1 SupportGroupOrganization');
  });

  it('removes an admin after the confirmation', async () => {
    const { user, flyout, store } = await openRole(ROLE.helpdeskAdministrator);
    await user.click(within(flyout).getByRole('tab', { name: 'Assigned' }));
    await user.click(within(flyout).getByRole('checkbox', { name: 'Select Allan Deyoung' }));
    await user.click(within(flyout).getByRole('button', { name: 'Remove' }));
    expect(within(flyout).getByText('Remove admins?')).toBeInTheDocument();
    await user.click(within(flyout).getAllByRole('button', { name: 'Remove' }).at(-1)!);
    expect(await within(flyout).findByText('Helpdesk Administrator was removed from Allan Deyoung.')).toBeInTheDocument();
    expect(holders(store.getTenant(), ROLE.helpdeskAdministrator)).toEqual([]);
  });

  it("refuses to remove the last Global Administrator, with the tenant's message", async () => {
    const store = createDemoStore();
    // A Privileged Role Administrator may manage roles but is not the Global Administrator.
    const nestor = findUserByUserPrincipalName(store.getTenant(), 'NestorW@contoso.com')!;
    expect(store.send({ type: 'role.assign', principalId: nestor.id, roleDefinitionId: ROLE.privilegedRoleAdministrator }).ok).toBe(true);
    store.signInAs(nestor.id);
    const { user, flyout } = await openRole(ROLE.globalAdministrator, store);
    await user.click(within(flyout).getByRole('tab', { name: 'Assigned' }));
    await user.click(within(flyout).getByRole('checkbox', { name: 'Select MOD Administrator' }));
    await user.click(within(flyout).getByRole('button', { name: 'Remove' }));
    await user.click(within(flyout).getAllByRole('button', { name: 'Remove' }).at(-1)!);
    expect(await within(flyout).findByText(/The last active Global Administrator assignment can't be removed/)).toBeInTheDocument();
    expect(holders(store.getTenant(), ROLE.globalAdministrator)).toEqual(['MOD Administrator']);
  });

  it("refuses a User Administrator who tries to assign a role, with the tenant's message", async () => {
    const store = storeSignedInAs('NestorW@contoso.com');
    const { user, flyout } = await openRole(ROLE.helpdeskAdministrator, store);
    await user.click(within(flyout).getByRole('tab', { name: 'Assigned' }));
    await user.click(within(flyout).getByRole('button', { name: 'Add users' }));
    await user.type(within(flyout).getByRole('searchbox', { name: 'Search by name or email address' }), 'Megan');
    await user.click(within(flyout).getByRole('checkbox', { name: /Megan Bowen/ }));
    await user.click(within(flyout).getByRole('button', { name: 'Add (1)' }));
    expect(await within(flyout).findByText("The role wasn't assigned")).toBeInTheDocument();
    expect(within(flyout).getByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(holders(store.getTenant(), ROLE.helpdeskAdministrator)).toEqual(['Allan Deyoung']);
  });

  it("refuses a Helpdesk Administrator who tries to remove a role", async () => {
    const store = storeSignedInAs('AllanD@contoso.com');
    const { user, flyout } = await openRole(ROLE.userAdministrator, store);
    await user.click(within(flyout).getByRole('tab', { name: 'Assigned' }));
    await user.click(within(flyout).getByRole('checkbox', { name: 'Select Nestor Wilke' }));
    await user.click(within(flyout).getByRole('button', { name: 'Remove' }));
    await user.click(within(flyout).getAllByRole('button', { name: 'Remove' }).at(-1)!);
    expect(await within(flyout).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(findEntity(store.getTenant().roles.roleAssignments, (assignment) => assignment.roleDefinitionId === ROLE.userAdministrator)).toBeDefined();
  });
});
