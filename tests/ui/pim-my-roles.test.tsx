// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { entities, findUserByUserPrincipalName, heldRoles, ROLE, skuByPartNumber } from '../../src/tenant';
import { renderApp } from './render-app';

/** Megan is eligible for Global Reader and signed in, as a learner practising activation. */
function meganEligible(settings: { maximumActivationHours?: number; requireApproval?: boolean; requireJustification?: boolean } = {}) {
  const store = createDemoStore();
  const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
  expect(store.send({ type: 'pim.assignEligible', principalId: megan.id, roleDefinitionId: ROLE.globalReader, permanent: true }).ok).toBe(true);
  if (Object.keys(settings).length > 0) expect(store.send({ type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.globalReader, ...settings }).ok).toBe(true);
  store.signInAs(megan.id);
  return { store, megan };
}

async function openActivate(store: ReturnType<typeof createDemoStore>) {
  const view = renderApp('/entra/pim/my-roles', store);
  const eligible = await screen.findByRole('table', { name: 'Eligible assignments' }, { timeout: 15_000 });
  await view.user.click(within(eligible).getByRole('button', { name: 'Activate Global Reader' }));
  const pane = await screen.findByRole('dialog', { name: /Activate - Global Reader/ });
  return { ...view, pane };
}

describe('My roles', () => {
  it('lists the eligible role with its scope and end, and activates it with a reason for the chosen hours', async () => {
    const { store, megan } = meganEligible();
    const { user, pane } = await openActivate(store);
    expect(within(pane).getByText('Directory')).toBeInTheDocument();
    const duration = within(pane).getByRole('spinbutton', { name: 'Duration (hours)' });
    expect(duration).toHaveValue('8');
    await user.clear(duration);
    await user.type(duration, '2');
    await user.type(within(pane).getByRole('textbox', { name: /Reason/ }), 'Quarterly access review');
    await user.click(within(pane).getByRole('button', { name: 'Activate' }));
    await screen.findByText(/Your active roles have changed./);
    const activation = heldRoles(store.getTenant(), megan.id).find((role) => role.assignmentType === 'Activated')!;
    expect(activation).toMatchObject({ roleDefinitionId: ROLE.globalReader, endDateTime: '2026-03-02T11:00:00.000Z' });

    await user.click(await screen.findByRole('button', { name: 'Click here to view your active roles' }));
    const active = screen.getByRole('table', { name: 'Active assignments' });
    expect(within(active).getAllByRole('row')[1]).toHaveTextContent('Global ReaderDirectoryDirectActivated3/2/2026, 11:00 AM UTC');
  });

  it("refuses an activation without the reason the role's settings require, with the tenant's message", async () => {
    const { store, megan } = meganEligible();
    const { user, pane } = await openActivate(store);
    await user.click(within(pane).getByRole('button', { name: 'Activate' }));
    expect(await within(pane).findByText('The following policy rules failed: ["JustificationRule"]')).toBeInTheDocument();
    expect(within(pane).getByRole('textbox', { name: /Reason/ })).toHaveAccessibleDescription('A reason is required to activate this role.');
    expect(heldRoles(store.getTenant(), megan.id)).toEqual([]);
  });

  it("refuses a duration over the role's maximum, with the tenant's message", async () => {
    const { store, megan } = meganEligible({ maximumActivationHours: 4 });
    const { user, pane } = await openActivate(store);
    const duration = within(pane).getByRole('spinbutton', { name: 'Duration (hours)' });
    expect(duration).toHaveValue('4');
    await user.clear(duration);
    await user.type(duration, '6');
    await user.type(within(pane).getByRole('textbox', { name: /Reason/ }), 'Need it longer');
    expect(within(pane).getByText('The maximum for this role is 4 hours.')).toBeInTheDocument();
    await user.click(within(pane).getByRole('button', { name: 'Activate' }));
    expect(await within(pane).findByText('The following policy rules failed: ["ExpirationRule"]')).toBeInTheDocument();
    expect(heldRoles(store.getTenant(), megan.id)).toEqual([]);
  });

  it("refuses activation when the tenant has no Microsoft Entra ID P2, with the tenant's message", async () => {
    const { store } = meganEligible();
    for (const sku of ['SPE_E5', 'EMSPREMIUM']) {
      // Cancelling needs a billing admin: run it as the Global Administrator, then sign Megan back in.
      const signedIn = store.getSignedInUserId();
      store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'admin@contoso.onmicrosoft.com')!.id);
      expect(store.send({ type: 'subscription.cancel', skuId: skuByPartNumber(sku)!.skuId }).ok).toBe(true);
      store.signInAs(signedIn);
    }
    const { user, pane } = await openActivate(store);
    expect(screen.getByText('Microsoft Entra ID P2 required')).toBeInTheDocument();
    await user.type(within(pane).getByRole('textbox', { name: /Reason/ }), 'Review');
    await user.click(within(pane).getByRole('button', { name: 'Activate' }));
    expect(await within(pane).findByText(/The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license\./)).toBeInTheDocument();
  });

  it('shows the activation gone once the simulated clock passes its end', async () => {
    const { store } = meganEligible();
    const { user, pane } = await openActivate(store);
    const duration = within(pane).getByRole('spinbutton', { name: 'Duration (hours)' });
    await user.clear(duration);
    await user.type(duration, '1');
    await user.type(within(pane).getByRole('textbox', { name: /Reason/ }), 'Short task');
    await user.click(within(pane).getByRole('button', { name: 'Activate' }));
    await user.click(await screen.findByRole('button', { name: 'Click here to view your active roles' }));
    expect(within(screen.getByRole('table', { name: 'Active assignments' })).getAllByRole('row')).toHaveLength(2);
    act(() => {
      expect(store.fastForward('PT1H').ok).toBe(true);
    });
    expect(screen.getByText('You have no active role assignments.')).toBeInTheDocument();
  });

  it("refuses deactivation in the first five minutes with the tenant's message, then deactivates", async () => {
    const { store, megan } = meganEligible();
    const { user, pane } = await openActivate(store);
    await user.type(within(pane).getByRole('textbox', { name: /Reason/ }), 'Task');
    await user.click(within(pane).getByRole('button', { name: 'Activate' }));
    await user.click(await screen.findByRole('button', { name: 'Click here to view your active roles' }));
    await user.click(screen.getByRole('button', { name: 'Deactivate Global Reader' }));
    expect(await screen.findByText('The Active duration is too short. Miniumum Required is 5 minutes.')).toBeInTheDocument();
    act(() => {
      store.fastForward('PT1H');
    });
    // Eight hours by default, so an hour later it's still active.
    await user.click(screen.getByRole('button', { name: 'Deactivate Global Reader' }));
    expect(await screen.findByText('Global Reader was deactivated.')).toBeInTheDocument();
    expect(heldRoles(store.getTenant(), megan.id)).toEqual([]);
  });

  it('waits for approval when the role requires it, and an approver approves it in Approve requests', async () => {
    const { store, megan } = meganEligible({ requireApproval: true });
    const { user, pane } = await openActivate(store);
    expect(within(pane).getByText(/This role requires approval/)).toBeInTheDocument();
    await user.type(within(pane).getByRole('textbox', { name: /Reason/ }), 'Audit');
    await user.click(within(pane).getByRole('button', { name: 'Activate' }));
    expect(await screen.findByText(/Your request is pending approval/)).toBeInTheDocument();
    expect(within(await screen.findByRole('table', { name: 'Eligible assignments' })).getAllByRole('row')[1]).toHaveTextContent('Pending approval');

    // Megan can't approve her own request.
    await user.click(within(screen.getByRole('navigation', { name: 'Privileged Identity Management' })).getByRole('link', { name: 'Approve requests' }));
    const requests = await screen.findByRole('table', { name: 'Requests for role activations' });
    await user.click(within(requests).getByRole('radio', { name: 'Select the request of Megan Bowen' }));
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    let decision = await screen.findByRole('dialog', { name: /Approve Request/ });
    await user.type(within(decision).getByRole('textbox', { name: /Justification/ }), 'OK');
    await user.click(within(decision).getByRole('button', { name: 'Confirm' }));
    expect(await within(decision).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    await user.click(within(decision).getByRole('button', { name: 'Cancel' }));

    act(() => store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'admin@contoso.onmicrosoft.com')!.id));
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    decision = await screen.findByRole('dialog', { name: /Approve Request/ });
    await user.click(within(decision).getByRole('button', { name: 'Confirm' }));
    expect(await within(decision).findByText('Justification is required.')).toBeInTheDocument();
    await user.type(within(decision).getByRole('textbox', { name: /Justification/ }), 'Approved for the audit');
    await user.click(within(decision).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Approved the request of Megan Bowen to activate Global Reader.')).toBeInTheDocument();
    expect(heldRoles(store.getTenant(), megan.id).map((role) => role.assignmentType)).toEqual(['Activated']);
  });

  it('denies a request with a justification', async () => {
    const { store, megan } = meganEligible({ requireApproval: true });
    store.send({ type: 'pim.activate', roleDefinitionId: ROLE.globalReader, justification: 'Audit' });
    store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'admin@contoso.onmicrosoft.com')!.id);
    const { user } = renderApp('/entra/pim/approvals', store);
    const requests = await screen.findByRole('table', { name: 'Requests for role activations' }, { timeout: 15_000 });
    await user.click(within(requests).getByRole('radio', { name: 'Select the request of Megan Bowen' }));
    await user.click(screen.getByRole('button', { name: 'Deny' }));
    const decision = await screen.findByRole('dialog', { name: /Deny Request/ });
    await user.type(within(decision).getByRole('textbox', { name: /Justification/ }), 'Not needed');
    await user.click(within(decision).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Denied the request of Megan Bowen to activate Global Reader.')).toBeInTheDocument();
    expect(heldRoles(store.getTenant(), megan.id)).toEqual([]);
    expect([...entities(store.getTenant().roles.roleAssignmentScheduleRequests)].map((request) => request.status)).toEqual(['Denied']);
  });
});
