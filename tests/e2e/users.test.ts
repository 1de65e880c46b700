import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

const lab = labForFile();

/** The page's content: the main area and any open flyout (the frame around them is the shell's). */
const axeViolations = (page: Page) => seriousViolations(page, { include: ['main', '[role="dialog"]'] });

const grid = () => lab.page.getByRole('grid', { name: 'Active users' });
const flyout = (name: string) => lab.page.getByRole('dialog', { name });

async function openUser(search: string, name: string): Promise<Locator> {
  const { page } = lab;
  await lab.goto('/admin/users');
  await page.getByRole('searchbox', { name: 'Search active users list' }).fill(search);
  await grid().getByRole('link', { name }).click();
  const panel = flyout(name);
  await panel.waitFor();
  return panel;
}

describe('Active users in Chromium', () => {
  it('shows the list with no serious accessibility violations', async () => {
    const { page } = lab;
    await lab.goto('/admin/users');
    await grid().waitFor();
    expect(await grid().getAttribute('aria-rowcount')).toBe('26');
    await lab.screenshot('users-grid');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds a user by searching, filters by view and shows the chosen columns', async () => {
    const { page } = lab;
    await lab.goto('/admin/users');
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('meg');
    await expect.poll(() => grid().getAttribute('aria-rowcount')).toBe('2');
    expect(await grid().getByRole('row', { name: 'Megan Bowen' }).innerText()).toContain('MeganB@contoso.com');
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('');
    await page.getByRole('button', { name: /^Filter/ }).click();
    await page.getByRole('menuitemradio', { name: 'Unlicensed users' }).waitFor();
    await lab.screenshot('users-grid-filter-menu');
    await page.getByRole('menuitemradio', { name: 'Unlicensed users' }).click();
    await expect.poll(() => grid().getAttribute('aria-rowcount')).toBe('6');
    await page.getByRole('button', { name: 'Choose columns' }).click();
    const columns = flyout('Choose columns');
    await columns.getByRole('checkbox', { name: 'Department' }).check();
    await columns.getByRole('checkbox', { name: 'Usage location' }).check();
    await lab.screenshot('users-pane-choose-columns');
    await columns.getByRole('button', { name: 'Save' }).click();
    await grid().getByRole('columnheader', { name: 'Department' }).waitFor();
    await lab.screenshot('users-grid-columns');
  });

  it('moves through the grid from the keyboard with a visible focus', async () => {
    const { page } = lab;
    await lab.goto('/admin/users');
    await grid().getByRole('checkbox', { name: 'Select all users' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const adele = grid().getByRole('link', { name: 'Adele Vance' });
    await expect.poll(() => adele.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.getAttribute('role'), outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(focused).toEqual({ tag: 'gridcell', outline: 'solid' });
    await lab.screenshot('users-grid-keyboard');
  });

  it("opens a user's details with their tabs, with no serious accessibility violations", async () => {
    const { page } = lab;
    const panel = await openUser('Allan', 'Allan Deyoung');
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/users\/[0-9a-f-]+$/);
    expect(await panel.getByRole('region', { name: 'Roles' }).innerText()).toContain('Helpdesk Administrator');
    await lab.screenshot('user-panel-account');
    expect(await axeViolations(page)).toEqual([]);
    for (const [tab, name] of [
      ['Devices', 'user-panel-devices'],
      ['Licenses and apps', 'user-panel-licenses'],
      ['Mail', 'user-panel-mail'],
      ['OneDrive', 'user-panel-onedrive'],
    ] as const) {
      await panel.getByRole('tab', { name: tab }).click();
      await lab.screenshot(name);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/users');
    await expect.poll(() => panel.count()).toBe(0);
    await page.goForward();
    await panel.waitFor();
  });

  it('blocks sign-in from the details', async () => {
    const panel = await openUser('Megan', 'Megan Bowen');
    await panel.getByRole('button', { name: 'Block sign-in' }).click();
    const pane = flyout('Block sign-in');
    await pane.getByRole('checkbox', { name: 'Block this user from signing in' }).check();
    await lab.screenshot('user-pane-block-sign-in');
    await pane.getByRole('button', { name: 'Save changes' }).click();
    await pane.getByText(/Megan Bowen is blocked from signing in/).waitFor();
    await lab.screenshot('user-pane-block-sign-in-done');
    await pane.getByRole('button', { name: 'Close' }).last().click();
    await flyout('Megan Bowen').getByText('Sign-in blocked').waitFor();
    await flyout('Megan Bowen').getByRole('button', { name: 'Close' }).click();
    await grid().getByRole('row', { name: 'Megan Bowen' }).getByText('Sign-in blocked').waitFor();
  });

  it('resets a password and shows it once', async () => {
    const panel = await openUser('Megan', 'Megan Bowen');
    await panel.getByRole('button', { name: 'Reset password' }).click();
    const pane = flyout('Reset password');
    await pane.getByRole('checkbox', { name: 'Automatically create a password' }).uncheck();
    await pane.getByLabel(/^Password/).fill('contoso');
    await pane.getByText('Password strength: Weak').waitFor();
    await lab.screenshot('user-pane-reset-password');
    await pane.getByRole('checkbox', { name: 'Automatically create a password' }).check();
    await pane.getByRole('button', { name: 'Reset password' }).click();
    const done = flyout('Password has been reset');
    await done.getByRole('button', { name: 'Show' }).click();
    expect(await done.innerText()).toMatch(/Password: [A-Z][a-z]{2}\d{5}/);
    await lab.screenshot('user-pane-password-reset');
  });

  it('assigns a license from the Licenses and apps tab', async () => {
    const panel = await openUser('Debra', 'Debra Berger');
    await panel.getByRole('tab', { name: 'Licenses and apps' }).click();
    await panel.getByRole('checkbox', { name: 'Office 365 E3' }).check();
    await panel.getByRole('button', { name: 'Apps' }).click();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByText('Licenses and apps updated.').waitFor();
    await panel.getByText('0 of 13 licenses available').waitFor();
    await lab.screenshot('user-panel-licenses-assigned');
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await grid().getByRole('row', { name: 'Debra Berger' }).innerText()).toContain('Office 365 E3');
  });

  it('shows each pane of the details', async () => {
    const { page } = lab;
    const panes: readonly [string, string, string][] = [
      ['Manage roles', 'Manage admin roles', 'user-pane-manage-roles'],
      ['Manage username and email', 'Manage username and email', 'user-pane-username'],
      ['Manage contact information', 'Manage contact information', 'user-pane-contact-information'],
      ['Sign out of all sessions', 'Sign out of all sessions', 'user-pane-sign-out'],
      ['Delete user', 'Delete user', 'user-pane-delete'],
    ];
    for (const [action, title, name] of panes) {
      const panel = await openUser('Alex', 'Alex Wilber');
      await panel.getByRole('button', { name: action }).click();
      await flyout(title).waitFor();
      await lab.screenshot(name);
      if (title === 'Manage admin roles') {
        await flyout(title).getByRole('radio', { name: 'Admin center access', exact: true }).check();
        await lab.screenshot('user-pane-manage-roles-admin');
        expect(await axeViolations(page)).toEqual([]);
      }
    }
  });

  it('manages the licenses of a selection from the toolbar', async () => {
    const { page } = lab;
    await lab.goto('/admin/users');
    await grid().getByRole('checkbox', { name: 'Select Christie Cline' }).check();
    await grid().getByRole('checkbox', { name: 'Select Irvin Sayers' }).check();
    await page.getByText('2 selected').waitFor();
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Manage product licenses' }).waitFor();
    await lab.screenshot('users-toolbar-more');
    await page.getByRole('menuitem', { name: 'Manage product licenses' }).click();
    const pane = flyout('Manage product licenses');
    await pane.getByRole('checkbox', { name: 'Microsoft 365 E5' }).check();
    await lab.screenshot('users-pane-bulk-licenses');
    await pane.getByRole('button', { name: 'Save changes' }).click();
    await pane.getByRole('list', { name: 'Results' }).waitFor();
    await lab.screenshot('users-pane-bulk-licenses-done');
    expect(await pane.getByRole('list', { name: 'Results' }).innerText()).toContain('Irvin Sayers: Licenses updated');
  });

  it('ran without page errors', () => {
    expect(lab.problems).toEqual([]);
  });
});
