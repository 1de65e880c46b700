import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

/*
 * The groups pages in Chromium, as a learner uses them. In Entra: a dynamic security group for the
 * Sales department, its rule built, broken, fixed and validated for two users, then its members;
 * a group licensed with Microsoft 365 E5 where Cameron White runs out of seats, fixed by freeing
 * seats and Reprocess. In the Microsoft 365 admin center: every Add a group wizard, the details
 * pane, delete and restore. Every state is checked with axe and captured to screenshots/groups-*.
 *
 * The tenant lives in the page, so each story moves only by the app's own links and buttons.
 */

const lab = labForFile();

/** Screenshot and axe for one state of a page. */
async function check(name: string): Promise<void> {
  await lab.screenshot(`groups-${name}`);
  expect(await seriousViolations(lab.page), name).toEqual([]);
}

const heading = (scope: Page | Locator, name: string) => scope.getByRole('heading', { name, exact: true }).waitFor();

/** Ticks people in a picker (a dialog or a panel) by searching for each, then confirms. */
async function pick(picker: Locator, names: readonly string[], confirm: string) {
  const search = picker.getByRole('searchbox', { name: 'Search by name or email address' });
  for (const name of names) {
    await search.fill(name);
    await picker.getByRole('checkbox', { name: new RegExp(name) }).check();
  }
  await picker.getByRole('button', { name: confirm }).click();
}

describe('Entra groups in Chromium', () => {
  it('creates a dynamic security group for the Sales department, validates its rule for two users and shows its members', async () => {
    const { page } = lab;
    await lab.goto('/entra/groups');
    await page.getByRole('table', { name: 'All groups' }).waitFor();
    await check('entra-all-groups');

    await page.getByRole('button', { name: 'New group' }).click();
    await heading(page, 'New Group');
    await page.getByRole('textbox', { name: 'Group name' }).fill('Sales Department');
    await page.getByRole('textbox', { name: 'Group description' }).fill('Everyone in Sales, kept up to date by a rule.');
    await page.getByRole('combobox', { name: 'Membership type' }).selectOption('Dynamic User');
    await check('entra-new-group');

    await page.getByRole('button', { name: 'Add dynamic query' }).click();
    const pane = page.getByRole('dialog', { name: 'Dynamic membership rules' });
    await pane.getByRole('table', { name: 'Rule builder' }).waitFor();
    await pane.getByRole('combobox', { name: 'Property, expression 1' }).selectOption('department');
    await pane.getByRole('textbox', { name: 'Value, expression 1' }).fill('Sales');
    expect(await pane.getByRole('textbox', { name: 'Rule syntax' }).inputValue()).toBe('user.department -eq "Sales"');
    await check('entra-rule-builder');

    // A typo in the text box: the error is shown where the parser found it.
    await pane.getByRole('button', { name: 'Edit rule syntax' }).click();
    const box = pane.getByRole('textbox', { name: 'Edit rule syntax' });
    await box.fill('user.departmnt -eq "Sales"');
    await pane.getByRole('button', { name: 'OK' }).click();
    await pane.getByText("Property 'departmnt' is not supported. Did you mean 'department'?", { exact: false }).waitFor();
    expect(await pane.locator('pre').innerText()).toBe('user.departmnt -eq "Sales"\n     ^^^^^^^^^');
    expect(await box.evaluate((element: HTMLTextAreaElement) => [element.selectionStart, element.selectionEnd])).toEqual([5, 14]);
    await check('entra-rule-error');

    // A rule only the text box can hold.
    await box.fill('user.department -eq "Sales" -and (user.city -eq "Tulsa" -or user.city -eq "Tokyo")');
    await pane.getByRole('button', { name: 'OK' }).click();
    await pane.getByText("The rule builder can't show this rule: it uses parentheses to set operator precedence.", { exact: false }).waitFor();
    await check('entra-rule-text');

    // Back to the rule the builder shows.
    await pane.getByRole('button', { name: 'Edit rule syntax' }).click();
    await box.fill('user.department -eq "Sales"');
    await pane.getByRole('button', { name: 'OK' }).click();
    await pane.getByRole('table', { name: 'Rule builder' }).waitFor();

    await pane.getByRole('tab', { name: 'Validate Rules' }).click();
    await pane.getByRole('button', { name: 'Add users' }).click();
    await pick(pane.getByRole('region', { name: 'Select users' }), ['Isaiah Langer', 'Cameron White'], 'Select');
    const results = pane.getByRole('table', { name: 'Validation results' });
    await expect.poll(() => results.getByRole('row', { name: /Isaiah Langer/ }).innerText()).toMatch(/Member/);
    expect(await results.getByRole('row', { name: /Cameron White/ }).innerText()).toMatch(/Not a member/);
    await results.getByRole('button', { name: 'View details for Cameron White' }).click();
    await results.getByRole('list', { name: 'Validation details for Cameron White' }).waitFor();
    await check('entra-rule-validate');

    await pane.getByRole('button', { name: 'Save' }).click();
    await page.getByText('user.department -eq "Sales"', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Successfully created group Sales Department.').waitFor();

    await page.getByRole('table', { name: 'All groups' }).getByRole('link', { name: 'Sales Department' }).click();
    await heading(page, 'Sales Department | Overview');
    await check('entra-overview');
    const menu = page.getByRole('navigation', { name: 'Sales Department menu' });
    await menu.getByRole('link', { name: 'Members', exact: true }).click();
    const members = page.getByRole('table', { name: 'Direct members' });
    await members.waitFor();
    const names = await members.getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector('td')?.textContent));
    expect(names).toEqual(['Brian Johnson', 'Christie Cline', 'Irvin Sayers', 'Isaiah Langer']);
    await check('entra-members');

    for (const [item, name] of [
      ['Properties', 'properties'],
      ['Owners', 'owners'],
      ['Licenses', 'licenses-empty'],
      ['Dynamic membership rules', 'dynamic-rules'],
    ] as const) {
      await menu.getByRole('link', { name: item, exact: true }).click();
      await heading(page, `Sales Department | ${item}`);
      await check(`entra-${name}`);
    }
    expect(lab.problems).toEqual([]);
  });

  it("licenses a group with Microsoft 365 E5, shows Cameron White out of seats, and fixes it with Reprocess after freeing seats", async () => {
    const { page } = lab;
    await lab.goto('/entra/groups/new');
    await page.getByRole('textbox', { name: 'Group name' }).fill('Field Team');
    await page.getByRole('button', { name: 'No members selected' }).click();
    // E5 has two seats left: the first two people chosen take them.
    await pick(page.getByRole('dialog', { name: 'Add members' }), ['Debra Berger', 'Christie Cline', 'Irvin Sayers', 'Cameron White'], 'Select');
    await page.getByRole('button', { name: '4 members selected' }).waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('table', { name: 'All groups' }).getByRole('link', { name: 'Field Team' }).click();
    const menu = page.getByRole('navigation', { name: 'Field Team menu' });
    await menu.getByRole('link', { name: 'Licenses' }).click();
    await heading(page, 'Field Team | Licenses');

    await page.getByRole('button', { name: 'Assignments' }).click();
    const pane = page.getByRole('dialog', { name: 'Update license assignments' });
    await pane.getByRole('checkbox', { name: 'Microsoft 365 E5 (2 of 10 available)' }).check();
    await pane.getByRole('button', { name: /Review license options/ }).click();
    await check('entra-licenses-assignments');
    await pane.getByRole('button', { name: 'Save' }).click();

    const errors = page.getByRole('table', { name: 'Users with license assignment errors' });
    await errors.waitFor();
    expect(await errors.getByRole('row', { name: /Cameron White/ }).innerText()).toMatch(/Microsoft 365 E5\s+Not enough licenses/);
    expect(await page.getByRole('region', { name: 'License status' }).innerText()).toContain('Errors & issues: 2 users licensed, 2 users with errors.');
    await check('entra-licenses-errors');

    // Free two seats: Debra and Christie leave the group; then Reprocess.
    await menu.getByRole('link', { name: 'Members', exact: true }).click();
    const members = page.getByRole('table', { name: 'Direct members' });
    await members.getByRole('button', { name: 'Remove Debra Berger' }).click();
    await page.getByText('Successfully removed member Debra Berger.').waitFor();
    await members.getByRole('button', { name: 'Remove Christie Cline' }).click();
    await page.getByText('Successfully removed member Christie Cline.').waitFor();
    await menu.getByRole('link', { name: 'Licenses' }).click();
    await expect.poll(() => errors.getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: 'Reprocess' }).click();
    await page.getByText('Reprocessing finished: every member of Field Team was processed again.').waitFor();
    expect(await errors.count()).toBe(0);
    expect(await page.getByRole('region', { name: 'License status' }).innerText()).toContain('All licenses assigned: 2 users licensed, 0 users with errors.');
    await check('entra-licenses-fixed');
    expect(lab.problems).toEqual([]);
  });
});

describe('Active teams & groups in Chromium', () => {
  it('walks every step of the Add a Microsoft 365 group wizard', async () => {
    const { page } = lab;
    await lab.goto('/admin/groups');
    await page.getByRole('table', { name: 'Teams & Microsoft 365 groups' }).waitFor();
    await check('admin-list-microsoft365');

    await page.getByRole('button', { name: 'Add a Microsoft 365 group' }).click();
    const wizard = page.getByRole('dialog', { name: 'Add a Microsoft 365 group' });
    await heading(wizard, 'Set up the basics');
    await wizard.getByRole('textbox', { name: 'Name' }).fill('Project Falcon');
    await wizard.getByRole('textbox', { name: 'Description' }).fill('The Falcon launch team.');
    await check('admin-wizard-m365-1-basics');
    await wizard.getByRole('button', { name: 'Next' }).click();

    await heading(wizard, 'Assign owners');
    await check('admin-wizard-m365-2-owners');
    await wizard.getByRole('button', { name: 'Assign owners' }).click();
    const owners = wizard.getByRole('region', { name: 'Assign owners to Project Falcon' });
    await owners.getByRole('searchbox').fill('Megan');
    await check('admin-wizard-m365-2-owners-picker');
    await pick(owners, ['Megan Bowen'], 'Add (1)');
    await wizard.getByRole('button', { name: 'Next' }).click();

    await heading(wizard, 'Add members');
    await wizard.getByRole('button', { name: 'Add members' }).click();
    await pick(wizard.getByRole('region', { name: 'Add members to Project Falcon' }), ['Alex Wilber', 'Diego Siciliani'], 'Add (2)');
    await check('admin-wizard-m365-3-members');
    await wizard.getByRole('button', { name: 'Next' }).click();

    await heading(wizard, 'Edit settings');
    await wizard.getByRole('radio', { name: /^Private/ }).check();
    await wizard.getByRole('checkbox', { name: 'Create a team for this group' }).check();
    await check('admin-wizard-m365-4-settings');
    await wizard.getByRole('button', { name: 'Next' }).click();

    await heading(wizard, 'Review and finish adding group');
    await check('admin-wizard-m365-5-review');
    await wizard.getByRole('button', { name: 'Create group' }).click();
    await heading(wizard, 'Project Falcon group created');
    await check('admin-wizard-m365-6-created');
    await wizard.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('table', { name: 'Teams & Microsoft 365 groups' }).getByRole('button', { name: 'Project Falcon', exact: true }).waitFor();
    expect(lab.problems).toEqual([]);
  });

  it('adds a distribution list, a role-assignable security group and a mail-enabled security group', async () => {
    const { page } = lab;
    await lab.freshContoso();
    await lab.goto('/admin/groups');
    await page.getByRole('tab', { name: 'Distribution list' }).click();
    await page.getByRole('table', { name: 'Distribution list' }).waitFor();
    await check('admin-list-distribution');
    await page.getByRole('button', { name: 'Add a distribution list' }).click();
    let wizard = page.getByRole('dialog', { name: 'Add a distribution list' });
    await wizard.getByRole('textbox', { name: 'Name' }).fill('Press Office');
    for (let i = 0; i < 3; i++) await wizard.getByRole('button', { name: 'Next' }).click();
    await heading(wizard, 'Edit settings');
    await check('admin-wizard-distribution-settings');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Create group' }).click();
    await heading(wizard, 'Press Office group created');
    await wizard.getByRole('button', { name: 'Close' }).last().click();

    await page.getByRole('tab', { name: 'Security groups' }).click();
    await page.getByRole('table', { name: 'Security groups' }).waitFor();
    await check('admin-list-security');
    // By keyboard: the toolbar button opens the wizard, Escape closes it and focus comes back.
    const addSecurity = page.getByRole('button', { name: 'Add a security group' });
    await addSecurity.focus();
    await page.keyboard.press('Enter');
    wizard = page.getByRole('dialog', { name: 'Add a security group' });
    await heading(wizard, 'Set up the basics');
    await page.keyboard.press('Escape');
    await wizard.waitFor({ state: 'detached' });
    expect(await addSecurity.evaluate((element) => element === document.activeElement)).toBe(true);

    await addSecurity.click();
    await wizard.getByRole('textbox', { name: 'Name' }).fill('Tier 1 Admins');
    await check('admin-wizard-security-1-basics');
    await wizard.getByRole('button', { name: 'Next' }).click();
    // Ticking asks first: the box is ticked only after Yes.
    await wizard.getByRole('checkbox', { name: 'Microsoft Entra roles can be assigned to the group' }).click();
    await wizard.getByRole('alertdialog').waitFor();
    await check('admin-wizard-security-2-settings-confirm');
    await wizard.getByRole('button', { name: 'Yes' }).click();
    await check('admin-wizard-security-2-settings');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await check('admin-wizard-security-3-review');
    await wizard.getByRole('button', { name: 'Create group' }).click();
    await heading(wizard, 'Tier 1 Admins group created');
    await wizard.getByRole('button', { name: 'Close' }).last().click();

    await page.getByRole('button', { name: 'Add a mail-enabled security group' }).click();
    wizard = page.getByRole('dialog', { name: 'Add a mail-enabled security group' });
    await wizard.getByRole('textbox', { name: 'Name' }).fill('Finance Approvers');
    for (let i = 0; i < 3; i++) await wizard.getByRole('button', { name: 'Next' }).click();
    await heading(wizard, 'Edit settings');
    await check('admin-wizard-mail-enabled-security-settings');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Create group' }).click();
    await heading(wizard, 'Finance Approvers group created');
    await wizard.getByRole('button', { name: 'Close' }).last().click();
    const names = await page.getByRole('table', { name: 'Security groups' }).getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector('td button')?.textContent));
    expect(names).toEqual(['Finance', 'Finance Approvers', 'IT Department', 'Tier 1 Admins']);
    expect(lab.problems).toEqual([]);
  });

  it("shows a group's details pane tab by tab, deletes the group from it and restores it", async () => {
    const { page } = lab;
    await lab.goto('/admin/groups');
    await page.getByRole('table', { name: 'Teams & Microsoft 365 groups' }).getByRole('button', { name: 'Sales and Marketing', exact: true }).click();
    const pane = page.getByRole('dialog', { name: 'Sales and Marketing' });
    await pane.getByRole('tab', { name: 'General' }).waitFor();
    await check('admin-details-general');
    await pane.getByRole('tab', { name: 'Membership' }).click();
    await check('admin-details-membership-owners');
    await pane.getByRole('tab', { name: /^Members \(/ }).click();
    await pane.getByRole('button', { name: 'Add members' }).click();
    await pane.getByRole('region', { name: 'Add group members to Sales and Marketing' }).getByRole('searchbox').fill('Lee');
    await check('admin-details-membership-add');
    await pick(pane.getByRole('region', { name: 'Add group members to Sales and Marketing' }), ['Lee Gu'], 'Add (1)');
    await pane.getByText("Lee Gu was added to the group's members.").waitFor();
    await check('admin-details-membership-members');
    await pane.getByRole('tab', { name: 'Settings' }).click();
    await check('admin-details-settings');

    await pane.getByRole('tab', { name: 'General' }).click();
    await pane.getByRole('button', { name: 'Delete group' }).click();
    await pane.getByRole('region', { name: 'Delete Sales and Marketing?' }).waitFor();
    await check('admin-details-delete-confirm');
    await pane.getByRole('button', { name: 'Delete group' }).click();
    await pane.getByRole('region', { name: 'Sales and Marketing was deleted' }).waitFor();
    await check('admin-details-deleted');
    await pane.getByRole('button', { name: 'Close' }).last().click();

    const nav = page.getByRole('navigation', { name: 'Microsoft 365 admin center' });
    await nav.getByRole('link', { name: 'Deleted groups' }).click();
    const deleted = page.getByRole('table', { name: 'Deleted groups' });
    await deleted.waitFor();
    await check('admin-deleted-groups');
    await deleted.getByRole('radio', { name: 'Select Sales and Marketing' }).check();
    await page.getByRole('button', { name: 'Restore group' }).click();
    await page.getByText("Sales and Marketing was restored. It's back in Active teams & groups.").waitFor();
    await check('admin-deleted-groups-restored');
    expect(lab.problems).toEqual([]);
  });
});
