import { createBucketIndex } from '../../../bucket-index';
import { getById } from '../../../collection';
import type { Tenant, User } from '../../../model';

const usersByManager = createBucketIndex<User>((user) => (user.managerId ? [user.managerId] : []));

/** The active users whose manager is `managerId`. Committed states only. */
export function directReportIds(tenant: Tenant, managerId: string): string[] {
  return usersByManager.find(tenant.directory.users, managerId).map((user) => user.id);
}

/** Whether making `managerId` the manager of `userId` would close a loop in the reporting chain. */
export function wouldCreateCycle(tenant: Tenant, userId: string, managerId: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null = managerId; current !== null && !seen.has(current); current = getById(tenant.directory.users, current)?.managerId ?? null) {
    if (current === userId) return true;
    seen.add(current);
  }
  return false;
}
