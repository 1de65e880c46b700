import { original, type Draft } from 'immer';
import { findEntity, getById, putEntity, removeEntity, toArray } from '../../../collection';
import { defineCommand, type ApplyContext } from '../../../command';
import { notFound, type TenantError } from '../../../errors';
import type { Domain, DomainService, ModifiedProperty, TargetResource, Tenant } from '../../../model';
import { DEFAULT_DOMAIN_SERVICES, DOMAIN_SERVICES, isOnMicrosoftDomain, verificationDnsRecords } from '../rules/dns-records';
import { normalizeHost, recordsAt, zoneFor } from '../rules/dns-zone';
import {
  describeReferences,
  domainAliasHolders,
  domainNameError,
  domainReferences,
  MAX_DOMAINS,
  MAX_ONMICROSOFT_DOMAINS,
  onMicrosoftNameError,
  verificationCodeFrom,
  verifiedParentDomain,
  withoutAliasesOn,
} from '../rules/domains';
import { activityFields } from '../../../describe';
import { DIRECTORY_ACTIVITIES } from '../../directory/activities';
import { DOMAIN_ACTIVITIES } from '../activities';
import { DOMAIN_ERRORS } from '../errors';

export interface AddDomain {
  readonly type: 'domain.add';
  /** The fully qualified domain name, e.g. `fabrikam.com`. */
  readonly name: string;
}

export interface VerifyDomain {
  readonly type: 'domain.verify';
  readonly name: string;
}

export interface SetDefaultDomain {
  readonly type: 'domain.setDefault';
  readonly name: string;
}

export interface RemoveDomain {
  readonly type: 'domain.remove';
  readonly name: string;
}

/** "Add onmicrosoft domain": another `<name>.onmicrosoft.com` domain, verified from the start. */
export interface AddOnMicrosoftDomain {
  readonly type: 'domain.addOnMicrosoftDomain';
  /** The full name, e.g. `contosolab.onmicrosoft.com`. */
  readonly name: string;
}

/** The "Add DNS records" step's service choice: which service records the domain is set up for. */
export interface UpdateDomainServices {
  readonly type: 'domain.updateServices';
  readonly name: string;
  readonly services: readonly DomainService[];
}

/** Domain Name Administrator and Global Administrator hold it; Entra has no narrower domain action. */
const MANAGE_DOMAINS = 'microsoft.directory/domains/allProperties/allTasks';


function domainTarget(domain: Domain, modifiedProperties: readonly ModifiedProperty[] = []): TargetResource {
  return { id: domain.id, displayName: domain.id, type: 'Domain', modifiedProperties };
}

/** Domain names are case-insensitive; the tenant keeps them in lower case. */
function nameOf(input: string): string {
  return normalizeHost(input);
}

function existingDomain(tenant: Tenant, input: string): Domain | TenantError {
  return getById(tenant.domains.domains, nameOf(input)) ?? notFound('domain', input);
}

function isError(value: Domain | TenantError): value is TenantError {
  return 'code' in value;
}

/** What verification looked for and did not find, for the message. */
function verificationProblem(tenant: Tenant, domain: Domain): string | undefined {
  const [txt, mx] = verificationDnsRecords(domain);
  const located = zoneFor(tenant, domain.id);
  const atDomain = located ? recordsAt(located.zone, located.host) : [];
  const hasTxt = atDomain.some((record) => record.type === 'TXT' && record.value.toLowerCase() === txt!.value.toLowerCase());
  const hasMx = atDomain.some((record) => record.type === 'MX' && record.value === mx!.value);
  if (hasTxt || hasMx) return undefined;
  const otherCodes = atDomain.filter((record) => record.type === 'TXT' && /^ms=ms/i.test(record.value)).map((record) => record.value);
  const otherCode = otherCodes.length > 0 ? ` The TXT record found there, ${otherCodes.join(', ')}, is not this domain's value.` : '';
  return `We couldn't find the TXT record ${txt!.value} or the MX record ${mx!.value} for ${domain.id}.${otherCode} Add one of them at your DNS host, then try again.`;
}

/**
 * Removing a domain in the admin center also removes the aliases (secondary proxy addresses)
 * users and contacts still have on it, as its domain manager does; only primary addresses block.
 */
function removeAliases(draft: Draft<Tenant>, domain: string, context: ApplyContext): void {
  // Validation ran against this same committed state, so its indexes answer for it.
  const holders = domainAliasHolders(original(draft) as Tenant, domain);
  for (const { id } of holders.users) {
    const user = getById(draft.directory.users, id)!;
    const oldValue = user.proxyAddresses.join(', ');
    user.proxyAddresses = withoutAliasesOn(user.proxyAddresses, domain);
    context.record({
      ...activityFields(DIRECTORY_ACTIVITIES['Update user']),
      loggedByService: 'Core Directory',
      targetResources: [
        {
          id,
          displayName: user.displayName,
          type: 'User',
          userPrincipalName: user.userPrincipalName,
          modifiedProperties: [{ displayName: 'proxyAddresses', oldValue, newValue: user.proxyAddresses.join(', ') }],
        },
      ],
    });
  }
  for (const { id } of holders.contacts) {
    const contact = getById(draft.directory.contacts, id)!;
    contact.proxyAddresses = withoutAliasesOn(contact.proxyAddresses, domain);
  }
  if (holders.users.length > 0) context.reconcile(draft, { users: holders.users.map((user) => user.id) });
}

/** A domain with no ancestor domain in the tenant is a root; Graph calls subdomains non-root. */
function isRootIn(tenant: Tenant, name: string): boolean {
  const labels = name.split('.');
  for (let i = 1; i < labels.length - 1; i++) if (getById(tenant.domains.domains, labels.slice(i).join('.'))) return false;
  return true;
}

function setServices(domain: Draft<Domain>, services: readonly DomainService[]): ModifiedProperty {
  const ordered = DOMAIN_SERVICES.map(({ service }) => service).filter((service) => services.includes(service));
  const modified = { displayName: 'SupportedServices', oldValue: domain.supportedServices.join(', '), newValue: ordered.join(', ') };
  domain.supportedServices = ordered;
  return modified;
}

export const domainCommands = {
  'domain.add': defineCommand<AddDomain>({
    permission: MANAGE_DOMAINS,
    // Entra names the activity after the outcome: a subdomain of a verified domain is verified at once.
    activity: (command, tenant) =>
      DOMAIN_ACTIVITIES[verifiedParentDomain(tenant, nameOf(command.name)) ? 'Add verified domain' : 'Add unverified domain'],
    validate(tenant, command) {
      const name = nameOf(command.name);
      const nameError = domainNameError(name);
      if (nameError) return nameError;
      if (isOnMicrosoftDomain(name)) {
        return DOMAIN_ERRORS.onMicrosoftNotAllowed(name);
      }
      if (getById(tenant.domains.domains, name)) return DOMAIN_ERRORS.alreadyExists(name);
      if (tenant.domains.domains.size >= MAX_DOMAINS) {
        return DOMAIN_ERRORS.limitReached(MAX_DOMAINS);
      }
      return undefined;
    },
    apply(draft, command, context) {
      const name = nameOf(command.name);
      const parent = verifiedParentDomain(draft, name);
      // A new custom domain takes its password policy from the initial domain.
      const initial = findEntity(draft.domains.domains, (domain) => domain.isInitial);
      const domain: Domain = {
        id: name,
        authenticationType: parent?.authenticationType ?? 'Managed',
        isDefault: false,
        isInitial: false,
        isRoot: false,
        isVerified: parent !== undefined,
        supportedServices: parent ? [...DEFAULT_DOMAIN_SERVICES] : [],
        passwordValidityPeriodInDays: initial?.passwordValidityPeriodInDays ?? null,
        passwordNotificationWindowInDays: initial?.passwordNotificationWindowInDays ?? null,
        verificationCode: verificationCodeFrom(context.newId()),
      };
      putEntity(draft.domains.domains, domain);
      // The sandbox lets the learner own any name they add: a new name gets an empty zone at the
      // simulated DNS host, where they then publish the records Microsoft asks for.
      if (!zoneFor(draft, name)) putEntity(draft.domains.dnsZones, { id: name, records: [], nextRecordNumber: 1 });
      return [domainTarget(domain)];
    },
  }),

  'domain.addOnMicrosoftDomain': defineCommand<AddOnMicrosoftDomain>({
    permission: MANAGE_DOMAINS,
    activity: DOMAIN_ACTIVITIES['Add verified domain'],
    validate(tenant, command) {
      const name = nameOf(command.name);
      const nameError = onMicrosoftNameError(name);
      if (nameError) return nameError;
      if (getById(tenant.domains.domains, name)) return DOMAIN_ERRORS.alreadyExists(name);
      // Domains are few, so counting the onmicrosoft.com ones is a short walk.
      if (toArray(tenant.domains.domains).filter((domain) => isOnMicrosoftDomain(domain.id)).length >= MAX_ONMICROSOFT_DOMAINS) {
        return DOMAIN_ERRORS.onMicrosoftLimitReached(MAX_ONMICROSOFT_DOMAINS);
      }
      return undefined;
    },
    apply(draft, command, context) {
      const initial = findEntity(draft.domains.domains, (domain) => domain.isInitial);
      // Microsoft hosts the DNS of onmicrosoft.com, so the domain is verified and set up at once.
      const domain: Domain = {
        id: nameOf(command.name),
        authenticationType: 'Managed',
        isDefault: false,
        isInitial: false,
        isRoot: true,
        isVerified: true,
        supportedServices: ['Email', 'OfficeCommunicationsOnline'],
        passwordValidityPeriodInDays: initial?.passwordValidityPeriodInDays ?? null,
        passwordNotificationWindowInDays: initial?.passwordNotificationWindowInDays ?? null,
        verificationCode: verificationCodeFrom(context.newId()),
      };
      putEntity(draft.domains.domains, domain);
      return [domainTarget(domain)];
    },
  }),

  'domain.verify': defineCommand<VerifyDomain>({
    permission: MANAGE_DOMAINS,
    activity: DOMAIN_ACTIVITIES['Verify domain'],
    validate(tenant, command) {
      const domain = existingDomain(tenant, command.name);
      if (isError(domain)) return domain;
      if (domain.isVerified) return DOMAIN_ERRORS.alreadyVerified();
      const problem = verificationProblem(tenant, domain);
      if (problem) return DOMAIN_ERRORS.verificationFailed(problem);
      return undefined;
    },
    apply(draft, command) {
      const domain = getById(draft.domains.domains, nameOf(command.name))!;
      domain.isVerified = true;
      domain.isRoot = isRootIn(draft, domain.id);
      domain.supportedServices = [...DEFAULT_DOMAIN_SERVICES];
      return [domainTarget(domain, [{ displayName: 'IsVerified', oldValue: 'false', newValue: 'true' }])];
    },
  }),

  'domain.setDefault': defineCommand<SetDefaultDomain>({
    permission: MANAGE_DOMAINS,
    activity: DOMAIN_ACTIVITIES['Update domain'],
    validate(tenant, command) {
      const domain = existingDomain(tenant, command.name);
      if (isError(domain)) return domain;
      if (!domain.isVerified) return DOMAIN_ERRORS.unverifiedDefault(domain.id);
      if (domain.authenticationType === 'Federated') {
        return DOMAIN_ERRORS.federatedDefault(domain.id);
      }
      return undefined;
    },
    apply(draft, command) {
      const domain = getById(draft.domains.domains, nameOf(command.name))!;
      const previous = findEntity(draft.domains.domains, (candidate) => candidate.isDefault);
      if (previous?.id === domain.id) return [domainTarget(domain)];
      // Only the default for new users changes; nobody's user name is rewritten.
      const targets: TargetResource[] = [];
      if (previous) {
        previous.isDefault = false;
        targets.push(domainTarget(previous, [{ displayName: 'IsDefault', oldValue: 'true', newValue: 'false' }]));
      }
      domain.isDefault = true;
      return [domainTarget(domain, [{ displayName: 'IsDefault', oldValue: 'false', newValue: 'true' }]), ...targets];
    },
  }),

  'domain.updateServices': defineCommand<UpdateDomainServices>({
    permission: MANAGE_DOMAINS,
    activity: DOMAIN_ACTIVITIES['Update domain'],
    validate(tenant, command) {
      const domain = existingDomain(tenant, command.name);
      if (isError(domain)) return domain;
      if (isOnMicrosoftDomain(domain.id)) {
        return DOMAIN_ERRORS.managedByMicrosoft(domain.id);
      }
      if (!domain.isVerified) return DOMAIN_ERRORS.unverifiedServices(domain.id);
      const known = DOMAIN_SERVICES.map(({ service }) => service as string);
      const unknown = command.services.find((service) => !known.includes(service));
      if (unknown !== undefined) return DOMAIN_ERRORS.unknownService(unknown);
      return undefined;
    },
    apply(draft, command) {
      const domain = getById(draft.domains.domains, nameOf(command.name))!;
      return [domainTarget(domain, [setServices(domain, command.services)])];
    },
  }),

  'domain.remove': defineCommand<RemoveDomain>({
    permission: MANAGE_DOMAINS,
    activity: (command, tenant) =>
      DOMAIN_ACTIVITIES[getById(tenant.domains.domains, nameOf(command.name))?.isVerified === false ? 'Remove unverified domain' : 'Remove verified domain'],
    validate(tenant, command, context) {
      const domain = existingDomain(tenant, command.name);
      if (isError(domain)) return domain;
      if (isOnMicrosoftDomain(domain.id)) {
        return DOMAIN_ERRORS.onMicrosoftRemoval(domain.id);
      }
      if (domain.isDefault) {
        return DOMAIN_ERRORS.defaultRemoval(domain.id);
      }
      const admin = context.actor.kind === 'user' ? getById(tenant.directory.users, context.actor.userId) : undefined;
      if (admin && admin.userPrincipalName.toLowerCase().endsWith(`@${domain.id}`)) {
        return DOMAIN_ERRORS.signedInOnDomain(admin.userPrincipalName, domain.id);
      }
      const references = domainReferences(tenant, domain.id);
      if (references.length > 0) {
        return DOMAIN_ERRORS.inUse(domain.id, describeReferences(references));
      }
      return undefined;
    },
    apply(draft, command, context) {
      const domain = getById(draft.domains.domains, nameOf(command.name))!;
      removeEntity(draft.domains.domains, domain.id);
      removeAliases(draft, domain.id, context);
      return [domainTarget(domain)];
      // The zone stays at the registrar: removing a domain from Microsoft 365 doesn't touch its DNS.
    },
  }),
};
