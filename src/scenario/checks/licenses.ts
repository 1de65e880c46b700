import { skuByPartNumber } from '../../tenant/catalog';
import { getById } from '../../tenant/collection';
import type { Group, LicenseAssignmentStateRecord, Tenant, User } from '../../tenant/model';
import { findObjects, productName, sameObjectIn, type DirectoryObject, type NameRef } from '../objects';
import { listNames, outcome, type Evaluator, type GradingContext, type Outcome } from './context';
import { isDeleted, isOutcome, single, subjectName, userSubject } from './objects';

const HOLDING: ReadonlySet<LicenseAssignmentStateRecord['state']> = new Set(['Active', 'ActiveWithError']);

/** What Entra's group-licensing errors mean, for feedback that says why a member is unlicensed. */
const ERROR_CAUSES: Readonly<Partial<Record<LicenseAssignmentStateRecord['error'], string>>> = {
  CountViolation: 'the product has no licenses left to assign; buy more or free some',
  MutuallyExclusiveViolation: 'the user holds another product whose services conflict with this one',
  DependencyViolation: 'a service in it needs another service that is turned off',
  ProhibitedInUsageLocationViolation: "the product can't be used in the user's Usage location",
};

/** Where each of a user's licenses comes from and how it went, with direct licenses the builder wrote without states included. */
export function licenseStates(person: User, skuId: string): LicenseAssignmentStateRecord[] {
  const states = person.licenseAssignmentStates.filter((state) => state.skuId === skuId);
  if (states.length > 0) return states;
  const assigned = person.assignedLicenses.find((license) => license.skuId === skuId);
  return assigned ? [{ skuId, disabledPlans: assigned.disabledPlans, assignedByGroup: null, state: 'Active', error: 'None', lastUpdatedDateTime: '' }] : [];
}

function source(tenant: Tenant, state: LicenseAssignmentStateRecord): string {
  if (state.assignedByGroup === null) return 'directly';
  return `through the group ${getById(tenant.directory.groups, state.assignedByGroup)?.displayName ?? state.assignedByGroup}`;
}

/** The user or group a license check is about: `user:` (active, else in Deleted users) or `licensedGroup:`. */
function licenseHolder(context: GradingContext, check: { readonly user?: NameRef | undefined; readonly licensedGroup?: NameRef | undefined }): DirectoryObject | Outcome {
  if (check.licensedGroup !== undefined) return single(context.final, { group: check.licensedGroup }, context.start);
  return userSubject(context, check.user ?? '');
}

/** The assignments that would satisfy a positive check: how (via) and from which group. */
interface Wanted {
  readonly via: 'any' | 'direct' | 'group';
  readonly groupIds: readonly string[] | null;
  readonly describe: string;
}

function wanted(context: GradingContext, check: { readonly via?: 'direct' | 'group' | 'any' | undefined; readonly group?: NameRef | undefined }): Wanted {
  if (check.group !== undefined) {
    const groups = findObjects(context.final, { group: check.group }, context.start).map((object) => object.entity.id);
    return { via: 'group', groupIds: groups, describe: `through the group ${typeof check.group === 'string' ? check.group : check.group.atStart}` };
  }
  const via = check.via ?? 'any';
  return { via, groupIds: null, describe: via === 'direct' ? 'directly' : via === 'group' ? 'through a group' : '' };
}

function fits(want: Wanted, state: LicenseAssignmentStateRecord): boolean {
  if (want.via === 'any') return true;
  if (want.via === 'direct') return state.assignedByGroup === null;
  return state.assignedByGroup !== null && (want.groupIds === null || want.groupIds.includes(state.assignedByGroup));
}

function groupHolds(context: GradingContext, group: Group, skuId: string, not: boolean | undefined, product: string): Outcome {
  const name = subjectName({ kind: 'group', entity: group });
  const holds = group.assignedLicenses.some((license) => license.skuId === skuId);
  const before = sameObjectIn(context.start, { kind: 'group', entity: group });
  const heldBefore = before !== undefined && (before.entity as Group).assignedLicenses.some((license) => license.skuId === skuId);
  if (not) return holds ? outcome(false, `${name} ${heldBefore ? 'still ' : ''}assigns ${product} to its members`) : outcome(true, `${name} assigns no ${product} license`);
  if (holds) return outcome(true, `${name} assigns ${product} to its members`);
  return outcome(false, `${name} assigns no ${product} license; it assigns: ${listNames(group.assignedLicenses.map((license) => productName(license.skuId)))}`);
}

/**
 * holdsLicense. With `not: true`, `via` and `group` narrow what must be absent: "holds E5, but not
 * directly" is `not: true, via: direct`. A user in Deleted users holds nothing in use, so a
 * negative check passes for them and a positive one fails. "Still" only when it held at the start.
 */
export const holdsLicense: Evaluator<'holdsLicense'> = (check, context) => {
  const { final } = context;
  const holder = licenseHolder(context, check);
  if (isOutcome(holder)) return holder;
  const sku = skuByPartNumber(check.sku);
  if (!sku) return outcome(false, `${check.sku} is not a product in the catalogue`);
  const product = sku.displayName;
  if (holder.kind === 'group') return groupHolds(context, holder.entity, sku.skuId, check.not, product);
  const name = subjectName(holder);
  const want = wanted(context, check);
  if (isDeleted(holder)) {
    return check.not ? outcome(true, `${name} is in Deleted users, so holds no license in use`) : outcome(false, `${name} is in Deleted users, so holds no ${product} license in use`);
  }
  const person = holder.entity as User;
  const states = licenseStates(person, sku.skuId);
  const holding = states.filter((state) => HOLDING.has(state.state));
  const held = holding.filter((state) => fits(want, state));
  const how = (list: readonly LicenseAssignmentStateRecord[]) => list.map((state) => source(final, state)).join(' and ');
  if (check.not) {
    if (held.length === 0) {
      const other = holding.length > 0 ? ` (${product} is held ${how(holding)})` : '';
      return outcome(true, `${name} holds no ${product} license${want.describe ? ` ${want.describe}` : ''}${other}`);
    }
    const before = sameObjectIn(context.start, holder);
    const heldBefore = before !== undefined && licenseStates(before.entity as User, sku.skuId).some((state) => HOLDING.has(state.state) && fits(want, state));
    return outcome(false, `${name} ${heldBefore ? 'still ' : ''}holds ${product} (${how(held)})`);
  }
  if (held.length > 0) return outcome(true, `${name} holds ${product} ${how(held)}`);
  const failing = states.find((state) => !HOLDING.has(state.state) && fits(want, state));
  if (failing) return outcome(false, `${name}'s ${product} license assigned ${source(final, failing)} is in error (${failing.error})${ERROR_CAUSES[failing.error] ? `: ${ERROR_CAUSES[failing.error]}` : ''}`);
  if (holding.length > 0) return outcome(false, `${name} holds ${product} ${how(holding)}, not ${want.describe}`);
  const others = person.assignedLicenses.map((license) => productName(license.skuId));
  // The tenant's own reason a license could not be there yet.
  const why = person.usageLocation ? '' : `. ${person.displayName} has no Usage location, and a license can only be assigned once one is set`;
  return outcome(false, `${name} holds no ${product} license; licenses held: ${listNames(others)}${why}`);
};

export const planDisabled: Evaluator<'planDisabled'> = (check, context) => {
  const holder = licenseHolder(context, check);
  if (isOutcome(holder)) return holder;
  const sku = skuByPartNumber(check.sku);
  const plan = sku?.servicePlans.find((candidate) => candidate.servicePlanName.toLowerCase() === check.plan.toLowerCase());
  if (!sku || !plan) return outcome(false, `${check.plan} is not a service plan of ${check.sku}`);
  const name = subjectName(holder);
  if (isDeleted(holder)) return outcome(false, `${name} is in Deleted users, so holds no ${sku.displayName} license in use`);
  const disabledLists =
    holder.kind === 'group'
      ? holder.entity.assignedLicenses.filter((license) => license.skuId === sku.skuId).map((license) => license.disabledPlans)
      : licenseStates(holder.entity as User, sku.skuId)
          .filter((state) => HOLDING.has(state.state))
          .map((state) => state.disabledPlans);
  if (disabledLists.length === 0) return outcome(false, `${name} ${holder.kind === 'group' ? 'assigns' : 'holds'} no ${sku.displayName} license`);
  const disabled = disabledLists.every((plans) => plans.includes(plan.servicePlanId));
  const where = `in ${name}'s ${sku.displayName} license`;
  const before = sameObjectIn(context.start, holder);
  const beforeLists =
    before === undefined ? [] : before.kind === 'group' ? before.entity.assignedLicenses.filter((license) => license.skuId === sku.skuId).map((license) => license.disabledPlans) : licenseStates(before.entity as User, sku.skuId).map((state) => state.disabledPlans);
  const disabledBefore = beforeLists.length > 0 && beforeLists.every((plans) => plans.includes(plan.servicePlanId));
  const onBefore = beforeLists.length > 0 && !disabledBefore;
  if (check.not) return disabled ? outcome(false, `${plan.displayName} is ${disabledBefore ? 'still ' : ''}turned off ${where}`) : outcome(true, `${plan.displayName} is on ${where}`);
  return disabled ? outcome(true, `${plan.displayName} is turned off ${where}`) : outcome(false, `${plan.displayName} is ${onBefore ? 'still ' : ''}on ${where}`);
};
