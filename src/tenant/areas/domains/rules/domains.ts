import { createBucketIndex } from '../../../bucket-index';
import { getById, toArray } from '../../../collection';
import type { TenantError } from '../../../errors';
import { DOMAIN_ERRORS } from '../errors';
import { seedFrom } from '../../../ids';
import type { Domain, Group, OrgContact, Tenant, User } from '../../../model';
import { domainHealth, isOnMicrosoftDomain, type DomainStatus } from './dns-records';

/** Entra's limit on domains per tenant (2,500 when all are federated; federation is not simulated). */
export const MAX_DOMAINS = 5000;

/** "You're limited to five onmicrosoft.com domains", the initial one included. */
export const MAX_ONMICROSOFT_DOMAINS = 5;

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const ONMICROSOFT_SUFFIX = '.onmicrosoft.com';

/** A domain name Entra accepts: at least two labels, a top-level domain that isn't all digits. */
export function domainNameError(name: string): TenantError | undefined {
  const labels = name.split('.');
  const topLevel = labels[labels.length - 1] ?? '';
  if (name.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^[0-9]+$/.test(topLevel)) {
    return DOMAIN_ERRORS.invalidName(name);
  }
  return undefined;
}

/** An onmicrosoft.com name is one label of letters and digits before `.onmicrosoft.com`. */
export function onMicrosoftNameError(name: string): TenantError | undefined {
  const prefix = name.endsWith(ONMICROSOFT_SUFFIX) ? name.slice(0, -ONMICROSOFT_SUFFIX.length) : '';
  if (/^[a-z0-9]{1,63}$/.test(prefix)) return undefined;
  return DOMAIN_ERRORS.invalidOnMicrosoftName(ONMICROSOFT_SUFFIX);
}

/** The nearest verified domain of the tenant that `name` is a subdomain of. */
export function verifiedParentDomain(tenant: Tenant, name: string): Domain | undefined {
  const labels = name.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    const parent = getById(tenant.domains.domains, labels.slice(i).join('.'));
    if (parent?.isVerified) return parent;
  }
  return undefined;
}

function verificationToken(value: number): string {
  return `ms${(value % 100_000_000).toString().padStart(8, '0')}`;
}

/** A new domain's verification token, drawn from a GUID the tenant minted. */
export function verificationCodeFrom(guid: string): string {
  return verificationToken(parseInt(guid.replace(/-/g, '').slice(0, 8), 16));
}

/** Fixture domains get a token from their name, so building them mints no GUIDs. */
export function fixtureVerificationCode(name: string): string {
  return verificationToken(seedFrom(name));
}

// ---- What uses a domain ----

function domainOfAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : null;
}

/** The distinct domains of some addresses; they are few, so a list beats a set. */
function domainsIn(addresses: readonly (string | null | undefined)[]): string[] {
  const domains: string[] = [];
  for (const address of addresses) {
    const domain = address ? domainOfAddress(address) : null;
    if (domain && !domains.includes(domain)) domains.push(domain);
  }
  return domains;
}

/** `SMTP:` marks the primary address, `smtp:` the aliases. */
const primaryProxy = (proxyAddresses: readonly string[]) => proxyAddresses.filter((proxy) => proxy.startsWith('SMTP:'));
const aliasProxies = (proxyAddresses: readonly string[]) => proxyAddresses.filter((proxy) => proxy.startsWith('smtp:'));

const userPrimaryDomains = (user: User) => domainsIn([user.userPrincipalName, user.mail, ...primaryProxy(user.proxyAddresses)]);
const contactPrimaryDomains = (contact: OrgContact) => domainsIn([contact.mail, ...primaryProxy(contact.proxyAddresses)]);
const activeUsersByDomain = createBucketIndex<User>(userPrimaryDomains);
const deletedUsersByDomain = createBucketIndex<User>(userPrimaryDomains);
const groupsByDomain = createBucketIndex<Group>((group) => domainsIn([group.mail]));
const contactsByDomain = createBucketIndex<OrgContact>(contactPrimaryDomains);
const usersByAliasDomain = createBucketIndex<User>((user) => domainsIn(aliasProxies(user.proxyAddresses)));
const contactsByAliasDomain = createBucketIndex<OrgContact>((contact) => domainsIn(aliasProxies(contact.proxyAddresses)));

/** Active users whose user name or primary email address is on the domain (the domain's Users tab). */
export function domainUsers(tenant: Tenant, name: string): readonly User[] {
  return activeUsersByDomain.find(tenant.directory.users, name.toLowerCase());
}

/** Groups whose email address is on the domain (the domain's "Teams & groups" tab). */
export function domainGroups(tenant: Tenant, name: string): readonly Group[] {
  return groupsByDomain.find(tenant.directory.groups, name.toLowerCase());
}

/** Users and contacts that hold only an alias (a secondary proxy address) on the domain. */
export function domainAliasHolders(tenant: Tenant, name: string): { readonly users: readonly User[]; readonly contacts: readonly OrgContact[] } {
  const domain = name.toLowerCase();
  return { users: usersByAliasDomain.find(tenant.directory.users, domain), contacts: contactsByAliasDomain.find(tenant.directory.contacts, domain) };
}

/** The proxy addresses without the aliases on `domain`. */
export function withoutAliasesOn(proxyAddresses: readonly string[], domain: string): string[] {
  return proxyAddresses.filter((proxy) => !proxy.startsWith('smtp:') || domainOfAddress(proxy) !== domain);
}

export interface DomainReference {
  /** What kind of object still uses the domain, as the removal pane lists them. */
  readonly kind: 'Users' | 'Deleted users' | 'Groups' | 'Contacts' | 'Subdomains';
  readonly count: number;
  /** A few of them by name, sorted, for the message. */
  readonly examples: readonly string[];
}

const EXAMPLES = 3;

/**
 * The first few names in case-insensitive order, without sorting them all: a domain may hold
 * 50,000 users, and a full locale-aware sort of them would cost more than the whole command.
 */
function firstNames(names: readonly string[]): string[] {
  const first: { name: string; key: string }[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (first.length === EXAMPLES && key >= first[EXAMPLES - 1]!.key) continue;
    first.push({ name, key });
    first.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (first.length > EXAMPLES) first.pop();
  }
  return first.map(({ name }) => name);
}

function reference(kind: DomainReference['kind'], names: readonly string[]): DomainReference[] {
  if (names.length === 0) return [];
  return [{ kind, count: names.length, examples: firstNames(names) }];
}

/**
 * Everything that blocks removing a domain: users whose user name or primary address is on it
 * (deleted ones too, until they are purged), groups and mail contacts whose address is on it,
 * and the domain's own subdomains in the tenant. Aliases don't block: the admin center's
 * removal strips them, as its domain manager does.
 */
export function domainReferences(tenant: Tenant, name: string): DomainReference[] {
  const domain = name.toLowerCase();
  return [
    ...reference('Users', domainUsers(tenant, domain).map((user) => user.userPrincipalName)),
    ...reference('Deleted users', deletedUsersByDomain.find(tenant.directory.deletedUsers, domain).map((user) => user.userPrincipalName)),
    ...reference('Groups', domainGroups(tenant, domain).map((group) => group.mail ?? group.displayName)),
    ...reference('Contacts', contactsByDomain.find(tenant.directory.contacts, domain).map((contact) => contact.mail)),
    ...reference('Subdomains', subdomainsOf(tenant, `.${domain}`)),
  ];
}

/** Domains are few (at most 5,000), so walking them is cheap next to the users. */
function subdomainsOf(tenant: Tenant, suffix: string): string[] {
  return toArray(tenant.domains.domains)
    .filter((domain) => domain.id.endsWith(suffix))
    .map((domain) => domain.id);
}

export function describeReferences(references: readonly DomainReference[]): string {
  return references
    .map(({ kind, count, examples }) => `${kind}: ${count} (${examples.join(', ')}${count > examples.length ? ', ...' : ''})`)
    .join('. ');
}

// ---- The Domains page ----

export interface DomainRow {
  readonly name: string;
  readonly status: DomainStatus;
  readonly isDefault: boolean;
  readonly isInitial: boolean;
  readonly isVerified: boolean;
  readonly isOnMicrosoft: boolean;
}

/** The rows of Settings > Domains, by name. */
export function domainRows(tenant: Tenant): DomainRow[] {
  return toArray(tenant.domains.domains)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((domain) => ({
      name: domain.id,
      status: domainHealth(tenant, domain.id)!.status,
      isDefault: domain.isDefault,
      isInitial: domain.isInitial,
      isVerified: domain.isVerified,
      isOnMicrosoft: isOnMicrosoftDomain(domain.id),
    }));
}
