// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { findUserByUserPrincipalName, roleSettings, ROLE } from '../../src/tenant';
import { renderApp } from './render-app';

async function openSettings(store = createDemoStore()) {
  const view = renderApp('/entra/pim/entra-roles?tab=settings', store);
  const table = await screen.findByRole('table', { name: 'Role settings' }, { timeout: 15_000 });
  await view.user.click(within(table).getByRole('button', { name: 'Global Reader' }));
  const pane = await screen.findByRole('dialog', { name: /Role setting details - Global Reader/ });
  return { ...view, pane };
}

describe('PIM Quick start and Microsoft Entra roles', () => {
  it('opens on Quick start with the blade menu, and goes to My roles from it', async () => {
    const { user, router } = renderApp('/entra/pim');
    expect(await screen.findByRole('heading', { level: 1, name: 'Privileged Identity Management | Quick start' }, { timeout: 15_000 })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Privileged Identity Management' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Quick start', 'My roles', 'Approve requests', 'Microsoft Entra roles']);
    await user.click(screen.getByRole('button', { name: 'Activate your role' }));
    expect(router.state.location.pathname).toBe('/entra/pim/my-roles');
  });

  it('lists roles with their eligible and active counts, and all assignments across roles', async () => {
    const store = createDemoStore();
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    store.send({ type: 'pim.assignEligible', principalId: megan.id, roleDefinitionId: ROLE.globalReader, permanent: true });
    const { user } = renderApp('/entra/pim/entra-roles', store);
    const roles = await screen.findByRole('table', { name: 'Roles' }, { timeout: 15_000 });
    expect(within(roles).getByRole('button', { name: 'Global Reader' }).closest('tr')).toHaveTextContent('Global ReaderPRIVILEGED10');
    await user.click(screen.getByRole('tab', { name: 'Assignments' }));
    const eligible = screen.getByRole('table', { name: 'Eligible assignments' });
    expect(within(eligible).getAllByRole('row')[1]).toHaveTextContent(/^Global ReaderMegan Bowen/);
    await user.click(screen.getByRole('tab', { name: /Active assignments/ }));
    expect(within(screen.getByRole('table', { name: 'Active assignments' })).getAllByRole('row')).toHaveLength(5);
  });

  it('lists expired eligibilities once the simulated clock passes their end', async () => {
    const store = createDemoStore();
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    store.send({ type: 'pim.assignEligible', principalId: megan.id, roleDefinitionId: ROLE.globalReader, expiresDateTime: '2026-03-03T09:00:00.000Z' });
    store.fastForward('P1D');
    const { user } = renderApp('/entra/pim/entra-roles?tab=assignments', store);
    await user.click(await screen.findByRole('tab', { name: 'Expired assignments (1)' }, { timeout: 15_000 }));
    expect(within(screen.getByRole('table', { name: 'Expired assignments' })).getAllByRole('row')[1]).toHaveTextContent('Global ReaderMegan BowenMeganB@contoso.comEligible3/3/2026, 9:00 AM UTC');
  });
});

describe('Role settings', () => {
  it('shows a role\u2019s settings and edits them: maximum duration, justification and approval', async () => {
    const { user, pane, store } = await openSettings();
    expect(within(pane).getByText('Activation maximum duration (hours)').nextSibling).toHaveTextContent('8');
    await user.click(within(pane).getByRole('button', { name: 'Edit' }));
    expect(await screen.findByRole('dialog', { name: /Edit role setting - Global Reader/ })).toBeInTheDocument();
    fireEvent.change(within(pane).getByRole('slider', { name: /Activation maximum duration/ }), { target: { value: '4' } });
    await user.click(within(pane).getByRole('checkbox', { name: 'Require justification on activation' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Require approval to activate' }));
    await user.click(within(pane).getByRole('tab', { name: 'Assignment' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Allow permanent eligible assignment' }));
    await user.click(within(pane).getByRole('combobox', { name: 'Expire eligible assignments after' }));
    await user.click(screen.getByRole('option', { name: '3 months' }));
    await user.click(within(pane).getByRole('button', { name: 'Update' }));
    expect(await within(pane).findByText('The settings of Global Reader were updated.')).toBeInTheDocument();
    expect(roleSettings(store.getTenant(), ROLE.globalReader)).toMatchObject({
      activationMaximumDuration: 'PT4H',
      activationRequirements: [],
      isApprovalRequired: true,
      eligibleAssignmentExpiration: { isExpirationRequired: true, maximumDuration: 'P90D' },
    });
    await user.click(within(pane).getAllByRole('button', { name: 'Close' })[0]!);
    expect(within(await screen.findByRole('table', { name: 'Role settings' })).getByRole('button', { name: 'Global Reader' }).closest('tr')).toHaveTextContent('Global ReaderYes4 hoursNoYes');
  });

  it("refuses a User Administrator's edit with the tenant's message", async () => {
    const store = createDemoStore();
    store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'NestorW@contoso.com')!.id);
    const { user, pane } = await openSettings(store);
    await user.click(within(pane).getByRole('button', { name: 'Edit' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Require approval to activate' }));
    await user.click(within(pane).getByRole('button', { name: 'Update' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(roleSettings(store.getTenant(), ROLE.globalReader).isApprovalRequired).toBe(false);
  });
});
