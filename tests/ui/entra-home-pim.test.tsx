// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { entities, findUserByUserPrincipalName, ROLE } from '../../src/tenant';
import { renderApp } from './render-app';

describe("Entra's Home", () => {
  it('has the overview tabs, each with the tenant’s own facts', async () => {
    const store = createDemoStore();
    const lee = findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!;
    store.send({ type: 'user.update', userId: lee.id, changes: { jobTitle: 'Lead' } });
    const { user } = renderApp('/entra/home', store);
    const basics = await screen.findByRole('region', { name: 'Basic information' }, { timeout: 15_000 });
    expect(basics).toHaveTextContent(`Users${store.getTenant().directory.users.size}`);
    expect(basics).toHaveTextContent(/LicenseMicrosoft Entra ID (P1|P2|Free)/);
    expect(screen.getByRole('region', { name: 'Your role' })).toHaveTextContent('Global Administrator');

    await user.click(screen.getByRole('tab', { name: 'Monitoring' }));
    expect(screen.getByRole('region', { name: 'Audit logs, last 7 days' })).toHaveTextContent('LatestUpdate user');

    await user.click(screen.getByRole('tab', { name: 'Properties' }));
    expect(screen.getByRole('region', { name: 'Tenant properties' })).toHaveTextContent(`Tenant ID${store.getTenant().organization.id}`);

    await user.click(screen.getByRole('tab', { name: 'Recommendations' }));
    expect(screen.getByRole('table', { name: 'Recommendations' })).toHaveTextContent('Designate more than one Global Administrator');

    await user.click(screen.getByRole('tab', { name: 'Tutorials' }));
    expect(within(screen.getByRole('region', { name: 'Review audit logs' })).getByRole('link', { name: 'Get started' })).toHaveAttribute('href', '/entra/audit-logs');
  });

  it('recommends a second Global Administrator when there is only one', async () => {
    const store = createDemoStore();
    const globalAdmins = [...entities(store.getTenant().roles.roleAssignments)].filter(
      (assignment) => assignment.roleDefinitionId === ROLE.globalAdministrator && assignment.directoryScopeId === '/',
    );
    // Keep the signed-in admin's own assignment; take the others away.
    for (const assignment of globalAdmins.filter((each) => each.principalId !== store.getSignedInUserId())) {
      store.send({ type: 'role.remove', assignmentId: assignment.id });
    }
    const { user } = renderApp('/entra/home', store);
    await user.click(await screen.findByRole('tab', { name: 'Recommendations' }, { timeout: 15_000 }));
    const row = within(screen.getByRole('table', { name: 'Recommendations' })).getByRole('row', { name: /Designate more than one Global Administrator/ });
    expect(row).toHaveTextContent('Active');
  });
});

describe('PIM: a role opened from Microsoft Entra roles', () => {
  it("stays inside PIM: PIM's breadcrumb and its menu, with Microsoft Entra roles chosen", async () => {
    const { user, router } = renderApp('/entra/pim/entra-roles');
    const roles = await screen.findByRole('table', { name: 'Roles' }, { timeout: 15_000 });
    await user.click(within(roles).getByRole('button', { name: 'Global Reader' }));
    expect(await screen.findByRole('heading', { name: 'Global Reader | Assignments', level: 1 }, { timeout: 15_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/entra/pim/entra-roles/${ROLE.globalReader}`);
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Privileged Identity Management' })).toHaveAttribute('href', '/entra/pim');
    expect(within(crumbs).getByRole('link', { name: 'Microsoft Entra roles' })).toHaveAttribute('href', '/entra/pim/entra-roles');
    const menu = screen.getByRole('navigation', { name: 'Privileged Identity Management' });
    expect(within(menu).getByRole('link', { name: 'Microsoft Entra roles' }).closest('li')).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('tab', { name: 'Description' }));
    expect(screen.getByRole('heading', { name: 'Global Reader | Description', level: 1 })).toBeInTheDocument();
  });
});
