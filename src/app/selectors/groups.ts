import { entities, type Group, type Tenant } from '../../tenant';

export interface GroupRow {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string | null;
  readonly groupType: GroupType;
  readonly dynamic: boolean;
  readonly memberCount: number;
}

/** The group kinds the admin center tells apart. */
export type GroupType = 'Microsoft 365' | 'Distribution list' | 'Mail-enabled security' | 'Security';

export function groupTypeOf(group: Pick<Group, 'groupTypes' | 'mailEnabled' | 'securityEnabled'>): GroupType {
  if (group.groupTypes.includes('Unified')) return 'Microsoft 365';
  if (group.mailEnabled) return group.securityEnabled ? 'Mail-enabled security' : 'Distribution list';
  return 'Security';
}

export function selectGroupRows(tenant: Tenant): GroupRow[] {
  const rows: GroupRow[] = [];
  for (const group of entities(tenant.groups)) {
    rows.push({
      id: group.id,
      displayName: group.displayName,
      mail: group.mail,
      groupType: groupTypeOf(group),
      dynamic: group.groupTypes.includes('DynamicMembership'),
      memberCount: group.memberIds.length,
    });
  }
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
