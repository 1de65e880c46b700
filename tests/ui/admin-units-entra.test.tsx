// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { administrativeUnitScope, entities, findEntity, findUserByUserPrincipalName, ROLE } from '../../src/tenant';
import { renderApp } from './render-app';

async function openAdd(store = createDemoStore()) {
  const view = renderApp('/entra/admin-units', store);
  await view.user.click(await screen.findByRole('button', { name: 'Add' }, { timeout: 15_000 }));
  const pane = await screen.findByRole('dialog', { name: /Add administrative unit/ });
  return { ...view, pane };
}

describe('Entra Administrative units', () => {
  it('adds a restricted management unit with a scoped role through Properties, Assign roles and Review + create', async () => {
    const { user, pane, store } = await openAdd();
    await user.type(await within(pane).findByRole('textbox', { name: /Name/ }), 'Executives');
    await user.type(within(pane).getByRole('textbox', { name: 'Description' }), 'Protected accounts');
    await user.click(within(pane).getByRole('radio', { name: 'Yes' }));
    await user.click(within(pane).getByRole('button', { name: 'Next: Assign roles >' }));
    await user.click(within(pane).getByRole('combobox', { name: 'Role' }));
    await user.click(screen.getByRole('option', { name: 'User Administrator' }));
    await user.click(within(pane).getByRole('button', { name: 'Add assignments' }));
    await user.type(within(pane).getByRole('searchbox', { name: 'Search by name or email address' }), 'Lee');
    await user.click(within(pane).getByRole('checkbox', { name: /Lee Gu/ }));
    await user.click(within(pane).getByRole('button', { name: 'Select' }));
    expect(within(pane).getByRole('list', { name: 'Role assignments' })).toHaveTextContent('User Administrator: Lee Gu');
    await user.click(within(pane).getByRole('button', { name: 'Review + create' }));
    expect(within(pane).getByText('Restricted management administrative unit').nextSibling).toHaveTextContent('Yes');
    await user.click(within(pane).getByRole('button', { name: 'Create' }));
    expect(await within(pane).findByText('Administrative unit created')).toBeInTheDocument();
    const unit = findEntity(store.getTenant().roles.administrativeUnits, (each) => each.displayName === 'Executives')!;
    expect(unit).toMatchObject({ description: 'Protected accounts', isMemberManagementRestricted: true });
    const lee = findUserByUserPrincipalName(store.getTenant(), 'LeeG@contoso.com')!;
    expect([...entities(store.getTenant().roles.roleAssignments)].find((assignment) => assignment.principalId === lee.id)).toMatchObject({
      roleDefinitionId: ROLE.userAdministrator,
      directoryScopeId: administrativeUnitScope(unit.id),
    });
  });

  it('keeps the learner on Properties until the unit has a name', async () => {
    const { user, pane } = await openAdd();
    await user.click(within(pane).getByRole('button', { name: 'Review + create' }));
    expect(within(pane).getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription('Name is required.');
    expect(within(pane).getByRole('tab', { name: 'Properties' })).toHaveAttribute('aria-selected', 'true');
  });

  it("refuses a Helpdesk Administrator's new unit with the tenant's message", async () => {
    const store = createDemoStore();
    store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'AllanD@contoso.com')!.id);
    const { user, pane } = await openAdd(store);
    await user.type(within(pane).getByRole('textbox', { name: /Name/ }), 'Executives');
    await user.click(within(pane).getByRole('button', { name: 'Review + create' }));
    await user.click(within(pane).getByRole('button', { name: 'Create' }));
    expect(await within(pane).findByText('Creating the administrative unit failed')).toBeInTheDocument();
    expect(within(pane).getByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(store.getTenant().roles.administrativeUnits.size).toBe(0);
  });

  it('deletes the ticked units after Yes', async () => {
    const store = createDemoStore();
    store.send({ type: 'administrativeUnit.create', displayName: 'Paris' });
    const { user } = renderApp('/entra/admin-units', store);
    const table = await screen.findByRole('table', { name: 'Administrative units' }, { timeout: 15_000 });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('ParisNoAssigned');
    await user.click(within(table).getByRole('checkbox', { name: 'Select Paris' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Deleted Paris.')).toBeInTheDocument();
    expect(store.getTenant().roles.administrativeUnits.size).toBe(0);
  });
});
