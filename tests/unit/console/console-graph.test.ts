import { describe, expect, it } from 'vitest';
import { CMDLETS } from '../../../src/console/cmdlets/registry';
import { RecordingHost } from '../../../src/console/runtime/host';
import { PSDateTime } from '../../../src/console/runtime/values';
import { ConsoleSession } from '../../../src/console/session/console-session';
import { createGraphService, GRAPH_COMMAND_LINE_TOOLS, memoryTenantPort } from '../../../src/graph';
import { auditRecords, createContosoTenant, findUserByUserPrincipalName, skuByPartNumber, toArray, type Tenant } from '../../../src/tenant';
import { CORE_CASES } from './core-cases';
import { ENTRA_CASES } from './entra-cases';
import { GRAPH_CASES } from './graph-cases';

/** A console on the Contoso tenant through the real Graph emulation, signed in to the portal as `upn`. */
function contosoConsole(upn = 'admin@contoso.onmicrosoft.com') {
  const tenant = createContosoTenant();
  const port = memoryTenantPort(tenant, findUserByUserPrincipalName(tenant, upn)!.id);
  const host = new RecordingHost();
  const session = new ConsoleSession({
    graph: createGraphService(port),
    host,
    identity: () => ({ userPrincipalName: upn, tenantId: port.getTenant().organization.id, domains: ['contoso.com', 'contoso.onmicrosoft.com'], alias: upn.split('@')[0]! }),
    now: () => new PSDateTime(Date.parse(port.getTenant().clock.now)),
  });
  return {
    port,
    session,
    run(text: string): string {
      const before = host.lines.length;
      session.run(text);
      return host.lines.slice(before).map((line) => `${line.text}\n`).join('');
    },
    user: (name: string) => findUserByUserPrincipalName(port.getTenant(), name)!,
    tenant: (): Tenant => port.getTenant(),
  };
}

describe('the console on the Graph emulation', () => {
  it('licenses users from an uploaded CSV, and the audit log names Microsoft Graph Command Line Tools', () => {
    const lab = contosoConsole();
    lab.session.services.files.write('hires.csv', 'UserPrincipalName,Sku\nDebraB@contoso.com,SPE_E5\nIrvinS@contoso.com,SPE_E5\n');
    const out = lab.run([
      'Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All -NoWelcome',
      '$skus = Get-MgSubscribedSku -All',
      'foreach ($row in Import-Csv ./hires.csv) {',
      '  $sku = $skus | Where-Object SkuPartNumber -eq $row.Sku',
      '  Set-MgUserLicense -UserId $row.UserPrincipalName -AddLicenses @{ SkuId = $sku.SkuId } -RemoveLicenses @() | Out-Null',
      '  "Licensed $($row.UserPrincipalName)"',
      '}',
    ].join('\n'));
    expect(out).toBe('Licensed DebraB@contoso.com\nLicensed IrvinS@contoso.com\n');
    const e5 = skuByPartNumber('SPE_E5')!.skuId;
    expect(lab.user('DebraB@contoso.com').assignedLicenses.map((license) => license.skuId)).toContain(e5);
    const changes = [...auditRecords(lab.tenant())].filter((record) => record.activityDisplayName === 'Change user license');
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.every((record) => record.initiatedBy.app?.displayName === GRAPH_COMMAND_LINE_TOOLS.displayName)).toBe(true);
  });

  it('finds users without a usage location with -Property, and fixes them', () => {
    const lab = contosoConsole();
    lab.run('Connect-MgGraph -Scopes User.ReadWrite.All -NoWelcome');
    const missing = lab.run('Get-MgUser -All -Property Id,UserPrincipalName,UsageLocation | Where-Object { -not $_.UsageLocation } | ForEach-Object UserPrincipalName');
    expect(missing).toBe('CameronW@contoso.com\n');
    lab.run("Get-MgUser -All -Property Id,UsageLocation | Where-Object { -not $_.UsageLocation } | ForEach-Object { Update-MgUser -UserId $_.Id -UsageLocation 'CA' }");
    expect(lab.user('CameronW@contoso.com').usageLocation).toBe('CA');
  });

  it('writes a report of licensed users by department to CSV', () => {
    const lab = contosoConsole();
    lab.run('Connect-MgGraph -Scopes User.Read.All -NoWelcome');
    lab.run('Get-MgUser -All -Property DisplayName,Department,AssignedLicenses | Where-Object { $_.AssignedLicenses.Count -gt 0 } | Group-Object Department | Select-Object @{ n = "Department"; e = { $_.Name } }, Count | Export-Csv ./licensed-by-department.csv');
    const report = lab.session.services.files.read('licensed-by-department.csv')!.content.trim().split('\n');
    expect(report[0]).toBe('"Department","Count"');
    const licensed = toArray(lab.tenant().directory.users).filter((user) => user.assignedLicenses.length > 0);
    const total = report.slice(1).reduce((sum, line) => sum + Number(line.split(',')[1]!.replace(/"/g, '')), 0);
    expect(total).toBe(licensed.length);
  });

  it('is refused what the scopes consented to do not allow, and the tenant does not change', () => {
    const lab = contosoConsole();
    lab.run('Connect-MgGraph -Scopes User.Read.All -NoWelcome');
    const before = lab.tenant();
    const out = lab.run("Update-MgUser -UserId AdeleV@contoso.com -JobTitle 'Nope'");
    expect(out).toContain('Update-MgUser : Insufficient privileges to complete the operation.');
    expect(out).toContain('Status: 403 (Forbidden)');
    expect(lab.tenant()).toBe(before);
  });

  it('is refused what the signed-in admin\'s roles do not allow, whatever the scopes', () => {
    const lab = contosoConsole('AllanD@contoso.com');
    lab.run('Connect-MgGraph -Scopes User.ReadWrite.All -NoWelcome');
    const out = lab.run("Set-MgUserLicense -UserId AdeleV@contoso.com -AddLicenses @() -RemoveLicenses @('" + skuByPartNumber('ENTERPRISEPACK')!.skuId + "')");
    expect(out).toContain('Authorization_RequestDenied');
    expect(lab.user('AdeleV@contoso.com').assignedLicenses).toHaveLength(1);
  });

  it('shows a user not found, and Graph\'s advanced-query rule, as the SDK does', () => {
    const lab = contosoConsole();
    lab.run('Connect-MgGraph -Scopes User.Read.All -NoWelcome');
    expect(lab.run('Get-MgUser -UserId ghost@contoso.com')).toContain("Get-MgUser : Resource 'ghost@contoso.com' does not exist or one of its queried reference-property objects are not present.");
    expect(lab.run("Get-MgUser -Filter \"department ne 'Sales'\"")).toContain('Request_UnsupportedQuery');
    expect(lab.run("(Get-MgUser -Filter \"department ne 'Sales'\" -ConsistencyLevel eventual -CountVariable n -All).Count -eq $n")).toBe('True\n');
  });
});

describe('coverage of the cmdlet tests', () => {
  it('every command the console knows has at least one test case', () => {
    const tested = new Set([...CORE_CASES.map(([name]) => name), ...GRAPH_CASES.map((entry) => entry.cmdlet), ...ENTRA_CASES.map((entry) => entry.cmdlet)]);
    const connection = ['Connect-MgGraph', 'Disconnect-MgGraph', 'Get-MgContext', 'Connect-Entra', 'Disconnect-Entra', 'Get-EntraContext'];
    const untested = CMDLETS.map((definition) => definition.name).filter((name) => !tested.has(name) && !connection.includes(name));
    expect(untested).toEqual([]);
  });
});
