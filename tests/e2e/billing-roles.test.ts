import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

const lab = labForFile(async (opened) => {
  await opened.goto('/admin/home');
  await opened.page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
});

/**
 * Moves inside the app without reloading it, as a link would: the demo tenant lives in the page,
 * so a reload would start Contoso afresh and lose what the journey did.
 */
async function go(path: string): Promise<void> {
  await lab.page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Screenshot, then axe on the page's content and any open pane or dialog (the frame is the shell's). */
async function check(name: string): Promise<void> {
  await lab.screenshot(name);
  expect(await seriousViolations(lab.page, { include: ['main', '[role="dialog"]', '[role="alertdialog"]'] })).toEqual([]);
}

const pane = (name: string | RegExp): Locator => lab.page.getByRole('dialog', { name });
const heading = (name: string): Locator => lab.page.getByRole('heading', { level: 1, name });

describe('billing and roles in Chromium', () => {
  it('buys licenses on Your products', async () => {
    const { page } = lab;
    await go('/admin/billing/products');
    await page.getByRole('table', { name: 'Products' }).waitFor();
    await check('billing-your-products');
    await page.getByRole('button', { name: 'Microsoft 365 E5' }).click();
    await heading('Microsoft 365 E5').waitFor();
    await check('billing-subscription-details');

    await page.getByRole('button', { name: 'Buy licenses' }).click();
    const buy = pane(/Buy licenses/);
    await buy.getByRole('spinbutton', { name: 'Total licenses' }).fill('12');
    await check('billing-buy-licenses');
    await buy.getByRole('button', { name: 'Save' }).click();
    await buy.getByText('Microsoft 365 E5 now has 12 licenses.').waitFor();
    await lab.screenshot('billing-buy-licenses-done');
    await buy.getByRole('button', { name: 'Close' }).last().click();
    await page.getByText('8 assigned out of 12').waitFor();

    await page.getByRole('button', { name: 'Remove licenses' }).click();
    await check('billing-remove-licenses');
    await pane(/Remove licenses/).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Cancel subscription' }).click();
    await check('billing-cancel-subscription');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Keep subscription' }).click();
  });

  it('buys a new product through the simulated checkout and offers a trial', async () => {
    const { page } = lab;
    await go('/admin/billing/purchase');
    await page.getByRole('list', { name: 'Products' }).waitFor();
    await check('billing-purchase-services');
    await page.getByRole('button', { name: 'Details for Microsoft Entra ID P1' }).click();
    await heading('Microsoft Entra ID P1').waitFor();
    await check('billing-product-offer');
    await page.getByRole('button', { name: 'Start free trial' }).click();
    await check('billing-start-trial');
    await page.getByRole('dialog', { name: 'Start your free trial' }).getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await page.getByRole('spinbutton', { name: /Select license quantity/ }).fill('5');
    await check('billing-purchase-options');
    await page.getByRole('button', { name: 'Check out now' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your cart' }).waitFor();
    await check('billing-purchase-cart');
    await page.getByRole('button', { name: 'Check out', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Checkout' }).waitFor();
    await check('billing-purchase-checkout');
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thanks for your order' }).waitFor();
    await lab.screenshot('billing-purchase-done');
  });

  it('assigns a license from the Licenses page', async () => {
    const { page } = lab;
    await go('/admin/billing/licenses');
    const products = page.getByRole('table', { name: 'Licenses' });
    await products.waitFor();
    expect(await products.getByRole('row').filter({ hasText: 'Microsoft 365 E5' }).innerText()).toMatch(/4\/12\s+8/);
    expect(await products.getByRole('row').filter({ hasText: 'Microsoft Entra ID P1' }).innerText()).toMatch(/5\/5\s+0/);
    await check('billing-licenses');
    await products.getByRole('button', { name: 'Microsoft 365 E5' }).click();
    await heading('Microsoft 365 E5').waitFor();
    await check('billing-license-product-users');

    await page.getByRole('button', { name: 'Assign licenses', exact: true }).click();
    const assign = pane(/Assign licenses to users/);
    await assign.getByRole('searchbox', { name: 'Enter a name or email address' }).fill('Debra');
    await assign.getByRole('button', { name: /Debra Berger/ }).click();
    await assign.getByRole('button', { name: 'Turn apps and services on or off' }).click();
    await check('billing-assign-licenses');
    await assign.getByRole('button', { name: 'Assign', exact: true }).click();
    await assign.getByText('Licenses assigned').waitFor();
    await lab.screenshot('billing-assign-licenses-done');
    await assign.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('table', { name: 'Users' }).getByRole('row', { name: /Debra Berger/ }).waitFor();

    await page.getByRole('checkbox', { name: 'Select Debra Berger' }).check();
    await page.getByRole('button', { name: 'Unassign licenses' }).click();
    await check('billing-unassign-licenses');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('tab', { name: 'Groups' }).click();
    await page.getByRole('button', { name: 'Assign licenses', exact: true }).click();
    const groups = pane(/Assign licenses to groups/);
    await groups.getByRole('checkbox', { name: /Finance/ }).check();
    await check('billing-assign-groups');
    await groups.getByRole('button', { name: 'Assign', exact: true }).click();
    await groups.getByText('Licenses assigned').waitFor();
    await groups.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('table', { name: 'Groups' }).getByRole('button', { name: 'Finance' }).click();
    await pane(/Finance/).getByRole('tab', { name: /Successfully assigned/ }).waitFor();
    await check('billing-group-license-status');
    await pane(/Finance/).getByRole('button', { name: 'Close' }).click();
  });

  it("shows the products in Entra's Licenses with their licensed users", async () => {
    const { page } = lab;
    await go('/entra/billing/licenses');
    await page.getByRole('table', { name: 'All products' }).waitFor();
    await check('entra-licenses');
    await page.getByRole('table', { name: 'All products' }).getByRole('button', { name: 'Microsoft 365 E5' }).click();
    await heading('Microsoft 365 E5 | Licensed users').waitFor();
    await check('entra-license-product');
  });

  it('lists roles and opens a role with its permissions and admins', async () => {
    const { page } = lab;
    await go('/admin/roles');
    await page.getByRole('table', { name: 'Microsoft Entra ID' }).waitFor();
    await check('roles-role-assignments');
    await page.getByRole('button', { name: 'Show all by category' }).click();
    await page.getByRole('heading', { level: 2, name: 'Identity' }).waitFor();
    await lab.screenshot('roles-by-category');
    await page.getByRole('tab', { name: 'Exchange' }).click();
    await page.getByRole('table', { name: 'Exchange' }).waitFor();
    await check('roles-exchange-tab');
    await page.getByRole('tab', { name: 'Microsoft Entra ID' }).click();
    await page.getByRole('button', { name: 'Show suggested roles' }).click();
    await page.getByRole('table', { name: 'Microsoft Entra ID' }).getByRole('button', { name: 'Helpdesk Administrator' }).click();
    const flyout = pane(/Helpdesk Administrator/);
    await flyout.getByText('Permissions summary').waitFor();
    await check('roles-flyout-general');
    await flyout.getByRole('tab', { name: 'Permissions' }).click();
    await check('roles-flyout-permissions');
    await flyout.getByRole('tab', { name: 'Assigned' }).click();
    await flyout.getByRole('table').waitFor();
    await check('roles-flyout-assigned');
    await flyout.getByRole('button', { name: 'Add users' }).click();
    await lab.screenshot('roles-flyout-add-users');
    await flyout.getByRole('button', { name: 'Cancel' }).click();
    await flyout.getByRole('button', { name: 'Close' }).click();
  });

  it('assigns a scoped Helpdesk Administrator in a new administrative unit', async () => {
    const { page } = lab;
    await go('/admin/roles/administrative-units');
    await page.getByRole('table', { name: 'Administrative units' }).waitFor();
    await check('admin-units-list');
    await page.getByRole('button', { name: 'Add unit' }).click();
    const wizard = pane('Add administrative unit');
    await wizard.getByRole('textbox', { name: /Name/ }).fill('Seattle');
    await wizard.getByRole('textbox', { name: 'Description' }).fill('Seattle office');
    await check('admin-units-wizard-basics');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Add users' }).click();
    await wizard.getByRole('searchbox', { name: 'Search by name or email address' }).fill('Megan');
    await wizard.getByRole('checkbox', { name: /Megan Bowen/ }).check();
    await wizard.getByRole('button', { name: 'Add (1)' }).click();
    await wizard.getByRole('list', { name: 'Members' }).waitFor();
    await check('admin-units-wizard-members');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('radio', { name: 'Helpdesk Administrator' }).check();
    await wizard.getByRole('button', { name: 'Assign admins' }).click();
    await wizard.getByRole('searchbox', { name: 'Search by name or email address' }).fill('Lee');
    await wizard.getByRole('checkbox', { name: /Lee Gu/ }).check();
    await wizard.getByRole('button', { name: 'Add (1)' }).click();
    await wizard.getByRole('list', { name: 'Scoped admins' }).waitFor();
    await check('admin-units-wizard-roles');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('heading', { level: 2, name: 'Review and finish' }).waitFor();
    await check('admin-units-wizard-review');
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await wizard.getByRole('heading', { level: 2, name: 'Seattle was added' }).waitFor();
    await lab.screenshot('admin-units-wizard-done');
    await wizard.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('table', { name: 'Administrative units' }).getByRole('button', { name: 'Seattle' }).click();
    const details = pane(/Seattle/);
    await check('admin-units-details');
    await details.getByRole('tab', { name: 'Members' }).click();
    await lab.screenshot('admin-units-details-members');
    await details.getByRole('tab', { name: 'Role assignments' }).click();
    expect(await details.getByRole('table', { name: 'Scoped role assignments' }).innerText()).toMatch(/Helpdesk Administrator\s+Lee Gu/);
    await check('admin-units-details-roles');
    await details.getByRole('button', { name: 'Close' }).click();
  });

  it('makes Megan eligible for Global Reader in Roles & admins', async () => {
    const { page } = lab;
    await go('/entra/roles');
    await page.getByRole('table', { name: 'All roles' }).waitFor();
    await check('entra-roles');
    await page.getByRole('button', { name: 'Global Reader' }).click();
    await heading('Global Reader | Assignments').waitFor();
    await check('entra-role-assignments');
    await page.getByRole('button', { name: 'Add assignments' }).click();
    const add = pane(/Add assignments/);
    await check('entra-add-assignments-membership');
    await add.getByRole('button', { name: 'No member selected' }).click();
    await add.getByRole('searchbox', { name: 'Search' }).fill('Megan');
    await add.getByRole('checkbox', { name: /Megan Bowen/ }).check();
    await lab.screenshot('entra-add-assignments-select-member');
    await add.getByRole('button', { name: 'Select' }).click();
    await add.getByRole('button', { name: 'Next >' }).click();
    await add.getByRole('radio', { name: 'Eligible' }).waitFor();
    await add.getByRole('textbox', { name: 'Enter justification' }).fill('Quarterly access review');
    await check('entra-add-assignments-setting');
    await add.getByRole('button', { name: 'Assign', exact: true }).click();
    await add.getByText('Assignment added').waitFor();
    await add.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('table', { name: 'Eligible assignments' }).getByText('Megan Bowen').waitFor();
  });

  it('shows administrative units and PIM in the Entra admin center', async () => {
    const { page } = lab;
    await go('/entra/admin-units');
    await page.getByRole('table', { name: 'Administrative units' }).waitFor();
    await check('entra-admin-units');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const add = pane(/Add administrative unit/);
    await check('entra-admin-units-add-properties');
    await add.getByRole('textbox', { name: /Name/ }).fill('Executives');
    await add.getByRole('tab', { name: 'Assign roles' }).click();
    await lab.screenshot('entra-admin-units-add-roles');
    await add.getByRole('tab', { name: 'Review + create' }).click();
    await lab.screenshot('entra-admin-units-add-review');
    await add.getByRole('button', { name: 'Close' }).click();

    await go('/entra/pim');
    await heading('Privileged Identity Management | Quick start').waitFor();
    await check('pim-quick-start');
    await go('/entra/pim/entra-roles?tab=assignments');
    await page.getByRole('table', { name: 'Eligible assignments' }).waitFor();
    await check('pim-assignments');
    await go('/entra/pim/entra-roles?tab=settings');
    await page.getByRole('table', { name: 'Role settings' }).getByRole('button', { name: 'Global Reader' }).click();
    await check('pim-role-setting-details');
    await pane(/Role setting details/).getByRole('button', { name: 'Edit' }).click();
    await check('pim-edit-role-setting');
    await pane(/Edit role setting/).getByRole('button', { name: 'Cancel' }).click();
    await pane(/Role setting details/).getByRole('button', { name: 'Close' }).click();
    await go('/entra/pim/approvals');
    await page.getByRole('table', { name: 'Requests for role activations' }).waitFor();
    await check('pim-approve-requests');
  });

  it('signs in as Megan, activates Global Reader, and sees it end when the clock passes its end', async () => {
    const { page } = lab;
    await page.getByRole('button', { name: 'Account manager for MOD Administrator' }).click();
    await page.getByRole('menuitemradio', { name: /Megan Bowen/ }).click();
    await page.getByRole('button', { name: 'Account manager for Megan Bowen' }).waitFor();

    await go('/entra/pim/my-roles');
    const eligible = page.getByRole('table', { name: 'Eligible assignments' });
    await eligible.getByRole('button', { name: 'Activate Global Reader' }).waitFor();
    await check('pim-my-roles');
    await eligible.getByRole('button', { name: 'Activate Global Reader' }).click();
    const activate = pane(/Activate - Global Reader/);
    await activate.getByRole('spinbutton', { name: 'Duration (hours)' }).fill('1');
    await activate.getByRole('textbox', { name: /Reason/ }).fill('Checking the audit settings');
    await check('pim-activate');
    await activate.getByRole('button', { name: 'Activate' }).click();
    await page.getByText(/Your active roles have changed/).waitFor();
    await page.getByRole('button', { name: 'Click here to view your active roles' }).click();
    const active = page.getByRole('table', { name: 'Active assignments' });
    await active.getByRole('row', { name: /Global Reader/ }).waitFor();
    expect(await active.getByRole('row', { name: /Global Reader/ }).innerText()).toContain('3/2/2026, 10:00 AM UTC');
    await check('pim-my-roles-active');

    const strip = page.getByRole('region', { name: 'Tenant Lab' });
    await strip.getByRole('button', { name: /Fast-forward/ }).click();
    await page.getByRole('menuitem', { name: '1 hour' }).click();
    await page.getByText('You have no active role assignments.').waitFor();
    await lab.screenshot('pim-my-roles-expired');
    expect(lab.problems).toEqual([]);
  });
});
