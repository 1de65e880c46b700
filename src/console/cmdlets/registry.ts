import type { CommandCatalog } from '../session/services';
import { convertFromCsv, convertToCsv, exportCsv, importCsv } from './core/csv';
import { formatList, formatTable, outFile, outHost, outNull, outString } from './core/format-out';
import { getAlias, getCommand, getHelp } from './core/help';
import { addContent, getChildItem, getContent, removeItem, setContent, testPath } from './core/items';
import { convertFromJson, convertToJson } from './core/json';
import { clearHost, getDate, getHistory, getLocation, getMember, newObject, startSleep } from './core/session-cmdlets';
import { selectObject } from './core/select-object';
import { groupObject, measureObject, sortObject } from './core/sort-measure-group';
import { forEachObject, whereObject } from './core/where-foreach';
import { writeError, writeHost, writeOutput, writeProgress, writeVerbose, writeWarning } from './core/write';
import { connectEntra, disconnectEntra, getEntraContext } from './entra/connection';
import * as entraDirectory from './entra/directory';
import * as entraUsers from './entra/users';
import { getMgIdentityConditionalAccessPolicy, newMgIdentityConditionalAccessPolicy } from './graph/conditional-access';
import { connectMgGraph, disconnectMgGraph, getMgContext, invokeMgGraphRequest } from './graph/connection';
import { getMgAuditLogDirectoryAudit, getMgOrganization, restoreMgDirectoryDeletedItem } from './graph/directory';
import * as groups from './graph/groups';
import { getMgSubscribedSku, getMgUserLicenseDetail, setMgUserLicense } from './graph/licenses';
import * as rolesDomains from './graph/roles-domains';
import * as users from './graph/users';
import { retiredModuleMessage } from './retired/retired';
import type { CmdletDefinition } from './types';

/** Every command the console knows, in one explicit list. */
export const CMDLETS: readonly CmdletDefinition[] = [
  whereObject, forEachObject, selectObject, sortObject, measureObject, groupObject,
  formatTable, formatList, outString, outNull, outHost, outFile,
  writeOutput, writeHost, writeError, writeWarning, writeVerbose, writeProgress,
  importCsv, exportCsv, convertToCsv, convertFromCsv, convertToJson, convertFromJson,
  getHelp, getCommand, getAlias, getMember, getHistory, clearHost, getDate, newObject, startSleep, getLocation,
  getChildItem, getContent, setContent, addContent, removeItem, testPath,
  connectMgGraph, disconnectMgGraph, getMgContext, invokeMgGraphRequest,
  users.getMgUser, users.newMgUser, users.updateMgUser, users.removeMgUser, users.getMgUserMemberOf, users.revokeMgUserSignInSession,
  setMgUserLicense, getMgUserLicenseDetail, getMgSubscribedSku,
  groups.getMgGroup, groups.newMgGroup, groups.updateMgGroup, groups.removeMgGroup, groups.getMgGroupMember, groups.getMgGroupOwner,
  groups.newMgGroupMember, groups.newMgGroupMemberByRef, groups.newMgGroupOwnerByRef,
  groups.removeMgGroupMemberByRef, groups.removeMgGroupMemberDirectoryObjectByRef, groups.removeMgGroupOwnerByRef,
  rolesDomains.getMgRoleManagementDirectoryRoleDefinition, rolesDomains.getMgRoleManagementDirectoryRoleAssignment,
  rolesDomains.newMgRoleManagementDirectoryRoleAssignment, rolesDomains.removeMgRoleManagementDirectoryRoleAssignment,
  rolesDomains.getMgDomain, rolesDomains.newMgDomain, rolesDomains.updateMgDomain, rolesDomains.removeMgDomain,
  rolesDomains.confirmMgDomain, rolesDomains.getMgDomainVerificationDnsRecord,
  getMgOrganization, getMgAuditLogDirectoryAudit, restoreMgDirectoryDeletedItem,
  getMgIdentityConditionalAccessPolicy, newMgIdentityConditionalAccessPolicy,
  connectEntra, disconnectEntra, getEntraContext,
  entraUsers.getEntraUser, entraUsers.newEntraUser, entraUsers.setEntraUser, entraUsers.removeEntraUser,
  entraUsers.setEntraUserLicense, entraUsers.getEntraUserLicenseDetail, entraUsers.getEntraUserMembership,
  entraDirectory.getEntraGroup, entraDirectory.newEntraGroup, entraDirectory.removeEntraGroup, entraDirectory.getEntraGroupMember,
  entraDirectory.addEntraGroupMember, entraDirectory.removeEntraGroupMember,
  entraDirectory.getEntraDirectoryRoleDefinition, entraDirectory.getEntraDirectoryRoleAssignment,
  entraDirectory.newEntraDirectoryRoleAssignment, entraDirectory.removeEntraDirectoryRoleAssignment,
  entraDirectory.getEntraSubscribedSku, entraDirectory.getEntraDomain, entraDirectory.newEntraDomain,
  entraDirectory.confirmEntraDomain, entraDirectory.getEntraDomainVerificationDnsRecord,
  entraDirectory.getEntraTenantDetail, entraDirectory.getEntraAuditDirectoryLog,
];

/** PowerShell's built-in aliases for the commands above. */
export const ALIASES: Readonly<Record<string, string>> = {
  '?': 'Where-Object', where: 'Where-Object', '%': 'ForEach-Object', foreach: 'ForEach-Object',
  select: 'Select-Object', sort: 'Sort-Object', measure: 'Measure-Object', group: 'Group-Object',
  ft: 'Format-Table', fl: 'Format-List', oh: 'Out-Host', echo: 'Write-Output', write: 'Write-Output',
  ipcsv: 'Import-Csv', epcsv: 'Export-Csv', help: 'Get-Help', man: 'Get-Help', gcm: 'Get-Command', gal: 'Get-Alias',
  gm: 'Get-Member', h: 'Get-History', history: 'Get-History', ghy: 'Get-History', cls: 'Clear-Host', clear: 'Clear-Host',
  ls: 'Get-ChildItem', dir: 'Get-ChildItem', gci: 'Get-ChildItem', cat: 'Get-Content', gc: 'Get-Content', type: 'Get-Content',
  rm: 'Remove-Item', del: 'Remove-Item', ri: 'Remove-Item', pwd: 'Get-Location', gl: 'Get-Location', sleep: 'Start-Sleep',
};

export function createCommandCatalog(definitions: readonly CmdletDefinition[] = CMDLETS): CommandCatalog {
  const byName = new Map(definitions.map((definition) => [definition.name.toLowerCase(), definition]));
  const aliases = new Map(Object.entries(ALIASES).map(([alias, target]) => [alias.toLowerCase(), target]));
  return {
    find: (name) => byName.get(name.toLowerCase()),
    all: () => definitions,
    alias: (name) => aliases.get(name.toLowerCase()),
    aliases: () => Object.entries(ALIASES),
    retired: retiredModuleMessage,
  };
}
