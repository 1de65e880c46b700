import type { GroupKind } from '../../../../../tenant';
import type { GroupRow, GroupType } from '../../../../../views/groups';

export type GroupsTabId = 'microsoft365' | 'distribution' | 'security';

export type GroupColumn = 'name' | 'email' | 'groupType' | 'membershipType' | 'privacy';

export interface GroupsTab {
  readonly id: GroupsTabId;
  readonly label: string;
  readonly types: readonly GroupType[];
  /** The tab's "Add a …" buttons, each opening the wizard for one kind. */
  readonly add: readonly { readonly kind: GroupKind; readonly label: string }[];
  readonly columns: readonly GroupColumn[];
}

/**
 * Active teams & groups, tab by tab. The real list also has "Sync status" and "Teams status"
 * columns; Tenant Lab has neither synced groups nor Teams yet, so it leaves them out rather than
 * show values it doesn't know.
 */
export const GROUP_TABS: readonly GroupsTab[] = [
  {
    id: 'microsoft365',
    label: 'Teams & Microsoft 365 groups',
    types: ['Microsoft 365'],
    add: [{ kind: 'microsoft365', label: 'Add a Microsoft 365 group' }],
    columns: ['name', 'email', 'membershipType', 'privacy'],
  },
  {
    id: 'distribution',
    label: 'Distribution list',
    types: ['Distribution list'],
    add: [{ kind: 'distribution', label: 'Add a distribution list' }],
    columns: ['name', 'email'],
  },
  {
    id: 'security',
    label: 'Security groups',
    types: ['Security', 'Mail-enabled security'],
    add: [
      { kind: 'security', label: 'Add a security group' },
      { kind: 'mailEnabledSecurity', label: 'Add a mail-enabled security group' },
    ],
    columns: ['name', 'email', 'groupType', 'membershipType'],
  },
];

export function tabById(id: string | null): GroupsTab {
  return GROUP_TABS.find((tab) => tab.id === id) ?? GROUP_TABS[0]!;
}

export const COLUMN_HEADERS: Readonly<Record<GroupColumn, string>> = {
  name: 'Name',
  email: 'Email',
  groupType: 'Group type',
  membershipType: 'Membership type',
  privacy: 'Privacy',
};

export function columnText(row: GroupRow, column: Exclude<GroupColumn, 'name'>): string {
  switch (column) {
    case 'email':
      return row.mail ?? '';
    case 'groupType':
      return row.groupType;
    case 'membershipType':
      return row.dynamic ? 'Dynamic' : 'Assigned';
    case 'privacy':
      return row.visibility ?? '';
  }
}

/** The tab a group of this type is listed on. */
export function tabOfType(type: GroupType): GroupsTabId {
  return GROUP_TABS.find((tab) => tab.types.includes(type))!.id;
}

/** "Export": the tab's rows as a CSV file with the columns shown. */
export function groupsCsv(tab: GroupsTab, rows: readonly GroupRow[]): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const header = tab.columns.map((column) => COLUMN_HEADERS[column]);
  const lines = rows.map((row) => tab.columns.map((column) => quote(column === 'name' ? row.displayName : columnText(row, column))).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
