import type { InitiatedBy } from '../../../model';

/**
 * Entra Connect writes to the tenant as its own account, which the audit log names as the
 * initiator of every synced add, update and delete.
 */
export function syncAccountInitiator(initialDomain: string): InitiatedBy {
  return {
    user: {
      id: 'sync-service-account',
      displayName: 'On-Premises Directory Synchronization Service Account',
      userPrincipalName: `Sync_AADCONNECT01_1d5c2b0e7f3a@${initialDomain}`,
    },
  };
}
