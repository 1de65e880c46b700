import { describe, expect, it } from 'vitest';
import { GRAPH_COMMAND_LINE_TOOLS } from '../../../src/graph';
import { ENTRA_CASES } from './entra-cases';
import { createConsole, FakeGraph } from './support';


describe('Microsoft Entra PowerShell cmdlets', () => {
  it.each(ENTRA_CASES)('$cmdlet sends $method $path', ({ script, method, path, query, body, answer, output }) => {
    const graph = new FakeGraph().on(method as 'GET', path, answer);
    const console = createConsole(graph);
    console.run("Connect-Entra -Scopes 'User.ReadWrite.All' -NoWelcome");
    const printed = console.run(script);
    const { request, caller } = graph.last();
    expect(request.method).toBe(method);
    const url = new URL(request.url);
    expect(decodeURIComponent(url.pathname)).toBe(`/v1.0${path}`);
    for (const [key, value] of Object.entries(query ?? {})) expect(url.searchParams.get(key)).toBe(value);
    if (body !== undefined) expect(request.body).toEqual(body);
    expect(caller.app).toEqual(GRAPH_COMMAND_LINE_TOOLS);
    expect(printed).not.toContain('CategoryInfo');
    for (const part of output ?? []) {
      if (typeof part === 'string') expect(printed).toContain(part);
      else expect(printed).toMatch(part);
    }
  });

  it('stops with Entra\'s own message when not connected, naming the scopes to ask for', () => {
    const out = createConsole().run("Get-EntraUser -Top 1; 'not reached'");
    expect(out).toContain("Not connected to Microsoft Graph. Use 'Connect-Entra -Scopes User.Read.All' to authenticate.");
    expect(out).not.toMatch(/^not reached$/m);
  });

  it('Connect-Entra signs in the same session Get-MgContext and Get-EntraContext show', () => {
    const console = createConsole();
    console.run('Connect-Entra -Scopes User.Read.All -NoWelcome');
    expect(console.run('(Get-EntraContext).AppName')).toBe('Microsoft Graph Command Line Tools\n');
    expect(console.run('(Get-MgContext).Account')).toBe('admin@contoso.onmicrosoft.com\n');
    expect(console.run('Disconnect-Entra | Out-Null; Get-MgContext')).toBe('');
  });
});

describe('retired modules', () => {
  it.each([
    ['Connect-MsolService', 'The MSOnline PowerShell module is retired', 'between early April 2025 and late May 2025', 'Connect-MgGraph'],
    ['Set-MsolUserLicense -UserPrincipalName x', 'The MSOnline PowerShell module is retired', 'Set-MgUserLicense', 'Set-EntraUserLicense'],
    ['Connect-AzureAD', 'The AzureAD PowerShell module is retired', 'support ended on March 30, 2025', 'Connect-Entra'],
    ['Get-AzureADUser -All $true', 'The AzureAD PowerShell module is retired', 'Get-MgUser', 'Get-EntraUser'],
  ])('%s explains the retirement and the replacement', (script, ...parts) => {
    const out = createConsole().run(script);
    expect(out).toMatch(/^\S+ : The (MSOnline|AzureAD) PowerShell module is retired/);
    for (const part of parts) expect(out).toContain(part);
    expect(out).toContain('CommandNotFoundException');
  });
});
