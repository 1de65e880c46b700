import type * as Graph from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { GRAPH_COMMAND_LINE_TOOLS, GRAPH_EXPLORER, createGraphService } from '../../../src/graph';
import { getById, latestAuditRecords, replay, type LogEntry } from '../../../src/tenant';
import { ALL_SCOPES, errorOf, graphOn, valueOf } from './support';

const E5 = '06ebc4ee-1bb5-47dd-8120-11324bc54e06';

describe('Graph changes the tenant only through its commands', () => {
  it('creates a user: 201 with the user and a Location, recorded as done by the admin through the app', () => {
    const { call, port } = graphOn();
    const response = call('POST', '/v1.0/users', {
      body: { accountEnabled: true, displayName: 'Adele Two', mailNickname: 'AdeleT', userPrincipalName: 'AdeleT@contoso.com', usageLocation: 'US', department: 'Retail', passwordProfile: { forceChangePasswordNextSignIn: true, password: 'xWwvJ]6NMw+bWH-d' } },
    });
    expect(response.status).toBe(201);
    const user = response.body as Graph.User;
    expect(user.userPrincipalName).toBe('AdeleT@contoso.com');
    expect(response.headers.location).toBe(`https://graph.microsoft.com/v2/${port.getTenant().organization.id}/directoryObjects/${user.id}/Microsoft.DirectoryServices.User`);
    const stored = getById(port.getTenant().directory.users, user.id!)!;
    expect([stored.department, stored.usageLocation]).toEqual(['Retail', 'US']);
    const [record] = latestAuditRecords(port.getTenant(), 1);
    expect(record!.activityDisplayName).toBe('Add user');
    expect(record!.initiatedBy).toEqual({ user: { id: port.getSignedInUserId(), displayName: 'MOD Administrator', userPrincipalName: 'admin@contoso.onmicrosoft.com' }, app: { appId: GRAPH_EXPLORER.appId, displayName: 'Graph Explorer' } });
  });

  it('updates, licenses, deletes, restores and purges a user, answering 204 and 200 as Graph does', () => {
    const { call, port, userId } = graphOn();
    const cameron = userId('CameronW@contoso.com');
    expect(call('PATCH', `/v1.0/users/${cameron}`, { body: { usageLocation: 'CA', jobTitle: 'Lead' } }).status).toBe(204);
    const licensed = call('POST', `/v1.0/users/${cameron}/assignLicense`, { body: { addLicenses: [{ skuId: E5, disabledPlans: [] }], removeLicenses: [] } });
    expect(licensed.status).toBe(200);
    expect((licensed.body as Graph.User).assignedLicenses!.map((license) => license.skuId)).toEqual([E5]);
    expect(call('PATCH', `/v1.0/users/${cameron}`, { body: { accountEnabled: false } }).status).toBe(204);
    expect(getById(port.getTenant().directory.users, cameron)!.accountEnabled).toBe(false);
    expect(call('DELETE', `/v1.0/users/${cameron}`).status).toBe(204);
    expect(valueOf(call('GET', '/v1.0/directory/deletedItems/microsoft.graph.user')).map((user) => user.id)).toContain(cameron);
    expect(call('POST', `/v1.0/directory/deletedItems/${cameron}/restore`).status).toBe(200);
    expect(call('DELETE', `/v1.0/users/${cameron}`).status).toBe(204);
    expect(call('DELETE', `/v1.0/directory/deletedItems/${cameron}`).status).toBe(204);
    expect(call('GET', `/v1.0/directory/deletedItems/${cameron}`).status).toBe(404);
  });

  it('adds and removes group members and owners by reference, and creates groups, units, role assignments and domains', () => {
    const { call, port, userId } = graphOn();
    const created = call('POST', '/v1.0/groups', { body: { displayName: 'Graph team', mailEnabled: false, mailNickname: 'graphteam', securityEnabled: true } });
    expect(created.status).toBe(201);
    const groupId = (created.body as Graph.Group).id!;
    const megan = userId('MeganB@contoso.com');
    const reference = { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${megan}` };
    expect(call('POST', `/v1.0/groups/${groupId}/members/$ref`, { body: reference }).status).toBe(204);
    const again = call('POST', `/v1.0/groups/${groupId}/members/$ref`, { body: reference });
    expect(again.status).toBe(400);
    expect(call('POST', `/v1.0/groups/${groupId}/owners/$ref`, { body: reference }).status).toBe(204);
    expect(valueOf(call('GET', `/v1.0/groups/${groupId}/members`)).map((member) => member['@odata.type'])).toEqual(['#microsoft.graph.user']);
    expect(call('DELETE', `/v1.0/groups/${groupId}/members/${megan}/$ref`).status).toBe(204);
    expect(getById(port.getTenant().directory.groups, groupId)!.memberIds).toEqual([]);
    const unit = call('POST', '/v1.0/directory/administrativeUnits', { body: { displayName: 'Seattle' } });
    expect(unit.status).toBe(201);
    const assignment = call('POST', '/v1.0/roleManagement/directory/roleAssignments', { body: { principalId: megan, roleDefinitionId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', directoryScopeId: '/' } });
    expect(assignment.status).toBe(201);
    expect(assignment.headers.location).toMatch(/roleAssignments\/[0-9a-f-]{36}$/);
    const domain = call('POST', '/v1.0/domains', { body: { id: 'graph-example.com' } });
    expect(domain.status).toBe(201);
    expect((domain.body as Graph.Domain).isVerified).toBe(false);
    const verify = call('POST', '/v1.0/domains/graph-example.com/verify');
    expect(verify.status).toBe(400);
    expect(errorOf(verify).code).toBe('Request_BadRequest');
  });

  it('leaves the tenant exactly as it was when a write is refused', () => {
    const { call, port } = graphOn();
    const before = port.getTenant();
    expect(call('POST', '/v1.0/users/CameronW@contoso.com/assignLicense', { body: { addLicenses: [{ skuId: E5 }], removeLicenses: [] } }).status).toBe(400);
    expect(call('PATCH', '/v1.0/users/MeganB@contoso.com', { body: { displayName: 'x' }, scopes: ['User.Read.All'] }).status).toBe(403);
    expect(port.getTenant()).toBe(before);
  });

  it('replays a log of Graph changes to the same tenant, and one without apps byte for byte as before', () => {
    const { port, userId } = graphOn();
    const fixture = port.getTenant();
    const log: LogEntry[] = [];
    const recording = {
      ...port,
      send: (command: Parameters<typeof port.send>[0], app?: Parameters<typeof port.send>[1]) => {
        log.push({ command, actor: app ? { kind: 'user', userId: port.getSignedInUserId(), app } : { kind: 'user', userId: port.getSignedInUserId() } });
        return port.send(command, app);
      },
    };
    const service = createGraphService(recording);
    service.handle({ method: 'PATCH', url: `/v1.0/users/${userId('MeganB@contoso.com')}`, body: { jobTitle: 'Lead' } }, { scopes: ALL_SCOPES, app: GRAPH_COMMAND_LINE_TOOLS });
    expect(JSON.stringify(replay(fixture, log))).toBe(JSON.stringify(port.getTenant()));
    const withoutApps = log.map((entry) => ({ command: entry.command, actor: { kind: 'user' as const, userId: port.getSignedInUserId() } }));
    const plain = replay(fixture, withoutApps);
    expect(latestAuditRecords(plain, 1)[0]!.initiatedBy).toEqual({ user: { id: port.getSignedInUserId(), displayName: 'MOD Administrator', userPrincipalName: 'admin@contoso.onmicrosoft.com' } });
    expect(JSON.stringify(replay(fixture, withoutApps))).toBe(JSON.stringify(plain));
  });

  it('lets an audit query find the changes made through Graph PowerShell', () => {
    const { service, userId } = graphOn();
    const caller = { scopes: ALL_SCOPES, app: GRAPH_COMMAND_LINE_TOOLS };
    service.handle({ method: 'PATCH', url: `/v1.0/users/${userId('MeganB@contoso.com')}`, body: { jobTitle: 'Lead' } }, caller);
    const response = service.handle({ method: 'GET', url: `/v1.0/auditLogs/directoryAudits?$filter=initiatedBy/app/appId eq '${GRAPH_COMMAND_LINE_TOOLS.appId}'` }, caller);
    const records = valueOf<Graph.DirectoryAudit>(response);
    expect(records.map((record) => record.activityDisplayName)).toEqual(['Update user']);
    expect(records[0]!.initiatedBy!.app).toEqual({ appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', displayName: 'Microsoft Graph Command Line Tools', servicePrincipalId: null, servicePrincipalName: null });
  });
});
