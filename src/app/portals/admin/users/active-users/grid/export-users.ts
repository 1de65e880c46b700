import { skuById } from '../../../../../../tenant';
import type { DirectoryRow } from './directory';

/**
 * "Export users": the rows in view as the admin center's CSV, with its column names for the
 * properties the sandbox keeps. Licenses are written as the export writes them,
 * `<tenant>:<SKU part number>` joined with `+`.
 */

const when = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

function timestamp(iso: string): string {
  return when.format(new Date(iso)).replace(',', '');
}

const COLUMNS: readonly [string, (row: DirectoryRow, tenantPrefix: string) => string][] = [
  ['Block credential', (row) => (row.user.accountEnabled ? 'False' : 'True')],
  ['City', (row) => row.user.city ?? ''],
  ['Country/Region', (row) => row.user.country ?? ''],
  ['Department', (row) => row.user.department ?? ''],
  ['DirSyncEnabled', (row) => (row.user.onPremisesSyncEnabled ? 'True' : '')],
  ['Display name', (row) => row.displayName],
  ['Fax', (row) => row.user.faxNumber ?? ''],
  ['First name', (row) => row.user.givenName ?? ''],
  ['Last name', (row) => row.user.surname ?? ''],
  ['Last password change time stamp', (row) => timestamp(row.user.lastPasswordChangeDateTime)],
  [
    'Licenses',
    (row, prefix) => row.user.assignedLicenses.map((license) => `${prefix}:${skuById(license.skuId)?.skuPartNumber ?? license.skuId}`).join('+'),
  ],
  ['Mobile Phone', (row) => row.user.mobilePhone ?? ''],
  ['Object Id', (row) => row.id],
  ['Office', (row) => row.user.officeLocation ?? ''],
  ['Phone number', (row) => row.user.businessPhones[0] ?? ''],
  ['Postal code', (row) => row.user.postalCode ?? ''],
  ['Preferred language', (row) => row.user.preferredLanguage ?? ''],
  ['Proxy addresses', (row) => row.user.proxyAddresses.join('+')],
  ['State', (row) => row.user.state ?? ''],
  ['Street address', (row) => row.user.streetAddress ?? ''],
  ['Title', (row) => row.user.jobTitle ?? ''],
  ['Usage location', (row) => row.user.usageLocation ?? ''],
  ['User principal name', (row) => row.userPrincipalName],
  ['When created', (row) => timestamp(row.user.createdDateTime)],
];

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text: a header row, then one line per user. */
export function usersCsv(rows: readonly DirectoryRow[], tenantPrefix: string): string {
  const lines = [COLUMNS.map(([name]) => field(name)).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([, value]) => field(value(row, tenantPrefix))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Hands the text to the browser as a download; nothing leaves the page. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked once the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
