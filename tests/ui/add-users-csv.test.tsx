// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findUserByUserPrincipalName, skuByPartNumber, USER_CSV_HEADER } from '../../src/tenant';
import type { TenantStore } from '../../src/session/tenant-store';
import { renderApp } from './render-app';

const E5 = skuByPartNumber('SPE_E5')!;
const HEADER = USER_CSV_HEADER.join(',');

/** A row of the template: user name and display name, the other 14 columns empty unless given. */
function row(userName: string, displayName: string, rest: Partial<Record<(typeof USER_CSV_HEADER)[number], string>> = {}): string {
  return USER_CSV_HEADER.map((column) => (column === 'User Name' ? userName : column === 'Display Name' ? displayName : (rest[column] ?? ''))).join(',');
}

function csvFile(lines: readonly string[], name = 'new-hires.csv'): File {
  return new File([lines.join('\r\n') + '\r\n'], name, { type: 'text/csv' });
}

function decoded(link: HTMLElement): string {
  const href = link.getAttribute('href')!;
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
}

async function openPage(store?: TenantStore) {
  const view = renderApp('/admin/users/add-multiple', store);
  await screen.findByRole('heading', { level: 2, name: 'Add list of users' });
  return view;
}

async function upload(user: ReturnType<typeof renderApp>['user'], file: File) {
  await user.upload(screen.getByLabelText('CSV file with user information'), file);
  await screen.findByText(new RegExp(`^${file.name.replace('.', '\\.')} (is ready|has problems)`));
}

describe('Add multiple users: Add list of users', () => {
  it('offers the template with its headers only, and with sample users on the default domain', async () => {
    await openPage();
    expect(screen.getByRole('radio', { name: "I'd like to upload a CSV with user information" })).toBeChecked();
    expect(decoded(screen.getByRole('link', { name: 'Download a CSV file with headers only' }))).toBe(`${HEADER}\r\n`);
    const sample = decoded(screen.getByRole('link', { name: 'Download a CSV file with headers and sample user information' })).split('\r\n');
    expect(sample[0]).toBe(HEADER);
    expect(sample[1]).toMatch(/^avery\.lind@contoso\.com,Avery,Lind,Avery Lind,/);
  });

  it('asks for a file before going on', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Upload a CSV file with user information to continue.');
  });

  it('lists each bad row by its line and lets the learner go on with the valid rows only', async () => {
    const { user } = await openPage();
    await upload(
      user,
      csvFile([HEADER, row('ada@contoso.com', 'Ada Lovelace'), row('MeganB@contoso.com', 'Megan Again'), row('grace@contoso.com', ''), row('alan@fabrikam.com', 'Alan Turing'), row('linus@contoso.com', 'Linus')]),
    );
    const problems = screen.getByRole('table', { name: 'Problems in the file' });
    const rows = within(problems).getAllByRole('row').slice(1).map((tableRow) => within(tableRow).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3', 'User Name', 'Another object with the same value for property userPrincipalName already exists.'],
      ['4', 'Display Name', '"Display Name" is required.'],
      ['5', 'User Name', 'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.'],
    ]);
    expect(screen.getByText('new-hires.csv has problems on 3 lines.')).toBeInTheDocument();
    expect(screen.getByText(/^Only the 2 users without problems will be added if you continue/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'Assign licenses' });
  });

  it('stops a file none of whose rows can be added', async () => {
    const { user } = await openPage();
    await upload(user, csvFile(['Name,Email', 'Ada,ada@contoso.com'], 'wrong.csv'));
    expect(within(screen.getByRole('table', { name: 'Problems in the file' })).getAllByRole('row')[1]).toHaveTextContent(
      `1The first row must be the template's column headings, in this order: ${HEADER}`,
    );
    expect(screen.getByText(/^No user in this file can be added/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('None of the rows in this file can be added. Fix the file and upload it again.');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Add list of users');
  });

  it('takes a file dropped on the page', async () => {
    await openPage();
    const file = csvFile([HEADER, row('ada@contoso.com', 'Ada Lovelace')], 'dropped.csv');
    fireEvent.drop(screen.getByTestId('csv-drop-zone'), { dataTransfer: { files: [file] } });
    expect(await screen.findByText('dropped.csv is ready.')).toBeInTheDocument();
    expect(screen.getByText('1 user will be added.')).toBeInTheDocument();
  });

  it('shows markup from the file as text, never as HTML', async () => {
    const { user } = await openPage();
    await upload(user, csvFile([HEADER, row('<img src=x onerror=alert(1)>@contoso.com', 'Image'), row('bold@contoso.com', '<b>Bold</b>')], 'markup.csv'));
    expect(screen.getByText('Property userPrincipalName is invalid.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: 'Create users without product license (not recommended)' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const users = await screen.findByRole('region', { name: 'Users' });
    expect(within(users).getByRole('listitem')).toHaveTextContent('<b>Bold</b> (bold@contoso.com)');
    expect(document.querySelector('img, b')).toBeNull();
  });
});

async function reachReview(user: ReturnType<typeof renderApp>['user'], lines: readonly string[], product: string) {
  await upload(user, csvFile(lines));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: 'Assign licenses' });
  await user.click(screen.getByRole('radio', { name: product }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: 'Review and finish' });
}

describe('Add multiple users: licenses, review and results', () => {
  it('adds the valid users with the license and shows their temporary passwords', async () => {
    const { user, store } = await openPage();
    await reachReview(user, [HEADER, row('ada@contoso.com', 'Ada Lovelace', { Department: 'R&D' }), row('grace@contoso.com', 'Grace Hopper'), row('bad name@contoso.com', 'Bad')], 'Microsoft 365 E5');
    const review = screen.getByRole('region', { name: 'Users' });
    expect(review).toHaveTextContent('2 users from new-hires.csv (1 line with problems skipped)');
    expect(screen.getByRole('region', { name: 'Licenses' })).toHaveTextContent('Location: United StatesLicense: Microsoft 365 E5');
    await user.click(screen.getByRole('button', { name: 'Add users' }));

    await screen.findByRole('heading', { level: 2, name: '2 users added to active users' });
    const tenant = store.getTenant();
    const ada = findUserByUserPrincipalName(tenant, 'ada@contoso.com')!;
    expect(ada).toMatchObject({ displayName: 'Ada Lovelace', department: 'R&D', usageLocation: 'US' });
    expect(ada.assignedLicenses.map((license) => license.skuId)).toEqual([E5.skuId]);
    const added = screen.getByRole('table', { name: 'Users added' });
    expect(within(added).getByRole('row', { name: /Ada Lovelace/ })).toHaveTextContent(`Ada Lovelaceada@contoso.com${ada.passwordProfile.password}Microsoft 365 E5`);
    const results = decoded(screen.getByRole('link', { name: 'Download results' }));
    expect(results.split('\r\n')[1]).toBe(`Ada Lovelace,ada@contoso.com,${ada.passwordProfile.password},Microsoft 365 E5`);
  });

  it('warns that the seats will run out, then adds nobody and names the user the seats ran out at', async () => {
    const { user, store } = await openPage();
    await upload(user, csvFile([HEADER, row('ada@contoso.com', 'Ada Lovelace'), row('grace@contoso.com', 'Grace Hopper'), row('alan@contoso.com', 'Alan Turing')]));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: 'Microsoft 365 E5' }));
    expect(screen.getByText(/^Microsoft 365 E5 has 2 licenses left for 3 users\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Add users' }));

    const error = (await screen.findByText('No users were added.')).closest('.fui-MessageBar') as HTMLElement;
    expect(error).toHaveTextContent(`alan@contoso.com: Subscription with SKU ${E5.skuId} does not have any available licenses. Choose another license or buy more in Your products.`);
    expect(error).not.toHaveTextContent('Fix the file');
    // One gesture: the users before Alan are not left behind either.
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')).toBeUndefined();
  });

  it('refuses a Helpdesk Administrator at Add users and adds no one', async () => {
    const { user, store } = await openPage();
    store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'AllanD@contoso.com')!.id);
    await reachReview(user, [HEADER, row('ada@contoso.com', 'Ada Lovelace')], 'Create users without product license (not recommended)');
    await user.click(screen.getByRole('button', { name: 'Add users' }));
    const error = await screen.findByText('No users were added.');
    expect(error.closest('.fui-MessageBar')).toHaveTextContent('Insufficient privileges to complete the operation.');
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')).toBeUndefined();
  });

  it('names the user whose row the tenant refused when it changed after the upload', async () => {
    const { user, store } = await openPage();
    await reachReview(user, [HEADER, row('ada@contoso.com', 'Ada Lovelace'), row('grace@contoso.com', 'Grace Hopper')], 'Create users without product license (not recommended)');
    expect(store.send({ type: 'user.create', userPrincipalName: 'grace@contoso.com', displayName: 'Grace Someone' }).ok).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Add users' }));
    const error = await screen.findByText('No users were added.');
    expect(error.closest('.fui-MessageBar')).toHaveTextContent(
      'grace@contoso.com: Another object with the same value for property userPrincipalName already exists. Fix the file and upload it again.',
    );
    expect(findUserByUserPrincipalName(store.getTenant(), 'ada@contoso.com')).toBeUndefined();
  });
});
