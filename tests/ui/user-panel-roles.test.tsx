// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROLE, rolesOfUser } from '../../src/tenant';
import { openUser } from './user-panel-support';

async function openRoles(upn: string, signedInAs?: string) {
  const opened = await openUser(upn, signedInAs);
  await opened.user.click(within(opened.panel).getByRole('button', { name: 'Manage roles' }));
  const pane = await screen.findByRole('dialog', { name: 'Manage admin roles' });
  const roles = () => rolesOfUser(opened.store.getTenant(), opened.id).active.map((role) => role.roleDefinitionId);
  return { ...opened, pane, roles };
}

describe('Manage admin roles', () => {
  it('starts on "User (no admin center access)" for a user without roles and assigns the roles ticked', async () => {
    const { pane, user, roles } = await openRoles('MeganB@contoso.com');
    expect(within(pane).getByRole('radio', { name: 'User (no admin center access)' })).toBeChecked();
    await user.click(within(pane).getByRole('radio', { name: 'Admin center access' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Helpdesk Administrator' }));
    await user.click(within(pane).getByRole('button', { name: 'Show all by category' }));
    expect(within(pane).getByRole('group', { name: 'Identity' })).toBeInTheDocument();
    await user.click(within(within(pane).getByRole('group', { name: 'Identity' })).getByRole('checkbox', { name: 'License Administrator' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText('Give users only the access they need by assigning the least-permissive role.')).toBeInTheDocument();
    expect(roles().sort()).toEqual([ROLE.helpdeskAdministrator, ROLE.licenseAdministrator].sort());
  });

  it('removes every role when set back to "User (no admin center access)"', async () => {
    const { pane, user, roles } = await openRoles('AllanD@contoso.com');
    expect(within(pane).getByRole('radio', { name: 'Admin center access' })).toBeChecked();
    expect(within(pane).getByRole('checkbox', { name: 'Helpdesk Administrator' })).toBeChecked();
    await user.click(within(pane).getByRole('radio', { name: 'User (no admin center access)' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText('Admin roles updated')).toBeInTheDocument();
    expect(roles()).toEqual([]);
  });

  it('reports each role the tenant refuses: a User Administrator may not assign roles', async () => {
    const { pane, user, roles } = await openRoles('MeganB@contoso.com', 'NestorW@contoso.com');
    await user.click(within(pane).getByRole('radio', { name: 'Admin center access' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Global Reader' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Teams Administrator' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText("Global Reader wasn't assigned")).toBeInTheDocument();
    expect(within(pane).getByText("Teams Administrator wasn't assigned")).toBeInTheDocument();
    expect(within(pane).getAllByText('Insufficient privileges to complete the operation.')).toHaveLength(2);
    expect(roles()).toEqual([]);
  });

  it("refuses to remove the signed-in Global Administrator's own role, in the pane", async () => {
    const { pane, user, roles } = await openRoles('admin@contoso.onmicrosoft.com');
    await user.click(within(pane).getByRole('checkbox', { name: 'Global Administrator' }));
    await user.click(within(pane).getByRole('button', { name: 'Save changes' }));
    expect(await within(pane).findByText("Global Administrator wasn't removed")).toBeInTheDocument();
    expect(within(pane).getByText('Removing self from Global Administrator built-in role is not allowed')).toBeInTheDocument();
    expect(roles()).toEqual([ROLE.globalAdministrator]);
  });
});
