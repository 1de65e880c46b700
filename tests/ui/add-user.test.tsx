// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findUserByUserPrincipalName, roleHolders, ROLE, skuByPartNumber } from '../../src/tenant';
import { renderApp } from './render-app';

const E5 = skuByPartNumber('SPE_E5')!;

type Learner = ReturnType<typeof renderApp>['user'];

/** Types a value in one go (a paste), which is all these tests need and much quicker than keystrokes. */
async function fill(user: Learner, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function openWizard(path = '/admin/users/add') {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 2, name: 'Set up the basics' });
  return view;
}

describe('Add a user: Set up the basics', () => {
  it('shows the step rail with Basics current and fills the display name from the first and last name', async () => {
    const { user } = await openWizard();
    const rail = screen.getByRole('navigation', { name: 'Add a user steps' });
    expect(within(rail).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Basics', 'Product licenses', 'Optional settings', 'Finish']);
    expect(within(rail).getByText('Basics').closest('li')).toHaveAttribute('aria-current', 'step');

    await fill(user, screen.getByRole('textbox', { name: 'First name' }), 'Ada');
    await fill(user, screen.getByRole('textbox', { name: 'Last name' }), 'Lovelace');
    expect(screen.getByRole('textbox', { name: /^Display name/ })).toHaveValue('Ada Lovelace');
  });

  it('preselects the default domain among the verified domains', async () => {
    await openWizard();
    const domains = screen.getByRole('combobox', { name: 'Domains' });
    expect(domains).toHaveValue('contoso.com');
    expect(within(domains).getAllByRole('option').map((option) => option.textContent)).toEqual(['contoso.com', 'contoso.onmicrosoft.com']);
  });

  it('says beside each field what is missing when Next is pressed on an empty form', async () => {
    const { user } = await openWizard();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('textbox', { name: /^Display name/ })).toHaveAccessibleDescription('Display name is required.');
    expect(screen.getByRole('textbox', { name: /^Username/ })).toHaveAccessibleDescription('Username is required.');
    expect(screen.getByRole('textbox', { name: /^Display name/ })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Set up the basics');
  });

  it('refuses a username another user already has, in the admin center’s words rather than Graph’s, as soon as the field is left', async () => {
    const { user } = await openWizard();
    await fill(user, screen.getByRole('textbox', { name: /^Username/ }), 'meganb');
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Username/ })).toHaveAccessibleDescription('A user with this name already exists. Use a different name.');
  });

  it('refuses a display name over 256 characters with a message, keeping what was typed instead of cutting it', async () => {
    const { user } = await openWizard();
    const long = 'A'.repeat(300);
    const field = screen.getByRole('textbox', { name: /^Display name/ });
    await user.click(field);
    await user.paste(long);
    await user.tab();
    expect(field).toHaveValue(long);
    expect(field).toHaveAccessibleDescription('Display name can’t be more than 256 characters. This one has 300.');
  });

  it('refuses a username that is not valid', async () => {
    const { user } = await openWizard();
    await fill(user, screen.getByRole('textbox', { name: /^Username/ }), 'ada lovelace');
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Username/ })).toHaveAccessibleDescription(
      'Enter a valid username. It can contain letters, numbers and the characters \' . - _ ! # ^ ~, and can’t start or end with a period.',
    );
  });

  it('asks for a password that meets the rules when the learner types their own, and rates it', async () => {
    const { user } = await openWizard();
    await user.click(screen.getByRole('checkbox', { name: 'Automatically create a password' }));
    const password = screen.getByLabelText(/^Password/);
    await fill(user, password, 'password');
    expect(screen.getByText('Password strength: Weak')).toBeInTheDocument();
    await fill(user, screen.getByRole('textbox', { name: /^Display name/ }), 'Ada');
    await fill(user, screen.getByRole('textbox', { name: /^Username/ }), 'ada');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('The specified password does not comply with password complexity requirements. Please provide a different password.'),
    );
    await user.clear(password);
    await fill(user, password, 'Tr0ub4dor&3x');
    expect(screen.getByText('Password strength: Strong')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'Assign product licenses' });
  });
});

async function fillBasics(user: Learner, alias = 'ada') {
  await fill(user, screen.getByRole('textbox', { name: 'First name' }), 'Ada');
  await fill(user, screen.getByRole('textbox', { name: 'Last name' }), 'Lovelace');
  await user.type(screen.getByRole('textbox', { name: /^Username/ }), alias);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: 'Assign product licenses' });
}

describe('Add a user: Assign product licenses', () => {
  it('lists the products with their free seats and starts on the organization’s location', async () => {
    const { user } = await openWizard();
    await fillBasics(user);
    expect(screen.getByRole('combobox', { name: /^Select location/ })).toHaveValue('US');
    const e5 = screen.getByRole('checkbox', { name: 'Microsoft 365 E5' });
    expect(e5).toHaveAccessibleDescription('2 of 10 licenses available');
    expect(e5).toBeEnabled();
    expect(screen.getByRole('heading', { level: 2, name: 'Assign product licenses' })).toHaveFocus();
  });

  it('asks for a product when the learner chose to assign one but ticked none', async () => {
    const { user } = await openWizard();
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Select at least one product license, or choose to create the user without a product license.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Create user without product license (not recommended)' }));
    expect(screen.queryByRole('checkbox', { name: 'Microsoft 365 E5' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'Optional settings' });
  });

  it('turns off a product with no licenses left', async () => {
    const { user, store } = renderApp('/admin/users/add');
    await screen.findByRole('heading', { level: 2, name: 'Set up the basics' });
    const tenant = store.getTenant();
    for (const upn of ['DebraB@contoso.com', 'ChristieC@contoso.com']) {
      const result = store.send({ type: 'user.assignLicense', userId: findUserByUserPrincipalName(tenant, upn)!.id, addLicenses: [{ skuId: E5.skuId, disabledPlans: [] }], removeLicenses: [] });
      expect(result.ok).toBe(true);
    }
    await fillBasics(user);
    const e5 = screen.getByRole('checkbox', { name: 'Microsoft 365 E5' });
    expect(e5).toBeDisabled();
    expect(e5).toHaveAccessibleDescription('0 of 10 licenses available');
  });

  it('lists the apps of a chosen product under Apps, all on', async () => {
    const { user } = await openWizard();
    await fillBasics(user);
    await user.click(screen.getByRole('checkbox', { name: 'Microsoft 365 E5' }));
    await user.click(screen.getByRole('button', { name: 'Apps' }));
    const apps = screen.getByRole('group', { name: 'Microsoft 365 E5' });
    const plans = within(apps).getAllByRole('checkbox');
    expect(plans.length).toBe(E5.servicePlans.length);
    expect(plans.every((plan) => (plan as HTMLInputElement).checked)).toBe(true);
  });
});

describe('Add a user: Optional settings and Review and finish', () => {
  it('adds a licensed user with a role and profile, and confirms with the username and password', async () => {
    const { user, store } = await openWizard();
    await fillBasics(user);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Select location/ }), 'GB');
    await user.click(screen.getByRole('checkbox', { name: 'Microsoft 365 E5' }));
    await user.click(screen.getByRole('button', { name: 'Apps' }));
    const apps = within(screen.getByRole('group', { name: 'Microsoft 365 E5' })).getAllByRole('checkbox');
    // The apps are listed in the product's order; the first is turned off.
    const turnedOff = E5.servicePlans[0]!;
    expect(apps[0]).toHaveAccessibleName(turnedOff.displayName);
    await user.click(apps[0]!);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByRole('heading', { level: 2, name: 'Optional settings' });
    await user.click(screen.getByRole('button', { name: /^Roles \(/ }));
    await user.click(screen.getByRole('radio', { name: 'Admin center access' }));
    await user.click(screen.getByRole('checkbox', { name: 'Helpdesk Administrator' }));
    await user.click(screen.getByRole('button', { name: 'Profile info' }));
    await fill(user, screen.getByRole('textbox', { name: 'Job title' }), 'Analyst');
    await fill(user, screen.getByRole('textbox', { name: 'Office phone' }), '+44 20 7946 0000');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByRole('heading', { level: 2, name: 'Review and finish' });
    const names = screen.getByRole('region', { name: 'Display and username' });
    expect(names).toHaveTextContent('Display nameAda Lovelace');
    expect(names).toHaveTextContent('Usernameada@contoso.com');
    expect(screen.getByRole('region', { name: 'Product licenses' })).toHaveTextContent('LocationUnited Kingdom');
    expect(screen.getByRole('region', { name: 'Product licenses' })).toHaveTextContent('LicensesMicrosoft 365 E5');
    expect(screen.getByRole('region', { name: 'Roles' })).toHaveTextContent('Helpdesk Administrator');
    expect(screen.getByRole('region', { name: 'Profile info' })).toHaveTextContent('Job titleAnalyst');
    await user.click(screen.getByRole('button', { name: 'Finish adding' }));

    await screen.findByRole('heading', { level: 2, name: 'Ada Lovelace added to active users' });
    const created = findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')!;
    expect(created).toMatchObject({ displayName: 'Ada Lovelace', givenName: 'Ada', surname: 'Lovelace', usageLocation: 'GB', jobTitle: 'Analyst', businessPhones: ['+44 20 7946 0000'] });
    expect(created.passwordProfile.forceChangePasswordNextSignIn).toBe(true);
    expect(created.assignedLicenses).toEqual([{ skuId: E5.skuId, disabledPlans: [turnedOff.servicePlanId] }]);
    expect(roleHolders(store.getTenant(), ROLE.helpdeskAdministrator).map((holder) => holder.displayName)).toContain('Ada Lovelace');

    const details = screen.getByRole('region', { name: 'User details' });
    expect(details).toHaveTextContent('Usernameada@contoso.com');
    expect(within(details).queryByText(created.passwordProfile.password)).not.toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Show' }));
    expect(within(details).getByText(created.passwordProfile.password)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes the learner back to a step from the review’s Edit link', async () => {
    const { user } = await openWizard();
    await fillBasics(user);
    await user.click(screen.getByRole('radio', { name: 'Create user without product license (not recommended)' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'Review and finish' });
    expect(screen.getByRole('region', { name: 'Product licenses' })).toHaveTextContent('LicensesNo license');
    await user.click(screen.getByRole('button', { name: 'Edit display and username' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Set up the basics' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Username/ })).toHaveValue('ada');
  });

  it('closes the confirmation onto Active users', async () => {
    const { user, router } = await openWizard();
    await fillBasics(user);
    await user.click(screen.getByRole('radio', { name: 'Create user without product license (not recommended)' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Finish adding' }));
    await screen.findByRole('heading', { level: 2, name: 'Ada Lovelace added to active users' });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(router.state.location.pathname).toBe('/admin/users');
  });
});
