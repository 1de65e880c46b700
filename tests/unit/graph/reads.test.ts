import type * as Graph from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { createLargeTenant } from '../../../src/tenant';
import { EVENTUAL, graphOn, valueOf } from './support';

describe('Graph reads the tenant as Graph shapes it', () => {
  it('lists users with the default properties, the @odata.context and a next link that pages through everyone', () => {
    const { call, port } = graphOn();
    const first = call('GET', 'https://graph.microsoft.com/v1.0/users?$top=10');
    expect(first.status).toBe(200);
    const body = first.body as { '@odata.context': string; '@odata.nextLink': string; value: Graph.User[] };
    expect(body['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users');
    expect(Object.keys(body.value[0]!).sort()).toEqual(['businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName']);
    const seen = new Set(body.value.map((user) => user.id));
    let next: string | undefined = body['@odata.nextLink'];
    while (next) {
      expect(next).toContain('$top=10');
      const page = call('GET', next).body as { '@odata.nextLink'?: string; value: Graph.User[] };
      for (const user of page.value) seen.add(user.id);
      next = page['@odata.nextLink'];
    }
    expect(seen.size).toBe(port.getTenant().directory.users.size);
  });

  it('answers a query from the tenant as it is now, after a write, however its earlier pages were answered', () => {
    const { call } = graphOn();
    const sales = () => valueOf<Graph.User>(call('GET', "/v1.0/users?$filter=department eq 'Sales'")).map((user) => user.userPrincipalName);
    const before = sales();
    expect(before).toContain('IsaiahL@contoso.com');
    expect(call('PATCH', '/v1.0/users/IsaiahL@contoso.com', { body: { department: 'Legal' } }).status).toBe(204);
    expect(sales()).toEqual(before.filter((upn) => upn !== 'IsaiahL@contoso.com'));
    // The same filter with another header is another query: the advanced-query rule still applies.
    expect(call('GET', "/v1.0/users?$filter=department eq 'Sales'&$count=true").status).toBe(200);
  });

  it('filters with eq, startsWith, in, any and and/or, ignoring case as the directory does', () => {
    const { call } = graphOn();
    const names = (url: string, headers?: Record<string, string>) => valueOf<Graph.User>(call('GET', url, headers ? { headers } : {})).map((user) => user.displayName).sort();
    expect(names("/v1.0/users?$filter=department eq 'sales'")).toEqual(names("/v1.0/users?$filter=department eq 'Sales'"));
    expect(names("/v1.0/users?$filter=startsWith(displayName,'meg')")).toEqual(['Megan Bowen']);
    expect(names("/v1.0/users?$filter=department in ('Legal','HR')")).toEqual(['Diego Siciliani', 'Enrico Cattaneo', 'Joni Sherman']);
    expect(names("/v1.0/users?$filter=department eq 'Legal' or department eq 'HR'")).toEqual(['Diego Siciliani', 'Enrico Cattaneo', 'Joni Sherman']);
    expect(names("/v1.0/users?$filter=department eq 'Legal' and city eq 'Nowhere'")).toEqual([]);
    const e5 = names('/v1.0/users?$filter=assignedLicenses/any(x:x/skuId eq 06ebc4ee-1bb5-47dd-8120-11324bc54e06)');
    expect(e5).toContain('Megan Bowen');
    expect(e5).not.toContain('Adele Vance');
    const unlicensed = names('/v1.0/users?$filter=assignedLicenses/$count eq 0&$count=true', EVENTUAL);
    expect(unlicensed).toContain('Cameron White');
    expect(unlicensed).not.toContain('Megan Bowen');
    expect(names("/v1.0/users?$filter=not(department eq 'Sales') and usageLocation eq null&$count=true", EVENTUAL)).toEqual(['Cameron White']);
  });

  it('counts with ConsistencyLevel: eventual, and silently drops $count without it', () => {
    const { call } = graphOn();
    const counted = call('GET', "/v1.0/users?$filter=department eq 'Sales'&$count=true", { headers: EVENTUAL }).body as Record<string, unknown>;
    expect(counted['@odata.count']).toBe((counted.value as unknown[]).length);
    const uncounted = call('GET', "/v1.0/users?$filter=department eq 'Sales'&$count=true").body as Record<string, unknown>;
    expect(uncounted).not.toHaveProperty('@odata.count');
    const segment = call('GET', '/v1.0/users/$count', { headers: EVENTUAL });
    expect(segment.headers['content-type']).toMatch(/^text\/plain/);
    expect(segment.body).toBe('25');
  });

  it('searches displayName word by word', () => {
    const { call } = graphOn();
    const found = valueOf<Graph.User>(call('GET', '/v1.0/users?$search="displayName:bow"', { headers: EVENTUAL })).map((user) => user.displayName);
    expect(found).toEqual(['Megan Bowen']);
    const either = valueOf<Graph.User>(call('GET', '/v1.0/users?$search="displayName:megan" OR "displayName:adele"', { headers: EVENTUAL })).map((user) => user.displayName).sort();
    expect(either).toEqual(['Adele Vance', 'Megan Bowen']);
  });

  it('selects, sorts and expands', () => {
    const { call } = graphOn();
    const sorted = valueOf<Graph.User>(call('GET', '/v1.0/users?$orderby=displayName desc&$select=displayName,usageLocation&$top=3'));
    expect(sorted.map((user) => Object.keys(user))).toEqual([['displayName', 'usageLocation'], ['displayName', 'usageLocation'], ['displayName', 'usageLocation']]);
    const displayNames = sorted.map((user) => user.displayName!);
    expect([...displayNames].sort().reverse()).toEqual(displayNames);
    const me = call('GET', '/v1.0/me?$select=displayName&$expand=memberOf').body as Graph.User & { '@odata.context': string };
    expect(me['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users(displayName)/$entity');
    expect(me.memberOf!.some((object) => (object as Record<string, unknown>)['@odata.type'] === '#microsoft.graph.directoryRole')).toBe(true);
  });

  it('lists subscribed SKUs, license details, domains with their records, roles and the organization', () => {
    const { call } = graphOn();
    const skus = valueOf<Graph.SubscribedSku>(call('GET', '/v1.0/subscribedSkus'));
    expect(skus.map((sku) => sku.skuPartNumber)).toContain('SPE_E5');
    const details = valueOf<Graph.LicenseDetails>(call('GET', '/v1.0/users/MeganB@contoso.com/licenseDetails'));
    expect(details.map((detail) => detail.skuPartNumber)).toEqual(['SPE_E5']);
    const records = valueOf<Graph.DomainDnsRecord>(call('GET', '/v1.0/domains/contoso.com/verificationDnsRecords'));
    expect(records.map((record) => record.recordType)).toEqual(['Txt', 'Mx']);
    const definitions = valueOf<Graph.UnifiedRoleDefinition>(call('GET', "/v1.0/roleManagement/directory/roleDefinitions?$filter=displayName eq 'License Administrator'"));
    expect(definitions.map((role) => role.id)).toEqual(['4d6ac14f-3453-41d0-bef9-a3e0c569773a']);
    const roles = valueOf<Graph.DirectoryRole>(call('GET', '/v1.0/directoryRoles'));
    expect(roles.map((role) => role.displayName)).toContain('Global Administrator');
    const organization = valueOf<Graph.Organization>(call('GET', '/v1.0/organization'));
    expect(organization[0]!.verifiedDomains!.map((domain) => domain.name)).toContain('contoso.com');
  });

  it('pages a 50,000-user tenant by 100 and caps $top at 999', () => {
    const { call } = graphOn('admin@fabrikam.onmicrosoft.com', createLargeTenant(2_000));
    const page = call('GET', '/v1.0/users').body as { value: unknown[]; '@odata.nextLink': string };
    expect(page.value).toHaveLength(100);
    expect(page['@odata.nextLink']).toMatch(/\$skiptoken=/);
    expect(valueOf(call('GET', '/v1.0/users?$top=999'))).toHaveLength(999);
  });
});
