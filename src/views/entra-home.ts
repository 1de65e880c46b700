import { AAD_PREMIUM_P2_PLAN_ID, defaultDomain, entities, ROLE, type Tenant } from '../tenant';

/*
 * Entra's Home (the Microsoft Entra ID overview): its tabs' facts, from the tenant. Only what the
 * sandbox models is shown; the rest of the real page (applications, devices, sign-ins) is not.
 */

/** The Microsoft Entra ID P1 service plan (AAD_PREMIUM). */
const AAD_PREMIUM_P1_PLAN_ID = '41781fb2-bc02-4b7c-bd55-b576c07bb09d';

export interface EntraHome {
  readonly name: string;
  readonly tenantId: string;
  readonly primaryDomain: string;
  /** "Microsoft Entra ID P2", "Microsoft Entra ID P1" or "Microsoft Entra ID Free": the best edition a subscription in force includes. */
  readonly license: string;
  readonly users: number;
  readonly guests: number;
  readonly groups: number;
  readonly domains: number;
  readonly globalAdministrators: number;
  readonly syncedUsers: number;
  readonly countryLetterCode: string;
  readonly preferredLanguage: string;
  readonly technicalContact: string;
  readonly createdDateTime: string;
}

function edition(tenant: Tenant): string {
  let best = 0;
  for (const subscription of entities(tenant.licensing.subscribedSkus)) {
    if (subscription.capabilityStatus !== 'Enabled' && subscription.capabilityStatus !== 'Warning') continue;
    for (const plan of subscription.servicePlans) {
      if (plan.servicePlanId === AAD_PREMIUM_P2_PLAN_ID) best = 2;
      else if (plan.servicePlanId === AAD_PREMIUM_P1_PLAN_ID) best = Math.max(best, 1);
    }
  }
  return best === 2 ? 'Microsoft Entra ID P2' : best === 1 ? 'Microsoft Entra ID P1' : 'Microsoft Entra ID Free';
}

export function selectEntraHome(tenant: Tenant): EntraHome {
  let guests = 0;
  let synced = 0;
  for (const user of entities(tenant.directory.users)) {
    if (user.userType === 'Guest') guests++;
    if (user.onPremisesSyncEnabled) synced++;
  }
  let globalAdministrators = 0;
  for (const assignment of entities(tenant.roles.roleAssignments)) {
    if (assignment.roleDefinitionId === ROLE.globalAdministrator && assignment.directoryScopeId === '/') globalAdministrators++;
  }
  return {
    name: tenant.organization.displayName,
    tenantId: tenant.organization.id,
    primaryDomain: defaultDomain(tenant)?.id ?? '',
    license: edition(tenant),
    users: tenant.directory.users.size,
    guests,
    groups: tenant.directory.groups.size,
    domains: tenant.domains.domains.size,
    globalAdministrators,
    syncedUsers: synced,
    countryLetterCode: tenant.organization.countryLetterCode,
    preferredLanguage: tenant.organization.preferredLanguage,
    technicalContact: tenant.organization.technicalNotificationMails[0] ?? '',
    createdDateTime: tenant.organization.createdDateTime,
  };
}

export interface Recommendation {
  readonly name: string;
  readonly impactedResources: 'Users' | 'Tenant';
  readonly status: 'Active' | 'Completed';
  /** What the tenant shows that makes it apply, or shows it is done. */
  readonly detail: string;
}

/**
 * The recommendations whose condition the sandbox can evaluate, under Microsoft's names: with the
 * Global Administrator count (Microsoft advises at least two and fewer than five).
 */
export function recommendationsOf(home: EntraHome): Recommendation[] {
  const count = home.globalAdministrators;
  return [
    {
      name: 'Designate more than one Global Administrator',
      impactedResources: 'Users',
      status: count < 2 ? 'Active' : 'Completed',
      detail: `${count} Global Administrator${count === 1 ? '' : 's'} assigned. With only one, losing that account locks the organization out of its own tenant.`,
    },
    {
      name: 'Use least privileged administrative roles',
      impactedResources: 'Users',
      status: count >= 5 ? 'Active' : 'Completed',
      detail: `${count} Global Administrator${count === 1 ? '' : 's'} assigned. Keep fewer than five, and give other admins the narrowest role that does their job.`,
    },
  ];
}
