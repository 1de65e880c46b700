import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

/*
 * The task pane and the portal share the screen: a user's details flyout opens inside the
 * portal's column, beside the task pane, so the learner reads the task while editing the user.
 */

const lab = labForFile();

describe('a flyout beside the task pane', () => {
  it('opens within the portal’s column, leaving the task pane in view', async () => {
    const { page } = lab;
    await lab.goto('/lab');
    await page.getByRole('article', { name: `"I can't sign in"` }).getByRole('button', { name: 'Start' }).click();
    const pane = page.locator('aside[aria-label="Task"]');
    await pane.waitFor();
    const nav = page.getByRole('navigation', { name: 'Microsoft 365 admin center' });
    if (!(await nav.getByRole('link', { name: 'Active users' }).isVisible())) await nav.getByRole('button', { name: 'Users' }).click();
    await nav.getByRole('link', { name: 'Active users' }).click();
    await page.getByRole('grid', { name: 'Active users' }).getByRole('link', { name: 'Brian Johnson' }).click();
    const flyout = page.getByRole('dialog', { name: 'Brian Johnson' });
    await flyout.waitFor();
    await lab.settle();

    const flyoutBox = (await flyout.boundingBox())!;
    const paneBox = (await pane.boundingBox())!;
    expect(flyoutBox.width).toBeGreaterThan(300);
    expect(flyoutBox.x + flyoutBox.width).toBeLessThanOrEqual(paneBox.x + 1);
    expect(paneBox.width).toBeGreaterThan(250);
    // The task's text is on screen, not under the flyout.
    // By id: a modal flyout hides the rest of the page from the accessibility tree, not from view.
    const task = pane.locator('#lab-task-heading');
    const taskBox = (await task.boundingBox())!;
    expect(taskBox.x).toBeGreaterThanOrEqual(flyoutBox.x + flyoutBox.width - 1);
    expect(await seriousViolations(page, { include: ['[role="dialog"]'] })).toEqual([]);
    await lab.screenshot('task-pane-beside-flyout');

    // A pane opened from the flyout stays in the column too, and a menu inside it lands by its button.
    await flyout.getByRole('button', { name: 'Unblock sign-in' }).click();
    const block = page.getByRole('dialog', { name: 'Unblock sign-in' });
    await block.waitFor();
    const blockBox = (await block.boundingBox())!;
    expect(blockBox.x + blockBox.width).toBeLessThanOrEqual(paneBox.x + 1);
    await lab.screenshot('task-pane-beside-pane');
    expect(lab.problems).toEqual([]);
  });
});

describe('a user with a very long name', () => {
  it('wraps the name in the details flyout, keeping the flyout’s content and Close in view', async () => {
    const { page } = lab;
    const long = `Ada${'Lovelace'.repeat(31)}`; // 251 characters, no space to break at
    await lab.goto('/admin/users/add');
    await page.getByRole('heading', { level: 2, name: 'Set up the basics' }).waitFor();
    await page.getByRole('textbox', { name: /^Display name/ }).fill(long);
    await page.getByRole('textbox', { name: /^Username/ }).fill('ada.long');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /Create user without product license/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'Optional settings' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Finish adding' }).click();
    await page.getByRole('heading', { level: 2, name: `${long} added to active users` }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('ada.long');
    await page.getByRole('grid', { name: 'Active users' }).getByRole('link', { name: long }).click();
    const flyout = page.getByRole('dialog', { name: long });
    await flyout.waitFor();
    await lab.settle();
    const flyoutBox = (await flyout.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(flyoutBox.x + flyoutBox.width).toBeLessThanOrEqual(viewport.width + 1);
    const close = (await flyout.getByRole('button', { name: 'Close' }).first().boundingBox())!;
    expect(close.x + close.width).toBeLessThanOrEqual(flyoutBox.x + flyoutBox.width + 1);
    const title = (await flyout.getByText(long).first().boundingBox())!;
    expect(title.x + title.width).toBeLessThanOrEqual(flyoutBox.x + flyoutBox.width + 1);
    await lab.screenshot('user-flyout-long-name');
  });
});
