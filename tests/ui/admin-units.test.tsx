// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { administrativeUnitScope, entities, findEntity, findUserByUserPrincipalName, ROLE, type Tenant } from '../../src/tenant';
import { renderApp } from './render-app';

function storeSignedInAs(upn: string) {
  const store = createDemoStore();
  store.signInAs(findUserByUserPrincipalName(store.getTenant(), upn)!.id);
  return store;
}

function unitNamed(tenant: Tenant, name: string) {
  return findEntity(tenant.roles.administrativeUnits, (unit) => unit.displayName === name);
}

function storeWithUnit() {
  const store = createDemoStore();
  const created = store.send({ type: 'administrativeUnit.create', displayName: 'Paris', description: 'Staff of the Paris office' });
  if (!created.ok) throw new Error(created.error.message);
  const unit = unitNamed(store.getTenant(), 'Paris')!;
  const emily = findUserByUserPrincipalName(store.getTenant(), 'EmilyB@contoso.com')!;
  store.send({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit.id, memberIds: [emily.id] });
  return { store, unit };
}

async function openWizard(store = createDemoStore()) {
  const view = renderApp('/admin/roles/administrative-units', store);
  await view.user.click(await screen.findByRole('button', { name: 'Add unit' }, { timeout: 15_000 }));
  const wizard = await screen.findByRole('dialog', { name: 'Add administrative unit' });
  return { ...view, wizard };
}

describe('Add administrative unit', () => {
  it('walks Basics, Add members, Assign admins to scoped roles, Review and finish, then adds the unit with its members and admins', async () => {
    const { user, wizard, store } = await openWizard();
    const rail = within(wizard).getByRole('navigation', { name: 'Add administrative unit steps' });
    expect(within(rail).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Basics', 'Add members', 'Assign admins to scoped roles', 'Review and finish']);

    await user.type(within(wizard).getByRole('textbox', { name: /Name/ }), 'Seattle');
    await user.type(within(wizard).getByRole('textbox', { name: 'Description' }), 'Seattle office');
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));

    expect(await within(wizard).findByRole('heading', { level: 2, name: 'Add members' })).toHaveFocus();
    expect(within(wizard).getByText(/Add up to 20 users and groups/)).toBeInTheDocument();
    await user.click(within(wizard).getByRole('button', { name: 'Add users' }));
    await user.type(within(wizard).getByRole('searchbox', { name: 'Search by name or email address' }), 'Megan');
    await user.click(within(wizard).getByRole('checkbox', { name: /Megan Bowen/ }));
    await user.click(within(wizard).getByRole('button', { name: 'Add (1)' }));
    await user.click(within(wizard).getByRole('button', { name: 'Add groups' }));
    await user.click(within(wizard).getByRole('checkbox', { name: /Finance/ }));
    await user.click(within(wizard).getByRole('button', { name: 'Add (1)' }));
    expect(within(wizard).getByRole('list', { name: 'Members' })).toHaveTextContent(/Megan Bowen.*Finance/);
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));

    await within(wizard).findByRole('heading', { level: 2, name: 'Assign admins to scoped roles' });
    await user.click(within(wizard).getByRole('radio', { name: 'Helpdesk Administrator' }));
    await user.click(within(wizard).getByRole('button', { name: 'Assign admins' }));
    await user.type(within(wizard).getByRole('searchbox', { name: 'Search by name or email address' }), 'Lee');
    await user.click(within(wizard).getByRole('checkbox', { name: /Lee Gu/ }));
    await user.click(within(wizard).getByRole('button', { name: 'Add (1)' }));
    expect(within(wizard).getByRole('list', { name: 'Scoped admins' })).toHaveTextContent('Lee Gu Helpdesk Administrator');
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));

    await within(wizard).findByRole('heading', { level: 2, name: 'Review and finish' });
    expect(within(wizard).getByRole('region', { name: 'Basics' })).toHaveTextContent('SeattleSeattle office');
    expect(within(wizard).getByRole('region', { name: 'Admins assigned to scoped roles' })).toHaveTextContent('Lee Gu (Helpdesk Administrator)');
    await user.click(within(wizard).getByRole('button', { name: 'Add' }));

    expect(await within(wizard).findByRole('heading', { level: 2, name: 'Seattle was added' })).toBeInTheDocument();
    const unit = unitNamed(store.getTenant(), 'Seattle')!;
    expect(unit.memberIds).toHaveLength(2);
    const lee = findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!;
    const scoped = [...entities(store.getTenant().roles.roleAssignments)].find((assignment) => assignment.principalId === lee.id)!;
    expect(scoped).toMatchObject({ roleDefinitionId: ROLE.helpdeskAdministrator, directoryScopeId: administrativeUnitScope(unit.id) });
    await user.click(within(wizard).getByRole('button', { name: 'Done' }));
    expect(within(await screen.findByRole('table', { name: 'Administrative units' })).getByRole('button', { name: 'Seattle' })).toBeInTheDocument();
  });

  it('asks for a name before leaving Basics', async () => {
    const { user, wizard } = await openWizard();
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    expect(within(wizard).getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription('Enter a name.');
    expect(within(wizard).getByRole('heading', { level: 2, name: 'Basics' })).toBeInTheDocument();
  });

  it("refuses a Helpdesk Administrator on Add, with the tenant's message, and creates nothing", async () => {
    const store = storeSignedInAs('AllanD@contoso.com');
    const { user, wizard } = await openWizard(store);
    await user.type(within(wizard).getByRole('textbox', { name: /Name/ }), 'Seattle');
    for (let i = 0; i < 3; i++) await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    await user.click(within(wizard).getByRole('button', { name: 'Add' }));
    expect(await within(wizard).findByText("The unit wasn't added")).toBeInTheDocument();
    expect(within(wizard).getByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(store.getTenant().roles.administrativeUnits.size).toBe(0);
  });
});

describe('a unit\u2019s details', () => {
  it('lists members and removes one', async () => {
    const { store, unit } = storeWithUnit();
    const { user } = renderApp(`/admin/roles/administrative-units/${unit.id}`, store);
    const pane = await screen.findByRole('dialog', { name: /Paris/ }, { timeout: 15_000 });
    await user.click(within(pane).getByRole('tab', { name: 'Members' }));
    const table = within(pane).getByRole('table', { name: 'Members' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Emily BraunEmilyB@contoso.comUser');
    await user.click(within(table).getByRole('button', { name: 'Remove Emily Braun' }));
    expect(await within(pane).findByText('Removed Emily Braun.')).toBeInTheDocument();
    expect(unitNamed(store.getTenant(), 'Paris')!.memberIds).toEqual([]);
  });

  it('adds members from Add users', async () => {
    const { store, unit } = storeWithUnit();
    const { user } = renderApp(`/admin/roles/administrative-units/${unit.id}`, store);
    const pane = await screen.findByRole('dialog', { name: /Paris/ }, { timeout: 15_000 });
    await user.click(within(pane).getByRole('tab', { name: 'Members' }));
    await user.click(within(pane).getByRole('button', { name: 'Add users' }));
    await user.type(within(pane).getByRole('searchbox', { name: 'Search by name or email address' }), 'Lee');
    await user.click(within(pane).getByRole('checkbox', { name: /Lee Gu/ }));
    await user.click(within(pane).getByRole('button', { name: 'Add (1)' }));
    expect(await within(pane).findByText('Added Lee Gu.')).toBeInTheDocument();
    expect(unitNamed(store.getTenant(), 'Paris')!.memberIds).toHaveLength(2);
  });

  it('assigns a scoped Helpdesk Administrator and removes the assignment', async () => {
    const { store, unit } = storeWithUnit();
    const { user } = renderApp(`/admin/roles/administrative-units/${unit.id}`, store);
    const pane = await screen.findByRole('dialog', { name: /Paris/ }, { timeout: 15_000 });
    await user.click(within(pane).getByRole('tab', { name: 'Role assignments' }));
    await user.click(within(pane).getByRole('combobox', { name: 'Role' }));
    await user.click(screen.getByRole('option', { name: 'Helpdesk Administrator' }));
    await user.click(within(pane).getByRole('button', { name: 'Assign admins' }));
    await user.type(within(pane).getByRole('searchbox', { name: 'Search by name or email address' }), 'Lee');
    await user.click(within(pane).getByRole('checkbox', { name: /Lee Gu/ }));
    await user.click(within(pane).getByRole('button', { name: 'Add (1)' }));
    expect(await within(pane).findByText('Helpdesk Administrator assigned to Lee Gu over this unit.')).toBeInTheDocument();
    const table = within(pane).getByRole('table', { name: 'Scoped role assignments' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Helpdesk AdministratorLee Gu');
    await user.click(within(table).getByRole('button', { name: 'Remove Lee Gu from Helpdesk Administrator' }));
    expect(await within(pane).findByText('Removed Lee Gu from Helpdesk Administrator.')).toBeInTheDocument();
  });

  it("refuses a User Administrator's scoped role assignment with the tenant's message", async () => {
    const { store, unit } = storeWithUnit();
    store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'NestorW@contoso.com')!.id);
    const { user } = renderApp(`/admin/roles/administrative-units/${unit.id}`, store);
    const pane = await screen.findByRole('dialog', { name: /Paris/ }, { timeout: 15_000 });
    await user.click(within(pane).getByRole('tab', { name: 'Role assignments' }));
    await user.click(within(pane).getByRole('button', { name: 'Assign admins' }));
    await user.type(within(pane).getByRole('searchbox', { name: 'Search by name or email address' }), 'Lee');
    await user.click(within(pane).getByRole('checkbox', { name: /Lee Gu/ }));
    await user.click(within(pane).getByRole('button', { name: 'Add (1)' }));
    expect(await within(pane).findByText('Lee Gu: Insufficient privileges to complete the operation.')).toBeInTheDocument();
  });

  it('deletes the unit after the confirmation', async () => {
    const { store, unit } = storeWithUnit();
    const { user, router } = renderApp(`/admin/roles/administrative-units/${unit.id}`, store);
    const pane = await screen.findByRole('dialog', { name: /Paris/ }, { timeout: 15_000 });
    await user.click(within(pane).getByRole('button', { name: 'Delete unit' }));
    await user.click(within(pane).getByRole('button', { name: 'Delete' }));
    expect(store.getTenant().roles.administrativeUnits.size).toBe(0);
    expect(router.state.location.pathname).toBe('/admin/roles/administrative-units');
  });
});
