import { noContent, ok } from './support';

export const ADELE = { id: 'u-1', displayName: 'Adele Vance', mail: 'AdeleV@contoso.com', userPrincipalName: 'AdeleV@contoso.com', jobTitle: 'Retail Manager' };
const SKU = { id: 's-1', skuId: 'sku-e5', skuPartNumber: 'SPE_E5', consumedUnits: 8, prepaidUnits: { enabled: 10 }, servicePlans: [{ servicePlanName: 'EXCHANGE_S_ENTERPRISE' }] };
const GROUP = { id: 'g-1', displayName: 'Retail', mailNickname: 'retail', description: 'Retail team', groupTypes: ['Unified'] };

export interface GraphCase {
  readonly cmdlet: string;
  readonly script: string;
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly answer: () => ReturnType<typeof ok>;
  readonly output?: readonly (string | RegExp)[];
}

/** Each Graph PowerShell SDK cmdlet: the request it sends, and how it shows Graph's answer. */
export const GRAPH_CASES: readonly GraphCase[] = [
  { cmdlet: 'Get-MgUser', script: 'Get-MgUser -UserId AdeleV@contoso.com', method: 'GET', path: '/users/AdeleV@contoso.com', answer: () => ok(ADELE), output: [/Id\s+DisplayName\s+Mail\s+UserPrincipalName\n--/, /u-1\s+Adele Vance\s+AdeleV@contoso.com/] },
  { cmdlet: 'Get-MgUser', script: "Get-MgUser -Filter \"department eq 'Sales'\" -Property DisplayName,Department -Top 5", method: 'GET', path: '/users', query: { $filter: "department eq 'Sales'", $select: 'DisplayName,Department', $top: '5' }, answer: () => ok({ value: [ADELE] }) },
  { cmdlet: 'New-MgUser', script: "New-MgUser -DisplayName 'Kai Carter' -MailNickname KaiC -UserPrincipalName KaiC@contoso.com -AccountEnabled -PasswordProfile @{ Password = 'xWwvJ]6NMw+bWH-d'; ForceChangePasswordNextSignIn = $true }", method: 'POST', path: '/users', body: { displayName: 'Kai Carter', mailNickname: 'KaiC', userPrincipalName: 'KaiC@contoso.com', accountEnabled: true, passwordProfile: { password: 'xWwvJ]6NMw+bWH-d', forceChangePasswordNextSignIn: true } }, answer: () => ok({ ...ADELE, id: 'u-2', displayName: 'Kai Carter' }, 201), output: ['Kai Carter'] },
  { cmdlet: 'New-MgUser', script: "New-MgUser -BodyParameter @{ displayName = 'Kai'; accountEnabled = $false }", method: 'POST', path: '/users', body: { displayName: 'Kai', accountEnabled: false }, answer: () => ok(ADELE, 201) },
  { cmdlet: 'Update-MgUser', script: 'Update-MgUser -UserId AdeleV@contoso.com -UsageLocation US -JobTitle "Store Lead"', method: 'PATCH', path: '/users/AdeleV@contoso.com', body: { usageLocation: 'US', jobTitle: 'Store Lead' }, answer: noContent, output: [] },
  { cmdlet: 'Remove-MgUser', script: 'Remove-MgUser -UserId u-1', method: 'DELETE', path: '/users/u-1', answer: noContent, output: [] },
  { cmdlet: 'Get-MgUserMemberOf', script: 'Get-MgUserMemberOf -UserId u-1', method: 'GET', path: '/users/u-1/memberOf', answer: () => ok({ value: [{ id: 'g-1', '@odata.type': '#microsoft.graph.group', displayName: 'Retail' }] }), output: [/Id\s+DeletedDateTime/] },
  { cmdlet: 'Revoke-MgUserSignInSession', script: 'Revoke-MgUserSignInSession -UserId u-1', method: 'POST', path: '/users/u-1/revokeSignInSessions', answer: () => ok({ value: true }), output: ['True'] },
  { cmdlet: 'Set-MgUserLicense', script: "Set-MgUserLicense -UserId u-1 -AddLicenses @{ SkuId = 'sku-e5'; DisabledPlans = @('p1') } -RemoveLicenses @()", method: 'POST', path: '/users/u-1/assignLicense', body: { addLicenses: [{ skuId: 'sku-e5', disabledPlans: ['p1'] }], removeLicenses: [] }, answer: () => ok(ADELE), output: ['Adele Vance'] },
  { cmdlet: 'Set-MgUserLicense', script: "Set-MgUserLicense -UserId u-1 -AddLicenses @{} -RemoveLicenses @('sku-e3')", method: 'POST', path: '/users/u-1/assignLicense', body: { addLicenses: [], removeLicenses: ['sku-e3'] }, answer: () => ok(ADELE) },
  { cmdlet: 'Get-MgUserLicenseDetail', script: 'Get-MgUserLicenseDetail -UserId u-1', method: 'GET', path: '/users/u-1/licenseDetails', answer: () => ok({ value: [{ id: 'l-1', skuId: 'sku-e5', skuPartNumber: 'SPE_E5', servicePlans: [] }] }), output: [/Id\s+SkuId\s+SkuPartNumber/, /l-1\s+sku-e5\s+SPE_E5/] },
  { cmdlet: 'Get-MgSubscribedSku', script: "(Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'SPE_E5').PrepaidUnits.Enabled", method: 'GET', path: '/subscribedSkus', answer: () => ok({ value: [SKU] }), output: ['10\n'] },
  { cmdlet: 'Get-MgGroup', script: "Get-MgGroup -Filter \"displayName eq 'Retail'\"", method: 'GET', path: '/groups', query: { $filter: "displayName eq 'Retail'" }, answer: () => ok({ value: [GROUP] }), output: [/DisplayName\s+Id\s+MailNickname\s+Description\s+GroupTypes/, /Retail\s+g-1\s+retail\s+Retail team\s+\{Unified\}/] },
  { cmdlet: 'New-MgGroup', script: "New-MgGroup -DisplayName 'Field Techs' -MailEnabled:$false -MailNickname fieldtechs -SecurityEnabled", method: 'POST', path: '/groups', body: { displayName: 'Field Techs', mailEnabled: false, mailNickname: 'fieldtechs', securityEnabled: true }, answer: () => ok({ ...GROUP, displayName: 'Field Techs' }, 201), output: ['Field Techs'] },
  { cmdlet: 'Update-MgGroup', script: "Update-MgGroup -GroupId g-1 -Description 'Shops'", method: 'PATCH', path: '/groups/g-1', body: { description: 'Shops' }, answer: noContent },
  { cmdlet: 'Remove-MgGroup', script: 'Remove-MgGroup -GroupId g-1', method: 'DELETE', path: '/groups/g-1', answer: noContent },
  { cmdlet: 'Get-MgGroupMember', script: 'Get-MgGroupMember -GroupId g-1 | ForEach-Object { $_.AdditionalProperties.userPrincipalName }', method: 'GET', path: '/groups/g-1/members', answer: () => ok({ value: [{ id: 'u-1', '@odata.type': '#microsoft.graph.user', userPrincipalName: 'AdeleV@contoso.com' }] }), output: ['AdeleV@contoso.com\n'] },
  { cmdlet: 'Get-MgGroupOwner', script: 'Get-MgGroupOwner -GroupId g-1', method: 'GET', path: '/groups/g-1/owners', answer: () => ok({ value: [{ id: 'u-1' }] }), output: ['u-1'] },
  { cmdlet: 'New-MgGroupMember', script: 'New-MgGroupMember -GroupId g-1 -DirectoryObjectId u-1', method: 'POST', path: '/groups/g-1/members/$ref', body: { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/u-1' }, answer: noContent },
  { cmdlet: 'New-MgGroupMemberByRef', script: "New-MgGroupMemberByRef -GroupId g-1 -BodyParameter @{ '@odata.id' = 'https://graph.microsoft.com/v1.0/directoryObjects/u-1' }", method: 'POST', path: '/groups/g-1/members/$ref', body: { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/u-1' }, answer: noContent },
  { cmdlet: 'New-MgGroupOwnerByRef', script: "New-MgGroupOwnerByRef -GroupId g-1 -OdataId 'https://graph.microsoft.com/v1.0/directoryObjects/u-1'", method: 'POST', path: '/groups/g-1/owners/$ref', body: { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/u-1' }, answer: noContent },
  { cmdlet: 'Remove-MgGroupMemberByRef', script: 'Remove-MgGroupMemberByRef -GroupId g-1 -DirectoryObjectId u-1', method: 'DELETE', path: '/groups/g-1/members/u-1/$ref', answer: noContent },
  { cmdlet: 'Remove-MgGroupMemberDirectoryObjectByRef', script: 'Remove-MgGroupMemberDirectoryObjectByRef -GroupId g-1 -DirectoryObjectId u-1', method: 'DELETE', path: '/groups/g-1/members/u-1/$ref', answer: noContent },
  { cmdlet: 'Remove-MgGroupOwnerByRef', script: 'Remove-MgGroupOwnerByRef -GroupId g-1 -DirectoryObjectId u-1', method: 'DELETE', path: '/groups/g-1/owners/u-1/$ref', answer: noContent },
  { cmdlet: 'Get-MgRoleManagementDirectoryRoleDefinition', script: "Get-MgRoleManagementDirectoryRoleDefinition -Filter \"displayName eq 'Helpdesk Administrator'\"", method: 'GET', path: '/roleManagement/directory/roleDefinitions', query: { $filter: "displayName eq 'Helpdesk Administrator'" }, answer: () => ok({ value: [{ id: 'r-1', displayName: 'Helpdesk Administrator', templateId: 'r-1', isBuiltIn: true, isEnabled: true }] }), output: ['Helpdesk Administrator'] },
  { cmdlet: 'Get-MgRoleManagementDirectoryRoleAssignment', script: "Get-MgRoleManagementDirectoryRoleAssignment -Filter \"principalId eq 'u-1'\"", method: 'GET', path: '/roleManagement/directory/roleAssignments', query: { $filter: "principalId eq 'u-1'" }, answer: () => ok({ value: [{ id: 'a-1', principalId: 'u-1', roleDefinitionId: 'r-1', directoryScopeId: '/' }] }), output: [/a-1\s+u-1\s+r-1\s+\//] },
  { cmdlet: 'New-MgRoleManagementDirectoryRoleAssignment', script: "New-MgRoleManagementDirectoryRoleAssignment -PrincipalId u-1 -RoleDefinitionId r-1 -DirectoryScopeId '/'", method: 'POST', path: '/roleManagement/directory/roleAssignments', body: { principalId: 'u-1', roleDefinitionId: 'r-1', directoryScopeId: '/' }, answer: () => ok({ id: 'a-1', principalId: 'u-1', roleDefinitionId: 'r-1', directoryScopeId: '/' }, 201), output: ['a-1'] },
  { cmdlet: 'Remove-MgRoleManagementDirectoryRoleAssignment', script: 'Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId a-1', method: 'DELETE', path: '/roleManagement/directory/roleAssignments/a-1', answer: noContent },
  { cmdlet: 'Get-MgIdentityConditionalAccessPolicy', script: 'Get-MgIdentityConditionalAccessPolicy', method: 'GET', path: '/identity/conditionalAccess/policies', answer: () => ok({ value: [{ id: 'p-1', displayName: 'Block legacy authentication', state: 'enabled', createdDateTime: '2026-03-02T09:00:00Z' }] }), output: [/Id\s+CreatedDateTime\s+Description\s+DisplayName/, /p-1\s+.*Block legacy authentication.*enabled/] },
  {
    cmdlet: 'New-MgIdentityConditionalAccessPolicy',
    script: "New-MgIdentityConditionalAccessPolicy -DisplayName 'Block legacy authentication' -State enabledForReportingButNotEnforced -Conditions @{ clientAppTypes = @('exchangeActiveSync', 'other') } -GrantControls @{ operator = 'OR'; builtInControls = @('block') }",
    method: 'POST',
    path: '/identity/conditionalAccess/policies',
    body: { displayName: 'Block legacy authentication', state: 'enabledForReportingButNotEnforced', conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] }, grantControls: { operator: 'OR', builtInControls: ['block'] } },
    answer: () => ok({ id: 'p-2', displayName: 'Block legacy authentication', state: 'enabledForReportingButNotEnforced' }, 201),
    output: ['Block legacy authentication'],
  },
  { cmdlet: 'Get-MgDomain', script: 'Get-MgDomain', method: 'GET', path: '/domains', answer: () => ok({ value: [{ id: 'contoso.com', isDefault: true, isVerified: true, authenticationType: 'Managed' }] }), output: [/contoso\.com\s+Managed/] },
  { cmdlet: 'New-MgDomain', script: "New-MgDomain -BodyParameter @{ id = 'fabrikam.com' }", method: 'POST', path: '/domains', body: { id: 'fabrikam.com' }, answer: () => ok({ id: 'fabrikam.com', isVerified: false }, 201), output: ['fabrikam.com'] },
  { cmdlet: 'Update-MgDomain', script: 'Update-MgDomain -DomainId fabrikam.com -IsDefault', method: 'PATCH', path: '/domains/fabrikam.com', body: { isDefault: true }, answer: noContent },
  { cmdlet: 'Remove-MgDomain', script: 'Remove-MgDomain -DomainId fabrikam.com', method: 'DELETE', path: '/domains/fabrikam.com', answer: noContent },
  { cmdlet: 'Confirm-MgDomain', script: 'Confirm-MgDomain -DomainId fabrikam.com', method: 'POST', path: '/domains/fabrikam.com/verify', answer: () => ok({ id: 'fabrikam.com', isVerified: true }), output: ['fabrikam.com'] },
  { cmdlet: 'Get-MgDomainVerificationDnsRecord', script: "Get-MgDomainVerificationDnsRecord -DomainId fabrikam.com | Where-Object RecordType -eq 'Txt' | ForEach-Object { $_.AdditionalProperties.text }", method: 'GET', path: '/domains/fabrikam.com/verificationDnsRecords', answer: () => ok({ value: [{ id: 'd-1', recordType: 'Txt', label: 'fabrikam.com', text: 'MS=ms123', ttl: 3600 }] }), output: ['MS=ms123\n'] },
  { cmdlet: 'Get-MgOrganization', script: 'Get-MgOrganization | Select-Object -ExpandProperty DisplayName', method: 'GET', path: '/organization', answer: () => ok({ value: [{ id: 'o-1', displayName: 'Contoso' }] }), output: ['Contoso\n'] },
  { cmdlet: 'Get-MgAuditLogDirectoryAudit', script: 'Get-MgAuditLogDirectoryAudit -Top 1 | ForEach-Object { $_.InitiatedBy.App.DisplayName }', method: 'GET', path: '/auditLogs/directoryAudits', query: { $top: '1' }, answer: () => ok({ value: [{ id: 'x', activityDisplayName: 'Update user', initiatedBy: { app: { displayName: 'Microsoft Graph Command Line Tools' } } }] }), output: ['Microsoft Graph Command Line Tools\n'] },
  { cmdlet: 'Restore-MgDirectoryDeletedItem', script: 'Restore-MgDirectoryDeletedItem -DirectoryObjectId u-1', method: 'POST', path: '/directory/deletedItems/u-1/restore', answer: () => ok({ id: 'u-1' }), output: ['u-1'] },
  { cmdlet: 'Invoke-MgGraphRequest', script: "(Invoke-MgGraphRequest -Method GET -Uri 'v1.0/users/u-1').displayName", method: 'GET', path: '/users/u-1', answer: () => ok(ADELE), output: ['Adele Vance\n'] },
];
