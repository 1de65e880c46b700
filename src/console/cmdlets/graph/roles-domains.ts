import type { CmdletDefinition, ParameterDefinition } from '../types';
import { toRequestJson } from './body';
import { bodyFrom, getOrList, listParameters, pathOf } from './list';
import { toModels } from './models';
import { sendGraph } from './request';

const GOVERNANCE = 'Microsoft.Graph.Identity.Governance';
const DIRECTORY = 'Microsoft.Graph.Identity.DirectoryManagement';
const ASSIGNMENT_ID: ParameterDefinition = { name: 'UnifiedRoleAssignmentId', type: 'string', position: 0, description: 'The unique identifier of unifiedRoleAssignment' };
const DOMAIN_ID: ParameterDefinition = { name: 'DomainId', type: 'string', position: 0, description: 'The unique identifier of domain (its name, e.g. contoso.com)' };

export const getMgRoleManagementDirectoryRoleDefinition: CmdletDefinition = {
  name: 'Get-MgRoleManagementDirectoryRoleDefinition',
  module: GOVERNANCE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgRoleManagementDirectoryRoleDefinition_List',
  synopsis: 'Read the properties and relationships of a unifiedRoleDefinition object.',
  parameters: listParameters({ name: 'UnifiedRoleDefinitionId', type: 'string', position: 0, description: 'The unique identifier of unifiedRoleDefinition' }),
  examples: [{ code: "$role = Get-MgRoleManagementDirectoryRoleDefinition -Filter \"displayName eq 'Helpdesk Administrator'\"", remarks: 'Finds a built-in role.' }],
  run(context) {
    return getOrList(context, { kind: 'unifiedRoleDefinition', path: () => '/roleManagement/directory/roleDefinitions', item: { parameter: 'UnifiedRoleDefinitionId', path: (_c, id) => `/roleManagement/directory/roleDefinitions/${encodeURIComponent(id)}` }, variant: 'Get-MgRoleManagementDirectoryRoleDefinition' });
  },
};

export const getMgRoleManagementDirectoryRoleAssignment: CmdletDefinition = {
  name: 'Get-MgRoleManagementDirectoryRoleAssignment',
  module: GOVERNANCE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgRoleManagementDirectoryRoleAssignment_List',
  synopsis: 'Get the details of a unifiedRoleAssignment object.',
  parameters: listParameters(ASSIGNMENT_ID),
  examples: [{ code: "Get-MgRoleManagementDirectoryRoleAssignment -Filter \"principalId eq '$($user.Id)'\"", remarks: 'Lists the roles a user holds.' }],
  run(context) {
    return getOrList(context, { kind: 'unifiedRoleAssignment', path: () => '/roleManagement/directory/roleAssignments', item: { parameter: 'UnifiedRoleAssignmentId', path: (_c, id) => `/roleManagement/directory/roleAssignments/${encodeURIComponent(id)}` }, variant: 'Get-MgRoleManagementDirectoryRoleAssignment' });
  },
};

const ASSIGNMENT_FIELDS = ['PrincipalId', 'RoleDefinitionId', 'DirectoryScopeId', 'AppScopeId'];

export const newMgRoleManagementDirectoryRoleAssignment: CmdletDefinition = {
  name: 'New-MgRoleManagementDirectoryRoleAssignment',
  module: GOVERNANCE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.NewMgRoleManagementDirectoryRoleAssignment_CreateExpanded',
  synopsis: 'Create a new unifiedRoleAssignment object.',
  description: "DirectoryScopeId '/' is the whole tenant; '/administrativeUnits/{id}' an administrative unit.",
  parameters: [...ASSIGNMENT_FIELDS.map((name) => ({ name, type: 'string' as const, description: `The assignment's ${name}.` })), { name: 'BodyParameter', type: 'hashtable', description: 'The assignment, as @{ principalId = …; roleDefinitionId = …; directoryScopeId = "/" }.' }],
  supportsShouldProcess: (parameters) => `PrincipalId: ${parameters.string('PrincipalId') ?? ''}`,
  examples: [{ code: "New-MgRoleManagementDirectoryRoleAssignment -PrincipalId $user.Id -RoleDefinitionId $role.Id -DirectoryScopeId '/'", remarks: 'Assigns a role for the whole tenant.' }],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: '/roleManagement/directory/roleAssignments', body: toRequestJson(bodyFrom(context, ASSIGNMENT_FIELDS)), variant: 'New-MgRoleManagementDirectoryRoleAssignment_CreateExpanded' });
    if (response) for (const model of toModels(response.body, 'unifiedRoleAssignment')) context.output(model);
  },
};

export const removeMgRoleManagementDirectoryRoleAssignment: CmdletDefinition = {
  name: 'Remove-MgRoleManagementDirectoryRoleAssignment',
  module: GOVERNANCE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.RemoveMgRoleManagementDirectoryRoleAssignment_Delete',
  synopsis: 'Delete a unifiedRoleAssignment object.',
  parameters: [{ ...ASSIGNMENT_ID, mandatory: true }],
  supportsShouldProcess: (parameters) => `UnifiedRoleAssignmentId: ${parameters.string('UnifiedRoleAssignmentId') ?? ''}`,
  run(context) {
    sendGraph(context, { method: 'DELETE', path: `/roleManagement/directory/roleAssignments/${pathOf(context, 'UnifiedRoleAssignmentId')}`, variant: 'Remove-MgRoleManagementDirectoryRoleAssignment_Delete', target: `{ UnifiedRoleAssignmentId = ${context.parameters.string('UnifiedRoleAssignmentId') ?? ''} }` });
  },
};

export const getMgDomain: CmdletDefinition = {
  name: 'Get-MgDomain',
  module: DIRECTORY,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgDomain_List',
  synopsis: 'Read properties and relationships of a domain object.',
  parameters: listParameters(DOMAIN_ID),
  run(context) {
    return getOrList(context, { kind: 'domain', path: () => '/domains', item: { parameter: 'DomainId', path: (_c, id) => `/domains/${encodeURIComponent(id)}` }, variant: 'Get-MgDomain' });
  },
};

export const newMgDomain: CmdletDefinition = {
  name: 'New-MgDomain',
  module: DIRECTORY,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.NewMgDomain_CreateExpanded',
  synopsis: 'Adds a domain to the tenant.',
  parameters: [{ name: 'Id', type: 'string', description: 'The fully qualified name of the domain.' }, { name: 'BodyParameter', type: 'hashtable', description: 'The domain, as @{ id = "contoso.com" }.' }],
  supportsShouldProcess: (parameters) => `Id: ${parameters.string('Id') ?? ''}`,
  examples: [{ code: 'New-MgDomain -BodyParameter @{ id = "fabrikam.com" }', remarks: 'Adds an unverified domain.' }],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: '/domains', body: toRequestJson(bodyFrom(context, ['Id'])), variant: 'New-MgDomain_CreateExpanded' });
    if (response) for (const model of toModels(response.body, 'domain')) context.output(model);
  },
};

export const updateMgDomain: CmdletDefinition = {
  name: 'Update-MgDomain',
  module: DIRECTORY,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.UpdateMgDomain_UpdateExpanded',
  synopsis: 'Update the properties of domain object.',
  parameters: [{ ...DOMAIN_ID, mandatory: true }, { name: 'IsDefault', type: 'switch', description: 'True if this is the default domain that is used for user creation.' }, { name: 'BodyParameter', type: 'hashtable', description: 'The properties to change.' }],
  supportsShouldProcess: (parameters) => `DomainId: ${parameters.string('DomainId') ?? ''}`,
  run(context) {
    sendGraph(context, { method: 'PATCH', path: `/domains/${pathOf(context, 'DomainId')}`, body: toRequestJson(bodyFrom(context, ['IsDefault'])), variant: 'Update-MgDomain_UpdateExpanded', target: `{ DomainId = ${context.parameters.string('DomainId') ?? ''} }` });
  },
};

export const removeMgDomain: CmdletDefinition = {
  name: 'Remove-MgDomain',
  module: DIRECTORY,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.RemoveMgDomain_Delete',
  synopsis: 'Delete a domain from a tenant.',
  parameters: [{ ...DOMAIN_ID, mandatory: true }],
  supportsShouldProcess: (parameters) => `DomainId: ${parameters.string('DomainId') ?? ''}`,
  run(context) {
    sendGraph(context, { method: 'DELETE', path: `/domains/${pathOf(context, 'DomainId')}`, variant: 'Remove-MgDomain_Delete', target: `{ DomainId = ${context.parameters.string('DomainId') ?? ''} }` });
  },
};

export const confirmMgDomain: CmdletDefinition = {
  name: 'Confirm-MgDomain',
  module: DIRECTORY,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.ConfirmMgDomain_Verify',
  synopsis: 'Validates the ownership of the domain.',
  description: 'Checks the verification record in the domain\'s public DNS; publish the TXT or MX record from Get-MgDomainVerificationDnsRecord at the registrar first.',
  parameters: [{ ...DOMAIN_ID, mandatory: true }],
  examples: [{ code: "Confirm-MgDomain -DomainId 'fabrikam.com'", remarks: 'Verifies a domain.' }],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: `/domains/${pathOf(context, 'DomainId')}/verify`, variant: 'Confirm-MgDomain_Verify', target: `{ DomainId = ${context.parameters.string('DomainId') ?? ''} }` });
    if (response) for (const model of toModels(response.body, 'domain')) context.output(model);
  },
};

export const getMgDomainVerificationDnsRecord: CmdletDefinition = {
  name: 'Get-MgDomainVerificationDnsRecord',
  module: DIRECTORY,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgDomainVerificationDnsRecord_List',
  synopsis: 'Retrieve a list of domainDnsRecord objects.',
  description: 'The TXT and MX records that prove the domain is yours; their values are in AdditionalProperties (text, mailExchange).',
  parameters: listParameters({ ...DOMAIN_ID, mandatory: true }),
  run(context) {
    return getOrList(context, { kind: 'domainDnsRecord', path: (ctx) => `/domains/${pathOf(ctx, 'DomainId')}/verificationDnsRecords`, variant: 'Get-MgDomainVerificationDnsRecord' });
  },
};
