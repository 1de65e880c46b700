import { countryName } from '../add-user/countries';
import type { DirectoryRow } from './directory';

/**
 * The columns Active users can show: the three it starts with and the optional ones "Choose
 * columns" offers. Each says how its text reads and how it sorts.
 */

export type UserColumnId =
  | 'displayName'
  | 'userPrincipalName'
  | 'licenses'
  | 'givenName'
  | 'surname'
  | 'jobTitle'
  | 'department'
  | 'officeLocation'
  | 'businessPhones'
  | 'mobilePhone'
  | 'city'
  | 'state'
  | 'country'
  | 'usageLocation'
  | 'createdDateTime'
  | 'signInStatus'
  | 'syncStatus';

export interface UserColumn {
  readonly id: UserColumnId;
  readonly label: string;
  /** A CSS grid track. */
  readonly width: string;
  readonly text: (row: DirectoryRow) => string;
  /** What the column sorts by when that differs from its text (dates sort by their ISO form). */
  readonly sortKey?: (row: DirectoryRow) => string;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

export function createdDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

const text = (value: string | null | undefined) => value ?? '';

export const USER_COLUMNS: readonly UserColumn[] = [
  { id: 'displayName', label: 'Display name', width: 'minmax(220px, 1.3fr)', text: (row) => row.displayName, sortKey: (row) => row.nameKey },
  { id: 'userPrincipalName', label: 'Username', width: 'minmax(240px, 1.4fr)', text: (row) => row.userPrincipalName },
  { id: 'licenses', label: 'Licenses', width: 'minmax(200px, 1.4fr)', text: (row) => row.licenses || 'Unlicensed' },
  { id: 'givenName', label: 'First name', width: 'minmax(120px, 0.8fr)', text: (row) => text(row.user.givenName) },
  { id: 'surname', label: 'Last name', width: 'minmax(120px, 0.8fr)', text: (row) => text(row.user.surname) },
  { id: 'jobTitle', label: 'Job title', width: 'minmax(150px, 1fr)', text: (row) => text(row.user.jobTitle) },
  { id: 'department', label: 'Department', width: 'minmax(140px, 1fr)', text: (row) => text(row.user.department) },
  { id: 'officeLocation', label: 'Office', width: 'minmax(110px, 0.7fr)', text: (row) => text(row.user.officeLocation) },
  { id: 'businessPhones', label: 'Office phone', width: 'minmax(130px, 0.8fr)', text: (row) => row.user.businessPhones[0] ?? '' },
  { id: 'mobilePhone', label: 'Mobile phone', width: 'minmax(130px, 0.8fr)', text: (row) => text(row.user.mobilePhone) },
  { id: 'city', label: 'City', width: 'minmax(120px, 0.8fr)', text: (row) => text(row.user.city) },
  { id: 'state', label: 'State or province', width: 'minmax(130px, 0.8fr)', text: (row) => text(row.user.state) },
  { id: 'country', label: 'Country or region', width: 'minmax(140px, 0.9fr)', text: (row) => text(row.user.country) },
  {
    id: 'usageLocation',
    label: 'Usage location',
    width: 'minmax(140px, 0.9fr)',
    text: (row) => (row.user.usageLocation ? countryName(row.user.usageLocation) : ''),
  },
  {
    id: 'createdDateTime',
    label: 'Created date',
    width: 'minmax(120px, 0.7fr)',
    text: (row) => createdDate(row.user.createdDateTime),
    sortKey: (row) => row.user.createdDateTime,
  },
  { id: 'signInStatus', label: 'Sign-in status', width: 'minmax(130px, 0.8fr)', text: (row) => (row.user.accountEnabled ? 'Sign-in allowed' : 'Sign-in blocked') },
  { id: 'syncStatus', label: 'Sync status', width: 'minmax(170px, 0.9fr)', text: (row) => (row.user.onPremisesSyncEnabled ? 'Synced from on-premises' : 'In cloud') },
];

export const DEFAULT_COLUMNS: readonly UserColumnId[] = ['displayName', 'userPrincipalName', 'licenses'];

export function columnById(id: UserColumnId): UserColumn {
  return USER_COLUMNS.find((column) => column.id === id)!;
}

export interface SortState {
  readonly column: UserColumnId;
  readonly direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: SortState = { column: 'displayName', direction: 'ascending' };

/**
 * Rows in the chosen order. The input is already in name order and the sort is stable, so rows
 * that tie keep their name order; descending negates the comparison rather than reversing, so
 * ties stay in name order that way too.
 */
export function sortRows(rows: readonly DirectoryRow[], sort: SortState): readonly DirectoryRow[] {
  if (sort.column === 'displayName' && sort.direction === 'ascending') return rows;
  const column = columnById(sort.column);
  const keyOf = column.sortKey ?? ((row: DirectoryRow) => column.text(row).toLowerCase());
  const keyed = rows.map((row, index) => ({ key: keyOf(row), index }));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  keyed.sort((a, b) => (a.key === b.key ? a.index - b.index : a.key < b.key ? -sign : sign));
  return keyed.map((entry) => rows[entry.index]!);
}

/** The rows a view, a search and an order leave, in one pass over the sorted list. */
export function matchingRows(rows: readonly DirectoryRow[], search: string, matches?: (row: DirectoryRow) => boolean): readonly DirectoryRow[] {
  const needle = search.trim().toLowerCase();
  if (needle === '' && !matches) return rows;
  const result: DirectoryRow[] = [];
  for (const row of rows) {
    if ((needle === '' || row.searchText.includes(needle)) && (!matches || matches(row))) result.push(row);
  }
  return result;
}
