import { BUCKET_COUNT, skuById, type Bucket, type Collection, type User } from '../../../../../../tenant';

/**
 * The Active users list as rows, kept sorted by display name across tenant changes. On a
 * 50,000-user tenant a full build and sort costs tens of milliseconds; a command touches a few
 * users, so the directory follows the users collection by its buckets (as `createBucketIndex`
 * does in the core): an unchanged bucket is the same object, and within a changed bucket only
 * users that are different objects are re-made and re-inserted by binary search.
 */

export interface DirectoryRow {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** Product names joined with ", " as the Licenses column shows them; empty when unlicensed. */
  readonly licenses: string;
  /** The user has a license in an error state (group-based licensing), for "Users with errors". */
  readonly hasLicenseErrors: boolean;
  /** Lower-cased display name and username: what "Search active users list" matches. */
  readonly searchText: string;
  /** The display name folded for ordering (lower case, accents dropped). */
  readonly nameKey: string;
  /** The user itself, for the optional columns and the export. */
  readonly user: User;
}

function productNames(user: User): string {
  if (user.assignedLicenses.length === 0) return '';
  return user.assignedLicenses
    .map((license) => skuById(license.skuId)?.displayName ?? license.skuId)
    .sort((a, b) => a.localeCompare(b))
    .join(', ');
}

/** Lower case, with accents folded only for the few names that have any (the fold is slow). */
export function foldForSort(text: string): string {
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex -- the test is "any character outside ASCII"
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

const rowCache = new WeakMap<User, DirectoryRow>();

/** One row per user object: a user Immer did not replace keeps its row. */
export function rowOf(user: User): DirectoryRow {
  let row = rowCache.get(user);
  if (!row) {
    row = {
      id: user.id,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      licenses: productNames(user),
      hasLicenseErrors: user.licenseAssignmentStates.some((state) => state.error !== 'None'),
      searchText: `${user.displayName}\n${user.userPrincipalName}`.toLowerCase(),
      nameKey: foldForSort(user.displayName),
      user,
    };
    rowCache.set(user, row);
  }
  return row;
}

/** Display name, then username, so two people with one name keep a fixed order. */
export function byName(a: DirectoryRow, b: DirectoryRow): number {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  if (a.userPrincipalName === b.userPrincipalName) return 0;
  return a.userPrincipalName.toLowerCase() < b.userPrincipalName.toLowerCase() ? -1 : 1;
}

function insertSorted(rows: DirectoryRow[], row: DirectoryRow): void {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byName(rows[middle]!, row) <= 0) low = middle + 1;
    else high = middle;
  }
  rows.splice(low, 0, row);
}

/** Past this many changed users, sorting everything again is cheaper than inserting one by one. */
const INCREMENTAL_LIMIT = 2000;

export interface Directory {
  /** Every user as a row, by display name. The same array until the users change. */
  rows(users: Collection<User>): readonly DirectoryRow[];
}

export function createDirectory(): Directory {
  let seen: Collection<User>['buckets'] | null = null;
  const slots: (Bucket<User> | null)[] = new Array<Bucket<User> | null>(BUCKET_COUNT).fill(null);
  let sorted: readonly DirectoryRow[] = [];

  const rebuild = (users: Collection<User>) => {
    const rows: DirectoryRow[] = [];
    for (let slot = 0; slot < BUCKET_COUNT; slot++) {
      const bucket = users.buckets[slot] ?? null;
      slots[slot] = bucket;
      if (bucket) for (const id in bucket) rows.push(rowOf(bucket[id]!));
    }
    sorted = rows.sort(byName);
  };

  return {
    rows(users) {
      if (seen === users.buckets) return sorted;
      const removed = new Set<string>();
      const added: DirectoryRow[] = [];
      for (let slot = 0; slot < BUCKET_COUNT && seen !== null; slot++) {
        const next = users.buckets[slot] ?? null;
        const previous = slots[slot]!;
        if (next === previous) continue;
        if (previous) for (const id in previous) if (previous[id] !== next?.[id]) removed.add(id);
        if (next) for (const id in next) if (next[id] !== previous?.[id]) added.push(rowOf(next[id]!));
        slots[slot] = next;
      }
      if (seen === null || removed.size + added.length > INCREMENTAL_LIMIT) {
        rebuild(users);
      } else {
        const rows = removed.size > 0 ? sorted.filter((row) => !removed.has(row.id)) : [...sorted];
        for (const row of added) insertSorted(rows, row);
        sorted = rows;
      }
      seen = users.buckets;
      return sorted;
    },
  };
}
