import { entities, type Tenant, type User } from '../tenant';

export interface GuestRow {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string | null;
  readonly userPrincipalName: string;
  /** Graph's externalUserState; undefined for a guest that was not invited (made a guest otherwise). */
  readonly externalUserState: User['externalUserState'];
}

/** Users > Guest users: the directory's users of type Guest, by name. */
export function selectGuests(tenant: Tenant): GuestRow[] {
  const rows: GuestRow[] = [];
  for (const user of entities(tenant.directory.users)) {
    if (user.userType !== 'Guest') continue;
    rows.push({ id: user.id, displayName: user.displayName, mail: user.mail, userPrincipalName: user.userPrincipalName, externalUserState: user.externalUserState });
  }
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userPrincipalName.localeCompare(b.userPrincipalName));
}
