import type * as Graph from '@microsoft/microsoft-graph-types';
import { getById, guidFor, seedFrom, serviceConfigurationRecords, toArray, verificationDnsRecords, type Domain, type DomainService, type ExpectedDnsRecord, type Tenant } from '../../tenant';
import type { GraphContext } from '../context';
import { badRequest, invalidProperty, resourceNotFound } from '../errors';
import { entityResponse, listResponse } from '../odata/collection';
import type { ResourceType, Serialized } from '../odata/resource-type';
import { SCOPES } from '../permissions';
import { created, noContent, ok } from '../response';
import { route, type Route } from '../route';
import { bodyObject } from './lookup';
import { filterSchema } from './user-type';

export function serializeDomain(domain: Domain): Graph.Domain {
  return {
    id: domain.id,
    authenticationType: domain.authenticationType,
    availabilityStatus: null,
    isAdminManaged: true,
    isDefault: domain.isDefault,
    isInitial: domain.isInitial,
    isRoot: domain.isRoot,
    isVerified: domain.isVerified,
    passwordNotificationWindowInDays: domain.passwordNotificationWindowInDays,
    passwordValidityPeriodInDays: domain.passwordValidityPeriodInDays,
    supportedServices: [...domain.supportedServices],
    state: null,
  };
}

const DOMAIN_PROPERTIES = ['id', 'authenticationType', 'availabilityStatus', 'isAdminManaged', 'isDefault', 'isInitial', 'isRoot', 'isVerified', 'passwordNotificationWindowInDays', 'passwordValidityPeriodInDays', 'supportedServices', 'state'];

const domainType: ResourceType<Domain> = {
  typeName: 'microsoft.graph.domain',
  filter: filterSchema(
    'Domain',
    'microsoft.graph.domain',
    [
      { kind: 'scalar', name: 'id', type: 'string', get: (domain) => domain.id, eq: 'default' },
      { kind: 'scalar', name: 'isVerified', type: 'boolean', get: (domain) => domain.isVerified, eq: 'default' },
      { kind: 'scalar', name: 'isDefault', type: 'boolean', get: (domain) => domain.isDefault, eq: 'default' },
    ],
    DOMAIN_PROPERTIES,
    false,
  ),
  defaultProperties: DOMAIN_PROPERTIES,
  properties: DOMAIN_PROPERTIES,
  serialize: (domain) => serializeDomain(domain) as Serialized,
};

/** A DNS record as Graph's domainDnsRecord subtypes write it, with an id derived from the tenant, the domain and its place. */
export function serializeDnsRecord(tenant: Tenant, domain: Domain, record: ExpectedDnsRecord, index: number, kind: string): Serialized {
  const common = {
    id: guidFor(seedFrom(`${tenant.organization.id}/${domain.id}/${kind}`), index),
    isOptional: false,
    label: record.label,
    recordType: record.type === 'CNAME' ? 'CName' : record.type === 'TXT' ? 'Txt' : record.type === 'MX' ? 'Mx' : 'Srv',
    supportedService: record.supportedService ?? 'Email',
    ttl: record.ttl,
  };
  switch (record.type) {
    case 'TXT':
      return { '@odata.type': '#microsoft.graph.domainDnsTxtRecord', ...common, text: record.value } satisfies Serialized & Graph.DomainDnsTxtRecord;
    case 'MX':
      return { '@odata.type': '#microsoft.graph.domainDnsMxRecord', ...common, mailExchange: record.value, preference: record.priority } satisfies Serialized & Graph.DomainDnsMxRecord;
    case 'CNAME':
      return { '@odata.type': '#microsoft.graph.domainDnsCnameRecord', ...common, canonicalName: record.value } satisfies Serialized & Graph.DomainDnsCnameRecord;
    case 'SRV':
      return {
        '@odata.type': '#microsoft.graph.domainDnsSrvRecord',
        ...common,
        nameTarget: record.value,
        port: record.port,
        priority: record.priority,
        protocol: record.protocol,
        service: record.service,
        weight: record.weight,
      } satisfies Serialized & Graph.DomainDnsSrvRecord;
  }
}

function domainOr404(tenant: Tenant, name: string): Domain {
  const domain = getById(tenant.domains.domains, name.toLowerCase()) ?? toArray(tenant.domains.domains).find((candidate) => candidate.id.toLowerCase() === name.toLowerCase());
  if (!domain) throw resourceNotFound(name);
  return domain;
}

function records(context: GraphContext, kind: 'verificationDnsRecords' | 'serviceConfigurationRecords') {
  const domain = domainOr404(context.tenant, context.params['domain-id']!);
  const list = kind === 'verificationDnsRecords' ? verificationDnsRecords(domain) : serviceConfigurationRecords(domain.id, domain.supportedServices);
  return ok({
    '@odata.context': `${context.serviceRoot}/$metadata#domains('${domain.id}')/${kind}`,
    value: list.map((record, index) => serializeDnsRecord(context.tenant, domain, record, index, kind)),
  });
}

function unknownProperty(name: string): Error {
  return badRequest(`The property '${name}' does not exist on type 'microsoft.graph.domain'. Make sure to only use property names that are defined by the type or mark the type as open type.`, 'BadRequest');
}

export const domainRoutes: readonly Route[] = [
  route('GET', 'domains', SCOPES.readDomains, (context) => listResponse(context, { type: domainType, items: toArray(context.tenant.domains.domains), contextPath: 'domains' })),
  route('POST', 'domains', SCOPES.writeDomains, (context) => {
    const body = bodyObject(context.request.body);
    for (const name of Object.keys(body)) if (name !== 'id') throw unknownProperty(name);
    if (typeof body.id !== 'string') throw invalidProperty('id', 'Domain');
    const { tenant } = context.send({ type: 'domain.add', name: body.id });
    const domain = domainOr404(tenant, body.id);
    return created({ '@odata.context': `${context.serviceRoot}/$metadata#domains/$entity`, ...serializeDomain(domain) }, `${context.serviceRoot}/domains/${domain.id}`);
  }),
  route('GET', 'domains/{domain-id}', SCOPES.readDomains, (context) => entityResponse(context, domainType, domainOr404(context.tenant, context.params['domain-id']!), 'domains')),
  route('PATCH', 'domains/{domain-id}', SCOPES.writeDomains, (context) => {
    const name = domainOr404(context.tenant, context.params['domain-id']!).id;
    const body = bodyObject(context.request.body);
    for (const property of Object.keys(body)) if (property !== 'isDefault' && property !== 'supportedServices') throw unknownProperty(property);
    if ('supportedServices' in body) {
      if (!Array.isArray(body.supportedServices)) throw invalidProperty('supportedServices', 'Domain');
      context.send({ type: 'domain.updateServices', name, services: body.supportedServices as DomainService[] });
    }
    if (body.isDefault === true) context.send({ type: 'domain.setDefault', name });
    else if ('isDefault' in body && body.isDefault !== false) throw invalidProperty('isDefault', 'Domain');
    return noContent();
  }),
  route('DELETE', 'domains/{domain-id}', SCOPES.writeDomains, (context) => {
    context.send({ type: 'domain.remove', name: domainOr404(context.tenant, context.params['domain-id']!).id });
    return noContent();
  }),
  route('POST', 'domains/{domain-id}/verify', SCOPES.writeDomains, (context) => {
    const name = domainOr404(context.tenant, context.params['domain-id']!).id;
    const { tenant } = context.send({ type: 'domain.verify', name });
    return ok({ '@odata.context': `${context.serviceRoot}/$metadata#domains/$entity`, ...serializeDomain(domainOr404(tenant, name)) });
  }),
  route('GET', 'domains/{domain-id}/verificationDnsRecords', SCOPES.readDomains, (context) => records(context, 'verificationDnsRecords')),
  route('GET', 'domains/{domain-id}/serviceConfigurationRecords', SCOPES.readDomains, (context) => records(context, 'serviceConfigurationRecords')),
];
