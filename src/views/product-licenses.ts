import {
  entities,
  getById,
  LICENSE_ERROR_TEXT,
  productGroups,
  productHolders,
  skuById,
  type LicenseAssignmentError,
  type LicenseSourceState,
  type Tenant,
} from '../tenant';

/** Reads for a product's page under Billing > Licenses: its Users and Groups tabs. */

export interface LicenseUserRow {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** "Direct", "Inherited (Finance)", or both, as the "Assignment paths" column lists them. */
  readonly assignmentPaths: string;
  /** The user has a direct assignment, the only kind "Unassign licenses" can take away. */
  readonly direct: boolean;
  /** What went wrong for this user, in the admin center's words; null when the license works. */
  readonly problem: string | null;
}

function pathOf(source: LicenseSourceState): string {
  return source.source.kind === 'direct' ? 'Direct' : `Inherited (${source.source.groupName})`;
}

function problemText(error: LicenseAssignmentError): string | null {
  return error === 'None' ? null : LICENSE_ERROR_TEXT[error];
}

/** The product's Users tab: everyone with an assignment of it, held or in error. */
export function productUsersSelector(skuId: string): (tenant: Tenant) => LicenseUserRow[] {
  return (tenant) =>
    productHolders(tenant, skuId).map((holder) => ({
      userId: holder.userId,
      displayName: holder.displayName,
      userPrincipalName: holder.userPrincipalName,
      assignmentPaths: holder.sources.map(pathOf).join(', '),
      direct: holder.sources.some((source) => source.source.kind === 'direct'),
      problem: holder.sources.map((source) => problemText(source.error)).find((text) => text !== null) ?? null,
    }));
}

/** How a group's assignment of the product went for its members. */
export type GroupLicenseStatus = 'All licenses assigned' | 'Errors & issues';

export interface LicenseGroupRow {
  readonly groupId: string;
  readonly displayName: string;
  readonly status: GroupLicenseStatus;
  readonly assignedCount: number;
  readonly errorCount: number;
}

export interface GroupMemberOutcome {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

export interface GroupMemberProblem extends GroupMemberOutcome {
  readonly error: Exclude<LicenseAssignmentError, 'None'>;
  /** The admin center's short name of the error, e.g. "Not enough licenses". */
  readonly problem: string;
}

export interface GroupProductLicensing {
  readonly groupId: string;
  readonly displayName: string;
  readonly status: GroupLicenseStatus;
  readonly assigned: readonly GroupMemberOutcome[];
  readonly actionsNeeded: readonly GroupMemberProblem[];
}

/**
 * A group's members as the product reached them: "Successfully assigned" or "Actions needed". Group
 * licensing runs within the command in the sandbox, so there is never an "In progress" state to show.
 */
export function groupProductLicensing(tenant: Tenant, groupId: string, skuId: string): GroupProductLicensing | undefined {
  const group = getById(tenant.directory.groups, groupId);
  if (!group || !group.assignedLicenses.some((license) => license.skuId === skuId)) return undefined;
  const assigned: GroupMemberOutcome[] = [];
  const actionsNeeded: GroupMemberProblem[] = [];
  for (const memberId of group.memberIds) {
    const user = getById(tenant.directory.users, memberId);
    const record = user?.licenseAssignmentStates.find((state) => state.assignedByGroup === groupId && state.skuId === skuId);
    if (!user || !record) continue;
    const person = { userId: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName };
    if (record.error === 'None') assigned.push(person);
    else actionsNeeded.push({ ...person, error: record.error, problem: LICENSE_ERROR_TEXT[record.error] });
  }
  const byName = (a: GroupMemberOutcome, b: GroupMemberOutcome) => a.displayName.localeCompare(b.displayName, 'en');
  return {
    groupId,
    displayName: group.displayName,
    status: actionsNeeded.length > 0 ? 'Errors & issues' : 'All licenses assigned',
    assigned: assigned.sort(byName),
    actionsNeeded: actionsNeeded.sort(byName),
  };
}

/** The product's Groups tab. */
export function productGroupsSelector(skuId: string): (tenant: Tenant) => LicenseGroupRow[] {
  return (tenant) =>
    productGroups(tenant, skuId).flatMap(({ groupId }) => {
      const licensing = groupProductLicensing(tenant, groupId, skuId);
      if (!licensing) return [];
      return [{ groupId, displayName: licensing.displayName, status: licensing.status, assignedCount: licensing.assigned.length, errorCount: licensing.actionsNeeded.length }];
    });
}

export interface GroupOption {
  readonly id: string;
  readonly displayName: string;
  readonly description: string | null;
  readonly memberCount: number;
}

/**
 * Groups the "Assign licenses to groups" search offers: security groups and security-enabled
 * Microsoft 365 groups, the only ones group-based licensing works on, that don't have the product yet.
 */
export function searchLicensableGroups(tenant: Tenant, skuId: string, query: string, limit: number): GroupOption[] {
  const needle = query.trim().toLowerCase();
  const found: GroupOption[] = [];
  for (const group of entities(tenant.directory.groups)) {
    if (!group.securityEnabled || group.assignedLicenses.some((license) => license.skuId === skuId)) continue;
    if (needle && !group.displayName.toLowerCase().includes(needle)) continue;
    found.push({ id: group.id, displayName: group.displayName, description: group.description, memberCount: group.memberIds.length });
  }
  return found.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en')).slice(0, limit);
}

export interface ServicePlanChoice {
  readonly servicePlanId: string;
  readonly displayName: string;
}

/** The apps and services of a product, by name, for "Turn apps and services on or off". */
export function servicePlanChoices(skuId: string): ServicePlanChoice[] {
  return (skuById(skuId)?.servicePlans ?? [])
    .map((plan) => ({ servicePlanId: plan.servicePlanId, displayName: plan.displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}
