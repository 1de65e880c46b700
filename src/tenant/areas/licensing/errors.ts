import { tenantError } from '../../errors';

/** Where a license error points: the list of the request it is about. */
export type LicenseList = 'addLicenses' | 'removeLicenses';

/**
 * The licensing area's refusals: Graph's assignLicense wording, and the admin center's for
 * subscriptions (billing has no Graph write API).
 */
export const LICENSING_ERRORS = {
  listsRequired: () =>
    tenantError('InvalidValue', "Both 'addLicenses' and 'removeLicenses' are required; pass an empty list when one is unused.", 'addLicenses'),
  addedAndRemoved: (skuId: string) => tenantError('InvalidValue', `License ${skuId} can't be added and removed in the same request.`, 'removeLicenses'),
  listedTwice: (skuId: string, target: LicenseList) => tenantError('InvalidValue', `License ${skuId} is listed more than once.`, target),
  invalidLicense: (skuId: string, target: LicenseList = 'addLicenses') =>
    tenantError('InvalidLicense', `License ${skuId} does not correspond to a valid company License.`, target),
  invalidDisabledPlan: (planId: string, skuPartNumber: string, skuId: string, target: LicenseList) =>
    tenantError('InvalidDisabledPlan', `Service plan ${planId} is not part of the product ${skuPartNumber} (${skuId}).`, target),
  mutuallyExclusive: (planA: string, planB: string, target: LicenseList = 'addLicenses') =>
    tenantError('MutuallyExclusiveServicePlans', `License assignment failed because service plans ${planA},${planB} are mutually exclusive.`, target),
  dependencyMissing: (planId: string, prerequisites: readonly string[], target: LicenseList = 'addLicenses') =>
    tenantError(
      'DependentServicePlanMissing',
      `License assignment failed because service plan ${planId} depends on the service plan(s) ${prerequisites.join(',')}.`,
      target,
    ),
  usageLocation: () => tenantError('UsageLocationRequired', 'License assignment cannot be done for user with invalid usage location.', 'usageLocation'),
  noAvailableLicenses: (skuId: string) =>
    tenantError('NoLicensesAvailable', `Subscription with SKU ${skuId} does not have any available licenses.`, 'addLicenses'),
  inherited: () =>
    tenantError('InheritedLicense', 'User license is inherited from a group membership and it cannot be removed directly from the user.', 'removeLicenses'),
  userLicenseNotAssigned: () => tenantError('LicenseNotAssigned', 'User does not have a corresponding license.', 'removeLicenses'),
  groupLicenseNotAssigned: () => tenantError('LicenseNotAssigned', 'Group does not have a corresponding license.', 'removeLicenses'),
  groupNotSupported: () =>
    tenantError('GroupLicensingNotSupported', 'Licenses can only be assigned to security groups and to Microsoft 365 groups that are security enabled.', 'groupId'),

  // Subscriptions (Billing > Your products).
  invalidQuantity: (max: number) =>
    tenantError('InvalidValue', `Enter a whole number of licenses between 1 and ${max.toLocaleString('en-US')}.`, 'quantity'),
  removableLicenses: (paidLicenses: number) =>
    tenantError(
      'InvalidValue',
      `You can remove at most ${paidLicenses} licenses: only licenses of an active paid subscription can be removed, not trial licenses.`,
      'quantity',
    ),
  licensesInUse: (toUnassign: number) =>
    tenantError(
      'LicensesInUse',
      `You can't remove a license from a subscription if it's assigned to a user. Unassign ${toUnassign} more licenses from users first.`,
      'quantity',
    ),
  trialUsed: (product: string) => tenantError('TrialNotAvailable', `Your organization has already used its free trial of ${product}.`, 'skuPartNumber'),
  trialOfOwnedProduct: (product: string) =>
    tenantError('TrialNotAvailable', `Your organization already has ${product}, so a free trial isn't available.`, 'skuPartNumber'),
  subscriptionDisabled: () =>
    tenantError('SubscriptionNotActive', 'This subscription is already disabled; it will be deleted at the end of its disabled period.', 'skuId'),
} as const;
