import { describe, expect, it } from 'vitest';
import { toArray } from '../../../src/tenant';
import { errorOf, graphOn, valueOf } from './support';

const CA = ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess'];

const blockLegacy = {
  displayName: 'Block legacy authentication',
  state: 'enabledForReportingButNotEnforced',
  conditions: {
    users: { includeUsers: ['All'], excludeUsers: [] },
    applications: { includeApplications: ['All'] },
    clientAppTypes: ['exchangeActiveSync', 'other'],
  },
  grantControls: { operator: 'OR', builtInControls: ['block'] },
};

describe('Conditional Access through Graph', () => {
  it('creates, reads, updates and deletes a policy through the tenant’s commands', () => {
    const { call, port } = graphOn();
    const created = call('POST', '/v1.0/identity/conditionalAccess/policies', { body: blockLegacy, scopes: CA });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({ displayName: 'Block legacy authentication', state: 'enabledForReportingButNotEnforced', conditions: { clientAppTypes: ['exchangeActiveSync', 'other'], platforms: null } });
    expect(valueOf(call('GET', '/v1.0/identity/conditionalAccess/policies', { scopes: ['Policy.Read.All'] })).map((policy) => policy.id)).toEqual([id]);
    expect(call('PATCH', `/v1.0/identity/conditionalAccess/policies/${id}`, { body: { displayName: 'Block legacy auth' }, scopes: CA }).status).toBe(204);
    expect(toArray(port.getTenant().access.conditionalAccessPolicies)[0]).toMatchObject({ displayName: 'Block legacy auth', conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] } });
    expect(call('DELETE', `/v1.0/identity/conditionalAccess/policies/${id}`, { scopes: CA }).status).toBe(204);
    expect(call('GET', `/v1.0/identity/conditionalAccess/policies/${id}`, { scopes: CA }).status).toBe(404);
  });

  it('refuses to turn a policy on while security defaults are enabled, until they are disabled through Graph', () => {
    const { call } = graphOn();
    const refused = call('POST', '/v1.0/identity/conditionalAccess/policies', { body: { ...blockLegacy, state: 'enabled' }, scopes: CA });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).message).toMatch(/You must first disable security defaults/);
    expect(call('GET', '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', { scopes: ['Policy.Read.All'] }).body).toMatchObject({ isEnabled: true });
    expect(call('PATCH', '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', { body: { isEnabled: false }, scopes: ['Policy.ReadWrite.SecurityDefaults'] }).status).toBe(204);
    expect(call('POST', '/v1.0/identity/conditionalAccess/policies', { body: { ...blockLegacy, state: 'enabled' }, scopes: CA }).status).toBe(400);
    // The lockout warning has no Graph equivalent to acknowledge: a policy that excludes the admin saves.
    const excludingAdmin = { ...blockLegacy, state: 'enabled', conditions: { ...blockLegacy.conditions, users: { includeUsers: ['All'], excludeRoles: ['62e90394-69f5-4237-9190-012177145e10'] } } };
    expect(call('POST', '/v1.0/identity/conditionalAccess/policies', { body: excludingAdmin, scopes: CA }).status).toBe(201);
  });

  it('creates IP and country named locations as their Graph subtypes', () => {
    const { call } = graphOn();
    const ip = call('POST', '/v1.0/identity/conditionalAccess/namedLocations', {
      body: { '@odata.type': '#microsoft.graph.ipNamedLocation', displayName: 'Head office', isTrusted: true, ipRanges: [{ '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '203.0.113.0/24' }] },
      scopes: CA,
    });
    expect(ip.status).toBe(201);
    expect(ip.body).toMatchObject({ '@odata.type': '#microsoft.graph.ipNamedLocation', isTrusted: true, ipRanges: [{ cidrAddress: '203.0.113.0/24' }] });
    const country = call('POST', '/v1.0/identity/conditionalAccess/namedLocations', { body: { '@odata.type': '#microsoft.graph.countryNamedLocation', displayName: 'EU', countriesAndRegions: ['DE', 'FR'] }, scopes: CA });
    expect(country.body).toMatchObject({ countriesAndRegions: ['DE', 'FR'], countryLookupMethod: 'clientIpAddress' });
    expect(call('POST', '/v1.0/identity/conditionalAccess/namedLocations', { body: { displayName: 'No type' }, scopes: CA }).status).toBe(400);
  });

  it('answers 403 without a policy permission', () => {
    const { call } = graphOn();
    expect(call('GET', '/v1.0/identity/conditionalAccess/policies', { scopes: ['User.Read.All'] }).status).toBe(403);
    expect(call('PATCH', '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', { body: { isEnabled: false }, scopes: ['Policy.Read.All'] }).status).toBe(403);
  });
});
