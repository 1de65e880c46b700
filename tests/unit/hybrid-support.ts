import { getById, toArray, type Tenant, type User } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

/** Contoso with contoso.local seeded: a Sales and an IT OU under Contoso, and a Branch OU with generated users. */
export function hybridLab(options: { branchUsers?: number } = {}): TestTenant {
  return new TestTenant().run({
    type: 'onPremises.seed',
    domainName: 'contoso.local',
    netBiosName: 'CONTOSO',
    upnSuffixes: ['contoso.com'],
    organizationalUnits: ['Contoso', 'Contoso/Sales', 'Contoso/IT', 'Branch'],
    users: [
      { ou: 'Contoso/Sales', sAMAccountName: 'lena', givenName: 'Lena', sn: 'Fischer', userPrincipalName: 'lena@contoso.com', mail: 'lena@contoso.com', proxyAddresses: ['SMTP:lena@contoso.com'], department: 'Sales' },
      { ou: 'Contoso/Sales', sAMAccountName: 'omar', givenName: 'Omar', sn: 'Haddad', userPrincipalName: 'omar@contoso.com', department: 'Sales' },
      { ou: 'Contoso/IT', sAMAccountName: 'ivy', givenName: 'Ivy', sn: 'Chen', userPrincipalName: 'ivy@contoso.local', department: 'IT' },
    ],
    generatedUsers: [{ ou: 'Branch', count: options.branchUsers ?? 3, prefix: 'branch', upnSuffix: 'contoso.com' }],
    groups: [{ ou: 'Contoso/Sales', name: 'Sales Team', members: ['lena', 'omar'] }],
  });
}

export function ouId(lab: TestTenant, path: string): string {
  return toArray(lab.tenant.onPremises.containers).find((container) => container.name === path.split('/').at(-1))!.id;
}

export function onPremUser(lab: TestTenant, sam: string) {
  return toArray(lab.tenant.onPremises.users).find((user) => user.sAMAccountName === sam)!;
}

/** The cloud user synced from the on-premises account with this sAMAccountName. */
export function syncedUser(tenant: Tenant, sam: string): User | undefined {
  return toArray(tenant.directory.users).find((user) => user.onPremisesSamAccountName === sam);
}

export function syncedUsers(tenant: Tenant): User[] {
  return toArray(tenant.directory.users).filter((user) => user.onPremisesSyncEnabled === true);
}

export function cloudUser(tenant: Tenant, id: string): User | undefined {
  return getById(tenant.directory.users, id);
}
