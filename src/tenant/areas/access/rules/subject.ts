import { getById } from '../../../collection';
import { groupsWithMember } from '../../../lookup';
import type { Tenant, User } from '../../../model';
import { activeRoleIds } from '../../roles/permissions';

/** Who is signing in, as Conditional Access sees them: their groups (nested ones too) and roles. */
export interface SignInSubject {
  readonly user: User;
  readonly isGuest: boolean;
  /** Every group the user is in, directly or through nested groups. */
  readonly groupIds: ReadonlySet<string>;
  /** Role template ids the user holds tenant-wide now (standing or activated; eligible roles don't count). */
  readonly roleIds: ReadonlySet<string>;
}

export function transitiveGroupIds(tenant: Tenant, memberId: string): Set<string> {
  const found = new Set<string>();
  const pending = [memberId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    for (const group of groupsWithMember(tenant, id)) {
      if (found.has(group.id)) continue;
      found.add(group.id);
      pending.push(group.id);
    }
  }
  return found;
}

export function subjectOf(tenant: Tenant, userId: string): SignInSubject | undefined {
  const user = getById(tenant.directory.users, userId);
  if (!user) return undefined;
  return { user, isGuest: user.userType === 'Guest', groupIds: transitiveGroupIds(tenant, userId), roleIds: new Set(activeRoleIds(tenant, userId)) };
}
