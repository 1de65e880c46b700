import { entities, type Tenant } from '../tenant';

export interface SearchHit {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
}

export interface DirectorySearchResults {
  readonly users: readonly SearchHit[];
  readonly groups: readonly SearchHit[];
  /** How many matched in all, when more than the lists hold. */
  readonly userCount: number;
  readonly groupCount: number;
}

/** The most hits of each kind the results list; the counts still say how many matched. */
export const SEARCH_LIMIT = 50;

/** Users (by name or username) and groups (by name or email) whose text contains the query. */
export function searchDirectory(tenant: Tenant, query: string): DirectorySearchResults {
  const needle = query.trim().toLowerCase();
  const users: SearchHit[] = [];
  const groups: SearchHit[] = [];
  let userCount = 0;
  let groupCount = 0;
  if (!needle) return { users, groups, userCount, groupCount };
  for (const user of entities(tenant.directory.users)) {
    if (!user.displayName.toLowerCase().includes(needle) && !user.userPrincipalName.toLowerCase().includes(needle)) continue;
    userCount += 1;
    if (users.length < SEARCH_LIMIT) users.push({ id: user.id, name: user.displayName, detail: user.userPrincipalName });
  }
  for (const group of entities(tenant.directory.groups)) {
    if (!group.displayName.toLowerCase().includes(needle) && !(group.mail ?? '').toLowerCase().includes(needle)) continue;
    groupCount += 1;
    if (groups.length < SEARCH_LIMIT) groups.push({ id: group.id, name: group.displayName, detail: group.mail ?? '' });
  }
  const byName = (a: SearchHit, b: SearchHit) => a.name.localeCompare(b.name);
  return { users: users.sort(byName), groups: groups.sort(byName), userCount, groupCount };
}

export function searchResultsEqual(a: DirectorySearchResults, b: DirectorySearchResults): boolean {
  const same = (x: readonly SearchHit[], y: readonly SearchHit[]) =>
    x.length === y.length && x.every((hit, i) => hit.id === y[i]!.id && hit.name === y[i]!.name && hit.detail === y[i]!.detail);
  return a.userCount === b.userCount && a.groupCount === b.groupCount && same(a.users, b.users) && same(a.groups, b.groups);
}
