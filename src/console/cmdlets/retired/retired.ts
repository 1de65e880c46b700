/**
 * MSOnline and AzureAD PowerShell, as a 2026 tenant answers them. Microsoft Entra's "What's new"
 * (January 2025) set the dates: MSOnline "will retire, and stop working, between early April 2025
 * and late May 2025"; AzureAD "will no longer be supported after March 30, 2025, but its
 * retirement will happen in early July 2025". Both point to Microsoft Graph PowerShell and
 * Microsoft Entra PowerShell.
 */
const MSOL_TO_GRAPH: Readonly<Record<string, readonly [string, string]>> = {
  'connect-msolservice': ['Connect-MgGraph', 'Connect-Entra'],
  'get-msoluser': ['Get-MgUser', 'Get-EntraUser'],
  'new-msoluser': ['New-MgUser', 'New-EntraUser'],
  'set-msoluser': ['Update-MgUser', 'Set-EntraUser'],
  'remove-msoluser': ['Remove-MgUser', 'Remove-EntraUser'],
  'set-msoluserlicense': ['Set-MgUserLicense', 'Set-EntraUserLicense'],
  'set-msoluserpassword': ['Update-MgUser -PasswordProfile', 'Set-EntraUserPassword'],
  'get-msolaccountsku': ['Get-MgSubscribedSku', 'Get-EntraSubscribedSku'],
  'get-msolgroup': ['Get-MgGroup', 'Get-EntraGroup'],
  'new-msolgroup': ['New-MgGroup', 'New-EntraGroup'],
  'add-msolgroupmember': ['New-MgGroupMember', 'Add-EntraGroupMember'],
  'remove-msolgroupmember': ['Remove-MgGroupMemberByRef', 'Remove-EntraGroupMember'],
  'get-msolgroupmember': ['Get-MgGroupMember', 'Get-EntraGroupMember'],
  'get-msoldomain': ['Get-MgDomain', 'Get-EntraDomain'],
  'new-msoldomain': ['New-MgDomain', 'New-EntraDomain'],
  'confirm-msoldomain': ['Confirm-MgDomain', 'Confirm-EntraDomain'],
  'add-msolrolemember': ['New-MgRoleManagementDirectoryRoleAssignment', 'New-EntraDirectoryRoleAssignment'],
  'get-msolrole': ['Get-MgRoleManagementDirectoryRoleDefinition', 'Get-EntraDirectoryRoleDefinition'],
};

const AZUREAD_TO_GRAPH: Readonly<Record<string, string>> = {
  'connect-azuread': 'Connect-MgGraph',
  'get-azureaduser': 'Get-MgUser',
  'new-azureaduser': 'New-MgUser',
  'set-azureaduser': 'Update-MgUser',
  'remove-azureaduser': 'Remove-MgUser',
  'set-azureaduserlicense': 'Set-MgUserLicense',
  'get-azureadsubscribedsku': 'Get-MgSubscribedSku',
  'get-azureadgroup': 'Get-MgGroup',
  'new-azureadgroup': 'New-MgGroup',
  'add-azureadgroupmember': 'New-MgGroupMember',
  'get-azureadgroupmember': 'Get-MgGroupMember',
  'remove-azureadgroupmember': 'Remove-MgGroupMemberByRef',
  'get-azureaddomain': 'Get-MgDomain',
  'get-azureaddirectoryrole': 'Get-MgRoleManagementDirectoryRoleDefinition',
  'add-azureaddirectoryrolemember': 'New-MgRoleManagementDirectoryRoleAssignment',
};

const MSOL = /^[a-z]+-msol/i;
const AZUREAD = /^[a-z]+-azuread/i;

/** The message a retired module's cmdlet gets, or undefined for any other name. */
export function retiredModuleMessage(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (MSOL.test(lower)) {
    const [graph, entra] = MSOL_TO_GRAPH[lower] ?? ['the Microsoft Graph PowerShell cmdlets (Get-Command -Module Microsoft.Graph.*)', 'the Microsoft Entra PowerShell cmdlets (Get-Command -Module Microsoft.Entra*)'];
    return `The MSOnline PowerShell module is retired: it stopped working between early April 2025 and late May 2025, so ${name} is no longer available. Use Microsoft Graph PowerShell (${graph}) or Microsoft Entra PowerShell (${entra}) instead; connect first with Connect-MgGraph or Connect-Entra.`;
  }
  if (AZUREAD.test(lower)) {
    const graph = AZUREAD_TO_GRAPH[lower] ?? 'the Microsoft Graph PowerShell cmdlets (Get-Command -Module Microsoft.Graph.*)';
    const entra = name.replace(/AzureAD/i, 'Entra');
    return `The AzureAD PowerShell module is retired: support ended on March 30, 2025 and the module stopped working in July 2025, so ${name} is no longer available. Use Microsoft Graph PowerShell (${graph}) or Microsoft Entra PowerShell (${entra}) instead; connect first with Connect-MgGraph or Connect-Entra.`;
  }
  return undefined;
}
