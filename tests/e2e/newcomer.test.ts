import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

/*
 * A newcomer at `/` in a fresh profile, in Chromium on the production build: the welcome says
 * what Tenant Lab is and leads to a scenario without an address typed; once dismissed it stays
 * dismissed; the strip, the app launcher and the header search all lead to the lab; and the demo
 * tenant keeps what the newcomer changes across a reload until they start over.
 */

const lab = labForFile(undefined, { newcomer: true });

const welcome = () => lab.page.getByRole('dialog', { name: 'Welcome to Tenant Lab' });
const strip = () => lab.page.getByRole('region', { name: 'Tenant Lab' });

describe('a newcomer at /', () => {
  it('is welcomed, and reaches a scenario’s task from the welcome without typing an address', async () => {
    const { page } = lab;
    await lab.goto('/');
    await welcome().waitFor();
    expect(await welcome().innerText()).toMatch(/practice sandbox[\s\S]*not Microsoft/);
    await lab.settle();
    expect(await seriousViolations(page, { include: ['[role="dialog"]'] })).toEqual([]);
    await lab.screenshot('newcomer-welcome');

    await welcome().getByRole('link', { name: 'Browse scenarios' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenario catalog' }).waitFor();
    await page.getByRole('article', { name: `"I can't sign in"` }).getByRole('button', { name: 'Start' }).click();
    await page.getByRole('complementary', { name: 'Task' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/lab\/attempts\/[^/]+/);
    // The way back to the lab from inside the attempt.
    expect(await strip().getByRole('link', { name: 'Scenarios & exams' }).getAttribute('href')).toBe('/lab');
  });

  it('is not welcomed again once the welcome was dismissed', async () => {
    const { page } = lab;
    await lab.goto('/admin/home');
    await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
    // Give a greeting, were one coming, the time to load.
    await page.waitForTimeout(500);
    expect(await welcome().count()).toBe(0);
  });

  it('finds the lab from the strip, the app launcher and the header search, each marked as the sandbox’s', async () => {
    const { page } = lab;
    await lab.goto('/admin/home');
    await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
    expect(await strip().getByRole('link', { name: 'Scenarios & exams' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'App launcher' }).click();
    const launcher = page.getByRole('menu');
    await launcher.getByRole('group', { name: 'Tenant Lab (practice sandbox)' }).waitFor();
    await lab.screenshot('newcomer-app-launcher');
    await launcher.getByRole('menuitem', { name: 'Practice exams' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exams' }).waitFor();

    await lab.goto('/admin/home');
    await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('scenario');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    const hits = page.getByRole('region', { name: 'Tenant Lab pages' });
    await hits.waitFor();
    expect(await seriousViolations(page, { include: ['main'] })).toEqual([]);
    await lab.screenshot('newcomer-search-lab');
    await hits.getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenario catalog' }).waitFor();
  });

  it('keeps a change to the demo tenant across a reload, until Start over', async () => {
    const { page } = lab;
    const grid = page.getByRole('grid', { name: 'Active users' });
    const megan = grid.getByRole('row', { name: 'Megan Bowen' });
    // The grid draws only the rows in view (it is windowed), so the learner searches, as in the real list.
    const search = page.getByRole('searchbox', { name: 'Search active users list' });
    await lab.goto('/admin/users');
    await search.fill('Megan');
    await grid.getByRole('link', { name: 'Megan Bowen' }).click();
    const details = page.getByRole('dialog', { name: 'Megan Bowen' });
    await details.getByRole('button', { name: 'Block sign-in' }).click();
    const pane = page.getByRole('dialog', { name: 'Block sign-in' });
    await pane.getByRole('checkbox', { name: 'Block this user from signing in' }).check();
    await pane.getByRole('button', { name: 'Save changes' }).click();
    await pane.getByText(/Megan Bowen is blocked from signing in/).waitFor();
    await pane.getByRole('button', { name: 'Close' }).last().click();
    await details.getByRole('button', { name: 'Close' }).click();
    await strip().getByText('All changes saved').waitFor();

    await page.reload();
    await search.fill('Megan');
    await megan.getByText('Sign-in blocked').waitFor();
    await lab.screenshot('newcomer-demo-kept');

    // The strip at its fullest (free play's controls as well as the sandbox's) stays one line at 1280 px.
    await page.setViewportSize({ width: 1280, height: 800 });
    const box = await strip().boundingBox();
    expect(box!.height).toBeLessThan(40); // one line is 30 px; a second would make it 50
    // …with "not Microsoft" whole, not cut short.
    const note = strip().getByText('Sandbox, not Microsoft');
    expect(await note.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await lab.screenshot('newcomer-strip-1280');
    await page.setViewportSize({ width: 1366, height: 860 });

    await strip().getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('alertdialog', { name: 'Start over?' }).getByRole('button', { name: 'Start over' }).click();
    await search.fill('Megan');
    await megan.waitFor();
    await expect.poll(() => megan.getByText('Sign-in blocked').count()).toBe(0);
    await page.reload();
    await search.fill('Megan');
    await megan.waitFor();
    expect(await megan.getByText('Sign-in blocked').count()).toBe(0);
    expect(lab.problems).toEqual([]);
  });
});
