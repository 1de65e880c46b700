import { getById, toArray, type BuiltInControl, type ConditionalAccessPolicy, type ConditionalAccessPolicyInput, type NamedLocation, type Tenant } from '../../tenant';
import type { GraphContext } from '../context';
import { badRequest, resourceNotFound } from '../errors';
import { SCOPES } from '../permissions';
import { created, noContent, ok } from '../response';
import { route, type Route } from '../route';
import { bodyObject } from './lookup';

/*
 * Conditional Access and security defaults as Graph serves them:
 * /identity/conditionalAccess/policies, /identity/conditionalAccess/namedLocations and
 * /policies/identitySecurityDefaultsEnforcementPolicy. Every write is a tenant command.
 */

export function serializePolicy(policy: ConditionalAccessPolicy): Record<string, unknown> {
  const { users, applications } = policy.conditions;
  return {
    id: policy.id,
    displayName: policy.displayName,
    state: policy.state,
    createdDateTime: policy.createdDateTime,
    modifiedDateTime: policy.modifiedDateTime,
    conditions: {
      ...policy.conditions,
      users: { ...users, includeGuestsOrExternalUsers: null, excludeGuestsOrExternalUsers: null },
      applications: { ...applications, includeAuthenticationContextClassReferences: [], applicationFilter: null },
      devices: null,
      clientApplications: null,
      servicePrincipalRiskLevels: [],
    },
    grantControls: policy.grantControls ? { ...policy.grantControls, customAuthenticationFactors: [], termsOfUse: [], authenticationStrength: null } : null,
    sessionControls: policy.sessionControls,
  };
}

export function serializeNamedLocation(location: NamedLocation): Record<string, unknown> {
  const common = { id: location.id, displayName: location.displayName, createdDateTime: location.createdDateTime, modifiedDateTime: location.modifiedDateTime };
  if (location.kind === 'ip') {
    return { '@odata.type': '#microsoft.graph.ipNamedLocation', ...common, isTrusted: location.isTrusted, ipRanges: location.ipRanges.map((cidrAddress) => ({ '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress })) };
  }
  return { '@odata.type': '#microsoft.graph.countryNamedLocation', ...common, countriesAndRegions: location.countriesAndRegions, includeUnknownCountriesAndRegions: location.includeUnknownCountriesAndRegions, countryLookupMethod: 'clientIpAddress' };
}

const strings = (value: unknown, field: string): string[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw badRequest(`Invalid value specified for property '${field}'.`, 'BadRequest');
  return value as string[];
};
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** A request body as a policy: Graph's shape, with what it leaves out not configured. This is the parsed-input boundary. */
export function policyFromBody(body: Record<string, unknown>, base?: ConditionalAccessPolicy): ConditionalAccessPolicyInput {
  const conditions = 'conditions' in body ? record(body.conditions) : undefined;
  const previous = base?.conditions;
  const users = conditions ? record(conditions.users) : undefined;
  const applications = conditions ? record(conditions.applications) : undefined;
  const platforms = conditions && conditions.platforms ? record(conditions.platforms) : null;
  const locations = conditions && conditions.locations ? record(conditions.locations) : null;
  const grant = 'grantControls' in body ? (body.grantControls === null ? null : record(body.grantControls)) : undefined;
  const state = body.state ?? base?.state ?? 'disabled';
  if (typeof state !== 'string') throw badRequest("Invalid value specified for property 'state'.", 'BadRequest');
  return {
    displayName: typeof body.displayName === 'string' ? body.displayName : (base?.displayName ?? ''),
    state: state as ConditionalAccessPolicy['state'],
    conditions: conditions
      ? {
          users: {
            includeUsers: strings(users?.includeUsers, 'includeUsers'),
            excludeUsers: strings(users?.excludeUsers, 'excludeUsers'),
            includeGroups: strings(users?.includeGroups, 'includeGroups'),
            excludeGroups: strings(users?.excludeGroups, 'excludeGroups'),
            includeRoles: strings(users?.includeRoles, 'includeRoles'),
            excludeRoles: strings(users?.excludeRoles, 'excludeRoles'),
          },
          applications: {
            includeApplications: strings(applications?.includeApplications, 'includeApplications'),
            excludeApplications: strings(applications?.excludeApplications, 'excludeApplications'),
            includeUserActions: strings(applications?.includeUserActions, 'includeUserActions'),
          },
          clientAppTypes: strings(conditions.clientAppTypes, 'clientAppTypes') as ConditionalAccessPolicyInput['conditions']['clientAppTypes'],
          platforms: platforms ? { includePlatforms: strings(platforms.includePlatforms, 'includePlatforms'), excludePlatforms: strings(platforms.excludePlatforms, 'excludePlatforms') } as ConditionalAccessPolicyInput['conditions']['platforms'] : null,
          locations: locations ? { includeLocations: strings(locations.includeLocations, 'includeLocations'), excludeLocations: strings(locations.excludeLocations, 'excludeLocations') } : null,
          signInRiskLevels: strings(conditions.signInRiskLevels, 'signInRiskLevels') as ConditionalAccessPolicyInput['conditions']['signInRiskLevels'],
          userRiskLevels: strings(conditions.userRiskLevels, 'userRiskLevels') as ConditionalAccessPolicyInput['conditions']['userRiskLevels'],
        }
      : previous ?? { users: { includeUsers: [], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] }, applications: { includeApplications: [], excludeApplications: [], includeUserActions: [] }, clientAppTypes: [], platforms: null, locations: null, signInRiskLevels: [], userRiskLevels: [] },
    grantControls:
      grant === undefined
        ? (base?.grantControls ?? null)
        : grant === null
          ? null
          : { operator: grant.operator === 'AND' ? 'AND' : 'OR', builtInControls: strings(grant.builtInControls, 'builtInControls') as BuiltInControl[] },
    sessionControls: base?.sessionControls ?? null,
  };
}

function policyOr404(tenant: Tenant, id: string): ConditionalAccessPolicy {
  const policy = getById(tenant.access.conditionalAccessPolicies, id);
  if (!policy) throw resourceNotFound(id);
  return policy;
}

function locationOr404(tenant: Tenant, id: string): NamedLocation {
  const location = getById(tenant.access.namedLocations, id);
  if (!location) throw resourceNotFound(id);
  return location;
}

function locationFromBody(body: Record<string, unknown>) {
  const type = body['@odata.type'];
  const displayName = typeof body.displayName === 'string' ? body.displayName : '';
  if (type === '#microsoft.graph.ipNamedLocation') {
    const ranges = Array.isArray(body.ipRanges) ? body.ipRanges.map((range) => record(range).cidrAddress).filter((value): value is string => typeof value === 'string') : [];
    return { kind: 'ip' as const, displayName, ipRanges: ranges, isTrusted: body.isTrusted === true };
  }
  if (type === '#microsoft.graph.countryNamedLocation') {
    return { kind: 'country' as const, displayName, countriesAndRegions: strings(body.countriesAndRegions, 'countriesAndRegions'), includeUnknownCountriesAndRegions: body.includeUnknownCountriesAndRegions === true };
  }
  throw badRequest("Specify '@odata.type' as #microsoft.graph.ipNamedLocation or #microsoft.graph.countryNamedLocation.", 'BadRequest');
}

const lastCreated = (audit: readonly { readonly targetResources: readonly { readonly id: string }[] }[]) => audit[0]!.targetResources[0]!.id;

const policies = (context: GraphContext) => `${context.serviceRoot}/$metadata#identity/conditionalAccess/policies`;
const locations = (context: GraphContext) => `${context.serviceRoot}/$metadata#identity/conditionalAccess/namedLocations`;

export const conditionalAccessRoutes: readonly Route[] = [
  route('GET', 'identity/conditionalAccess/policies', SCOPES.readPolicies, (context) =>
    ok({ '@odata.context': policies(context), value: toArray(context.tenant.access.conditionalAccessPolicies).map(serializePolicy) }),
  ),
  route('POST', 'identity/conditionalAccess/policies', SCOPES.writeConditionalAccess, (context) => {
    const { tenant, audit } = context.send({ type: 'conditionalAccess.createPolicy', policy: policyFromBody(bodyObject(context.request.body)) });
    const policy = policyOr404(tenant, lastCreated(audit));
    return created({ '@odata.context': `${policies(context)}/$entity`, ...serializePolicy(policy) }, `${context.serviceRoot}/identity/conditionalAccess/policies/${policy.id}`);
  }),
  route('GET', 'identity/conditionalAccess/policies/{policy-id}', SCOPES.readPolicies, (context) =>
    ok({ '@odata.context': `${policies(context)}/$entity`, ...serializePolicy(policyOr404(context.tenant, context.params['policy-id']!)) }),
  ),
  route('PATCH', 'identity/conditionalAccess/policies/{policy-id}', SCOPES.writeConditionalAccess, (context) => {
    const base = policyOr404(context.tenant, context.params['policy-id']!);
    context.send({ type: 'conditionalAccess.updatePolicy', policyId: base.id, policy: policyFromBody(bodyObject(context.request.body), base) });
    return noContent();
  }),
  route('DELETE', 'identity/conditionalAccess/policies/{policy-id}', SCOPES.writeConditionalAccess, (context) => {
    context.send({ type: 'conditionalAccess.deletePolicy', policyId: policyOr404(context.tenant, context.params['policy-id']!).id });
    return noContent();
  }),
  route('GET', 'identity/conditionalAccess/namedLocations', SCOPES.readPolicies, (context) =>
    ok({ '@odata.context': locations(context), value: toArray(context.tenant.access.namedLocations).map(serializeNamedLocation) }),
  ),
  route('POST', 'identity/conditionalAccess/namedLocations', SCOPES.writeConditionalAccess, (context) => {
    const { tenant, audit } = context.send({ type: 'namedLocation.save', location: locationFromBody(bodyObject(context.request.body)) });
    const location = locationOr404(tenant, lastCreated(audit));
    return created({ '@odata.context': `${locations(context)}/$entity`, ...serializeNamedLocation(location) }, `${context.serviceRoot}/identity/conditionalAccess/namedLocations/${location.id}`);
  }),
  route('GET', 'identity/conditionalAccess/namedLocations/{location-id}', SCOPES.readPolicies, (context) =>
    ok({ '@odata.context': `${locations(context)}/$entity`, ...serializeNamedLocation(locationOr404(context.tenant, context.params['location-id']!)) }),
  ),
  route('DELETE', 'identity/conditionalAccess/namedLocations/{location-id}', SCOPES.writeConditionalAccess, (context) => {
    context.send({ type: 'namedLocation.delete', locationId: locationOr404(context.tenant, context.params['location-id']!).id });
    return noContent();
  }),
  route('GET', 'policies/identitySecurityDefaultsEnforcementPolicy', SCOPES.readPolicies, (context) =>
    ok({
      '@odata.context': `${context.serviceRoot}/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity`,
      id: '00000000-0000-0000-0000-000000000005',
      displayName: 'Security Defaults',
      description: 'Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.',
      isEnabled: context.tenant.access.securityDefaultsEnabled,
    }),
  ),
  route('PATCH', 'policies/identitySecurityDefaultsEnforcementPolicy', SCOPES.writeSecurityDefaults, (context) => {
    const body = bodyObject(context.request.body);
    if (typeof body.isEnabled !== 'boolean') throw badRequest("Invalid value specified for property 'isEnabled' of resource 'IdentitySecurityDefaultsEnforcementPolicy'.", 'BadRequest');
    context.send({ type: 'securityDefaults.update', isEnabled: body.isEnabled });
    return noContent();
  }),
];
