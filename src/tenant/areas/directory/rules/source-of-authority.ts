import type { TenantError } from '../../../errors';
import type { User } from '../../../model';
import { DIRECTORY_ERRORS } from '../errors';

/** Properties a synced user keeps managing in the cloud; everything else flows from AD. */
export const CLOUD_MANAGED_USER_PROPERTIES: readonly string[] = ['usageLocation', 'otherMails'];

/**
 * A synced user is mastered on-premises: the cloud refuses writes to its synced attributes, while
 * licenses, group membership, roles and the cloud-managed properties stay editable.
 */
export function onPremisesMasteredError(user: User, properties?: readonly string[]): TenantError | undefined {
  if (user.onPremisesSyncEnabled !== true) return undefined;
  if (properties && properties.every((property) => CLOUD_MANAGED_USER_PROPERTIES.includes(property))) return undefined;
  return DIRECTORY_ERRORS.onPremisesMastered();
}

/**
 * An admin's password reset of a synced user lands in AD through password writeback; without it
 * the password can only be reset on-premises.
 */
export function passwordResetMasteredError(user: User, passwordWriteback: boolean): TenantError | undefined {
  if (user.onPremisesSyncEnabled !== true || passwordWriteback) return undefined;
  return DIRECTORY_ERRORS.passwordResetMastered();
}
