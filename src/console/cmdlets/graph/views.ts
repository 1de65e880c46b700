import type { ViewTable } from '../../format/views';

const MODELS = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraph';

/** The default table views of the Graph PowerShell SDK's models, and of Entra PowerShell's. */
export const GRAPH_VIEWS: ViewTable = {
  [`${MODELS}User`]: { kind: 'table', columns: ['Id', 'DisplayName', 'Mail', 'UserPrincipalName'] },
  [`${MODELS}Group`]: { kind: 'table', columns: ['DisplayName', 'Id', 'MailNickname', 'Description', 'GroupTypes'] },
  [`${MODELS}DirectoryObject`]: { kind: 'table', columns: ['Id', 'DeletedDateTime'] },
  [`${MODELS}SubscribedSku`]: { kind: 'table', columns: ['SkuId', 'SkuPartNumber', 'ServicePlans'] },
  [`${MODELS}LicenseDetails`]: { kind: 'table', columns: ['Id', 'SkuId', 'SkuPartNumber'] },
  [`${MODELS}ServicePlanInfo`]: { kind: 'table', columns: ['AppliesTo', 'ProvisioningStatus', 'ServicePlanId', 'ServicePlanName'] },
  [`${MODELS}AssignedLicense`]: { kind: 'table', columns: ['DisabledPlans', 'SkuId'] },
  [`${MODELS}Domain`]: { kind: 'table', columns: ['Id', 'AuthenticationType', 'AvailabilityStatus', 'IsAdminManaged', 'IsDefault', 'IsInitial', 'IsRoot', 'IsVerified'] },
  [`${MODELS}DomainDnsRecord`]: { kind: 'table', columns: ['Id', 'IsOptional', 'Label', 'RecordType', 'SupportedService', 'Ttl'] },
  [`${MODELS}UnifiedRoleAssignment`]: { kind: 'table', columns: ['Id', 'PrincipalId', 'RoleDefinitionId', 'DirectoryScopeId', 'AppScopeId'] },
  [`${MODELS}UnifiedRoleDefinition`]: { kind: 'table', columns: ['DisplayName', 'Id', 'TemplateId', 'IsBuiltIn', 'IsEnabled'] },
  [`${MODELS}Organization`]: { kind: 'table', columns: ['Id', 'DisplayName', 'TenantType', 'CountryLetterCode'] },
  [`${MODELS}ConditionalAccessPolicy`]: { kind: 'table', columns: ['Id', 'CreatedDateTime', 'Description', 'DisplayName', 'ModifiedDateTime', 'State', 'TemplateId'] },
  [`${MODELS}DirectoryAudit`]: { kind: 'table', columns: ['Id', 'ActivityDateTime', 'ActivityDisplayName', 'Category', 'Result'] },
  'Microsoft.Graph.PowerShell.Authentication.AuthContext': { kind: 'list' },
  'Microsoft.Entra.User': { kind: 'table', columns: ['DisplayName', 'Id', 'Mail', 'UserPrincipalName'] },
  'Microsoft.Entra.NewUser': { kind: 'table', columns: ['ObjectId', 'DisplayName', 'UserPrincipalName', 'UserType'] },
  'Microsoft.Entra.Group': { kind: 'table', columns: ['DisplayName', 'Id', 'MailNickname', 'Description', 'GroupTypes'] },
};
