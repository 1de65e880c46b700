// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { findUserByUserPrincipalName, getById } from '../../src/tenant';
import { given, groupNamed, JOURNEY, skuId, storeWithGroups, userId } from './groups-support';
import { renderApp } from './render-app';

/**
 * A security group of four unlicensed people, in this order. Microsoft 365 E5 has two seats left,
 * so when the group gets E5 the first two are licensed and the last two run out of seats.
 */
function storeWithFieldTeam() {
  const store = createDemoStore('');
  const members = ['DebraB@contoso.com', 'ChristieC@contoso.com', 'IrvinS@contoso.com', 'CameronW@contoso.com'].map((upn) => userId(store, upn));
  given(store, { type: 'group.create', displayName: 'Field Team', mailEnabled: false, securityEnabled: true, memberIds: members });
  return { store, groupId: groupNamed(store, 'Field Team')!.id };
}

function heldSkus(store: ReturnType<typeof createDemoStore>, upn: string): string[] {
  return findUserByUserPrincipalName(store.getTenant(), upn)!.assignedLicenses.map((license) => license.skuId);
}

describe("a group's Licenses in Entra", JOURNEY, () => {
  it('assigns a product with some services off, then lists the members the tenant could not license, in Entra\'s words', async () => {
    const { store, groupId } = storeWithFieldTeam();
    const { user } = renderApp(`/entra/groups/${groupId}/licenses`, store);
    expect(await screen.findByText("No license assignments found. Select Assignments to give this group's members a product.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Assignments' }));
    const pane = await screen.findByRole('dialog', { name: 'Update license assignments' });
    expect(within(pane).getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(within(pane).getByRole('checkbox', { name: 'Microsoft 365 E5 (2 of 10 available)' }));
    await user.click(within(pane).getByRole('button', { name: /Review license options/ }));
    const services = within(pane).getByRole('group', { name: 'Services of Microsoft 365 E5 (2 of 10 available)' });
    await user.click(within(services).getByRole('checkbox', { name: 'Microsoft Teams' }));
    expect(within(pane).getByRole('button', { name: /Review license options \(85 of 86 services on\)/ })).toBeInTheDocument();
    await user.click(within(pane).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Successfully updated license assignments for Field Team.')).toBeInTheDocument();
    const group = getById(store.getTenant().directory.groups, groupId)!;
    expect(group.assignedLicenses).toEqual([{ skuId: skuId('SPE_E5'), disabledPlans: [expect.any(String)] }]);
    // The pane hides the page until it has closed.
    expect(within(await screen.findByRole('table', { name: 'Assigned products' })).getByRole('row', { name: /Microsoft 365 E5/ })).toHaveTextContent('85 of 86');
    expect(screen.getByRole('region', { name: 'License status' })).toHaveTextContent('Errors & issues: 2 users licensed, 2 users with errors.');
    const errors = screen.getByRole('table', { name: 'Users with license assignment errors' });
    expect(within(errors).getByRole('row', { name: /Irvin Sayers/ })).toHaveTextContent('Irvin SayersIrvinS@contoso.comMicrosoft 365 E5Not enough licenses');
    expect(within(errors).getByRole('row', { name: /Cameron White/ })).toHaveTextContent('Not enough licenses');
    expect(heldSkus(store, 'CameronW@contoso.com')).toEqual([]);
  });

  it('licenses a member after seats are freed and Reprocess is selected', async () => {
    const { store, groupId } = storeWithFieldTeam();
    given(store, { type: 'group.assignLicense', groupId, addLicenses: [{ skuId: skuId('SPE_E5'), disabledPlans: [] }], removeLicenses: [] });
    // Free two seats: Debra and Christie leave the group.
    given(store, { type: 'group.removeMember', groupId, memberId: userId(store, 'DebraB@contoso.com') });
    given(store, { type: 'group.removeMember', groupId, memberId: userId(store, 'ChristieC@contoso.com') });
    const { user } = renderApp(`/entra/groups/${groupId}/licenses`, store);
    const errors = await screen.findByRole('table', { name: 'Users with license assignment errors' });
    expect(within(errors).getAllByRole('row')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Reprocess' }));
    expect(await screen.findByText('Reprocessing finished: every member of Field Team was processed again.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Users with license assignment errors' })).toBeNull();
    expect(screen.getByRole('region', { name: 'License status' })).toHaveTextContent('All licenses assigned: 2 users licensed, 0 users with errors.');
    expect(heldSkus(store, 'CameronW@contoso.com')).toEqual([skuId('SPE_E5')]);
  });

  it('removes a product from the group by clearing it', async () => {
    const store = storeWithGroups();
    const licensed = groupNamed(store, 'Licensed Staff')!;
    const { user } = renderApp(`/entra/groups/${licensed.id}/licenses`, store);
    await user.click(await screen.findByRole('button', { name: 'Assignments' }));
    const pane = await screen.findByRole('dialog', { name: 'Update license assignments' });
    await user.click(within(pane).getByRole('checkbox', { name: /^Microsoft 365 E5/ }));
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    await screen.findByText('Successfully updated license assignments for Licensed Staff.');
    expect(getById(store.getTenant().directory.groups, licensed.id)!.assignedLicenses).toEqual([]);
    expect(heldSkus(store, 'DebraB@contoso.com')).toEqual([]);
  });

  it('refuses licenses for a Microsoft 365 group that is not security-enabled, inside the pane', async () => {
    const store = storeWithGroups();
    const sales = groupNamed(store, 'Sales and Marketing')!;
    const { user } = renderApp(`/entra/groups/${sales.id}/licenses`, store);
    await user.click(await screen.findByRole('button', { name: 'Assignments' }));
    const pane = await screen.findByRole('dialog', { name: 'Update license assignments' });
    await user.click(within(pane).getByRole('checkbox', { name: /^Enterprise Mobility \+ Security E5/ }));
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText('Licenses can only be assigned to security groups and to Microsoft 365 groups that are security enabled.')).toBeInTheDocument();
    expect(within(pane).getByText('License assignment failed')).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, sales.id)!.assignedLicenses).toEqual([]);
  });

  it('refuses a Helpdesk Administrator who assigns licenses or reprocesses', async () => {
    const { store, groupId } = storeWithFieldTeam();
    store.signInAs(userId(store, 'AllanD@contoso.com'));
    const { user } = renderApp(`/entra/groups/${groupId}/licenses`, store);
    await user.click(await screen.findByRole('button', { name: 'Reprocess' }));
    expect(await screen.findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Assignments' }));
    const pane = await screen.findByRole('dialog', { name: 'Update license assignments' });
    await user.click(within(pane).getByRole('checkbox', { name: /^Microsoft 365 E5/ }));
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
  });

  it('lets a License Administrator assign group licenses', async () => {
    const { store, groupId } = storeWithFieldTeam();
    store.signInAs(userId(store, 'EmilyB@contoso.com'));
    const { user } = renderApp(`/entra/groups/${groupId}/licenses`, store);
    await user.click(await screen.findByRole('button', { name: 'Assignments' }));
    const pane = await screen.findByRole('dialog', { name: 'Update license assignments' });
    await user.click(within(pane).getByRole('checkbox', { name: /^Enterprise Mobility \+ Security E5/ }));
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Successfully updated license assignments for Field Team.')).toBeInTheDocument();
  });
});
