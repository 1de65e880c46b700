import { getById } from '../../../collection';
import type { Tenant } from '../../../model';
import type { OnPremisesUser } from '../../onPremises/model/objects';
import { objectDn } from '../../onPremises/rules/tree';
import type { SyncConfiguration } from '../model/configuration';
import { immutableIdOf } from './anchor';

/** The cloud user attributes a synced user gets from AD by the default sync rules. */
export interface UserProjection {
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly mailNickname: string;
  readonly mail: string | null;
  readonly proxyAddresses: readonly string[];
  readonly department: string | null;
  readonly jobTitle: string | null;
  readonly companyName: string | null;
  readonly officeLocation: string | null;
  readonly city: string | null;
  readonly businessPhones: readonly string[];
  readonly accountEnabled: boolean;
  readonly onPremisesSamAccountName: string;
  readonly onPremisesUserPrincipalName: string;
  readonly onPremisesDomainName: string;
  readonly onPremisesDistinguishedName: string;
}

/** The attributes above that the cloud compares and writes, in the order the audit log lists them. */
export const SYNCED_USER_ATTRIBUTES = [
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'mailNickname',
  'mail',
  'proxyAddresses',
  'department',
  'jobTitle',
  'companyName',
  'officeLocation',
  'city',
  'businessPhones',
  'accountEnabled',
  'onPremisesSamAccountName',
  'onPremisesUserPrincipalName',
  'onPremisesDomainName',
  'onPremisesDistinguishedName',
] as const satisfies readonly (keyof UserProjection)[];

/** What the projection needs to know about the tenant, read once per cycle. */
export interface ProjectionContext {
  readonly verifiedDomains: ReadonlySet<string>;
  readonly initialDomain: string;
  readonly domainName: string;
}

export function projectionContext(tenant: Tenant): ProjectionContext {
  const verifiedDomains = new Set<string>();
  let initialDomain = '';
  for (const bucket of tenant.domains.domains.buckets) {
    if (!bucket) continue;
    for (const id in bucket) {
      const domain = bucket[id]!;
      if (domain.isVerified) verifiedDomains.add(domain.id.toLowerCase());
      if (domain.isInitial) initialDomain = domain.id;
    }
  }
  return { verifiedDomains, initialDomain, domainName: tenant.onPremises.forest?.id ?? '' };
}

function domainOfAddress(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * The user's anchor: mS-DS-ConsistencyGuid when it holds a value (Connect writes it back on
 * first export), else the objectGUID, both as Entra's base64 immutableId.
 */
export function sourceAnchorOf(user: OnPremisesUser, configuration: SyncConfiguration): string {
  if (configuration.sourceAnchor === 'mS-DS-ConsistencyGuid' && user.msDsConsistencyGuid) return user.msDsConsistencyGuid;
  return immutableIdOf(user.id);
}

/**
 * A UPN whose suffix is not a verified domain of the tenant arrives on the initial onmicrosoft.com
 * domain (`<mailNickname>@<tenant>.onmicrosoft.com`); proxy addresses on unverified domains are dropped.
 */
export function projectUser(tenant: Tenant, user: OnPremisesUser, context: ProjectionContext): UserProjection {
  const mailNickname = user.sAMAccountName;
  const upnDomain = domainOfAddress(user.userPrincipalName);
  const userPrincipalName = context.verifiedDomains.has(upnDomain) ? user.userPrincipalName : `${mailNickname}@${context.initialDomain}`;
  const proxies = user.proxyAddresses.length > 0 ? user.proxyAddresses : user.mail ? [`SMTP:${user.mail}`] : [];
  const proxyAddresses = proxies.filter((proxy) => !/^smtp:/i.test(proxy) || context.verifiedDomains.has(domainOfAddress(proxy)));
  const parent = getById(tenant.onPremises.containers, user.parentId);
  return {
    userPrincipalName,
    displayName: user.displayName,
    givenName: user.givenName,
    surname: user.sn,
    mailNickname,
    mail: user.mail,
    proxyAddresses,
    department: user.department,
    jobTitle: user.title,
    companyName: user.company,
    officeLocation: user.physicalDeliveryOfficeName,
    city: user.l,
    businessPhones: user.telephoneNumber ? [user.telephoneNumber] : [],
    accountEnabled: user.enabled,
    onPremisesSamAccountName: user.sAMAccountName,
    onPremisesUserPrincipalName: user.userPrincipalName,
    onPremisesDomainName: context.domainName,
    onPremisesDistinguishedName: parent ? objectDn(tenant.onPremises, user.name, parent.id) : `CN=${user.name}`,
  };
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => value === b[index]);
  return (a ?? null) === (b ?? null);
}
