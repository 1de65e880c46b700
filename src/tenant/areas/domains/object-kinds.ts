import type { ObjectKindDefinition, ReferenceDefinition } from '../../area';
import { getById } from '../../collection';
import { domainNamed } from '../../lookup';
import type { Domain, Tenant } from '../../model';
import { verificationDnsRecords } from './rules/dns-records';

const domain: ObjectKindDefinition<Domain> = {
  description: 'A domain by name, e.g. contoso.com.',
  find: (tenant, key) => {
    const found = domainNamed(tenant, key);
    return found ? [found] : [];
  },
  locate: (tenant, id) => {
    const entity = getById(tenant.domains.domains, id);
    return entity ? { kind: 'domain', entity } : undefined;
  },
  describe: (entity) => `the domain ${entity.id}`,
  describeKey: (key) => `the domain ${key}`,
};

/** Domains as scenario checks name them. */
export const DOMAIN_OBJECT_KINDS = { domain };

function verificationValue(tenant: Tenant, key: string, record: 0 | 1): string | { error: string } {
  const found = domainNamed(tenant, key);
  if (!found) return { error: `the tenant has no domain ${key} at this step` };
  return verificationDnsRecords(found)[record]!.value;
}

/** What a scenario step may name instead of giving ids or codes: domains and the values that prove them. */
export const DOMAIN_REFERENCES: Readonly<Record<string, ReferenceDefinition>> = {
  domain: {
    description: 'a domain by name',
    resolve: (tenant, key) => domainNamed(tenant, key)?.id ?? { error: `the tenant has no domain ${key} at this step` },
  },
  verificationTxt: {
    description: "the TXT value that proves a domain is yours (MS=ms…), by the domain's name",
    resolve: (tenant, key) => verificationValue(tenant, key, 0),
  },
  verificationMx: {
    description: "the MX host that proves a domain is yours (ms….msv1.invalid), by the domain's name",
    resolve: (tenant, key) => verificationValue(tenant, key, 1),
  },
};
