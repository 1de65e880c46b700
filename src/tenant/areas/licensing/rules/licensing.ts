import { skuById, skuCatalog, type SkuDefinition } from '../../../catalog';
import type { TenantError } from '../../../errors';
import type { AssignedLicense } from '../../../model';
import { LICENSING_ERRORS, type LicenseList } from '../errors';

/**
 * Product rules for license assignment: which service plans can't be held together, which plans
 * need another plan, and where products can't be used. Each table is hand-written from
 * Microsoft's documentation and limited to plans found in the sandbox's catalog.
 */

const planIdsByName = new Map<string, string>();
const planNamesById = new Map<string, string>();
for (const sku of skuCatalog) {
  for (const plan of sku.servicePlans) {
    planIdsByName.set(plan.servicePlanName, plan.servicePlanId);
    planNamesById.set(plan.servicePlanId, plan.displayName);
  }
}

function planId(servicePlanName: string): string {
  const id = planIdsByName.get(servicePlanName);
  if (!id) throw new Error(`No service plan ${servicePlanName} in the catalog`);
  return id;
}

/** The friendly name Microsoft prints for a service plan, or its id when the catalog lacks it. */
export function servicePlanDisplayName(servicePlanId: string): string {
  return planNamesById.get(servicePlanId) ?? servicePlanId;
}

/**
 * Service plans that can't be assigned to the same user at the same time, after entra-docs
 * `licensing-service-plan-reference.md` ("Service plans that cannot be assigned at the same
 * time"): within one list, any two plans conflict. Its example is Office 365 E1 beside Office 365
 * E3: SharePoint (Plan 1) against SharePoint (Plan 2). Exchange Online (Plan 1) and (Plan 2) are
 * left out on purpose: `licensing-groups-resolve-problems.md` says both now allow duplication.
 */
const MUTUALLY_EXCLUSIVE_PLAN_NAMES: readonly (readonly string[])[] = [
  // Exchange Online: the Kiosk mailbox (F3, Teams EEA) against Exchange Online (Plan 1) (E1, Business plans).
  ['EXCHANGE_S_DESKLESS', 'EXCHANGE_S_STANDARD'],
  // SharePoint Online: Kiosk (F3), Plan 1 (E1, Business plans) and Plan 2 (E3, E5, Project).
  ['SHAREPOINTDESKLESS', 'SHAREPOINTSTANDARD', 'SHAREPOINTENTERPRISE'],
  // Skype for Business Online: Plan 1 (F3, Teams EEA) against Plan 2 (E1, E3, E5, Business plans).
  ['MCOIMP', 'MCOSTANDARD'],
];

const exclusiveGroupOf = new Map<string, number>();
MUTUALLY_EXCLUSIVE_PLAN_NAMES.forEach((names, index) => {
  for (const name of names) exclusiveGroupOf.set(planId(name), index);
});

/**
 * Plans that work only beside another plan (add-ons), as `plan: [any of these]`. Sources:
 * `licensing-groups-resolve-problems.md` (Audio Conferencing depends on Skype for Business Online;
 * add-ons need their prerequisite in the same group); Graph's DependencyViolation messages seen in
 * the field ("service plan 4828c8ec… (Phone System) depends on…", "service plan fe71d6c3…
 * (Project Online Service) depends on … 5dbe027f… (SharePoint Plan 2)"); Defender for Office 365
 * protects Exchange Online mailboxes, so it needs an Exchange Online plan (which is why Microsoft
 * 365 E5 Security needs an E3-style base).
 */
const PLAN_DEPENDENCY_NAMES: Readonly<Record<string, readonly string[]>> = {
  MCOMEETADV: ['MCOSTANDARD'],
  MCOEV: ['MCOSTANDARD'],
  SHAREPOINT_PROJECT: ['SHAREPOINTENTERPRISE'],
  ATP_ENTERPRISE: ['EXCHANGE_S_STANDARD', 'EXCHANGE_S_ENTERPRISE', 'EXCHANGE_S_DESKLESS'],
  THREAT_INTELLIGENCE: ['EXCHANGE_S_STANDARD', 'EXCHANGE_S_ENTERPRISE', 'EXCHANGE_S_DESKLESS'],
};

const prerequisitesOf = new Map<string, readonly string[]>(
  Object.entries(PLAN_DEPENDENCY_NAMES).map(([name, prerequisites]) => [planId(name), prerequisites.map(planId)]),
);

/**
 * Usage locations where no product may be used. Microsoft publishes no per-product table; the
 * sandbox stands in the countries under comprehensive US embargo, where Microsoft does not offer
 * its online services, so the ProhibitedInUsageLocationViolation path can be practised.
 */
export const PROHIBITED_USAGE_LOCATIONS: ReadonlySet<string> = new Set(['CU', 'IR', 'KP', 'SY']);

export function isUsageLocationAllowed(usageLocation: string): boolean {
  return !PROHIBITED_USAGE_LOCATIONS.has(usageLocation);
}

/** The service plans a license turns on: the product's plans minus the disabled ones. */
export function enabledPlanIds(license: AssignedLicense): readonly string[] {
  // State objects are never changed in place, so the answer is kept per object: group licensing
  // asks it for the same group license once per member.
  let plans = enabledPlansCache.get(license);
  if (!plans) {
    const sku = skuById(license.skuId);
    const disabled = license.disabledPlans;
    plans = sku ? sku.servicePlans.map((plan) => plan.servicePlanId).filter((id) => !disabled.includes(id)) : [];
    enabledPlansCache.set(license, plans);
  }
  return plans;
}

const enabledPlansCache = new WeakMap<AssignedLicense, readonly string[]>();

/** A plan in `candidate` that can't sit beside a plan in `held`, as [candidatePlan, heldPlan]. */
export function conflictingPlans(candidate: readonly string[], held: Iterable<string>): [string, string] | undefined {
  const groups = new Map<number, string>();
  for (const id of held) {
    const group = exclusiveGroupOf.get(id);
    if (group !== undefined) groups.set(group, id);
  }
  if (groups.size === 0) return undefined;
  for (const id of candidate) {
    const group = exclusiveGroupOf.get(id);
    const other = group === undefined ? undefined : groups.get(group);
    if (other !== undefined && other !== id) return [id, other];
  }
  return undefined;
}

/** Every plan among `enabled` whose prerequisite is missing from `enabled`, with the plans it needs. */
export function missingPrerequisites(enabled: ReadonlySet<string>): [string, readonly string[]][] {
  const missing: [string, readonly string[]][] = [];
  for (const id of enabled) {
    const prerequisites = prerequisitesOf.get(id);
    if (prerequisites && !prerequisites.some((prerequisite) => enabled.has(prerequisite))) missing.push([id, prerequisites]);
  }
  return missing;
}

/** Checks a set of licenses on its own: its disabled plans belong to it, and no two of its products conflict. */
export function licenseSetError(licenses: readonly AssignedLicense[], target: LicenseList = 'addLicenses'): TenantError | undefined {
  const seen = new Set<string>();
  for (const license of licenses) {
    if (seen.has(license.skuId)) {
      return LICENSING_ERRORS.listedTwice(license.skuId, target);
    }
    seen.add(license.skuId);
    const sku = skuById(license.skuId);
    if (!sku) return LICENSING_ERRORS.invalidLicense(license.skuId, target);
    const error = disabledPlansError(sku, license.disabledPlans, target);
    if (error) return error;
  }
  for (let i = 0; i < licenses.length; i++) {
    const plans = enabledPlanIds(licenses[i]!);
    for (let j = i + 1; j < licenses.length; j++) {
      const conflict = conflictingPlans(enabledPlanIds(licenses[j]!), plans);
      if (conflict) return LICENSING_ERRORS.mutuallyExclusive(conflict[0], conflict[1], target);
    }
  }
  return undefined;
}

function disabledPlansError(sku: SkuDefinition, disabledPlans: readonly string[], target: LicenseList): TenantError | undefined {
  for (const id of disabledPlans) {
    if (!sku.servicePlans.some((plan) => plan.servicePlanId === id)) {
      // Graph rejects a disabled plan that isn't part of the product; its wording isn't published.
      return LICENSING_ERRORS.invalidDisabledPlan(id, sku.skuPartNumber, sku.skuId, target);
    }
  }
  return undefined;
}
