import { entities, type Tenant, type User } from '../tenant';

/** A row of Entra's Users > All users, with the columns the portal shows by default. */
export interface EntraUserRow {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly userType: User['userType'];
  readonly onPremisesSyncEnabled: boolean;
  readonly accountEnabled: boolean;
  readonly mail: string | null;
  /** Who issued the sign-in name: the tenant's initial domain, or "ExternalAzureAD" for an invited guest. */
  readonly identities: string;
  readonly companyName: string | null;
  readonly creationType: string | null;
}

/** The filters "Add filter" offers on All users; a filter left out shows everyone. */
export interface EntraUserFilters {
  readonly search: string;
  readonly userType?: User['userType'];
  readonly accountEnabled?: boolean;
  readonly directorySynced?: boolean;
}

export const ENTRA_USER_FILTERS = [
  { id: 'userType', label: 'User type', options: ['Member', 'Guest'] },
  { id: 'accountEnabled', label: 'Account enabled', options: ['Yes', 'No'] },
  { id: 'directorySynced', label: 'Directory synced', options: ['Yes', 'No'] },
] as const;

function initialDomain(tenant: Tenant): string {
  for (const domain of entities(tenant.domains.domains)) if (domain.isInitial) return domain.id;
  return '';
}

/** Everyone in the directory, by display name. */
export function selectEntraUserRows(tenant: Tenant): EntraUserRow[] {
  const issuer = initialDomain(tenant);
  const rows: EntraUserRow[] = [];
  for (const user of entities(tenant.directory.users)) {
    rows.push({
      id: user.id,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      userType: user.userType,
      onPremisesSyncEnabled: user.onPremisesSyncEnabled === true,
      accountEnabled: user.accountEnabled,
      mail: user.mail,
      identities: user.creationType === 'Invitation' ? 'ExternalAzureAD' : issuer,
      companyName: user.companyName ?? null,
      creationType: user.creationType ?? null,
    });
  }
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userPrincipalName.localeCompare(b.userPrincipalName));
}

/**
 * The rows the search box and filters leave. Entra's search matches the start of the display
 * name, the user principal name or the email address (and of any word of the name), ignoring case.
 */
export function filterEntraUsers(rows: readonly EntraUserRow[], filters: EntraUserFilters): EntraUserRow[] {
  const query = filters.search.trim().toLowerCase();
  return rows.filter((row) => {
    if (filters.userType !== undefined && row.userType !== filters.userType) return false;
    if (filters.accountEnabled !== undefined && row.accountEnabled !== filters.accountEnabled) return false;
    if (filters.directorySynced !== undefined && row.onPremisesSyncEnabled !== filters.directorySynced) return false;
    if (!query) return true;
    const names = [row.displayName, ...row.displayName.split(/\s+/), row.userPrincipalName, row.mail ?? ''];
    return names.some((name) => name.toLowerCase().startsWith(query));
  });
}
