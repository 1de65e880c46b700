import { parseDuration } from '../../../clock';
import { entities, getById } from '../../../collection';
import type { TenantError } from '../../../errors';
import { ROLE_ERRORS } from '../errors';
import type { RoleManagementPolicy, Tenant } from '../../../model';

/** The Microsoft Entra ID P2 service plan (AAD_PREMIUM_P2), in EMS E5, Microsoft 365 E5 and others. */
export const AAD_PREMIUM_P2_PLAN_ID = 'eec0eb4f-6444-4f95-aba0-50c24d67f998';

/** PIM is a Microsoft Entra ID P2 feature: some subscription in force must carry the plan. */
export function hasEntraIdP2(tenant: Tenant): boolean {
  for (const subscription of entities(tenant.licensing.subscribedSkus)) {
    if (subscription.capabilityStatus !== 'Enabled' && subscription.capabilityStatus !== 'Warning') continue;
    if (subscription.servicePlans.some((plan) => plan.servicePlanId === AAD_PREMIUM_P2_PLAN_ID)) return true;
  }
  return false;
}

/**
 * Graph's answer to a PIM request in a tenant without the license. Microsoft's docs don't quote it;
 * clients of the PIM API record it word for word (400, AadPremiumLicenseRequired), and
 * microsoft/Microsoft365DSC recognises its code and its earlier wording ("The tenant needs an
 * AAD Premium 2 license.").
 */
export function entraIdP2Error(tenant: Tenant): TenantError | undefined {
  if (hasEntraIdP2(tenant)) return undefined;
  return ROLE_ERRORS.entraIdP2Required();
}

/** The role settings PIM's "Edit role setting" pane edits. */
export type RoleSettings = Pick<
  RoleManagementPolicy,
  'activationMaximumDuration' | 'activationRequirements' | 'isApprovalRequired' | 'eligibleAssignmentExpiration' | 'activeAssignmentExpiration'
>;

/**
 * What a role uses until someone edits its settings: activations of up to 8 hours with a
 * justification, no approval, and permanent eligible and active assignments allowed (with 1 year
 * and 6 months offered as the expiry when an admin chooses one).
 */
export const DEFAULT_ROLE_SETTINGS: RoleSettings = {
  activationMaximumDuration: 'PT8H',
  activationRequirements: ['Justification'],
  isApprovalRequired: false,
  eligibleAssignmentExpiration: { isExpirationRequired: false, maximumDuration: 'P365D' },
  activeAssignmentExpiration: { isExpirationRequired: false, maximumDuration: 'P180D' },
};

/** Graph names a directory role's policy after the tenant and (here) the role it governs. */
export function roleManagementPolicyId(tenant: Tenant, roleDefinitionId: string): string {
  return `DirectoryRole_${tenant.organization.id}_${roleDefinitionId}`;
}

export function roleSettingsOf(tenant: Tenant, roleDefinitionId: string): RoleSettings {
  return getById(tenant.roles.roleManagementPolicies, roleManagementPolicyId(tenant, roleDefinitionId)) ?? DEFAULT_ROLE_SETTINGS;
}

export function activationMaximumHours(settings: RoleSettings): number {
  return parseDuration(settings.activationMaximumDuration)! / 3_600_000;
}
