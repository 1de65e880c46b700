import { entities, type Tenant } from '../tenant';
import { productName } from './users';

export interface DeletedUserRow {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly licenses: readonly string[];
  readonly deletedDateTime: string | null;
  /** When the directory's purge process removes the user for good (30 days after deletion). */
  readonly permanentDeletionDateTime: string | null;
}

/** Users > Deleted users: the soft-deleted users, by name, with when each will be purged. */
export function selectDeletedUsers(tenant: Tenant): DeletedUserRow[] {
  const purges = new Map<string, string>();
  for (const process of entities(tenant.scheduledProcesses)) if (process.kind === 'user.purge') purges.set(process.targetId, process.dueDateTime);
  const rows: DeletedUserRow[] = [];
  for (const user of entities(tenant.directory.deletedUsers)) {
    rows.push({
      id: user.id,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      licenses: user.assignedLicenses.map((license) => productName(license.skuId)).sort((a, b) => a.localeCompare(b)),
      deletedDateTime: user.deletedDateTime,
      permanentDeletionDateTime: purges.get(user.id) ?? null,
    });
  }
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userPrincipalName.localeCompare(b.userPrincipalName));
}
