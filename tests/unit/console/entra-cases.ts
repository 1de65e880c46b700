import { noContent, ok } from './support';

const SAWYER = { id: 'u-9', displayName: 'Sawyer Miller', mail: 'SawyerM@contoso.com', userPrincipalName: 'SawyerM@contoso.com', userType: 'Member' };

export interface EntraCase {
  readonly cmdlet: string;
  readonly script: string;
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly answer: () => ReturnType<typeof ok>;
  readonly output?: readonly (string | RegExp)[];
}

/** Each Microsoft Entra PowerShell cmdlet: the Graph request underneath it, and what it shows. */
export const ENTRA_CASES: readonly EntraCase[] = [
  { cmdlet: 'Get-EntraUser', script: 'Get-EntraUser -UserId SawyerM@contoso.com', method: 'GET', path: '/users/SawyerM@contoso.com', answer: () => ok(SAWYER), output: [/DisplayName\s+Id\s+Mail\s+UserPrincipalName\n-+/, /Sawyer Miller\s+u-9/] },
  { cmdlet: 'Get-EntraUser', script: "Get-EntraUser -SearchString 'Saw'", method: 'GET', path: '/users', query: { $filter: "startswith(displayName,'Saw') or startswith(userPrincipalName,'Saw')" }, answer: () => ok({ value: [SAWYER] }) },
  { cmdlet: 'New-EntraUser', script: "$p = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile; $p.Password = 'Pa55w0rd!x'; New-EntraUser -DisplayName 'Avery Iona' -PasswordProfile $p -UserPrincipalName AveryI@contoso.com -AccountEnabled $true -MailNickName averyi -UsageLocation US", method: 'POST', path: '/users', body: { accountEnabled: true, displayName: 'Avery Iona', mailNickname: 'averyi', usageLocation: 'US', userPrincipalName: 'AveryI@contoso.com', passwordProfile: { password: 'Pa55w0rd!x' } }, answer: () => ok({ ...SAWYER, id: 'u-10', displayName: 'Avery Iona' }, 201), output: [/ObjectId\s+DisplayName\s+UserPrincipalName\s+UserType/, /u-10\s+Avery Iona/] },
  { cmdlet: 'Set-EntraUser', script: "Set-EntraUser -UserId u-9 -JobTitle 'Buyer' -Mobile '+1 555 0100'", method: 'PATCH', path: '/users/u-9', body: { jobTitle: 'Buyer', mobilePhone: '+1 555 0100' }, answer: noContent },
  { cmdlet: 'Remove-EntraUser', script: 'Remove-EntraUser -UserId u-9', method: 'DELETE', path: '/users/u-9', answer: noContent },
  { cmdlet: 'Set-EntraUserLicense', script: "$l = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense; $l.SkuId = 'sku-e5'; $ls = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses; $ls.AddLicenses = $l; Set-EntraUserLicense -UserId u-9 -AssignedLicenses $ls", method: 'POST', path: '/users/u-9/assignLicense', body: { addLicenses: [{ skuId: 'sku-e5', disabledPlans: [] }], removeLicenses: [] }, answer: () => ok(SAWYER), output: [/userPrincipalName\s+SawyerM@contoso.com/] },
  { cmdlet: 'Get-EntraUserLicenseDetail', script: 'Get-EntraUserLicenseDetail -UserId u-9', method: 'GET', path: '/users/u-9/licenseDetails', answer: () => ok({ value: [{ id: 'l', skuId: 'sku-e5', skuPartNumber: 'SPE_E5' }] }), output: ['SPE_E5'] },
  { cmdlet: 'Get-EntraUserMembership', script: 'Get-EntraUserMembership -UserId u-9', method: 'GET', path: '/users/u-9/memberOf', answer: () => ok({ value: [{ id: 'g-1' }] }), output: ['g-1'] },
  { cmdlet: 'Get-EntraSubscribedSku', script: 'Get-EntraSubscribedSku | % SkuPartNumber', method: 'GET', path: '/subscribedSkus', answer: () => ok({ value: [{ skuId: 's', skuPartNumber: 'SPE_E5' }] }), output: ['SPE_E5\n'] },
  { cmdlet: 'Get-EntraGroup', script: "Get-EntraGroup -Filter \"DisplayName eq 'Retail'\"", method: 'GET', path: '/groups', query: { $filter: "DisplayName eq 'Retail'" }, answer: () => ok({ value: [{ id: 'g-1', displayName: 'Retail' }] }), output: ['Retail'] },
  { cmdlet: 'New-EntraGroup', script: "New-EntraGroup -DisplayName 'Field' -MailEnabled $false -SecurityEnabled $true -MailNickname field", method: 'POST', path: '/groups', body: { displayName: 'Field', mailEnabled: false, securityEnabled: true, mailNickname: 'field' }, answer: () => ok({ id: 'g-2', displayName: 'Field' }, 201), output: ['Field'] },
  { cmdlet: 'Remove-EntraGroup', script: 'Remove-EntraGroup -GroupId g-2', method: 'DELETE', path: '/groups/g-2', answer: noContent },
  { cmdlet: 'Get-EntraGroupMember', script: 'Get-EntraGroupMember -GroupId g-1', method: 'GET', path: '/groups/g-1/members', answer: () => ok({ value: [{ id: 'u-9' }] }), output: ['u-9'] },
  { cmdlet: 'Add-EntraGroupMember', script: 'Add-EntraGroupMember -GroupId g-1 -MemberId u-9', method: 'POST', path: '/groups/g-1/members/$ref', body: { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/u-9' }, answer: noContent },
  { cmdlet: 'Remove-EntraGroupMember', script: 'Remove-EntraGroupMember -GroupId g-1 -MemberId u-9', method: 'DELETE', path: '/groups/g-1/members/u-9/$ref', answer: noContent },
  { cmdlet: 'Get-EntraDirectoryRoleDefinition', script: "Get-EntraDirectoryRoleDefinition -SearchString 'Helpdesk'", method: 'GET', path: '/roleManagement/directory/roleDefinitions', query: { $filter: "startswith(displayName,'Helpdesk')" }, answer: () => ok({ value: [{ id: 'r', displayName: 'Helpdesk Administrator' }] }), output: ['Helpdesk Administrator'] },
  { cmdlet: 'Get-EntraDirectoryRoleAssignment', script: 'Get-EntraDirectoryRoleAssignment -All', method: 'GET', path: '/roleManagement/directory/roleAssignments', answer: () => ok({ value: [{ id: 'a', principalId: 'u-9' }] }), output: ['u-9'] },
  { cmdlet: 'New-EntraDirectoryRoleAssignment', script: 'New-EntraDirectoryRoleAssignment -PrincipalId u-9 -RoleDefinitionId r', method: 'POST', path: '/roleManagement/directory/roleAssignments', body: { principalId: 'u-9', roleDefinitionId: 'r', directoryScopeId: '/' }, answer: () => ok({ id: 'a', principalId: 'u-9', roleDefinitionId: 'r', directoryScopeId: '/' }, 201) },
  { cmdlet: 'Remove-EntraDirectoryRoleAssignment', script: 'Remove-EntraDirectoryRoleAssignment -UnifiedRoleAssignmentId a', method: 'DELETE', path: '/roleManagement/directory/roleAssignments/a', answer: noContent },
  { cmdlet: 'Get-EntraDomain', script: 'Get-EntraDomain -Name contoso.com', method: 'GET', path: '/domains/contoso.com', answer: () => ok({ id: 'contoso.com', isVerified: true }), output: ['contoso.com'] },
  { cmdlet: 'New-EntraDomain', script: 'New-EntraDomain -Name fabrikam.com', method: 'POST', path: '/domains', body: { id: 'fabrikam.com' }, answer: () => ok({ id: 'fabrikam.com' }, 201) },
  { cmdlet: 'Confirm-EntraDomain', script: 'Confirm-EntraDomain -Name fabrikam.com', method: 'POST', path: '/domains/fabrikam.com/verify', answer: () => ok({ id: 'fabrikam.com', isVerified: true }) },
  { cmdlet: 'Get-EntraDomainVerificationDnsRecord', script: 'Get-EntraDomainVerificationDnsRecord -Name fabrikam.com', method: 'GET', path: '/domains/fabrikam.com/verificationDnsRecords', answer: () => ok({ value: [{ id: 'd', recordType: 'Txt' }] }), output: ['Txt'] },
  { cmdlet: 'Get-EntraTenantDetail', script: 'Get-EntraTenantDetail | % DisplayName', method: 'GET', path: '/organization', answer: () => ok({ value: [{ id: 'o', displayName: 'Contoso' }] }), output: ['Contoso\n'] },
  { cmdlet: 'Get-EntraAuditDirectoryLog', script: 'Get-EntraAuditDirectoryLog -Top 5', method: 'GET', path: '/auditLogs/directoryAudits', query: { $top: '5' }, answer: () => ok({ value: [{ id: 'x', activityDisplayName: 'Add user' }] }), output: ['Add user'] },
];
