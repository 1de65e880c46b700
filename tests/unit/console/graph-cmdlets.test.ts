import { describe, expect, it } from 'vitest';
import { GRAPH_COMMAND_LINE_TOOLS } from '../../../src/graph';
import { ADELE, GRAPH_CASES } from './graph-cases';
import { createConsole, FakeGraph, graphError, ok } from './support';


function connected(graph: FakeGraph) {
  const console = createConsole(graph);
  console.run('Connect-MgGraph -Scopes User.ReadWrite.All, Group.ReadWrite.All -NoWelcome');
  return console;
}

describe('Microsoft Graph PowerShell SDK cmdlets', () => {
  it.each(GRAPH_CASES)('$cmdlet sends $method $path', ({ script, method, path, query, body, answer, output }) => {
    const graph = new FakeGraph().on(method as 'GET', path, answer);
    const console = connected(graph);
    const printed = console.run(script);
    const { request, caller } = graph.last();
    expect(request.method).toBe(method);
    const url = new URL(request.url);
    expect(url.origin).toBe('https://graph.microsoft.com');
    expect(decodeURIComponent(url.pathname)).toBe(`/v1.0${path}`);
    for (const [key, value] of Object.entries(query ?? {})) expect(url.searchParams.get(key)).toBe(value);
    if (body !== undefined) expect(request.body).toEqual(body);
    expect(caller.app).toEqual(GRAPH_COMMAND_LINE_TOOLS);
    expect(caller.scopes).toEqual(expect.arrayContaining(['User.ReadWrite.All', 'Group.ReadWrite.All']));
    expect(printed).not.toContain('CategoryInfo');
    for (const part of output ?? []) {
      if (typeof part === 'string') expect(printed).toContain(part);
      else expect(printed).toMatch(part);
    }
  });

  it('asks for Connect-MgGraph first, as the SDK does, and sends nothing', () => {
    const graph = new FakeGraph();
    const out = createConsole(graph).run('Get-MgUser');
    expect(out).toContain('Get-MgUser : Authentication needed. Please call Connect-MgGraph.');
    expect(out).toContain('NotSpecified: (:) [Get-MgUser_List], AuthenticationException');
    expect(graph.received).toHaveLength(0);
  });

  it('prints a Graph error as the SDK does: message, status, code, position and category', () => {
    const graph = new FakeGraph().on('GET', '/users', () => graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
    const out = connected(graph).run('Get-MgUser');
    expect(out).toContain('Get-MgUser : Insufficient privileges to complete the operation.\nStatus: 403 (Forbidden)\nErrorCode: Authorization_RequestDenied');
    expect(out).toContain('At line:1 char:1\n+ Get-MgUser\n+ ~~~~~~~~~~');
    expect(out).toContain('+ FullyQualifiedErrorId : Authorization_RequestDenied,Microsoft.Graph.PowerShell.Cmdlets.GetMgUser_List');
  });

  it('makes a Graph error catchable with -ErrorAction Stop', () => {
    const graph = new FakeGraph();
    const out = connected(graph).run("try { Get-MgUser -UserId ghost -ErrorAction Stop } catch { 'not found: ' + $_.FullyQualifiedErrorId }");
    expect(out).toBe('not found: Request_ResourceNotFound,Microsoft.Graph.PowerShell.Cmdlets.GetMgUser_Get\n');
  });

  it('-All follows @odata.nextLink, with the ConsistencyLevel header on every page, and -CountVariable keeps @odata.count', () => {
    const graph = new FakeGraph().on('GET', '/users', (_request, url) =>
      url.searchParams.get('$skiptoken') ? ok({ value: [{ ...ADELE, id: 'u-2' }] }) : ok({ '@odata.count': 2, value: [ADELE], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/users?$skiptoken=next' }),
    );
    const console = connected(graph);
    expect(console.run('(Get-MgUser -All -ConsistencyLevel eventual -CountVariable total).Count; $total')).toBe('2\n2\n');
    expect(graph.received).toHaveLength(2);
    expect(graph.received.every(({ request }) => request.headers?.ConsistencyLevel === 'eventual')).toBe(true);
    const first = new URL(graph.received[0]!.request.url).searchParams;
    expect(first.get('$count')).toBe('true');
    // Like the SDK, -All takes the service's default page size rather than asking for one.
    expect(first.has('$top')).toBe(false);
  });

  it('follows the SDK\'s paging rules: -Top over 999 pages until the limit, -PageSize is 1 to 999, and a bare search phrase is quoted', () => {
    let served = 0;
    const graph = new FakeGraph().on('GET', '/users', () => {
      served++;
      return ok({ value: Array.from({ length: 999 }, (_, i) => ({ ...ADELE, id: `u-${served}-${i}` })), '@odata.nextLink': 'https://graph.microsoft.com/v1.0/users?$skiptoken=more' });
    });
    const console = connected(graph);
    expect(console.run('(Get-MgUser -Top 1500).Count')).toBe('1500\n');
    expect(new URL(graph.received[0]!.request.url).searchParams.has('$top')).toBe(false);
    expect(console.run('Get-MgUser -PageSize 1000')).toContain('Invalid page size specified `1000`. PageSize must be between 1 and 999 inclusive.');
    console.run("Get-MgUser -Search 'displayName:Adele' -ConsistencyLevel eventual -Top 1");
    expect(new URL(graph.last().request.url).searchParams.get('$search')).toBe('"displayName:Adele"');
  });

  it('shows properties that were not selected as empty, as the SDK does', () => {
    const graph = new FakeGraph().on('GET', '/users', () => ok({ value: [ADELE] }));
    expect(connected(graph).run('(Get-MgUser).Country -eq $null')).toBe('True\n');
  });

  it('refuses pipeline input it cannot bind, as the SDK cmdlets do', () => {
    const out = connected(new FakeGraph()).run("'AdeleV@contoso.com' | Remove-MgUser");
    expect(out).toContain('Cannot process command because of one or more missing mandatory parameters: UserId.');
  });

  it('-WhatIf says what would happen and sends nothing', () => {
    const graph = new FakeGraph();
    const out = connected(graph).run('Remove-MgUser -UserId u-1 -WhatIf');
    expect(out).toBe('What if: Performing the operation "Remove-MgUser" on target "UserId: u-1".\n');
    expect(graph.received).toHaveLength(0);
  });
});

describe('Connect-MgGraph, Get-MgContext and Disconnect-MgGraph', () => {
  it('prints the SDK\'s welcome, signs in through Microsoft Graph Command Line Tools and adds scopes on each connect', () => {
    const console = createConsole();
    const welcome = console.run('Connect-MgGraph -Scopes User.Read.All');
    expect(welcome).toContain('Welcome to Microsoft Graph!\n\nConnected via delegated access using 14d82eec-204b-4c2f-b7e8-296a70dab67e');
    expect(welcome).toContain('NOTE: You can use the -NoWelcome parameter to suppress this message.');
    console.run('Connect-MgGraph -Scopes Group.Read.All -NoWelcome');
    const context = console.run('Get-MgContext');
    expect(context).toMatch(/AppName\s+: Microsoft Graph Command Line Tools/);
    expect(context).toMatch(/Account\s+: admin@contoso\.onmicrosoft\.com/);
    expect(console.run('(Get-MgContext).Scopes -join ","')).toBe('email,Group.Read.All,openid,profile,User.Read,User.Read.All\n');
  });

  it('refuses a scope Graph does not define, a foreign tenant and an app the tenant does not have', () => {
    const console = createConsole();
    expect(console.run('Connect-MgGraph -Scopes User.ReadWrite.Alll')).toContain('AADSTS70011');
    expect(console.run('Connect-MgGraph -TenantId fabrikam.com')).toContain("AADSTS90002: Tenant 'fabrikam.com' not found.");
    expect(console.run('Connect-MgGraph -ClientId 00000000-0000-0000-0000-000000000001')).toContain('AADSTS700016');
    expect(console.run('Get-MgContext')).toBe('');
  });

  it('Disconnect-MgGraph ends the session, and says so when there is none', () => {
    const console = createConsole();
    console.run('Connect-MgGraph -NoWelcome');
    expect(console.run('Disconnect-MgGraph')).toContain('ClientId');
    expect(console.run('Disconnect-MgGraph')).toContain('No application to sign out from.');
  });
});
