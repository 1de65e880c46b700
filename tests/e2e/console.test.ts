import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

const lab = labForFile();

const terminalText = () => lab.page.locator('.xterm-rows').innerText();

/** Types a line into the terminal as a learner would, and presses Enter. */
async function typeLine(line: string): Promise<void> {
  await lab.page.keyboard.type(line);
  await lab.page.keyboard.press('Enter');
}

async function waitForText(text: string, timeout = 20_000): Promise<void> {
  await expect.poll(terminalText, { timeout }).toContain(text);
}

const TITLES_CSV = ['UserPrincipalName,JobTitle', 'AdeleV@contoso.com,Store Director', 'MeganB@contoso.com,Brand Director', 'AlexW@contoso.com,<img src=x onerror="window.pwned=1">'].join('\n');

describe('The console in Chromium', () => {
  it('opens from the top bar like Cloud Shell and loads the terminal only then', async () => {
    const { page } = lab;
    await lab.goto('/admin/users');
    await page.getByRole('grid', { name: 'Active users' }).waitFor();
    expect(await page.locator('.xterm').count()).toBe(0);
    await page.getByRole('button', { name: 'Cloud Shell', exact: true }).click();
    await page.getByRole('region', { name: 'Cloud Shell' }).locator('.xterm').waitFor();
    await waitForText('PS /home/admin>');
    expect(await seriousViolations(page, { include: ['[aria-label="Cloud Shell"] > div:first-child'] })).toEqual([]);
    await lab.screenshot('console-open');
  });

  it('runs a bulk script over an uploaded CSV file, and Active users shows the change', async () => {
    const { page } = lab;
    await page.getByLabel('Upload files').setInputFiles({ name: 'titles.csv', mimeType: 'text/csv', buffer: Buffer.from(TITLES_CSV) });
    await page.getByRole('status').filter({ hasText: 'Uploaded titles.csv' }).waitFor();
    await page.locator('.xterm-helper-textarea').focus();
    await typeLine('Connect-MgGraph -Scopes User.ReadWrite.All');
    await waitForText('Welcome to Microsoft Graph!');
    await typeLine('$rows = Import-Csv ./titles.csv');
    await typeLine('foreach ($row in $rows) {');
    await waitForText('>>');
    await typeLine('  Update-MgUser -UserId $row.UserPrincipalName -JobTitle $row.JobTitle');
    await typeLine('  Write-Host "Updated $($row.UserPrincipalName)"');
    await typeLine('}');
    await typeLine('');
    await waitForText('Updated AlexW@contoso.com');
    await typeLine('Get-MgUser -UserId AdeleV@contoso.com -Property DisplayName,JobTitle | Format-List DisplayName, JobTitle');
    await waitForText('Store Director');
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('[aria-label="Cloud Shell"] img').count()).toBe(0);
    await lab.screenshot('console-bulk-script');

    await page.getByRole('button', { name: 'Close Cloud Shell' }).click();
    await page.getByRole('button', { name: 'Choose columns' }).click();
    const columns = page.getByRole('dialog', { name: 'Choose columns' });
    await columns.getByRole('checkbox', { name: 'Job title' }).check();
    await columns.getByRole('button', { name: 'Save' }).click();
    const grid = page.getByRole('grid', { name: 'Active users' });
    await grid.getByRole('columnheader', { name: 'Job title' }).waitFor();
    await expect.poll(() => grid.getByRole('row', { name: 'Adele Vance' }).innerText()).toContain('Store Director');
    // The grid draws only the rows in view (it is windowed): Megan is found by searching, as a learner would.
    await page.getByRole('searchbox', { name: 'Search active users list' }).fill('Megan');
    expect(await grid.getByRole('row', { name: 'Megan Bowen' }).innerText()).toContain('Brand Director');
    await lab.screenshot('console-active-users-after');
  });

  it('stops a runaway loop with a clear message while the page stays responsive', async () => {
    const { page } = lab;
    await page.getByRole('button', { name: 'Cloud Shell', exact: true }).click();
    await page.locator('.xterm-helper-textarea').focus();
    await typeLine('while ($true) { }');
    // The page answers while the loop still runs: the script gives the thread back between slices.
    expect(await page.evaluate(() => window.tenantLabConsole?.running)).toBe(true);
    await waitForText('it looks like a loop that never ends', 60_000);
    await typeLine('Connect-MsolService');
    await waitForText('MSOnline PowerShell module is retired');
    await lab.screenshot('console-runaway-and-retired');
    expect(lab.problems).toEqual([]);
  });
});
