import { tenantError, type TenantError } from '../../../errors';
import type { User } from '../../../model';

/** Properties a synced user keeps managing in the cloud; everything else flows from AD. */
export const CLOUD_MANAGED_USER_PROPERTIES: readonly string[] = ['usageLocation', 'otherMails'];

/** Graph's refusal of a cloud write to a synced attribute (observed wording; see m365-facts §8). */
export const ON_PREMISES_MASTERED_MESSAGE = 'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.';

/**
 * A synced user is mastered on-premises: the cloud refuses writes to its synced attributes, while
 * licenses, group membership, roles and the cloud-managed properties stay editable.
 */
export function onPremisesMasteredError(user: User, properties?: readonly string[]): TenantError | undefined {
  if (user.onPremisesSyncEnabled !== true) return undefined;
  if (properties && properties.every((property) => CLOUD_MANAGED_USER_PROPERTIES.includes(property))) return undefined;
  return tenantError('OnPremisesMastered', ON_PREMISES_MASTERED_MESSAGE);
}

/**
 * An admin's password reset of a synced user lands in AD through password writeback; without it
 * the password can only be reset on-premises.
 */
export function passwordResetMasteredError(user: User, passwordWriteback: boolean): TenantError | undefined {
  if (user.onPremisesSyncEnabled !== true || passwordWriteback) return undefined;
  return tenantError(
    'OnPremisesMastered',
    "This user is synchronized from your on-premises Active Directory, so the password can only be reset there. To reset it here, turn on password writeback in Microsoft Entra Connect.",
  );
}
