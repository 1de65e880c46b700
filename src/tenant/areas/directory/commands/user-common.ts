import type { Draft } from 'immer';
import { getById } from '../../../collection';
import type { ApplyContext } from '../../../command';
import { notFound, type TenantError } from '../../../errors';
import type { ModifiedProperty, TargetResource, Tenant, User } from '../../../model';
import { EDITABLE_PROFILE_PROPERTIES, type EditableProfileProperty, type UserProfileChanges } from '../rules/user-input';

/** What the user commands share: audit targets, lookups and profile edits. */

export function userTarget(user: User, modifiedProperties: readonly ModifiedProperty[] = []): TargetResource {
  return { id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties };
}

export function activeUser(tenant: Tenant, userId: string): User | TenantError {
  return getById(tenant.directory.users, userId) ?? notFound('user', userId);
}

export function isError(value: unknown): value is TenantError {
  return typeof value === 'object' && value !== null && 'code' in value && 'graphCode' in value;
}

/** Audit values are strings; lists are written as JSON arrays, as Entra does. */
export function auditValue(value: string | readonly string[] | boolean | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function changedProperties(user: User, changes: UserProfileChanges): ModifiedProperty[] {
  const modified: ModifiedProperty[] = [];
  for (const [property, value] of Object.entries(changes) as [keyof UserProfileChanges, string | readonly string[] | null | undefined][]) {
    if (value === undefined) continue;
    const oldValue = auditValue(user[property] as string | readonly string[] | null | undefined);
    const newValue = auditValue(value);
    if (oldValue !== newValue) modified.push({ displayName: property, oldValue, newValue });
  }
  return modified;
}

export function applyProfile(draft: Draft<User>, changes: UserProfileChanges): void {
  for (const [property, value] of Object.entries(changes) as [keyof UserProfileChanges, string | readonly string[] | null | undefined][]) {
    if (value === undefined) continue;
    if (property === 'businessPhones' || property === 'otherMails') draft[property] = [...(value as readonly string[])];
    else if (property === 'displayName') draft.displayName = (value as string | null) ?? draft.displayName;
    else if ((EDITABLE_PROFILE_PROPERTIES as readonly string[]).includes(property)) {
      (draft as Record<EditableProfileProperty, string | null>)[property] = value as string | null;
    }
  }
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';

/**
 * The admin center's generated passwords look like `Kor12345`: an upper-case letter, two
 * lower-case letters and five digits, which meets the complexity rules. Ours are drawn from the
 * tenant's seeded ids, so replay generates the same ones.
 */
export function generatePassword(context: ApplyContext): string {
  const source = context.newId().replace(/-/g, '');
  const byte = (index: number) => parseInt(source.slice(index * 2, index * 2 + 2), 16);
  const digits = (parseInt(source.slice(6, 14), 16) % 100000).toString().padStart(5, '0');
  return UPPER[byte(0) % UPPER.length]! + LOWER[byte(1) % LOWER.length]! + LOWER[byte(2) % LOWER.length]! + digits;
}
