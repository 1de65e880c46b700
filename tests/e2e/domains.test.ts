import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

/*
 * The domains story in Chromium, as a learner lives it: add fabrikam.com, fail to verify, open
 * the DNS host and publish the TXT record, verify, publish the Exchange records with the MX
 * mistyped, see the red "!", fix it, finish, and make fabrikam.com the default. Every wizard
 * step, the DNS host and the domain's tabs are checked with axe and captured to screenshots/.
 *
 * The tenant lives in the page, so the story moves only by the app's own links and buttons.
 */

const lab = labForFile();

/** Screenshot and axe for one state of a page, the portal's frame and the DNS host's included. */
async function check(name: string): Promise<void> {
  await lab.screenshot(name);
  expect(await seriousViolations(lab.page), name).toEqual([]);
}

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true }).waitFor();

/** At the DNS host's zone page: Add record with the given type and fields (by label), then Save. */
async function addRecord(page: Page, type: string, fields: Record<string, string>) {
  await page.getByRole('button', { name: 'Add record' }).click();
  const form = page.getByRole('form', { name: 'Add record' });
  await form.getByRole('combobox', { name: 'Type' }).selectOption(type);
  for (const [label, value] of Object.entries(fields)) await form.getByRole('textbox', { name: label, exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`${type} record added to fabrikam.com.`).waitFor();
}

async function backToAdminCenter(page: Page) {
  await page.getByRole('link', { name: '← Back to the Microsoft 365 admin center' }).click();
}

describe('a learner brings fabrikam.com into Contoso, in Chromium', () => {
  it('adds, verifies at the DNS host, sets up Exchange, fixes a wrong MX and makes the domain default', async () => {
    const { page } = lab;
    await lab.goto('/admin/settings/domains');
    await page.getByRole('table', { name: 'Domains' }).waitFor();
    await check('domains-list');

    // Add a domain.
    await page.getByRole('button', { name: 'Add domain' }).click();
    await stepHeading(page, 'Add a domain');
    await page.getByRole('textbox', { name: 'Domain name' }).fill('fabrikam.com');
    await check('domains-wizard-1-add-a-domain');
    await page.getByRole('button', { name: 'Use this domain' }).click();

    await stepHeading(page, 'Verify you own your domain');
    await check('domains-wizard-2-verify-you-own');
    await page.getByRole('button', { name: 'Continue' }).click();

    await stepHeading(page, 'Add a record to verify ownership');
    const txtValue = await page.getByRole('table', { name: 'TXT record to add' }).getByRole('row').nth(1).getByRole('cell').nth(1).innerText();
    expect(txtValue).toMatch(/^MS=ms\d{8}$/);
    await check('domains-wizard-3-add-a-record');

    // Verify before the record exists.
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(/^Domain verification failed with the following error/).waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await check('domains-wizard-3-verify-failed');

    // The DNS host, in the same tab.
    await page.getByRole('link', { name: 'Open your DNS host' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage DNS: fabrikam.com' }).waitFor();
    expect(await page.title()).toBe('fabrikam.com - DNS host - Tenant Lab');
    await check('dns-host-zone-empty');
    await page.getByRole('button', { name: 'Add record' }).click();
    await page.getByRole('form', { name: 'Add record' }).getByRole('textbox', { name: 'Value' }).fill(txtValue);
    await check('dns-host-add-record');
    await page.getByRole('form', { name: 'Add record' }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('TXT record added to fabrikam.com.').waitFor();
    await check('dns-host-zone-with-txt');

    // Back to the same step; Try again.
    await backToAdminCenter(page);
    await stepHeading(page, 'Add a record to verify ownership');
    await page.getByRole('button', { name: 'Verify' }).click();

    await stepHeading(page, 'How do you want to connect to your domain?');
    await page.getByRole('button', { name: 'More Options' }).click();
    await check('domains-wizard-4-connect');
    await page.getByRole('radio', { name: "I'll add the DNS records myself" }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await stepHeading(page, 'Add DNS records');
    for (const group of ['MX Records (1)', 'CNAME Records (1)', 'TXT Records (1)']) await page.getByRole('button', { name: group }).click();
    await check('domains-wizard-5-add-dns-records');

    // The Exchange records at the DNS host, with the MX host mistyped.
    await page.getByRole('link', { name: 'Open your DNS host' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage DNS: fabrikam.com' }).waitFor();
    await addRecord(page, 'MX', { 'Points to': 'fabrikam.com.mail.protection.outlook.com', Priority: '0' });
    await addRecord(page, 'CNAME', { Host: 'autodiscover', 'Points to': 'autodiscover.outlook.com' });
    await addRecord(page, 'TXT', { Value: 'v=spf1 include:spf.protection.outlook.com -all' });
    await check('dns-host-zone-exchange-records');
    await backToAdminCenter(page);

    await stepHeading(page, 'Add DNS records');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Some DNS records are missing or incorrect.').waitFor();
    expect(await page.getByRole('button', { name: /^MX Records \(1\)/ }).innerText()).toContain('MX Records (1)');
    expect(await page.getByRole('button', { name: /^MX Records \(1\)/ }).textContent()).toContain('Needs attention');
    expect(await page.getByRole('button', { name: /^CNAME Records \(1\)/ }).textContent()).toContain('OK');
    await check('domains-wizard-5-records-wrong');

    // Fix the MX at the DNS host.
    await page.getByRole('link', { name: 'Open your DNS host' }).click();
    await page.getByRole('button', { name: 'Edit MX record @ fabrikam.com.mail.protection.outlook.com' }).click();
    await page.getByRole('form', { name: 'Edit record' }).getByRole('textbox', { name: 'Points to' }).fill('fabrikam-com.mail.protection.outlook.com');
    await check('dns-host-edit-record');
    await page.getByRole('form', { name: 'Edit record' }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('MX record updated.').waitFor();
    await backToAdminCenter(page);

    await stepHeading(page, 'Add DNS records');
    await page.getByRole('button', { name: 'Continue' }).click();
    await stepHeading(page, 'Domain setup is complete');
    await check('domains-wizard-6-complete');
    await page.getByRole('button', { name: 'Done' }).click();

    // Healthy, then default.
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'fabrikam.com', exact: true }) });
    await row.waitFor();
    expect(await row.innerText()).toContain('Healthy');
    await row.getByRole('button', { name: 'More actions for fabrikam.com' }).click();
    await page.getByRole('menuitem', { name: 'Set as default' }).click();
    await page.getByText(/^fabrikam\.com is now your default domain\./).waitFor();
    expect(await row.innerText()).toContain('fabrikam.com (Default)');
    await check('domains-list-fabrikam-default');

    // The domain's tabs.
    await row.getByRole('link', { name: 'fabrikam.com', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'fabrikam.com' }).waitFor();
    await check('domains-details-overview');
    await page.getByRole('tab', { name: 'DNS records' }).click();
    expect(await page.getByRole('table', { name: 'Microsoft 365 records' }).innerText()).not.toMatch(/Missing|Wrong value/);
    for (const [tab, name] of [
      ['DNS records', 'domains-details-dns-records'],
      ['Users', 'domains-details-users'],
      ['Teams & groups', 'domains-details-teams-groups'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel', { name: tab }).waitFor();
      await check(name);
    }
    expect(lab.problems).toEqual([]);
  });

  it('shows the removal’s blocking reasons for contoso.com and the zones at the DNS host', async () => {
    const { page } = lab;
    // The onmicrosoft.com domain becomes the default, so only contoso.com's users and groups stand in the way.
    await lab.goto('/admin/settings/domains');
    const initial = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'contoso.onmicrosoft.com', exact: true }) });
    await initial.getByRole('button', { name: 'More actions for contoso.onmicrosoft.com' }).click();
    await page.getByRole('menuitem', { name: 'Set as default' }).click();
    await page.getByText(/^contoso\.onmicrosoft\.com is now your default domain\./).waitFor();

    await page.getByRole('link', { name: 'contoso.com', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'contoso.com' }).waitFor();
    await page.getByRole('button', { name: 'Remove domain' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove contoso.com?' });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    const reasons = dialog.getByRole('list', { name: 'What still uses contoso.com' });
    await reasons.waitFor();
    expect(await reasons.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Users: 24 \(.+ and 21 more\) Change their domains$/),
      expect.stringMatching(/^Groups: 3 \(.+\) Change their email addresses$/),
    ]);
    await check('domains-remove-blocked');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('region', { name: 'Tenant Lab' }).getByRole('link', { name: 'DNS host' }).click();
    await page.getByRole('heading', { level: 1, name: 'DNS management' }).waitFor();
    await check('dns-host-zones');
    await page.getByRole('link', { name: 'contoso.com' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage DNS: contoso.com' }).waitFor();
    await check('dns-host-zone-contoso');
    expect(lab.problems).toEqual([]);
  });

  it('adds and verifies a domain in Entra’s Domain names', async () => {
    const { page } = lab;
    await lab.goto('/entra/domains');
    await page.getByRole('table', { name: 'Custom domain names' }).waitFor();
    await check('entra-domains-list');
    await page.getByRole('button', { name: 'Add custom domain' }).click();
    const pane = page.getByRole('dialog', { name: 'Custom domain name' });
    await pane.getByRole('textbox', { name: 'Custom domain name' }).fill('northwind.com');
    await check('entra-domains-add-pane');
    await pane.getByRole('button', { name: 'Add domain' }).click();
    await page.getByRole('heading', { level: 1, name: 'northwind.com' }).waitFor();
    await check('entra-domain-unverified');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Verification failed').waitFor();
    await check('entra-domain-verify-failed');
    expect(lab.problems).toEqual([]);
  });
});
