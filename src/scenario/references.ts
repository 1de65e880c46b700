import { roleTemplateByName, skuByPartNumber, skuCatalog } from '../tenant/catalog';
import type { AuditRecord, Tenant } from '../tenant/model';
import { administrativeUnitsNamed, anyUser, contactByMail, deletedGroupsNamed, domainNamed, groupsNamed, guestByEmail } from './lookup';
import { verificationDnsRecords } from '../tenant/areas/domains/rules/dns-records';
import { administrativeUnitScope } from '../tenant/areas/roles/rules/role-scope';
import type { Problem } from './template';

/**
 * In setup, solution and wrong-attempt steps an author cannot know GUIDs (or a new domain's
 * verification code), so such a value may be given as a reference: an object with exactly one of
 * these keys, resolved against the tenant as it is when the step runs (so a step can name a user
 * an earlier step created).
 */
export const REFERENCE_KINDS = {
  user: 'a user (active, or in Deleted users) by user name; a guest also by the address they were invited with',
  guest: 'a guest user by the email address they were invited with',
  group: 'a group (active, or in Deleted groups) by display name',
  administrativeUnit: 'an administrative unit by display name',
  administrativeUnitScope: 'the directory scope of an administrative unit, by its display name',
  contact: 'a mail contact by email address',
  sku: 'a license product by skuPartNumber',
  servicePlan: 'a service plan by servicePlanName',
  role: 'a built-in role by display name',
  domain: 'a domain by name',
  verificationTxt: "the TXT value that proves a domain is yours (MS=ms…), by the domain's name",
  verificationMx: "the MX host that proves a domain is yours (ms….msv1.invalid), by the domain's name",
  createdBy: 'the object (user, group, unit…) an earlier step created, by that step\'s index from 0, e.g. { createdBy: 0 }',
} as const;

export type ReferenceKind = keyof typeof REFERENCE_KINDS;

const servicePlanIds = new Map(skuCatalog.flatMap((sku) => sku.servicePlans.map((plan) => [plan.servicePlanName.toLowerCase(), plan.servicePlanId] as const)));

function asReference(value: unknown): [ReferenceKind, string] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1) return undefined;
  const [kind, key] = entries[0]!;
  if (kind === 'createdBy') return typeof key === 'number' && Number.isInteger(key) && key >= 0 ? ['createdBy', String(key)] : undefined;
  return Object.hasOwn(REFERENCE_KINDS, kind) && typeof key === 'string' ? [kind as ReferenceKind, key] : undefined;
}

/** What each earlier step created (its main audit record's first target, for an Add), by step index. */
export type CreatedByStep = readonly (string | undefined)[];

function single(found: readonly { readonly id: string }[], noun: string, name: string): string | { error: string } {
  if (found.length === 1) return found[0]!.id;
  return { error: found.length === 0 ? `no ${noun} is named '${name}' at this step` : `${found.length} ${noun}s are named '${name}'; the reference is ambiguous` };
}

function resolveOne(tenant: Tenant, kind: ReferenceKind, key: string, created: CreatedByStep): string | { error: string } {
  switch (kind) {
    case 'createdBy': {
      const index = Number(key);
      if (index >= created.length) return { error: `{ createdBy: ${index} } names a step that has not run yet; steps before this one: ${created.length}` };
      return created[index] ?? { error: `step ${index} created nothing` };
    }
    case 'user':
      return anyUser(tenant, key)?.id ?? { error: `no user has the user name ${key} at this step` };
    case 'guest':
      return guestByEmail(tenant, key)?.id ?? { error: `no guest was invited as ${key} at this step` };
    case 'group': {
      const active = groupsNamed(tenant, key);
      return single(active.length > 0 ? active : deletedGroupsNamed(tenant, key), 'group', key);
    }
    case 'administrativeUnit':
    case 'administrativeUnitScope': {
      const unit = single(administrativeUnitsNamed(tenant, key), 'administrative unit', key);
      return typeof unit === 'string' && kind === 'administrativeUnitScope' ? administrativeUnitScope(unit) : unit;
    }
    case 'contact':
      return contactByMail(tenant, key)?.id ?? { error: `no mail contact has the address ${key} at this step` };
    case 'sku':
      return skuByPartNumber(key)?.skuId ?? { error: `'${key}' is not a skuPartNumber in the catalogue` };
    case 'servicePlan':
      return servicePlanIds.get(key.toLowerCase()) ?? { error: `'${key}' is not a servicePlanName in the catalogue` };
    case 'role':
      return roleTemplateByName(key)?.id ?? { error: `'${key}' is not the name of a built-in role` };
    case 'domain':
      return domainNamed(tenant, key)?.id ?? { error: `the tenant has no domain ${key} at this step` };
    case 'verificationTxt':
    case 'verificationMx': {
      const domain = domainNamed(tenant, key);
      if (!domain) return { error: `the tenant has no domain ${key} at this step` };
      const [txt, mx] = verificationDnsRecords(domain);
      return (kind === 'verificationTxt' ? txt : mx)!.value;
    }
  }
}

/** Replaces every reference inside a step's payload with the id it names, or reports where one fails. */
export function resolveReferences(tenant: Tenant, value: unknown, path: readonly (string | number)[], problems: Problem[], created: CreatedByStep = []): unknown {
  const reference = asReference(value);
  if (reference) {
    const resolved = resolveOne(tenant, reference[0], reference[1], created);
    if (typeof resolved === 'string') return resolved;
    problems.push({ path, message: resolved.error });
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => resolveReferences(tenant, item, [...path, index], problems, created));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = resolveReferences(tenant, item, [...path, key], problems, created);
    return result;
  }
  return value;
}

/** The object a command created, from its main audit record: the first target of an Add. */
export function createdObjectId(audit: readonly AuditRecord[]): string | undefined {
  const main = audit[0];
  return main && main.result === 'success' && main.operationType === 'Add' ? main.targetResources[0]?.id : undefined;
}
