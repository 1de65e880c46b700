import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

/*
 * Entra's Users, a user's page, Audit logs, Home and a PIM role in Chromium: a learner creates
 * Grace Hopper with New user, edits her job title, finds both changes in Audit logs with the old
 * and new values, deletes and restores her. Every state is checked with axe and captured to
 * screenshots/entra-users-*.
 */

const lab = labForFile();

async function check(name: string): Promise<void> {
  await lab.screenshot(`entra-users-${name}`);
  expect(await seriousViolations(lab.page), name).toEqual([]);
}

const heading = (scope: Page | Locator, name: string) => scope.getByRole('heading', { name, exact: true, level: 1 }).waitFor();

describe('Entra Users in Chromium', () => {
  it('creates, edits, audits, deletes and restores a user', async () => {
    const { page } = lab;
    await lab.goto('/entra/users');
    await page.getByRole('table', { name: 'All users' }).waitFor();
    await check('all-users');

    await page.getByRole('button', { name: 'New user' }).click();
    await page.getByRole('menuitem', { name: 'Create new user' }).click();
    await heading(page, 'Create new user');
    await page.getByRole('button', { name: 'Review + create' }).click();
    await check('new-user-required');
    await page.getByRole('textbox', { name: 'User principal name' }).fill('grace');
    await page.getByRole('textbox', { name: 'Display name' }).fill('Grace Hopper');
    await check('new-user-basics');
    await page.getByRole('button', { name: 'Next: Properties >' }).click();
    await page.getByRole('textbox', { name: 'Job title' }).fill('Engineer');
    await check('new-user-properties');
    await page.getByRole('button', { name: 'Next: Assignments >' }).click();
    await page.getByRole('button', { name: 'Add role' }).click();
    const pane = page.getByRole('dialog', { name: 'Add role' });
    await pane.getByRole('searchbox').fill('Helpdesk');
    await pane.getByRole('checkbox', { name: 'Helpdesk Administrator' }).check();
    await check('new-user-add-role');
    await pane.getByRole('button', { name: 'Select' }).click();
    await page.getByRole('button', { name: 'Next: Review + create >' }).click();
    await check('new-user-review');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText("Successfully created user 'Grace Hopper'.").waitFor();

    await page.getByRole('searchbox', { name: 'Search users' }).fill('Grace');
    await page.getByRole('button', { name: 'Add filter' }).click();
    await check('add-filter');
    await page.keyboard.press('Escape');
    await page.getByRole('table', { name: 'All users' }).getByRole('button', { name: 'Grace Hopper' }).click();
    await heading(page, 'Grace Hopper');
    await check('user-overview');
    await page.getByRole('tab', { name: 'Properties' }).click();
    await check('user-properties');
    await page.getByRole('button', { name: 'Edit properties' }).click();
    await page.getByRole('textbox', { name: 'Job title' }).fill('Rear Admiral');
    await check('user-edit-properties');
    await page.getByRole('button', { name: 'Save' }).click();
    await heading(page, 'Grace Hopper');

    const menu = page.getByRole('navigation', { name: 'Grace Hopper menu' });
    await menu.getByRole('link', { name: 'Assigned roles' }).click();
    await page.getByRole('table', { name: 'Active assignments' }).getByText('Helpdesk Administrator').waitFor();
    await check('user-assigned-roles');
    await menu.getByRole('link', { name: 'Authentication methods' }).click();
    await heading(page, 'Grace Hopper | Authentication methods');
    await check('user-authentication-methods');
    await menu.getByRole('link', { name: 'Audit logs' }).click();
    await heading(page, 'Grace Hopper | Audit logs');
    const log = page.getByRole('table', { name: 'Audit logs' });
    await log.getByText('Update user').waitFor();
    await check('user-audit-logs');
    await log.getByRole('row', { name: /Update user/ }).getByRole('button').first().click();
    const details = page.getByRole('dialog', { name: 'Audit Log Details' });
    await details.getByRole('tab', { name: 'Modified Properties' }).click();
    await expect(details.getByRole('row', { name: /jobTitle/ }).textContent()).resolves.toMatch(/Engineer.*Rear Admiral/);
    await check('audit-details-modified');
    await details.getByRole('button', { name: 'Close' }).click();

    // Through the app's own links: a reload would start a fresh tenant.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('navigation', { name: 'Users' }).getByRole('link', { name: 'Audit logs' }).click();
    await heading(page, 'Audit logs');
    await page.getByRole('table', { name: 'Audit logs' }).getByText('Add user').first().waitFor();
    await check('audit-logs');

    const portalNav = page.getByRole('navigation', { name: 'Microsoft Entra admin center' });
    if (!(await portalNav.getByRole('link', { name: 'Users' }).isVisible())) await portalNav.getByRole('button', { name: 'Entra ID' }).click();
    await portalNav.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('table', { name: 'All users' }).getByRole('checkbox', { name: 'Select Grace Hopper' }).check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await check('delete-dialog');
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await page.getByText("Successfully deleted user 'Grace Hopper'.").waitFor();
    await page.getByRole('navigation', { name: 'Users' }).getByRole('link', { name: 'Deleted users' }).click();
    await page.getByRole('table', { name: 'Deleted users' }).getByRole('checkbox', { name: 'Select Grace Hopper' }).check();
    await check('deleted-users');
    await page.getByRole('button', { name: 'Restore users' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await page.getByText('1 user restored.').waitFor();
    expect(lab.problems).toEqual([]);
  }, 240_000);

  it("shows Home's tabs and a role inside PIM", async () => {
    const { page } = lab;
    await lab.goto('/entra/home');
    await page.getByRole('region', { name: 'Basic information' }).waitFor();
    await check('home-overview');
    for (const tab of ['Monitoring', 'Properties', 'Recommendations', 'Tutorials']) {
      await page.getByRole('tab', { name: tab }).click();
      await check(`home-${tab.toLowerCase()}`);
    }
    await lab.goto('/entra/pim/entra-roles');
    await page.getByRole('table', { name: 'Roles' }).getByRole('button', { name: 'Global Reader' }).click();
    await heading(page, 'Global Reader | Assignments');
    await check('pim-role');
    await lab.goto('/entra/users/invite');
    await heading(page, 'Invite external user');
    await check('invite-user');
    expect(lab.problems).toEqual([]);
  }, 120_000);
});
