// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { administrativeUnitScope, entities, findEntity, findUserByUserPrincipalName, ROLE, skuByPartNumber, type Tenant } from '../../src/tenant';
import { renderApp } from './render-app';

function storeSignedInAs(upn: string) {
  const store = createDemoStore();
  store.signInAs(findUserByUserPrincipalName(store.getTenant(), upn)!.id);
  return store;
}

function eligibilitiesOf(tenant: Tenant, upn: string) {
  const user = findUserByUserPrincipalName(tenant, upn)!;
  return [...entities(tenant.roles.roleEligibilitySchedules)].filter((eligibility) => eligibility.principalId === user.id);
}

/** Cancelling Microsoft 365 E5 and the EMS E5 trial leaves the tenant without Microsoft Entra ID P2. */
function withoutP2() {
  const store = createDemoStore();
  for (const sku of ['SPE_E5', 'EMSPREMIUM']) expect(store.send({ type: 'subscription.cancel', skuId: skuByPartNumber(sku)!.skuId }).ok).toBe(true);
  return store;
}

async function openAddAssignments(roleId: string, store = createDemoStore()) {
  const view = renderApp(`/entra/roles/${roleId}`, store);
  await view.user.click(await screen.findByRole('button', { name: 'Add assignments' }, { timeout: 15_000 }));
  const pane = await screen.findByRole('dialog', { name: /Add assignments/ });
  return { ...view, pane };
}

async function pickMember(view: Awaited<ReturnType<typeof openAddAssignments>>, query: string, name: RegExp) {
  const { user, pane } = view;
  await user.click(within(pane).getByRole('button', { name: 'No member selected' }));
  await user.type(within(pane).getByRole('searchbox', { name: 'Search' }), query);
  await user.click(within(pane).getByRole('checkbox', { name }));
  await user.click(within(pane).getByRole('button', { name: 'Select' }));
}

describe('Roles & admins', () => {
  it('lists every built-in role with its description, type and privileged marker, and finds roles by name', async () => {
    const { user } = renderApp('/entra/roles');
    const table = await screen.findByRole('table', { name: 'All roles' }, { timeout: 15_000 });
    const global = within(table).getByRole('button', { name: 'Global Administrator' }).closest('tr')!;
    expect(global).toHaveTextContent(/Global AdministratorPRIVILEGED.+Built-in1$/);
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or description' }), 'helpdesk');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('opens "<role> | Assignments" with eligible, active and expired tabs when the tenant has P2', async () => {
    const { user } = renderApp('/entra/roles');
    await user.click(await screen.findByRole('button', { name: 'Helpdesk Administrator' }, { timeout: 15_000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Helpdesk Administrator | Assignments' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Active assignments (1)' }));
    const active = screen.getByRole('table', { name: 'Active assignments' });
    expect(within(active).getAllByRole('row')[1]).toHaveTextContent(/Allan DeyoungAllanD@contoso.comUserDirectoryDirect.*Permanent/);
    await user.click(screen.getByRole('tab', { name: 'Description' }));
    expect(screen.getByRole('region', { name: 'Microsoft Entra ID' })).toHaveTextContent('Update password of users');
  });
});

describe('Add assignments with PIM', () => {
  it('makes a user permanently eligible through Membership and Setting', async () => {
    const view = await openAddAssignments(ROLE.userAdministrator);
    const { user, pane, store } = view;
    expect(within(pane).getByRole('tab', { name: 'Membership' })).toHaveAttribute('aria-selected', 'true');
    await pickMember(view, 'Megan', /Megan Bowen/);
    expect(within(pane).getByRole('list', { name: 'Selected members' })).toHaveTextContent('Megan Bowen');
    await user.click(within(pane).getByRole('button', { name: 'Next >' }));
    expect(within(pane).getByRole('radio', { name: 'Eligible' })).toBeChecked();
    expect(within(pane).getByRole('checkbox', { name: 'Permanently eligible' })).toBeChecked();
    await user.type(within(pane).getByRole('textbox', { name: 'Enter justification' }), 'Covers the service desk');
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    expect(await within(pane).findByText('User Administrator was assigned to Megan Bowen.')).toBeInTheDocument();
    expect(eligibilitiesOf(store.getTenant(), 'MeganB@contoso.com')).toMatchObject([
      { roleDefinitionId: ROLE.userAdministrator, justification: 'Covers the service desk', scheduleInfo: { expiration: { type: 'noExpiration' } } },
    ]);
  });

  it('makes a user eligible until a date, shown as the end time on the simulated clock', async () => {
    const view = await openAddAssignments(ROLE.userAdministrator);
    const { user, pane, store } = view;
    await pickMember(view, 'Megan', /Megan Bowen/);
    await user.click(within(pane).getByRole('button', { name: 'Next >' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Permanently eligible' }));
    const ends = within(pane).getByLabelText('Assignment ends (UTC)');
    await user.clear(ends);
    await user.type(ends, '2026-03-09T09:00');
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    await within(pane).findByText('Assignment added');
    expect(eligibilitiesOf(store.getTenant(), 'MeganB@contoso.com')[0]!.scheduleInfo.expiration).toEqual({ type: 'afterDateTime', endDateTime: '2026-03-09T09:00:00.000Z' });
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    const eligible = await screen.findByRole('table', { name: 'Eligible assignments' });
    expect(within(eligible).getAllByRole('row')[1]).toHaveTextContent('3/9/2026, 9:00 AM UTC');
  });

  it('gives an active assignment with Assignment type Active', async () => {
    const view = await openAddAssignments(ROLE.userAdministrator);
    const { user, pane, store } = view;
    await pickMember(view, 'Megan', /Megan Bowen/);
    await user.click(within(pane).getByRole('button', { name: 'Next >' }));
    await user.click(within(pane).getByRole('radio', { name: 'Active' }));
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    await within(pane).findByText('Assignment added');
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    expect(findEntity(store.getTenant().roles.roleAssignments, (assignment) => assignment.principalId === megan.id)).toMatchObject({ roleDefinitionId: ROLE.userAdministrator });
  });

  it('scopes an assignment to an administrative unit', async () => {
    const store = createDemoStore();
    store.send({ type: 'administrativeUnit.create', displayName: 'Paris' });
    const unit = findEntity(store.getTenant().roles.administrativeUnits, (each) => each.displayName === 'Paris')!;
    const view = await openAddAssignments(ROLE.helpdeskAdministrator, store);
    const { user, pane } = view;
    await user.click(within(pane).getByRole('combobox', { name: 'Scope type' }));
    await user.click(screen.getByRole('option', { name: 'Administrative unit' }));
    expect(within(pane).getByRole('combobox', { name: 'Administrative unit' })).toHaveTextContent('Paris');
    await pickMember(view, 'Lee', /Lee Gu/);
    await user.click(within(pane).getByRole('button', { name: 'Next >' }));
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    await within(pane).findByText('Assignment added');
    expect(eligibilitiesOf(store.getTenant(), 'LeeG@contoso.com')[0]!.directoryScopeId).toBe(administrativeUnitScope(unit.id));
  });

  it('asks for a member before the Setting tab', async () => {
    const { user, pane } = await openAddAssignments(ROLE.userAdministrator);
    await user.click(within(pane).getByRole('button', { name: 'Next >' }));
    expect(within(pane).getByText('Select at least one member.')).toBeInTheDocument();
    expect(within(pane).getByRole('tab', { name: 'Membership' })).toHaveAttribute('aria-selected', 'true');
  });

  it("refuses a User Administrator's assignment with the tenant's message", async () => {
    const view = await openAddAssignments(ROLE.helpdeskAdministrator, storeSignedInAs('NestorW@contoso.com'));
    const { user, pane, store } = view;
    await pickMember(view, 'Megan', /Megan Bowen/);
    await user.click(within(pane).getByRole('button', { name: 'Next >' }));
    await user.click(within(pane).getByRole('button', { name: 'Assign' }));
    expect(await within(pane).findByText('Adding the assignment failed')).toBeInTheDocument();
    expect(within(pane).getByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(eligibilitiesOf(store.getTenant(), 'MeganB@contoso.com')).toEqual([]);
  });

  it('removes an eligible assignment after Yes', async () => {
    const store = createDemoStore();
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    store.send({ type: 'pim.assignEligible', principalId: megan.id, roleDefinitionId: ROLE.userAdministrator, permanent: true });
    const { user } = renderApp(`/entra/roles/${ROLE.userAdministrator}`, store);
    const eligible = await screen.findByRole('table', { name: 'Eligible assignments' }, { timeout: 15_000 });
    await user.click(within(eligible).getByRole('button', { name: 'Remove Megan Bowen' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Remove' })).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Removed the assignment of Megan Bowen.')).toBeInTheDocument();
    expect(eligibilitiesOf(store.getTenant(), 'MeganB@contoso.com')).toEqual([]);
  });
});

describe('Add assignments without P2', () => {
  it('has no Setting tab, says why, and gives an active assignment', async () => {
    const store = withoutP2();
    const view = await openAddAssignments(ROLE.userAdministrator, store);
    const { user, pane } = view;
    expect(within(pane).queryByRole('tab', { name: 'Setting' })).not.toBeInTheDocument();
    await pickMember(view, 'Megan', /Megan Bowen/);
    await user.click(within(pane).getByRole('button', { name: 'Add' }));
    await within(pane).findByText('Assignment added');
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    expect(findEntity(store.getTenant().roles.roleAssignments, (assignment) => assignment.principalId === megan.id)).toBeDefined();
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(screen.getByText(/This organization has no Microsoft Entra ID P2/)).toBeInTheDocument();
  });
});
