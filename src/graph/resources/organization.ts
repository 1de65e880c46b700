import type * as Graph from '@microsoft/microsoft-graph-types';
import { toArray, type Tenant } from '../../tenant';
import { resourceNotFound } from '../errors';
import { entityResponse, listResponse } from '../odata/collection';
import type { ResourceType, Serialized } from '../odata/resource-type';
import { SCOPES } from '../permissions';
import { route, type Route } from '../route';

export function serializeOrganization(tenant: Tenant): Graph.Organization {
  const { organization } = tenant;
  return {
    id: organization.id,
    deletedDateTime: null,
    businessPhones: [],
    city: organization.city,
    countryLetterCode: organization.countryLetterCode,
    createdDateTime: organization.createdDateTime,
    displayName: organization.displayName,
    postalCode: organization.postalCode,
    preferredLanguage: organization.preferredLanguage,
    state: organization.state,
    street: organization.street,
    technicalNotificationMails: [...organization.technicalNotificationMails],
    tenantType: 'AAD',
    verifiedDomains: toArray(tenant.domains.domains)
      .filter((domain) => domain.isVerified)
      .map((domain) => ({
        capabilities: domain.supportedServices.join(', ') || 'None',
        isDefault: domain.isDefault,
        isInitial: domain.isInitial,
        name: domain.id,
        type: domain.authenticationType,
      })),
  };
}

const ORGANIZATION_PROPERTIES = Object.keys(serializeOrganization({ organization: { technicalNotificationMails: [] }, domains: { domains: { buckets: [] } } } as unknown as Tenant));

/** The organization is one entity; its entity is the tenant, so the "entity" passed around is the tenant itself. */
const organizationType: ResourceType<Tenant> = {
  typeName: 'microsoft.graph.organization',
  defaultProperties: ORGANIZATION_PROPERTIES,
  properties: ORGANIZATION_PROPERTIES,
  serialize: (tenant) => serializeOrganization(tenant) as Serialized,
};

export const organizationRoutes: readonly Route[] = [
  route('GET', 'organization', SCOPES.readOrganization, (context) => listResponse(context, { type: organizationType, items: [context.tenant], contextPath: 'organization' })),
  route('GET', 'organization/{organization-id}', SCOPES.readOrganization, (context) => {
    const id = context.params['organization-id']!;
    if (id !== context.tenant.organization.id) throw resourceNotFound(id);
    return entityResponse(context, organizationType, context.tenant, 'organization');
  }),
];
