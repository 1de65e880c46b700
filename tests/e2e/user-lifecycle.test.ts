import { join } from 'node:path';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

/*
 * The browser test: a learner adds a licensed user through the wizard, finds them in
 * Active users, blocks their sign-in, deletes and restores them. Along the way every page and
 * step of the user-creation flows is checked with axe and captured to screenshots/.
 *
 * The journey moves by the app's own links and buttons. The demo tenant keeps its changes across
 * page loads (it is free play), so a test that needs Contoso as it starts gives itself a fresh one.
 */

const lab = labForFile();

/** Screenshot and axe for one state of a page. */
async function check(name: string): Promise<void> {
  await lab.screenshot(name);
  expect(await seriousViolations(lab.page), name).toEqual([]);
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Microsoft 365 admin center' });
}

/** Presses Tab until the locator's element has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, presses = 80): Promise<void> {
  for (let i = 0; i < presses; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function openUsersLink(page: Page, link: string) {
  const users = nav(page).getByRole('link', { name: link });
  if (!(await users.isVisible())) await nav(page).getByRole('button', { name: 'Users' }).click();
  await users.click();
}

describe('a user’s lifecycle in the admin center, in Chromium', () => {
  it('adds a licensed user through the Add a user wizard', async () => {
    const { page } = lab;
    await lab.goto('/admin/users');
    await page.getByRole('grid', { name: 'Active users' }).waitFor();
    await page.getByRole('toolbar', { name: 'Active users commands' }).getByRole('button', { name: 'Add a user' }).click();
    await page.getByRole('heading', { level: 2, name: 'Set up the basics' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users/add');

    await page.getByRole('textbox', { name: 'First name' }).fill('Ada');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Lovelace');
    await page.getByRole('textbox', { name: /^Username/ }).fill('ada');
    await page.getByRole('checkbox', { name: 'Automatically create a password' }).uncheck();
    await page.getByLabel(/^Password/).fill('Lab-Ada-2026');
    await check('add-user-1-basics');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { level: 2, name: 'Assign product licenses' }).waitFor();
    await page.getByRole('checkbox', { name: 'Microsoft 365 E5' }).check();
    await page.getByRole('button', { name: 'Apps' }).click();
    await check('add-user-2-licenses');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { level: 2, name: 'Optional settings' }).waitFor();
    await page.getByRole('button', { name: /^Roles \(/ }).click();
    await page.getByRole('button', { name: 'Profile info' }).click();
    await page.getByRole('textbox', { name: 'Job title' }).fill('Analyst');
    await page.getByRole('textbox', { name: 'Department' }).fill('Research');
    await check('add-user-3-optional-settings');
    await page.getByRole('radio', { name: 'Admin center access', exact: true }).check();
    await page.getByRole('button', { name: 'Show all by category' }).click();
    await check('add-user-3-roles-by-category');
    await page.getByRole('radio', { name: 'User (no admin center access)' }).check();
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { level: 2, name: 'Review and finish' }).waitFor();
    await check('add-user-4-review');
    await page.getByRole('button', { name: 'Finish adding' }).click();

    await page.getByRole('heading', { level: 2, name: 'Ada Lovelace added to active users' }).waitFor();
    const details = page.getByRole('region', { name: 'User details' });
    await details.getByRole('button', { name: 'Show' }).click();
    expect(await details.innerText()).toContain('Lab-Ada-2026');
    await check('add-user-5-added');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('grid', { name: 'Active users' }).waitFor();
  });

  it('finds the new user in Active users by searching, licensed', async () => {
    const { page } = lab;
    const grid = page.getByRole('grid', { name: 'Active users' });
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('Ada Lovelace');
    const row = grid.getByRole('row', { name: /Ada Lovelace/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('ada@contoso.com');
    expect(await row.innerText()).toContain('Microsoft 365 E5');
    await lab.screenshot('user-lifecycle-found');
  });

  it('blocks the user’s sign-in from the details flyout', async () => {
    const { page } = lab;
    await page.getByRole('grid', { name: 'Active users' }).getByRole('link', { name: 'Ada Lovelace' }).click();
    const details = page.getByRole('dialog', { name: 'Ada Lovelace' });
    await details.getByRole('button', { name: 'Block sign-in' }).click();
    const pane = page.getByRole('dialog', { name: 'Block sign-in' });
    await pane.getByRole('checkbox', { name: 'Block this user from signing in' }).check();
    await pane.getByRole('button', { name: 'Save changes' }).click();
    await pane.getByText(/Ada Lovelace is blocked from signing in/).waitFor();
    await lab.screenshot('user-lifecycle-blocked');
    await pane.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('dialog', { name: 'Ada Lovelace' }).getByText('Sign-in blocked').waitFor();
  });

  it('deletes the user', async () => {
    const { page } = lab;
    await page.getByRole('dialog', { name: 'Ada Lovelace' }).getByRole('button', { name: 'Delete user' }).click();
    const pane = page.getByRole('dialog', { name: 'Delete user' });
    await pane.getByRole('button', { name: 'Delete user' }).click();
    await pane.getByText(/Ada Lovelace has been deleted/).waitFor();
    await pane.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('Ada Lovelace');
    await expect.poll(() => page.getByRole('grid', { name: 'Active users' }).getByRole('row', { name: /Ada Lovelace/ }).count()).toBe(0);
  });

  it('restores the user from Deleted users, still licensed and still blocked', async () => {
    const { page } = lab;
    await openUsersLink(page, 'Deleted users');
    const table = page.getByRole('table', { name: 'Deleted users' });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Ada Lovelace/ }).innerText()).toContain('Microsoft 365 E5');
    await check('deleted-users');
    await table.getByRole('checkbox', { name: 'Select Ada Lovelace' }).check();
    await page.getByRole('button', { name: 'Restore user' }).click();
    const pane = page.getByRole('dialog', { name: 'Restore Ada Lovelace' });
    await pane.waitFor();
    await check('deleted-users-restore-pane');
    await pane.getByRole('button', { name: 'Restore' }).click();
    await pane.getByText('Ada Lovelace has been restored to active users.', { exact: false }).waitFor();
    await check('deleted-users-restored');
    await pane.getByRole('button', { name: 'Close' }).last().click();
    await page.getByText('There are no deleted users.').waitFor();
    // The pane gives the focus back to the button that opened it.
    await expect.poll(() => page.getByRole('button', { name: 'Restore user' }).evaluate((element) => element === document.activeElement)).toBe(true);

    await openUsersLink(page, 'Active users');
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('Ada Lovelace');
    const row = page.getByRole('grid', { name: 'Active users' }).getByRole('row', { name: /Ada Lovelace/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Microsoft 365 E5');
    expect(await row.innerText()).toContain('Sign-in blocked');
  });
});

describe('the Add a user wizard from the keyboard alone', () => {
  it('reaches every field and button with Tab and finishes with Enter and Space', async () => {
    const { page } = lab;
    await lab.goto('/admin/users/add');
    await page.getByRole('heading', { level: 2, name: 'Set up the basics' }).waitFor();
    await tabTo(page, page.getByRole('textbox', { name: 'First name' }));
    await page.keyboard.type('Grace');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hopper');
    await tabTo(page, page.getByRole('textbox', { name: /^Username/ }), 3);
    await page.keyboard.type('grace');
    await tabTo(page, page.getByRole('button', { name: 'Next' }), 6);
    await page.keyboard.press('Enter');

    const licenses = page.getByRole('heading', { level: 2, name: 'Assign product licenses' });
    await expect.poll(() => licenses.evaluate((element) => element === document.activeElement)).toBe(true);
    await tabTo(page, page.getByRole('checkbox', { name: 'Office 365 E3' }), 10);
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Next' }), 10);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Optional settings' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: /^Roles \(/ }), 3);
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Next' }), 10);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Review and finish' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Finish adding' }), 20);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Grace Hopper added to active users' }).waitFor();
    expect(await page.getByRole('region', { name: 'User details' }).innerText()).toContain('Office 365 E3');
  });
});

describe('the other user pages, checked with axe and captured', () => {
  it('Add multiple users: the file, its problems, licenses, review and results', async () => {
    const { page } = lab;
    await lab.freshContoso();
    await lab.goto('/admin/users/add-multiple');
    await page.getByRole('heading', { level: 2, name: 'Add list of users' }).waitFor();
    await check('add-users-csv-1-empty');
    const header =
      'User Name,First Name,Last Name,Display Name,Job Title,Department,Office Number,Office Phone,Mobile Phone,Fax,Alternate email address,Address,City,State or Province,ZIP or Postal Code,Country or Region';
    const blank = ',,,,,,,,,,,,';
    const file = join(mkdtempSync(join(tmpdir(), 'tenant-lab-csv-')), 'new-hires.csv');
    writeFileSync(file, [header, `grace@contoso.com,Grace,Hopper,Grace Hopper${blank}`, `MeganB@contoso.com,Megan,Bowen,Megan Bowen${blank}`, `linus@contoso.com,,,${blank}`].join('\r\n'));
    await page.getByLabel('CSV file with user information').setInputFiles(file);
    await page.getByText('new-hires.csv has problems on 2 lines.').waitFor();
    await check('add-users-csv-1-problems');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'Assign licenses' }).waitFor();
    await page.getByRole('radio', { name: 'Office 365 E3' }).check();
    await check('add-users-csv-2-licenses');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'Review and finish' }).waitFor();
    await check('add-users-csv-3-review');
    await page.getByRole('button', { name: 'Add users' }).click();
    await page.getByRole('heading', { level: 2, name: '1 user added to active users' }).waitFor();
    await check('add-users-csv-4-results');
  });

  it('Guest users: the list and the invite form', async () => {
    const { page } = lab;
    await lab.goto('/admin/users/guests');
    await page.getByRole('heading', { level: 1, name: 'Guest users' }).waitFor();
    await page.getByRole('button', { name: 'Add a guest user' }).click();
    const pane = page.getByRole('dialog', { name: 'Invite external user' });
    await pane.getByRole('textbox', { name: /^Email/ }).fill('ada@fabrikam.com');
    await pane.getByRole('textbox', { name: 'Display name' }).fill('Ada Lovelace');
    await check('guest-users-invite');
    await pane.getByRole('button', { name: 'Review + invite' }).click();
    await pane.getByRole('button', { name: 'Invite' }).click();
    await page.getByText('Successfully invited Ada Lovelace.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await check('guest-users');
  });

  it('Contacts: the list and the Add a contact pane', async () => {
    const { page } = lab;
    await lab.freshContoso();
    await lab.goto('/admin/users/contacts');
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const pane = page.getByRole('dialog', { name: 'Add a contact' });
    await pane.getByRole('textbox', { name: /^Display name/ }).fill('Ada Lovelace');
    await pane.getByRole('textbox', { name: /^Email/ }).fill('ada@fabrikam.com');
    await pane.getByRole('textbox', { name: 'Company' }).fill('Fabrikam');
    await check('contacts-add');
    await pane.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Ada Lovelace was added to your contacts.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await check('contacts');
  });

  it('ran without page errors', () => {
    expect(lab.problems).toEqual([]);
  });
});
