import type { LicenseAssignmentError } from '../../../../../tenant';

/**
 * What "View error details" says about each group-licensing error and how to fix it, after
 * entra-docs `licensing-groups-resolve-problems.md`.
 */
export const LICENSE_ERROR_DETAILS: Readonly<Record<Exclude<LicenseAssignmentError, 'None'>, string>> = {
  CountViolation:
    "There aren't enough available licenses for this product. Buy more licenses, or free some by unassigning them from other users or groups, then select Reprocess.",
  MutuallyExclusiveViolation:
    'The user has another license with a service plan that conflicts with one in this product. Remove the conflicting license from the user, or turn off the conflicting service, then select Reprocess.',
  DependencyViolation:
    'Another product the user has depends on a service plan in this license, so it can\u2019t be removed. Remove the dependent product first.',
  ProhibitedInUsageLocationViolation:
    "This product isn't available in the user's usage location. Change the user's usage location, then select Reprocess.",
  UniquenessViolation: "The user's proxy address is already used by another object. Fix the address conflict, then select Reprocess.",
  Other: 'The license could not be assigned. Select Reprocess to try again.',
};
