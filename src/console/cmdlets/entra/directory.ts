import { toModels } from '../graph/models';
import { getOrList, pathOf } from '../graph/list';
import { sendGraph } from '../graph/request';
import type { CmdletDefinition, ParameterDefinition } from '../types';
import { ENTRA_DIRECTORY, ENTRA_GOVERNANCE, ENTRA_GROUP, ENTRA_GROUPS, ENTRA_LIST, SEARCH_STRING, searchFilter } from './common';

const ENTRA = 'Microsoft.Entra' as const;
const GROUP_ID: ParameterDefinition = { name: 'GroupId', type: 'string', aliases: ['ObjectId', 'Id'], description: 'Specifies the ID of a group in Microsoft Entra ID.' };
const MEMBER_ID: ParameterDefinition = { name: 'MemberId', type: 'string', mandatory: true, aliases: ['RefObjectId'], description: 'Specifies the ID of the Microsoft Entra ID object to add or remove as a member.' };
const DOMAIN_NAME: ParameterDefinition = { name: 'Name', type: 'string', description: 'Specifies the name of the domain.' };

export const getEntraGroup: CmdletDefinition = {
  name: 'Get-EntraGroup',
  module: ENTRA_GROUPS,
  implementation: 'Get-EntraGroup',
  synopsis: 'Gets a group.',
  parameters: [{ ...GROUP_ID, position: 0 }, ...ENTRA_LIST, SEARCH_STRING],
  examples: [{ code: "Get-EntraGroup -Filter \"DisplayName eq 'Retail'\"", remarks: 'Finds a group by name.' }],
  run(context) {
    return getOrList(context, {
      kind: 'group', path: () => '/groups', item: { parameter: 'GroupId', path: (ctx) => `/groups/${pathOf(ctx, 'GroupId')}` }, variant: 'Get-EntraGroup',
      filter: searchFilter(context.parameters.string('SearchString'), ['displayName']), module: ENTRA, scopesHint: 'GroupMember.Read.All', schema: ENTRA_GROUP,
    });
  },
};

export const newEntraGroup: CmdletDefinition = {
  name: 'New-EntraGroup',
  module: ENTRA_GROUPS,
  implementation: 'New-EntraGroup',
  synopsis: 'Creates a Microsoft Entra ID group.',
  parameters: [
    { name: 'DisplayName', type: 'string', mandatory: true, description: 'Specifies the display name for the group.' },
    { name: 'MailEnabled', type: 'bool', mandatory: true, description: 'Specifies whether this group is mail enabled.' },
    { name: 'SecurityEnabled', type: 'bool', mandatory: true, description: 'Specifies whether the group is security enabled.' },
    { name: 'MailNickname', type: 'string', mandatory: true, description: 'Specifies a nickname for mail.' },
    { name: 'GroupTypes', type: 'string[]', description: 'Specifies that the group is a unified or dynamic group.' },
    { name: 'Description', type: 'string', description: 'Specifies a description for the group.' },
    { name: 'Visibility', type: 'string', description: 'Specifies the visibility of the group.' },
    { name: 'IsAssignableToRole', type: 'bool', description: 'Indicates whether group can be assigned to a role.' },
  ],
  run(context) {
    const body: Record<string, unknown> = {};
    for (const name of ['DisplayName', 'MailEnabled', 'SecurityEnabled', 'MailNickname', 'GroupTypes', 'Description', 'Visibility', 'IsAssignableToRole']) {
      const value = context.parameters.get(name);
      if (value !== undefined) body[name.charAt(0).toLowerCase() + name.slice(1)] = value;
    }
    const response = sendGraph(context, { method: 'POST', path: '/groups', body, variant: 'New-EntraGroup', module: ENTRA, scopesHint: 'Group.ReadWrite.All' });
    if (response) for (const model of toModels(response.body, 'group', ENTRA_GROUP)) context.output(model);
  },
};

export const removeEntraGroup: CmdletDefinition = {
  name: 'Remove-EntraGroup',
  module: ENTRA_GROUPS,
  implementation: 'Remove-EntraGroup',
  synopsis: 'Removes a group.',
  parameters: [{ ...GROUP_ID, mandatory: true }],
  run(context) {
    sendGraph(context, { method: 'DELETE', path: `/groups/${pathOf(context, 'GroupId')}`, variant: 'Remove-EntraGroup', module: ENTRA, scopesHint: 'Group.ReadWrite.All' });
  },
};

export const getEntraGroupMember: CmdletDefinition = {
  name: 'Get-EntraGroupMember',
  module: ENTRA_GROUPS,
  implementation: 'Get-EntraGroupMember',
  synopsis: 'Gets a member of a group.',
  parameters: [{ ...GROUP_ID, mandatory: true, position: 0 }, ...ENTRA_LIST.filter((p) => p.name !== 'Filter')],
  run(context) {
    return getOrList(context, { kind: 'directoryObject', path: (ctx) => `/groups/${pathOf(ctx, 'GroupId')}/members`, variant: 'Get-EntraGroupMember', module: ENTRA, scopesHint: 'GroupMember.Read.All' });
  },
};

export const addEntraGroupMember: CmdletDefinition = {
  name: 'Add-EntraGroupMember',
  module: ENTRA_GROUPS,
  implementation: 'Add-EntraGroupMember',
  synopsis: 'Add a member to a security or Microsoft 365 group.',
  parameters: [{ ...GROUP_ID, mandatory: true }, MEMBER_ID],
  supportsShouldProcess: (parameters) => `GroupId: ${parameters.string('GroupId') ?? ''}`,
  examples: [{ code: "Add-EntraGroupMember -GroupId $group.Id -MemberId $user.Id", remarks: 'Adds a member.' }],
  run(context) {
    const body = { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${context.parameters.string('MemberId') ?? ''}` };
    sendGraph(context, { method: 'POST', path: `/groups/${pathOf(context, 'GroupId')}/members/$ref`, body, variant: 'Add-EntraGroupMember', module: ENTRA, scopesHint: 'GroupMember.ReadWrite.All' });
  },
};

export const removeEntraGroupMember: CmdletDefinition = {
  name: 'Remove-EntraGroupMember',
  module: ENTRA_GROUPS,
  implementation: 'Remove-EntraGroupMember',
  synopsis: 'Removes a member from a group.',
  parameters: [{ ...GROUP_ID, mandatory: true }, MEMBER_ID],
  run(context) {
    sendGraph(context, { method: 'DELETE', path: `/groups/${pathOf(context, 'GroupId')}/members/${pathOf(context, 'MemberId')}/$ref`, variant: 'Remove-EntraGroupMember', module: ENTRA, scopesHint: 'GroupMember.ReadWrite.All' });
  },
};

export const getEntraDirectoryRoleDefinition: CmdletDefinition = {
  name: 'Get-EntraDirectoryRoleDefinition',
  module: ENTRA_GOVERNANCE,
  implementation: 'Get-EntraDirectoryRoleDefinition',
  synopsis: 'Gets information about role definitions in Microsoft Entra ID.',
  parameters: [{ name: 'UnifiedRoleDefinitionId', type: 'string', aliases: ['Id'], position: 0, description: 'Specifies the roleDefinition Id.' }, ...ENTRA_LIST, SEARCH_STRING],
  run(context) {
    return getOrList(context, {
      kind: 'unifiedRoleDefinition', path: () => '/roleManagement/directory/roleDefinitions',
      item: { parameter: 'UnifiedRoleDefinitionId', path: (_c, id) => `/roleManagement/directory/roleDefinitions/${encodeURIComponent(id)}` },
      variant: 'Get-EntraDirectoryRoleDefinition', filter: searchFilter(context.parameters.string('SearchString'), ['displayName']), module: ENTRA, scopesHint: 'RoleManagement.Read.Directory',
    });
  },
};

export const getEntraDirectoryRoleAssignment: CmdletDefinition = {
  name: 'Get-EntraDirectoryRoleAssignment',
  module: ENTRA_GOVERNANCE,
  implementation: 'Get-EntraDirectoryRoleAssignment',
  synopsis: 'Get a Microsoft Entra ID roleAssignment.',
  parameters: [{ name: 'UnifiedRoleAssignmentId', type: 'string', aliases: ['Id'], position: 0, description: 'The unique identifier of a Microsoft Entra ID roleAssignment object.' }, ...ENTRA_LIST],
  run(context) {
    return getOrList(context, {
      kind: 'unifiedRoleAssignment', path: () => '/roleManagement/directory/roleAssignments',
      item: { parameter: 'UnifiedRoleAssignmentId', path: (_c, id) => `/roleManagement/directory/roleAssignments/${encodeURIComponent(id)}` },
      variant: 'Get-EntraDirectoryRoleAssignment', module: ENTRA, scopesHint: 'RoleManagement.Read.Directory',
    });
  },
};

export const newEntraDirectoryRoleAssignment: CmdletDefinition = {
  name: 'New-EntraDirectoryRoleAssignment',
  module: ENTRA_GOVERNANCE,
  implementation: 'New-EntraDirectoryRoleAssignment',
  synopsis: 'Create a new Microsoft Entra ID roleAssignment.',
  parameters: [
    { name: 'PrincipalId', type: 'string', mandatory: true, description: 'Specifies the principal for role assignment.' },
    { name: 'RoleDefinitionId', type: 'string', mandatory: true, description: 'Specifies the role definition for role assignment.' },
    { name: 'DirectoryScopeId', type: 'string', description: 'Specifies the directory object that is the scope of the assignment. The default is /, the whole tenant.' },
  ],
  run(context) {
    const body = { principalId: context.parameters.string('PrincipalId'), roleDefinitionId: context.parameters.string('RoleDefinitionId'), directoryScopeId: context.parameters.string('DirectoryScopeId') ?? '/' };
    const response = sendGraph(context, { method: 'POST', path: '/roleManagement/directory/roleAssignments', body, variant: 'New-EntraDirectoryRoleAssignment', module: ENTRA, scopesHint: 'RoleManagement.ReadWrite.Directory' });
    if (response) for (const model of toModels(response.body, 'unifiedRoleAssignment')) context.output(model);
  },
};

export const removeEntraDirectoryRoleAssignment: CmdletDefinition = {
  name: 'Remove-EntraDirectoryRoleAssignment',
  module: ENTRA_GOVERNANCE,
  implementation: 'Remove-EntraDirectoryRoleAssignment',
  synopsis: 'Delete a Microsoft Entra ID roleAssignment.',
  parameters: [{ name: 'UnifiedRoleAssignmentId', type: 'string', aliases: ['Id'], mandatory: true, position: 0, description: 'Specifies the ID of the role assignment to delete.' }],
  run(context) {
    sendGraph(context, { method: 'DELETE', path: `/roleManagement/directory/roleAssignments/${pathOf(context, 'UnifiedRoleAssignmentId')}`, variant: 'Remove-EntraDirectoryRoleAssignment', module: ENTRA, scopesHint: 'RoleManagement.ReadWrite.Directory' });
  },
};

export const getEntraSubscribedSku: CmdletDefinition = {
  name: 'Get-EntraSubscribedSku',
  module: ENTRA_DIRECTORY,
  implementation: 'Get-EntraSubscribedSku',
  synopsis: 'Gets subscribed SKUs to Microsoft services.',
  parameters: [{ name: 'SubscribedSkuId', type: 'string', aliases: ['ObjectId'], position: 0, description: 'The object ID of the SKU.' }, ENTRA_LIST[3]!],
  run(context) {
    return getOrList(context, { kind: 'subscribedSku', path: () => '/subscribedSkus', item: { parameter: 'SubscribedSkuId', path: (_c, id) => `/subscribedSkus/${encodeURIComponent(id)}` }, variant: 'Get-EntraSubscribedSku', module: ENTRA, scopesHint: 'Organization.Read.All' });
  },
};

export const getEntraDomain: CmdletDefinition = {
  name: 'Get-EntraDomain',
  module: ENTRA_DIRECTORY,
  implementation: 'Get-EntraDomain',
  synopsis: 'Gets a domain.',
  parameters: [{ ...DOMAIN_NAME, position: 0 }, ENTRA_LIST[3]!],
  run(context) {
    return getOrList(context, { kind: 'domain', path: () => '/domains', item: { parameter: 'Name', path: (_c, id) => `/domains/${encodeURIComponent(id)}` }, variant: 'Get-EntraDomain', module: ENTRA, scopesHint: 'Domain.Read.All' });
  },
};

export const newEntraDomain: CmdletDefinition = {
  name: 'New-EntraDomain',
  module: ENTRA_DIRECTORY,
  implementation: 'New-EntraDomain',
  synopsis: 'Creates a domain.',
  parameters: [{ ...DOMAIN_NAME, mandatory: true }, { name: 'IsDefault', type: 'bool', description: 'Indicates whether the domain is the default one.' }],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: '/domains', body: { id: context.parameters.string('Name') }, variant: 'New-EntraDomain', module: ENTRA, scopesHint: 'Domain.ReadWrite.All' });
    if (response) for (const model of toModels(response.body, 'domain')) context.output(model);
  },
};

export const confirmEntraDomain: CmdletDefinition = {
  name: 'Confirm-EntraDomain',
  module: ENTRA_DIRECTORY,
  implementation: 'Confirm-EntraDomain',
  synopsis: 'Validate the ownership of a domain.',
  parameters: [{ ...DOMAIN_NAME, mandatory: true }],
  run(context) {
    sendGraph(context, { method: 'POST', path: `/domains/${pathOf(context, 'Name')}/verify`, variant: 'Confirm-EntraDomain', module: ENTRA, scopesHint: 'Domain.ReadWrite.All' });
  },
};

export const getEntraDomainVerificationDnsRecord: CmdletDefinition = {
  name: 'Get-EntraDomainVerificationDnsRecord',
  module: ENTRA_DIRECTORY,
  implementation: 'Get-EntraDomainVerificationDnsRecord',
  synopsis: 'Retrieve the domain verification DNS record for a domain.',
  parameters: [{ ...DOMAIN_NAME, mandatory: true, position: 0 }],
  run(context) {
    return getOrList(context, { kind: 'domainDnsRecord', path: (ctx) => `/domains/${pathOf(ctx, 'Name')}/verificationDnsRecords`, variant: 'Get-EntraDomainVerificationDnsRecord', module: ENTRA, scopesHint: 'Domain.Read.All' });
  },
};

export const getEntraTenantDetail: CmdletDefinition = {
  name: 'Get-EntraTenantDetail',
  module: ENTRA_DIRECTORY,
  implementation: 'Get-EntraTenantDetail',
  synopsis: 'Gets the details of a tenant.',
  parameters: [ENTRA_LIST[1]!, ENTRA_LIST[2]!, ENTRA_LIST[3]!],
  run(context) {
    return getOrList(context, { kind: 'organization', path: () => '/organization', variant: 'Get-EntraTenantDetail', module: ENTRA, scopesHint: 'Organization.Read.All' });
  },
};

export const getEntraAuditDirectoryLog: CmdletDefinition = {
  name: 'Get-EntraAuditDirectoryLog',
  module: 'Microsoft.Entra.Reports',
  implementation: 'Get-EntraAuditDirectoryLog',
  synopsis: 'Get directory audit logs.',
  parameters: [{ name: 'Id', type: 'string', position: 0, description: 'The unique ID of the directory audit log entry.' }, ...ENTRA_LIST],
  run(context) {
    return getOrList(context, { kind: 'directoryAudit', path: () => '/auditLogs/directoryAudits', item: { parameter: 'Id', path: (_c, id) => `/auditLogs/directoryAudits/${encodeURIComponent(id)}` }, variant: 'Get-EntraAuditDirectoryLog', module: ENTRA, scopesHint: 'AuditLog.Read.All' });
  },
};
