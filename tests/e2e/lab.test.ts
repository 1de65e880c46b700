import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOSTILE_SCENARIO, HOSTILE_TITLE } from '../fixtures/hostile-scenarios';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

/*
 * The learner's lab in Chromium on the production build: the catalog into a practice attempt and
 * out to the history; an exam whose clock runs out while the learner is in a question; a scenario
 * file with a mistake, shown where it is; a scenario full of markup, shown as text. Every page is
 * checked with axe and captured to screenshots/.
 */

/** A drill an instructor might write: one scenario, twenty seconds. */
const DRILL = `schemaVersion: 1
id: twenty-second-drill
title: Twenty-second drill
timeLimitSeconds: 20
scenarios:
  - blocked-sign-in
`;

const alerts: string[] = [];
const lab = labForFile((opened) => {
  opened.page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
});

/**
 * Axe on the page's main content, or another part of it, once animations end: colours read
 * mid-transition (a card's button fading in) fail as contrast.
 */
async function axeViolations(page: Page, selector = 'main'): Promise<string[]> {
  await lab.settle();
  return seriousViolations(page, { include: [selector] });
}

const pane = () => lab.page.getByRole('complementary', { name: 'Task' });

async function openCatalog(): Promise<void> {
  await lab.goto('/lab');
  await lab.page.getByRole('heading', { level: 1, name: 'Scenario catalog' }).waitFor();
  await lab.page.getByRole('article').first().waitFor();
}

async function upload(label: string, name: string, text: string): Promise<void> {
  await lab.page.getByLabel(label, { exact: true }).setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
}

describe('the lab in Chromium', () => {
  it('goes from the catalog through a practice attempt to the history', async () => {
    const { page } = lab;
    await openCatalog();
    expect(await page.title()).toBe('Catalog - Tenant Lab');
    expect(await axeViolations(page)).toEqual([]);
    await lab.screenshot('lab-catalog');

    const card = page.getByRole('article', { name: `"I can't sign in"` });
    await card.getByRole('button', { name: 'Start' }).click();
    await pane().waitFor();
    // Brian's account is blocked; the fix is to let him sign in again, nothing more.
    const nav = page.getByRole('navigation', { name: 'Microsoft 365 admin center' });
    if (!(await nav.getByRole('link', { name: 'Active users' }).isVisible())) await nav.getByRole('button', { name: 'Users' }).click();
    await nav.getByRole('link', { name: 'Active users' }).click();
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('Brian Johnson');
    await page.getByRole('grid', { name: 'Active users' }).getByRole('link', { name: 'Brian Johnson' }).click();
    const panel = page.getByRole('dialog', { name: 'Brian Johnson' });
    await panel.getByRole('button', { name: 'Unblock sign-in' }).click();
    await page.getByRole('checkbox', { name: 'Block this user from signing in' }).uncheck();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/can sign in again/).waitFor();
    // Back from the pane to Brian's details, then the details closed: the task pane is reachable again.
    await page.getByRole('button', { name: 'Close', exact: true }).last().click();
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'hidden' });
    await pane().getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('alertdialog', { name: 'Submit this attempt?' }).getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { level: 1, name: `Results: "I can't sign in"` }).waitFor();

    await lab.goto('/lab/history');
    const attempts = page.getByRole('table', { name: 'Your attempts, newest first' });
    const row = attempts.getByRole('row', { name: /I can't sign in/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Practice[\s\S]*100%[\s\S]*Submitted/);
    expect(await page.getByRole('img', { name: /Scores over time/ }).locator('circle').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Weakest skill areas' }).innerText()).toContain('Manage users and groups');
    expect(await axeViolations(page)).toEqual([]);
    await lab.screenshot('lab-history');

    await row.getByRole('button', { name: /^Delete/ }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this attempt?' });
    await confirm.waitFor();
    expect(await axeViolations(page, '[role="alertdialog"]')).toEqual([]);
    await lab.screenshot('lab-history-delete');
    await confirm.getByRole('button', { name: 'Cancel' }).click();

    await openCatalog();
    const passed = page.getByRole('article', { name: `"I can't sign in"` });
    expect(await passed.innerText()).toMatch(/Passed[\s\S]*Best score 100%/);
  });

  it('ends an exam when its time runs out, while the learner is in a question, and shows the score report', async () => {
    const { page } = lab;
    await lab.goto('/lab/exam');
    await page.getByRole('heading', { level: 1, name: 'Exams' }).waitFor();
    await page.getByRole('article').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await lab.screenshot('lab-exams');
    await page.getByRole('heading', { name: 'Draw an exam by skill area' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await lab.screenshot('lab-exams-draw');

    await upload('Choose an exam file', 'drill.yaml', DRILL);
    const card = page.getByRole('article', { name: 'Twenty-second drill' });
    await card.getByRole('button', { name: 'Start exam: Twenty-second drill' }).click();
    const start = page.getByRole('alertdialog', { name: 'Start Twenty-second drill?' });
    await start.waitFor();
    expect(await axeViolations(page, '[role="alertdialog"]')).toEqual([]);
    await start.getByRole('button', { name: 'Start the clock' }).click();

    await page.getByRole('heading', { level: 1, name: 'Twenty-second drill' }).waitFor();
    const timer = page.getByRole('timer');
    expect(await timer.getAttribute('aria-label')).toMatch(/^Time left: (20|1\d) seconds$/);
    expect(await axeViolations(page)).toEqual([]);
    await lab.screenshot('lab-exam-running');

    await page.getByRole('link', { name: `Open 1. "I can't sign in"` }).click();
    await pane().waitFor();
    const stripTimer = page.getByRole('region', { name: 'Tenant Lab' }).getByRole('timer');
    expect(await stripTimer.innerText()).toMatch(/^Exam time left 0:\d\d$/);
    expect(await pane().getByRole('button', { name: 'Check my work' }).count()).toBe(0);
    await lab.screenshot('lab-exam-question');

    // Nobody clicks anything: the clock ends the attempt and opens the report.
    await page.getByRole('heading', { name: 'Score report' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toMatch(/^\/lab\/exam\/[0-9a-f-]{36}$/);
    expect(await page.getByText('(time ran out)').isVisible()).toBe(true);
    expect(await page.getByLabel(/^Your score: \d+ out of 1000$/).isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Each scenario’s result' }).innerText()).toContain(`"I can't sign in"`);
    expect(await axeViolations(page)).toEqual([]);
    await lab.screenshot('lab-exam-report');

    await lab.goto('/lab/history');
    const row = page.getByRole('table', { name: 'Your attempts, newest first' }).getByRole('row').filter({ hasText: 'Exam' });
    expect(await row.innerText()).toContain('Submitted');
  });

  it('shows a scenario file’s mistake where it is, and imports nothing', async () => {
    const { page } = lab;
    await lab.goto('/lab/files');
    await page.getByRole('heading', { level: 1, name: 'Files' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await lab.screenshot('lab-files');

    const broken = HOSTILE_SCENARIO.replace('difficulty: beginner', 'dificulty: beginner');
    await upload('Choose a scenario file', 'broken.yaml', broken);
    const problems = page.getByRole('list', { name: 'Problems in broken.yaml' });
    await problems.waitFor();
    const text = await problems.innerText();
    expect(text).toContain('broken.yaml:6:1');
    expect(text).toContain("unknown key 'dificulty'; did you mean 'difficulty'?");
    expect(await problems.getByLabel('Line 6, column 1').innerText()).toBe('6 | dificulty: beginner\n  | ^');
    expect(await page.getByRole('table', { name: 'Imported scenarios' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await lab.screenshot('lab-files-import-error');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all progress' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tenant-lab-progress-\d{4}-\d{2}-\d{2}\.json$/);
    await page.getByText(`Saved ${download.suggestedFilename()}`).waitFor();
    await page.getByRole('heading', { name: 'Export an attempt' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    expect(await axeViolations(page)).toEqual([]);
    await lab.screenshot('lab-files-progress');
  });

  it('shows a scenario full of markup and script as text', async () => {
    const { page } = lab;
    await upload('Choose a scenario file', 'hostile.yaml', HOSTILE_SCENARIO);
    await page.getByText(`Imported ${HOSTILE_TITLE}`).waitFor();
    await lab.screenshot('lab-files-imported');

    await lab.goto('/lab?q=hostile');
    const card = page.getByRole('article', { name: HOSTILE_TITLE });
    await card.waitFor();
    expect(await card.innerText()).toContain(`<script>window.__pwned='summary'</script>`);
    expect(await page.locator('main img, main script, main iframe, main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await lab.screenshot('lab-catalog-hostile');
    expect(alerts).toEqual([]);
    expect(lab.problems).toEqual([]);
  });
});
