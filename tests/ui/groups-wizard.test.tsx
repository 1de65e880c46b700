// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { groupNamed, JOURNEY, userId } from './groups-support';
import { renderApp } from './render-app';

async function openWizard(path: string, button: string) {
  const app = renderApp(path);
  await app.user.click(await screen.findByRole('button', { name: button }));
  const pane = await screen.findByRole('dialog', { name: button });
  return { ...app, pane };
}

const next = () => screen.getByRole('button', { name: 'Next' });

describe('the Add a group wizards', JOURNEY, () => {
  it('adds a Microsoft 365 group through basics, owners, members, settings and review', async () => {
    const { user, store, pane } = await openWizard('/admin/groups', 'Add a Microsoft 365 group');
    expect(within(pane).getByRole('heading', { name: 'Set up the basics' })).toBeInTheDocument();
    expect(next()).toBeDisabled();
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Project Falcon');
    await user.type(within(pane).getByRole('textbox', { name: 'Description' }), 'The Falcon launch team.');
    await user.click(next());

    expect(await within(pane).findByRole('heading', { name: 'Assign owners' })).toHaveFocus();
    await user.click(within(pane).getByRole('button', { name: 'Assign owners' }));
    const owners = await within(pane).findByRole('region', { name: 'Assign owners to Project Falcon' });
    await user.type(within(owners).getByRole('searchbox'), 'megan');
    await user.click(within(owners).getByRole('checkbox', { name: /Megan Bowen/ }));
    await user.click(within(owners).getByRole('button', { name: 'Add (1)' }));
    expect(within(pane).getByRole('list', { name: 'Owners' })).toHaveTextContent('Megan Bowen');
    await user.click(next());

    await within(pane).findByRole('heading', { name: 'Add members' });
    await user.click(within(pane).getByRole('button', { name: 'Add members' }));
    const members = await within(pane).findByRole('region', { name: 'Add members to Project Falcon' });
    await user.type(within(members).getByRole('searchbox'), 'AlexW@');
    await user.click(within(members).getByRole('checkbox', { name: /Alex Wilber/ }));
    await user.clear(within(members).getByRole('searchbox'));
    await user.type(within(members).getByRole('searchbox'), 'Diego');
    await user.click(within(members).getByRole('checkbox', { name: /Diego Siciliani/ }));
    await user.click(within(members).getByRole('button', { name: 'Add (2)' }));
    await user.click(next());

    await within(pane).findByRole('heading', { name: 'Edit settings' });
    expect(within(pane).getByRole('textbox', { name: 'Group email address' })).toHaveValue('ProjectFalcon');
    await user.click(within(pane).getByRole('radio', { name: /^Private/ }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Create a team for this group' }));
    expect(within(pane).getByText(/Microsoft Teams isn't simulated in Tenant Lab/)).toBeInTheDocument();
    await user.click(next());

    await within(pane).findByRole('heading', { name: 'Review and finish adding group' });
    const settings = within(pane).getByRole('region', { name: 'Settings' });
    expect(settings).toHaveTextContent('ProjectFalcon@contoso.com');
    expect(settings).toHaveTextContent('PrivacyPrivate');
    expect(settings).toHaveTextContent('Create a team for this groupYes');
    expect(within(pane).getByRole('region', { name: 'Members' })).toHaveTextContent('Alex Wilber, Diego Siciliani');
    await user.click(within(pane).getByRole('button', { name: 'Create group' }));

    expect(await within(pane).findByRole('heading', { name: 'Project Falcon group created' })).toBeInTheDocument();
    expect(within(pane).getByText(/no team was created/)).toBeInTheDocument();
    const group = groupNamed(store, 'Project Falcon')!;
    expect(group).toMatchObject({ groupTypes: ['Unified'], mail: 'ProjectFalcon@contoso.com', visibility: 'Private', description: 'The Falcon launch team.' });
    expect(group.ownerIds).toEqual([userId(store, 'MeganB@contoso.com')]);
    expect([...group.memberIds].sort()).toEqual([userId(store, 'AlexW@contoso.com'), userId(store, 'DiegoS@contoso.com')].sort());
    // The footer's Close (the header has its own close button).
    await user.click(within(pane).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(await screen.findByRole('button', { name: 'Project Falcon' })).toBeInTheDocument();
  });

  it('adds a distribution list that people outside the organization may email', async () => {
    const { user, store, pane } = await openWizard('/admin/groups?tab=distribution', 'Add a distribution list');
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Press Office');
    await user.click(next());
    await within(pane).findByRole('heading', { name: 'Assign owners' });
    await user.click(next());
    await within(pane).findByRole('heading', { name: 'Add members' });
    await user.click(next());
    await within(pane).findByRole('heading', { name: 'Edit settings' });
    await user.clear(within(pane).getByRole('textbox', { name: 'Group email address' }));
    await user.type(within(pane).getByRole('textbox', { name: 'Group email address' }), 'press');
    await user.click(within(pane).getByRole('checkbox', { name: /outside of my organization/ }));
    await user.click(next());
    expect(within(pane).getByRole('region', { name: 'Owners' })).toHaveTextContent('None: you will be the owner');
    await user.click(within(pane).getByRole('button', { name: 'Create group' }));
    await within(pane).findByRole('heading', { name: 'Press Office group created' });
    const group = groupNamed(store, 'Press Office')!;
    expect(group).toMatchObject({ mailEnabled: true, securityEnabled: false, groupTypes: [], mail: 'press@contoso.com', allowExternalSenders: true });
    expect(group.ownerIds).toEqual([store.getSignedInUserId()]);
  });

  it('adds a role-assignable security group after the confirmation, in three steps', async () => {
    const { user, store, pane } = await openWizard('/admin/groups?tab=security', 'Add a security group');
    expect(within(pane).getByRole('navigation', { name: 'Steps' }).textContent).toBe('BasicsSettingsFinish');
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Tier 1 Admins');
    await user.click(next());
    await within(pane).findByRole('heading', { name: 'Edit settings' });
    await user.click(within(pane).getByRole('checkbox', { name: 'Microsoft Entra roles can be assigned to the group' }));
    const confirm = await within(pane).findByRole('alertdialog');
    expect(confirm).toHaveTextContent('Creating a group to which Microsoft Entra roles can be assigned is a setting that cannot be changed later. Are you sure that you want to add this capability?');
    await user.click(within(confirm).getByRole('button', { name: 'Yes' }));
    expect(within(pane).getByRole('checkbox', { name: 'Microsoft Entra roles can be assigned to the group' })).toBeChecked();
    await user.click(next());
    await user.click(within(pane).getByRole('button', { name: 'Create group' }));
    await within(pane).findByRole('heading', { name: 'Tier 1 Admins group created' });
    expect(groupNamed(store, 'Tier 1 Admins')).toMatchObject({ mailEnabled: false, securityEnabled: true, isAssignableToRole: true, mail: null });
  });

  it('leaves the role-assignable box clear when the confirmation is answered No', async () => {
    const { user, pane } = await openWizard('/admin/groups?tab=security', 'Add a security group');
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Helpers');
    await user.click(next());
    await user.click(await within(pane).findByRole('checkbox', { name: 'Microsoft Entra roles can be assigned to the group' }));
    await user.click(within(await within(pane).findByRole('alertdialog')).getByRole('button', { name: 'No' }));
    expect(within(pane).getByRole('checkbox', { name: 'Microsoft Entra roles can be assigned to the group' })).not.toBeChecked();
  });

  it('adds a mail-enabled security group with its owners and members', async () => {
    const { user, store, pane } = await openWizard('/admin/groups?tab=security', 'Add a mail-enabled security group');
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Finance Approvers');
    await user.click(next());
    await within(pane).findByRole('heading', { name: 'Assign owners' });
    await user.click(next());
    await within(pane).findByRole('heading', { name: 'Add members' });
    await user.click(within(pane).getByRole('button', { name: 'Add members' }));
    const picker = await within(pane).findByRole('region', { name: 'Add members to Finance Approvers' });
    await user.type(within(picker).getByRole('searchbox'), 'Pradeep');
    await user.click(within(picker).getByRole('checkbox', { name: /Pradeep Gupta/ }));
    await user.click(within(picker).getByRole('button', { name: 'Add (1)' }));
    await user.click(next());
    await within(pane).findByRole('heading', { name: 'Edit settings' });
    await user.click(next());
    await user.click(within(pane).getByRole('button', { name: 'Create group' }));
    await within(pane).findByRole('heading', { name: 'Finance Approvers group created' });
    const group = groupNamed(store, 'Finance Approvers')!;
    expect(group).toMatchObject({ mailEnabled: true, securityEnabled: true, mail: 'FinanceApprovers@contoso.com' });
    expect(group.memberIds).toEqual([userId(store, 'PradeepG@contoso.com')]);
  });

  it('goes back to a step from the review page with its Edit link', async () => {
    const { user, pane } = await openWizard('/admin/groups?tab=security', 'Add a security group');
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Ops');
    await user.click(next());
    await user.click(next());
    await user.click(await within(pane).findByRole('button', { name: 'Edit basics' }));
    expect(await within(pane).findByRole('heading', { name: 'Set up the basics' })).toHaveFocus();
    expect(within(pane).getByRole('textbox', { name: 'Name' })).toHaveValue('Ops');
  });
});

describe('refusals in the Add a group wizards', JOURNEY, () => {
  it("tells a Helpdesk Administrator the tenant's refusal on the review page and creates nothing", async () => {
    const { user, store } = renderApp('/admin/groups');
    store.signInAs(userId(store, 'AllanD@contoso.com'));
    await user.click(await screen.findByRole('button', { name: 'Add a Microsoft 365 group' }));
    const pane = await screen.findByRole('dialog', { name: 'Add a Microsoft 365 group' });
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Helpdesk Crew');
    for (let i = 0; i < 4; i++) await user.click(next());
    await user.click(within(pane).getByRole('button', { name: 'Create group' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(within(pane).getByText("The group wasn't created")).toBeInTheDocument();
    expect(within(pane).getByRole('heading', { name: 'Review and finish adding group' })).toBeInTheDocument();
    expect(groupNamed(store, 'Helpdesk Crew')).toBeUndefined();
  });

  it('refuses a role-assignable group to a User Administrator: it needs a Privileged Role Administrator', async () => {
    const { user, store } = renderApp('/admin/groups?tab=security');
    store.signInAs(userId(store, 'NestorW@contoso.com'));
    await user.click(await screen.findByRole('button', { name: 'Add a security group' }));
    const pane = await screen.findByRole('dialog', { name: 'Add a security group' });
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Role Holders');
    await user.click(next());
    await user.click(await within(pane).findByRole('checkbox', { name: 'Microsoft Entra roles can be assigned to the group' }));
    await user.click(within(await within(pane).findByRole('alertdialog')).getByRole('button', { name: 'Yes' }));
    await user.click(next());
    await user.click(within(pane).getByRole('button', { name: 'Create group' }));
    expect(await within(pane).findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
    expect(groupNamed(store, 'Role Holders')).toBeUndefined();
  });

  it('shows the tenant refusing an email address another object already has', async () => {
    const { user, store, pane } = await openWizard('/admin/groups', 'Add a Microsoft 365 group');
    await user.type(within(pane).getByRole('textbox', { name: 'Name' }), 'Retail Two');
    for (let i = 0; i < 3; i++) await user.click(next());
    const alias = await within(pane).findByRole('textbox', { name: 'Group email address' });
    await user.clear(alias);
    await user.type(alias, 'Retail');
    await user.click(next());
    await user.click(within(pane).getByRole('button', { name: 'Create group' }));
    const bar = await within(pane).findByText("The group wasn't created");
    expect(bar.closest('[role="group"], div')!.parentElement).toHaveTextContent(/already/i);
    expect(groupNamed(store, 'Retail Two')).toBeUndefined();
  });
});
