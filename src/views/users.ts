import { entities, skuById, type AssignedLicense, type Tenant, type User } from '../tenant';

export interface UserRow {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly userType: User['userType'];
  readonly accountEnabled: boolean;
  /** Product names, as the admin center's Licenses column shows them. */
  readonly licenses: readonly string[];
  readonly onPremisesSyncEnabled: boolean;
  readonly deletedDateTime: string | null;
}

export function productName(skuId: string): string {
  return skuById(skuId)?.displayName ?? skuId;
}

function licenseNames(licenses: readonly AssignedLicense[]): string[] {
  return licenses.map((license) => productName(license.skuId)).sort((a, b) => a.localeCompare(b));
}

function toRow(user: User): UserRow {
  return {
    id: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    userType: user.userType,
    accountEnabled: user.accountEnabled,
    licenses: licenseNames(user.assignedLicenses),
    onPremisesSyncEnabled: user.onPremisesSyncEnabled === true,
    deletedDateTime: user.deletedDateTime,
  };
}

function byDisplayName(a: UserRow, b: UserRow): number {
  return a.displayName.localeCompare(b.displayName) || a.userPrincipalName.localeCompare(b.userPrincipalName);
}

/** Everyone in the directory (the admin center's Active users lists blocked users too). */
export function selectUserRows(tenant: Tenant): UserRow[] {
  const rows: UserRow[] = [];
  for (const user of entities(tenant.directory.users)) rows.push(toRow(user));
  return rows.sort(byDisplayName);
}
