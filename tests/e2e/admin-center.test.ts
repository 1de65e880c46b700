import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labForFile } from './lab-for-file';

const lab = labForFile();

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe('the admin center in Chromium', () => {
  it("opens on Home with Contoso's figures", async () => {
    const { page } = lab;
    await lab.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/home');
    expect(await page.title()).toBe('Home - Microsoft 365 admin center');
    const activeUsers = page.getByRole('region', { name: 'Active users' });
    expect(await activeUsers.innerText()).toMatch(/^25\s+active users/m);
    const licenses = page.getByRole('region', { name: 'Licenses' });
    expect(await licenses.innerText()).toContain('8 assigned, 2 available of 10');
    await lab.screenshot('e2e-home');
  });

  it('goes to Active users through the nav and back with the browser', async () => {
    const { page } = lab;
    await lab.goto('/admin/home');
    const nav = page.getByRole('navigation', { name: 'Microsoft 365 admin center' });
    await nav.getByRole('button', { name: 'Users' }).click();
    await nav.getByRole('link', { name: 'Active users' }).click();
    const grid = page.getByRole('grid', { name: 'Active users' });
    await grid.waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    expect(await grid.getAttribute('aria-rowcount')).toBe('26');
    expect(await page.title()).toBe('Active users - Microsoft 365 admin center');
    await lab.screenshot('e2e-active-users');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/home');
    await page.goForward();
    await grid.waitFor();
  });

  it('fast-forwards the simulated clock from the lab strip with the keyboard', async () => {
    const { page } = lab;
    await lab.goto('/admin/home');
    await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
    const strip = page.getByRole('region', { name: 'Tenant Lab' });
    expect(await strip.locator('time').innerText()).toBe('Mon, 2 Mar 2026, 09:00 UTC');
    await strip.getByRole('button', { name: /Fast-forward/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: '1 hour' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('1 hour');
    await lab.screenshot('e2e-fast-forward-menu');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => strip.locator('time').innerText()).toBe('Mon, 9 Mar 2026, 09:00 UTC');
    expect(await strip.getByRole('status').innerText()).toBe('Fast-forwarded 7 days. Simulated time is now Mon, 9 Mar 2026, 09:00 UTC.');
  });

  it('switches the signed-in admin from the account manager', async () => {
    const { page } = lab;
    await lab.goto('/admin/home');
    await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
    await page.getByRole('button', { name: 'Account manager for MOD Administrator' }).click();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitemradio', { name: /Nestor Wilke/ }).waitFor();
    await lab.screenshot('e2e-account-menu');
    await menu.getByRole('menuitemradio', { name: /Nestor Wilke/ }).click();
    const account = page.getByRole('button', { name: 'Account manager for Nestor Wilke' });
    await account.waitFor();
    expect(await account.innerText()).toBe('NW');
  });

  it('reaches the skip link, the nav toggle and the nav from the keyboard, with visible focus', async () => {
    const { page } = lab;
    await lab.goto('/admin/users');
    await page.getByRole('grid', { name: 'Active users' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect.poll(() => isFocused(skip)).toBe(true);
    expect(await skip.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page.getByRole('main'))).toBe(true);

    const nav = page.getByRole('navigation', { name: 'Microsoft 365 admin center' });
    const toggle = nav.locator('button[aria-controls]').first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-label')).toBe('Expand navigation menu');
    expect((await nav.boundingBox())?.width).toBeLessThan(60);
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(nav.getByRole('link', { name: 'Home' }))).toBe(true);
    const outline = await nav.getByRole('link', { name: 'Home' }).evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await lab.screenshot('e2e-nav-collapsed');
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(nav.getByRole('button', { name: 'Users' }))).toBe(true);
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Active users' }).waitFor();
    expect((await nav.boundingBox())?.width).toBeGreaterThan(200);
  });

  it('opens the Entra admin center from Admin centers > Identity', async () => {
    const { page } = lab;
    await lab.goto('/admin/home');
    const nav = page.getByRole('navigation', { name: 'Microsoft 365 admin center' });
    await nav.getByRole('button', { name: 'Admin centers' }).click();
    await nav.getByRole('link', { name: 'Identity' }).click();
    const entraNav = page.getByRole('navigation', { name: 'Microsoft Entra admin center' });
    await entraNav.waitFor();
    await entraNav.getByRole('button', { name: 'Entra ID' }).click();
    await entraNav.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('table', { name: 'All users' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/entra/users');
    expect(await page.title()).toBe('Users - Microsoft Entra admin center');
    await lab.screenshot('e2e-entra-users');
  });

  it('ran without page errors', () => {
    expect(lab.problems).toEqual([]);
  });
});
