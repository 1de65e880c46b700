import { entities, licenseProducts, ROLE, skuById, type Tenant } from '../tenant';

/** Reads for the Add a user and Add multiple users wizards. */

export interface DomainChoice {
  readonly name: string;
  readonly isDefault: boolean;
}

/** The domains a username may use: the verified ones, the default first (the wizard preselects it). */
export function selectVerifiedDomains(tenant: Tenant): DomainChoice[] {
  const domains: DomainChoice[] = [];
  for (const domain of entities(tenant.domains.domains)) if (domain.isVerified) domains.push({ name: domain.id, isDefault: domain.isDefault });
  return domains.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
}

export interface ProductChoice {
  readonly skuId: string;
  readonly displayName: string;
  readonly purchased: number;
  /** Seats left; the wizard turns the product off at 0. */
  readonly available: number;
}

/** The products a new user can be given: the tenant's per-user products, with their free seats. */
export function selectAssignableProducts(tenant: Tenant): ProductChoice[] {
  return licenseProducts(tenant)
    .filter((product) => skuById(product.skuId)?.appliesTo !== 'Company')
    .map((product) => ({ skuId: product.skuId, displayName: product.displayName, purchased: product.purchased, available: product.available }));
}

/** The organization's country, which the wizard's "Select location" starts on. */
export const selectOrganizationCountry = (tenant: Tenant): string => tenant.organization.countryLetterCode;

/** How many directory-wide Global Administrator assignments the tenant has, for the wizard's warning. */
export function selectGlobalAdministratorCount(tenant: Tenant): number {
  let count = 0;
  for (const assignment of entities(tenant.roles.roleAssignments)) {
    if (assignment.roleDefinitionId === ROLE.globalAdministrator && assignment.directoryScopeId === '/') count += 1;
  }
  return count;
}
