import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TASK_SCENARIO, HOSTILE_TASK_TITLE } from '../fixtures/hostile-scenarios';
import { seriousViolations } from './axe';
import { openLab, ROOT, type Lab } from './browser';
import { addPageModule, bundlePageModule } from './page-bundle';
import type * as PlayerPage from './player.page';

declare global {
  interface Window {
    TenantLabPlayer: typeof PlayerPage;
  }
}

/*
 * The player in Chromium on the production build, as a learner uses it: a scenario started from
 * the lab, done through the admin center's own wizard and flyout, checked, reloaded mid-way,
 * finished and submitted; the same scenario failed on purpose; hostile scenario text; a second
 * tab; and an exported attempt graded by the CLI exactly as the page graded it.
 */

const SCENARIO_FILE = join(ROOT, 'scenarios/users-and-groups/onboard-licensed-user.yaml');

let lab: Lab;
let bundle: string;
let downloads: string;
const alerts: string[] = [];

beforeAll(async () => {
  [lab, bundle] = await Promise.all([openLab(), bundlePageModule('tests/e2e/player.page.ts', 'TenantLabPlayer')]);
  downloads = mkdtempSync(join(tmpdir(), 'tenant-lab-downloads-'));
  lab.page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await lab?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

const pane = () => lab.page.getByRole('complementary', { name: 'Task' });
const strip = () => lab.page.getByRole('region', { name: 'Tenant Lab' });
const grid = () => lab.page.getByRole('grid', { name: 'Active users' });

interface Hire {
  readonly given: string;
  readonly surname: string;
  readonly alias: string;
  readonly title: string;
  readonly department: string;
  readonly country: string;
}

/** The new hire the attempt drew, read from the task text the pane shows. */
async function readHire(): Promise<Hire> {
  const task = pane().getByRole('region', { name: 'Your task' });
  const [given, surname] = (await task.locator('strong').first().innerText()).split(' ') as [string, string];
  const alias = (await task.locator('code').first().innerText()).replace('@contoso.com', '');
  const title = await task.locator('em').first().innerText();
  const text = await task.innerText();
  const department = /department (.+)$/m.exec(text)![1]!.trim();
  const country = /country with code (\w\w)/.exec(text)![1]!;
  return { given, surname, alias, title, department, country };
}

/** Starts the onboarding scenario from the lab's catalog and waits for the player. */
async function startOnboarding(): Promise<string> {
  const { page } = lab;
  await lab.goto('/lab');
  const card = page.getByRole('article').filter({ hasText: 'Onboard a new colleague with a license' });
  await card.getByRole('button', { name: /^Start/ }).click();
  await pane().waitFor();
  await page.getByRole('heading', { level: 1, name: 'Contoso' }).waitFor();
  return /\/lab\/attempts\/([^/]+)\//.exec(new URL(page.url()).pathname)![1]!;
}

async function openUsersLink(page: Page, link: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Microsoft 365 admin center' });
  const users = nav.getByRole('link', { name: link });
  if (!(await users.isVisible())) await nav.getByRole('button', { name: 'Users' }).click();
  await users.click();
}

/** The Add a user wizard, with the profile and usage location the task asks for and no license yet. */
async function addHireWithoutLicense(hire: Hire): Promise<void> {
  const { page } = lab;
  await openUsersLink(page, 'Active users');
  await grid().waitFor();
  await page.getByRole('toolbar', { name: 'Active users commands' }).getByRole('button', { name: 'Add a user' }).click();
  await page.getByRole('heading', { level: 2, name: 'Set up the basics' }).waitFor();
  await page.getByRole('textbox', { name: 'First name' }).fill(hire.given);
  await page.getByRole('textbox', { name: 'Last name' }).fill(hire.surname);
  await page.getByRole('textbox', { name: /^Username/ }).fill(hire.alias);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { level: 2, name: 'Assign product licenses' }).waitFor();
  await page.getByLabel('Select location').selectOption(hire.country);
  await page.getByRole('radio', { name: 'Create user without product license (not recommended)' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { level: 2, name: 'Optional settings' }).waitFor();
  await page.getByRole('button', { name: 'Profile info' }).click();
  await page.getByRole('textbox', { name: 'Job title' }).fill(hire.title);
  await page.getByRole('textbox', { name: 'Department' }).fill(hire.department);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { level: 2, name: 'Review and finish' }).waitFor();
  await page.getByRole('button', { name: 'Finish adding' }).click();
  await page.getByRole('heading', { level: 2, name: `${hire.given} ${hire.surname} added to active users` }).waitFor();
  await page.getByRole('button', { name: 'Close' }).click();
  await grid().waitFor();
}

/** Opens a user's details flyout from Active users. */
async function openUser(name: string): Promise<Locator> {
  const { page } = lab;
  await openUsersLink(page, 'Active users');
  await page.getByRole('searchbox', { name: 'Search active users list' }).fill(name);
  await grid().getByRole('link', { name }).click();
  const panel = page.getByRole('dialog', { name });
  await panel.waitFor();
  return panel;
}

async function checkMyWork(): Promise<string> {
  await pane().getByRole('button', { name: 'Check my work' }).click();
  const summary = pane().getByRole('status').filter({ hasText: 'points:' });
  await summary.waitFor();
  return summary.innerText();
}

async function submit(): Promise<void> {
  const { page } = lab;
  await pane().getByRole('button', { name: 'Submit' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Submit this attempt?' });
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Results: Onboard a new colleague with a license' }).waitFor();
}

describe('a practice attempt in Chromium', () => {
  let hire: Hire;
  let attemptId: string;

  it('opens the scenario from the lab with its task beside the admin center', async () => {
    attemptId = await startOnboarding();
    hire = await readHire();
    expect(new URL(lab.page.url()).pathname).toBe(`/lab/attempts/${attemptId}/admin/home`);
    expect(await pane().getByRole('heading', { level: 2 }).innerText()).toBe('Onboard a new colleague with a license');
    expect(await strip().getByText('All changes saved').isVisible()).toBe(true);
    expect(await seriousViolations(lab.page, { include: ['aside'] })).toEqual([]);
    await lab.screenshot('player-task-pane');
  });

  it('does part of the work through the Add a user wizard, and Check my work shows partial progress', async () => {
    await addHireWithoutLicense(hire);
    expect(new URL(lab.page.url()).pathname).toBe(`/lab/attempts/${attemptId}/admin/users`);
    expect(await checkMyWork()).toMatch(/^7 of 10 points: 6 of 7 checks pass\./);
    expect(await pane().getByRole('list', { name: 'Checks' }).innerText()).toContain(`${hire.given} has no Office 365 E3 license.`);
    expect(await pane().getByText('7 of 10 points', { exact: true }).isVisible()).toBe(true);
    expect(await seriousViolations(lab.page, { include: ['aside'] })).toEqual([]);
    await lab.screenshot('player-check-my-work');
  });

  it('reloads mid-way and resumes where it was, with nothing lost', async () => {
    const { page } = lab;
    await page.reload();
    await pane().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/lab/attempts/${attemptId}/admin/users`);
    await pane().getByText('7 of 10 points', { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill(`${hire.given} ${hire.surname}`);
    expect(await grid().getByRole('row', { name: `${hire.given} ${hire.surname}` }).innerText()).toContain(`${hire.alias}@contoso.com`);
  });

  it('reopening Tenant Lab at / comes back to the attempt', async () => {
    const { page } = lab;
    await lab.goto('/');
    await pane().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/lab/attempts/${attemptId}/admin/users`);
  });

  it('finishes in the user’s flyout, checks 100%, submits and sees the results', async () => {
    const { page } = lab;
    const panel = await openUser(`${hire.given} ${hire.surname}`);
    await panel.getByRole('tab', { name: 'Licenses and apps' }).click();
    await panel.getByRole('checkbox', { name: 'Office 365 E3' }).check();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByText('Licenses and apps updated.').waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await checkMyWork()).toMatch(/^10 of 10 points: 7 of 7 checks pass\./);

    await pane().getByRole('button', { name: 'Submit' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Submit this attempt?' });
    await dialog.waitFor();
    expect(await seriousViolations(page, { include: ['[role="alertdialog"]'] })).toEqual([]);
    await lab.screenshot('player-submit-dialog');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Results: Onboard a new colleague with a license' }).waitFor();
    expect(await page.getByText('100%', { exact: true }).isVisible()).toBe(true);
    const changed = page.getByRole('list', { name: 'What you changed' });
    await changed.waitFor();
    expect(await changed.getByRole('listitem').allInnerTexts()).toEqual([`${hire.given} ${hire.surname} added`, `${hire.given} ${hire.surname}: license Office 365 E3 assigned`]);
    expect(await page.getByRole('row', { name: /Manage users and groups/ }).innerText()).toContain('10 of 10');
    expect(await seriousViolations(page, { include: ['main'] })).toEqual([]);
    await lab.screenshot('player-results');
  });

  it('exports the attempt, and the CLI’s grade scores it identically', async () => {
    const { page } = lab;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export attempt' }).click()]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'tenant-lab/attempt', scenarioId: 'onboard-licensed-user' });
    const output = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), 'grade', SCENARIO_FILE, file], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toContain(': 10/10 points, 100%, complete');
  });

  it('after submitting, the tenant is read-only and says so', async () => {
    const { page } = lab;
    await page.getByRole('link', { name: 'Look around the tenant' }).click();
    await page.getByText('This attempt is submitted').waitFor();
    expect(await pane().getByRole('button', { name: 'Submit' }).isDisabled()).toBe(true);
  });
});

describe('the same scenario failed on purpose', () => {
  it('takes a colleague’s license to make room, and the results say other licenses changed', async () => {
    const { page } = lab;
    await startOnboarding();
    const panel = await openUser('Adele Vance');
    await panel.getByRole('tab', { name: 'Licenses and apps' }).click();
    await panel.getByRole('checkbox', { name: 'Office 365 E3' }).uncheck();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByText('Licenses and apps updated.').waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();

    await submit();
    expect(await page.getByText('0%', { exact: true }).isVisible()).toBe(true);
    const checks = await page.getByRole('list', { name: 'Checks' }).innerText();
    expect(checks).toContain('Other users’ licenses changed; only the new hire needed one.'.replace('’', "'"));
    expect(checks).toMatch(/There is no account with the username \w+@contoso\.com\./);
    expect(await page.getByRole('list', { name: 'What you changed' }).innerText()).toBe('Adele Vance: license Office 365 E3 removed');
    await lab.screenshot('player-results-failed');
  });
});

describe('hostile scenario content in Chromium', () => {
  it('renders the scenario’s text, variable values and user names as inert text', async () => {
    const { page } = lab;
    await lab.goto('/lab');
    await addPageModule(page, bundle, 'TenantLabPlayer');
    await page.evaluate((source) => window.TenantLabPlayer.importScenario('hostile-text', source), HOSTILE_TASK_SCENARIO);
    await page.reload();
    const card = page.getByRole('article').filter({ hasText: 'Rename the intruder' });
    expect(await card.getByRole('heading').innerText()).toBe(HOSTILE_TASK_TITLE);
    await card.getByRole('button', { name: /^Start/ }).click();
    await pane().waitFor();

    const task = pane();
    expect(await task.getByRole('heading', { level: 2 }).innerText()).toBe(HOSTILE_TASK_TITLE);
    expect(await task.getByRole('heading', { level: 3, name: "<script>alert('heading')</script>" }).isVisible()).toBe(true);
    expect(await task.locator('strong').first().innerText()).toBe("<img src=x onerror=alert('variable')>");
    await task.getByRole('button', { name: /Show a hint/ }).click();
    await task.getByText("<script>alert('hint')</script>").waitFor();
    await task.getByRole('button', { name: 'Check my work' }).click();
    await task.getByText("<img src=x onerror=alert('fail')>").waitFor();
    expect(await task.locator('img, script, b').count()).toBe(0);

    await openUsersLink(page, 'Active users');
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('intruder');
    await grid().getByRole('link', { name: "<img src=x onerror=alert('user')>" }).waitFor();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    await lab.screenshot('player-hostile');
    expect(alerts).toEqual([]);
  });
});

describe('a second tab on the same attempt in Chromium', () => {
  it('follows the first tab and says so, then takes over when the first closes', async () => {
    const first = lab.page;
    await startOnboarding();
    const address = first.url();
    const second = await lab.context.newPage();
    await second.goto(address);
    await second.getByText('Open in another tab').waitFor();
    expect(await second.getByRole('complementary', { name: 'Task' }).getByRole('button', { name: 'Submit' }).isDisabled()).toBe(true);
    await second.screenshot({ path: join(ROOT, 'screenshots/player-follower.png') });

    // The first tab changes the tenant; the second shows it.
    await first.getByRole('region', { name: 'Tenant Lab' }).getByRole('button', { name: /Fast-forward/ }).click();
    await first.getByRole('menuitem', { name: '1 day' }).click();
    await second.getByRole('region', { name: 'Tenant Lab' }).getByText('Tue, 3 Mar 2026, 09:00 UTC').waitFor();

    await first.goto(`${lab.baseUrl}/lab`);
    await second.getByText('Open in another tab').waitFor({ state: 'detached' });
    expect(await second.getByRole('complementary', { name: 'Task' }).getByRole('button', { name: 'Submit' }).isDisabled()).toBe(false);
    await second.close();
  });
});
