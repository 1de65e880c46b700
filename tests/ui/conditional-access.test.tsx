// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { toArray } from '../../src/tenant';
import { renderApp } from './render-app';

/** Contoso with security defaults turned off, as a Conditional Access rollout starts. */
function storeWithoutDefaults() {
  const store = createDemoStore();
  const result = store.send({ type: 'securityDefaults.update', isEnabled: false });
  if (!result.ok) throw new Error(result.error.message);
  return store;
}

async function pick(user: ReturnType<typeof renderApp>['user'], combobox: string | RegExp, option: string | RegExp) {
  await user.click(await screen.findByRole('combobox', { name: combobox }, { timeout: 15_000 }));
  await user.click(await screen.findByRole('option', { name: option }));
  await user.keyboard('{Escape}');
}

/** The What If page's own button (the breadcrumb names the page too). */
function whatIfButton(): HTMLElement {
  return screen.getAllByRole('button', { name: 'What If' }).find((button) => !button.hasAttribute('aria-current'))!;
}

describe('Conditional Access in the Entra admin center', () => {
  it('builds a policy in the editor, then What If shows it applying to one user and not another', async () => {
    const store = storeWithoutDefaults();
    const { user, router } = renderApp('/entra/protection/conditional-access/policies/new', store);
    await user.type(await screen.findByRole('textbox', { name: /Name/ }, { timeout: 15_000 }), 'Block legacy for Alex');
    const users = screen.getByRole('region', { name: 'Users' });
    await user.click(within(users).getByRole('radio', { name: 'Select users and groups' }));
    await user.click(within(users).getByRole('checkbox', { name: 'Users and groups' }));
    await user.type(within(users).getByRole('searchbox', { name: 'Search included users' }), 'Alex');
    await user.click(within(within(users).getByRole('group', { name: 'Included users' })).getByRole('checkbox', { name: /Alex Wilber/ }));
    const conditions = screen.getByRole('region', { name: 'Conditions' });
    await user.click(within(within(conditions).getByRole('radiogroup', { name: 'Client apps' })).getByRole('radio', { name: 'Yes' }));
    await user.click(within(conditions).getByRole('checkbox', { name: 'Browser' }));
    await user.click(within(conditions).getByRole('checkbox', { name: 'Mobile apps and desktop clients' }));
    await user.click(within(screen.getByRole('region', { name: 'Grant' })).getByRole('radio', { name: 'Block access' }));
    await user.click(screen.getByRole('radio', { name: 'On' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Successfully saved Block legacy for Alex.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/entra/protection/conditional-access/policies');
    const [policy] = toArray(store.getTenant().access.conditionalAccessPolicies);
    expect(policy).toMatchObject({ state: 'enabled', conditions: { clientAppTypes: ['exchangeActiveSync', 'other'], applications: { includeApplications: ['All'] } }, grantControls: { builtInControls: ['block'] } });
    expect(screen.getByRole('table', { name: 'Conditional Access policies' })).toHaveTextContent('Block legacy for Alex');

    await user.click(screen.getByRole('button', { name: 'What If' }));
    await pick(user, /^User\s*\*?$/, /Alex Wilber/);
    await pick(user, /^Cloud apps, actions, or authentication context/, 'Office 365 Exchange Online');
    await pick(user, 'Client apps', 'Exchange ActiveSync clients');
    await user.click(whatIfButton());
    expect(await screen.findByText('Access blocked')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Policies that will apply' })).toHaveTextContent('Block legacy for Alex');

    await pick(user, /^User\s*\*?$/, /Megan Bowen/);
    await user.click(whatIfButton());
    expect(await screen.findByText('Access granted')).toBeInTheDocument();
    const notApplying = screen.getByRole('table', { name: 'Policies that will not apply' });
    expect(within(notApplying).getByRole('row', { name: /Block legacy for Alex/ })).toHaveTextContent('Users');
  }, 60_000);

  it('shows the security defaults banner, and refuses to turn a policy On until they are disabled', async () => {
    const store = createDemoStore();
    const { user } = renderApp('/entra/protection/conditional-access/policies/new', store);
    expect(await screen.findByText(/You must first disable security defaults before enabling a Conditional Access policy/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'MFA for everyone');
    await user.click(within(screen.getByRole('region', { name: 'Users' })).getByRole('radio', { name: 'All users' }));
    await user.click(within(screen.getByRole('region', { name: 'Grant' })).getByRole('checkbox', { name: 'Require multifactor authentication' }));
    await user.click(screen.getByRole('radio', { name: 'On' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Couldn’t create the policy')).toBeInTheDocument();
    expect(store.getTenant().access.conditionalAccessPolicies.size).toBe(0);
  }, 60_000);

  it('warns before a policy for all users and all resources locks the admin out, and saves once acknowledged', async () => {
    const store = storeWithoutDefaults();
    const { user } = renderApp('/entra/protection/conditional-access/policies/new', store);
    await user.type(await screen.findByRole('textbox', { name: /Name/ }, { timeout: 15_000 }), 'Block everyone');
    await user.click(within(screen.getByRole('region', { name: 'Users' })).getByRole('radio', { name: 'All users' }));
    await user.click(within(screen.getByRole('region', { name: 'Grant' })).getByRole('radio', { name: 'Block access' }));
    await user.click(screen.getByRole('radio', { name: 'On' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/We also recommend excluding at least one administrator from this policy/)).toBeInTheDocument();
    expect(store.getTenant().access.conditionalAccessPolicies.size).toBe(0);
    await user.click(screen.getByRole('checkbox', { name: /I understand that my account will be impacted/ }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Successfully saved Block everyone.')).toBeInTheDocument();
  }, 60_000);

  it('keeps the editor open with "Name is required." when the policy has no name', async () => {
    const { user, router } = renderApp('/entra/protection/conditional-access/policies/new', storeWithoutDefaults());
    await user.click(await screen.findByRole('button', { name: 'Create' }, { timeout: 15_000 }));
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription('Name is required.');
    expect(router.state.location.pathname).toBe('/entra/protection/conditional-access/policies/new');
  }, 60_000);
});
