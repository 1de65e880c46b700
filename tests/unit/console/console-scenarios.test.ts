import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecordingHost } from '../../../src/console/runtime/host';
import { PSDateTime } from '../../../src/console/runtime/values';
import { ConsoleSession } from '../../../src/console/session/console-session';
import { createGraphService, memoryTenantPort } from '../../../src/graph';
import { grade, instantiate, loadScenario, type ScenarioInstance } from '../../../src/scenario';
import { auditRecords, findUserByUserPrincipalName } from '../../../src/tenant';

/** A scenario's instance for a variant, loaded from scenarios/ as the lab loads it. */
function instanceOf(id: string, variant: number): ScenarioInstance {
  const result = loadScenario(readFileSync(`scenarios/users-and-groups/${id}.yaml`, 'utf8'), id);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  const instance = instantiate(result.loaded.scenario, { variant });
  if (!instance.ok) throw new Error(instance.problems.map((problem) => problem.message).join('\n'));
  return instance.instance;
}

/** Runs a script in the console on the scenario's start, as its admin, and grades the result. */
function solveInConsole(instance: ScenarioInstance, files: Readonly<Record<string, string>>, script: string) {
  const port = memoryTenantPort(instance.start, findUserByUserPrincipalName(instance.start, instance.signInAs)!.id);
  const host = new RecordingHost();
  const session = new ConsoleSession({
    graph: createGraphService(port),
    host,
    identity: () => ({ userPrincipalName: instance.signInAs, tenantId: instance.start.organization.id, domains: ['contoso.com'], alias: instance.signInAs.split('@')[0]! }),
    now: () => new PSDateTime(Date.parse(port.getTenant().clock.now)),
  });
  for (const [name, content] of Object.entries(files)) session.services.files.write(name, content);
  session.run(script);
  return { report: grade(instance, port.getTenant()), output: host.text(), tenant: port.getTenant(), session };
}

/** The CSV a scenario's task shows in its code block. */
function csvFromTask(instance: ScenarioInstance): string {
  const block = /```\n([\s\S]*?)```/.exec(instance.task);
  if (!block) throw new Error('The task shows no CSV.');
  return block[1]!;
}

describe('the console scenarios, solved in the console', () => {
  it.each([0, 1, 2, 3])('bulk-license-from-csv (variant %i)', (variant) => {
    const instance = instanceOf('bulk-license-from-csv', variant);
    const { report, output, tenant } = solveInConsole(instance, { 'e5-wave.csv': csvFromTask(instance) }, [
      'Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All -NoWelcome',
      '$skus = Get-MgSubscribedSku -All',
      'Import-Csv ./e5-wave.csv | ForEach-Object {',
      '  $sku = $skus | Where-Object SkuPartNumber -eq $_.SkuPartNumber',
      '  Set-MgUserLicense -UserId $_.UserPrincipalName -AddLicenses @{ SkuId = $sku.SkuId } -RemoveLicenses @() | Out-Null',
      '}',
    ].join('\n'));
    expect(output).toBe('');
    expect(report.percent).toBe(100);
    const since = [...auditRecords(tenant)].slice(instance.auditStart);
    expect(since.filter((record) => record.activityDisplayName === 'Change user license').every((record) => record.initiatedBy.app?.displayName === 'Microsoft Graph Command Line Tools')).toBe(true);
  });

  it.each([0, 1, 2, 3, 4])('usage-location-sweep (variant %i)', (variant) => {
    const { report, output } = solveInConsole(instanceOf('usage-location-sweep', variant), {}, [
      'Connect-MgGraph -Scopes User.ReadWrite.All -NoWelcome',
      "$codes = @{ Canada = 'CA'; Germany = 'DE'; Japan = 'JP'; Brazil = 'BR'; France = 'FR'; India = 'IN' }",
      'Get-MgUser -All -Property Id,Country,UsageLocation | Where-Object { -not $_.UsageLocation } | ForEach-Object {',
      '  Update-MgUser -UserId $_.Id -UsageLocation $codes[$_.Country]',
      '}',
    ].join('\n'));
    expect(output).toBe('');
    expect(report.percent).toBe(100);
  });

  it.each([0, 1])('licensed-by-department-report (variant %i)', (variant) => {
    const { report, output, session } = solveInConsole(instanceOf('licensed-by-department-report', variant), {}, [
      'Connect-MgGraph -Scopes User.ReadWrite.All -NoWelcome',
      '$licensed = Get-MgUser -All -Property Id,DisplayName,UserPrincipalName,Department,JobTitle,AssignedLicenses | Where-Object { $_.AssignedLicenses.Count -gt 0 }',
      '$licensed | Select-Object DisplayName, UserPrincipalName, Department | Sort-Object Department | Export-Csv ./licensed-by-department.csv',
      "$teams = @{ 'Retail Associate' = 'Retail'; 'Inside Sales Rep' = 'Sales'; 'Finance Clerk' = 'Finance'; 'Legal Assistant' = 'Legal' }",
      '$licensed | Where-Object { -not $_.Department } | ForEach-Object { Update-MgUser -UserId $_.Id -Department $teams[$_.JobTitle] }',
    ].join('\n'));
    expect(output).toBe('');
    expect(report.percent).toBe(100);
    const csv = session.services.files.read('licensed-by-department.csv')!.content.split('\n');
    expect(csv[0]).toBe('"DisplayName","UserPrincipalName","Department"');
    expect(csv[1]).toMatch(/^"[^"]+","[^"]+",""$/);
  });

  it.each([0, 1])('bulk-update-job-titles (variant %i)', (variant) => {
    const instance = instanceOf('bulk-update-job-titles', variant);
    const { report, output } = solveInConsole(instance, { 'titles.csv': csvFromTask(instance) }, [
      'Connect-MgGraph -Scopes User.ReadWrite.All -NoWelcome',
      'Import-Csv ./titles.csv | ForEach-Object { Update-MgUser -UserId $_.UserPrincipalName -JobTitle $_.JobTitle }',
    ].join('\n'));
    expect(output).toBe('');
    expect(report.percent).toBe(100);
  });

  it.each([0, 1, 2, 3, 4])('remove-license-from-group (variant %i)', (variant) => {
    const { report, output } = solveInConsole(instanceOf('remove-license-from-group', variant), {}, [
      'Connect-MgGraph -Scopes User.ReadWrite.All, GroupMember.Read.All, Organization.Read.All -NoWelcome',
      "$e3 = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK'",
      "$group = Get-MgGroup -Filter \"displayName eq 'Project Falcon'\"",
      'Get-MgGroupMember -GroupId $group.Id -All | ForEach-Object { Set-MgUserLicense -UserId $_.Id -AddLicenses @() -RemoveLicenses @($e3.SkuId) | Out-Null }',
    ].join('\n'));
    expect(output).toBe('');
    expect(report.percent).toBe(100);
  });
});
