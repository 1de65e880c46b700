import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { labForFile } from './lab-for-file';

/*
 * Sign-in security in Chromium: every Protection page, the sign-in logs and per-user MFA pass
 * axe; then a learner turns security defaults off, builds a policy in the editor and checks it
 * with What If, each state captured to screenshots/.
 */

const lab = labForFile();

async function check(name: string): Promise<void> {
  await lab.screenshot(name);
  expect(await seriousViolations(lab.page), name).toEqual([]);
}

const PAGES: readonly [string, string, string][] = [
  ['conditional-access-overview', '/entra/protection/conditional-access', 'Policy summary'],
  ['conditional-access-policies', '/entra/protection/conditional-access/policies', 'Policy name'],
  ['conditional-access-named-locations', '/entra/protection/conditional-access/named-locations', 'Named locations'],
  ['conditional-access-what-if', '/entra/protection/conditional-access/what-if', 'Cloud apps, actions, or authentication context'],
  ['authentication-methods', '/entra/protection/authentication-methods', 'Microsoft Authenticator'],
  ['password-reset', '/entra/protection/password-reset', 'Self service password reset enabled'],
  ['security-defaults', '/entra/overview/properties', 'Manage security defaults'],
  ['per-user-mfa', '/entra/per-user-mfa', 'Per-user MFA'],
  ['sign-in-logs', '/entra/monitoring/sign-in-logs', 'No sign-ins found.'],
];

describe('sign-in security pages in Chromium', () => {
  it.each(PAGES)('%s passes axe', async (name, path, landmark) => {
    await lab.goto(path);
    await lab.page.getByText(landmark).first().waitFor();
    await check(name);
  });

  it('turns security defaults off, builds a policy in the editor and checks it with What If', async () => {
    const { page } = lab;
    await lab.goto('/entra/overview/properties');
    await page.getByRole('button', { name: 'Manage security defaults' }).click();
    await page.getByRole('combobox', { name: 'Security defaults' }).click();
    await page.getByRole('option', { name: 'Disabled (not recommended)' }).click();
    await check('security-defaults-pane');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Security defaults are disabled.').waitFor();

    // The tenant lives in the page: move on by the portal's own navigation.
    const nav = page.getByRole('navigation', { name: 'Microsoft Entra admin center' });
    await nav.getByRole('button', { name: 'Protection' }).click();
    await nav.getByRole('link', { name: 'Conditional Access' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Policies' }).click();
    await page.getByRole('button', { name: 'New policy' }).click();
    await page.getByRole('textbox', { name: /Name/ }).fill('Block legacy authentication');
    const users = page.getByRole('region', { name: 'Users' });
    await users.getByRole('radio', { name: 'All users', exact: true }).check();
    const conditions = page.getByRole('region', { name: 'Conditions' });
    await conditions.getByRole('radiogroup', { name: 'Client apps' }).getByRole('radio', { name: 'Yes' }).check();
    await conditions.getByRole('checkbox', { name: 'Browser' }).uncheck();
    await conditions.getByRole('checkbox', { name: 'Mobile apps and desktop clients' }).uncheck();
    await page.getByRole('region', { name: 'Grant' }).getByRole('radio', { name: 'Block access' }).check();
    await page.getByRole('radio', { name: 'On', exact: true }).check();
    await check('conditional-access-editor');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText(/We also recommend excluding at least one administrator/).waitFor();
    await check('conditional-access-editor-lockout-warning');
    await page.getByRole('checkbox', { name: /I understand that my account will be impacted/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Successfully saved Block legacy authentication.').waitFor();

    await page.getByRole('toolbar', { name: 'Policies actions' }).getByRole('button', { name: 'What If' }).click();
    await page.getByRole('combobox', { name: /^User/ }).first().click();
    await page.getByRole('option', { name: /Alex Wilber/ }).click();
    await page.getByRole('combobox', { name: /^Cloud apps/ }).click();
    await page.getByRole('option', { name: 'Office 365 Exchange Online' }).click();
    await page.getByRole('combobox', { name: 'Client apps' }).click();
    await page.getByRole('option', { name: 'Exchange ActiveSync clients' }).click();
    await page.getByRole('main').getByRole('button', { name: 'What If', exact: true }).last().click();
    await page.getByText('Access blocked').waitFor();
    expect(await page.getByRole('table', { name: 'Policies that will apply' }).innerText()).toContain('Block legacy authentication');
    await check('conditional-access-what-if-result');
  });
});
