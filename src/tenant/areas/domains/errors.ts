import { tenantError } from '../../errors';

/**
 * The domains area's refusals, each with the wording a real tenant (or, for the DNS host, a typical
 * registrar) shows. Domain names are Graph's; where Graph has no wording, the admin center's.
 */
export const DOMAIN_ERRORS = {
  invalidName: (name: string) =>
    tenantError(
      'InvalidDomainName',
      `${name || 'That'} isn't a valid domain name. Enter a name such as contoso.com, including its extension (.com, .net and so on).`,
      'name',
    ),
  invalidOnMicrosoftName: (suffix: string) =>
    tenantError('InvalidDomainName', `Enter a name that ends in ${suffix}, with only letters and numbers before it.`, 'name'),
  onMicrosoftNotAllowed: (name: string) =>
    tenantError(
      'OnMicrosoftDomainNotAllowed',
      `${name} ends in onmicrosoft.com. Use "Add onmicrosoft domain" on your onmicrosoft.com domain in the Microsoft 365 admin center instead.`,
      'name',
    ),
  alreadyExists: (name: string) => tenantError('DomainAlreadyExists', `${name} has already been added to your organization.`, 'name'),
  limitReached: (max: number) =>
    tenantError('DomainLimitReached', `Your organization already has ${max.toLocaleString('en-US')} domains, the most it can have.`, 'name'),
  onMicrosoftLimitReached: (max: number) =>
    tenantError('DomainLimitReached', `You're limited to ${max} onmicrosoft.com domains, and your organization already has them all.`, 'name'),
  alreadyVerified: () => tenantError('DomainAlreadyVerified', 'Domain is already verified.', 'name'),
  /** Graph's (and PowerShell's) prefix; the explanation after it is the sandbox's own. */
  verificationFailed: (problem: string) =>
    tenantError('DomainVerificationFailed', `Domain verification failed with the following error: ${problem}`, 'name'),
  unverifiedDefault: (domain: string) => tenantError('UnverifiedDomain', `Verify ${domain} before you make it the default domain.`, 'name'),
  federatedDefault: (domain: string) =>
    tenantError('DomainIsFederated', `${domain} is federated. Only a managed domain can be the default domain.`, 'name'),
  managedByMicrosoft: (domain: string) =>
    tenantError('InvalidValue', `Microsoft manages the DNS records of ${domain}; there are no services to choose.`, 'name'),
  unverifiedServices: (domain: string) => tenantError('UnverifiedDomain', `Verify ${domain} before you choose its services.`, 'name'),
  unknownService: (service: string) => tenantError('InvalidValue', `'${service}' isn't a service a domain can be set up for.`, 'services'),
  onMicrosoftRemoval: (domain: string) =>
    tenantError('OnMicrosoftDomainCannotBeRemoved', `${domain} is an onmicrosoft.com domain, and those can't be removed.`, 'name'),
  defaultRemoval: (domain: string) =>
    tenantError('DefaultDomainCannotBeRemoved', `${domain} is your default domain. Set another domain as default before you remove it.`, 'name'),
  signedInOnDomain: (userPrincipalName: string, domain: string) =>
    tenantError(
      'DomainInUse',
      `You're signed in as ${userPrincipalName}, which uses ${domain}. Sign in with an admin account on another domain (such as your onmicrosoft.com domain) to remove it.`,
      'name',
    ),
  /** `references` is the sentence naming what still uses the domain. */
  inUse: (domain: string, references: string) =>
    tenantError(
      'DomainInUse',
      `${domain} can't be removed because it's still in use. ${references}. Move them to another domain or remove them, then try again.`,
      'name',
    ),

  // The simulated DNS host.
  noDnsZone: (name: string) => tenantError('ResourceNotFound', `There's no DNS zone for ${name} at this DNS host.`, 'zone'),
  dnsRecordNotFound: (zone: string) =>
    tenantError('ResourceNotFound', `The record was not found in the ${zone} zone. It may have been deleted.`, 'recordId'),
  invalidHostName: () =>
    tenantError(
      'InvalidDnsRecord',
      'Enter a valid host name: @ for the domain itself, or labels of letters, digits and hyphens separated by dots.',
      'name',
    ),
  invalidTtl: (min: number, max: number) => tenantError('InvalidDnsRecord', `TTL must be a whole number of seconds from ${min} to ${max}.`, 'ttl'),
  txtValueRequired: () => tenantError('InvalidDnsRecord', 'Enter a TXT value.', 'value'),
  txtValueTooLong: (max: number) => tenantError('InvalidDnsRecord', `A TXT value can't be longer than ${max} characters.`, 'value'),
  invalidPointsTo: () => tenantError('InvalidDnsRecord', 'Points to address must be a host name, such as mail.example.com.', 'value'),
  invalidService: () => tenantError('InvalidDnsRecord', 'Service must start with an underscore, such as _sip.', 'service'),
  invalidProtocol: () => tenantError('InvalidDnsRecord', 'Protocol must be _tcp, _udp or _tls.', 'protocol'),
  /** Priority, weight and port of MX and SRV records. */
  invalidWholeNumber: (field: 'priority' | 'weight' | 'port') =>
    tenantError(
      'InvalidDnsRecord',
      `${field[0]!.toUpperCase()}${field.slice(1)} must be a whole number from 0 to 65535.`,
      field,
    ),
  cnameAtApex: (zone: string) =>
    tenantError('DnsRecordConflict', `A CNAME record can't be created at @: the domain ${zone} itself can't be an alias.`, 'name'),
  cnameBesideOthers: (fqdn: string) =>
    tenantError('DnsRecordConflict', `${fqdn} already has other records, so it can't also have a CNAME record.`, 'name'),
  othersBesideCname: (fqdn: string) =>
    tenantError('DnsRecordConflict', `${fqdn} has a CNAME record, so no other record can use that host name.`, 'name'),
  recordExists: () => tenantError('DnsRecordConflict', 'This record already exists.', 'value'),
} as const;
