import type { CmdletDefinition } from '../types';
import { getOrList, listParameters, pathOf } from './list';
import { toModels } from './models';
import { sendGraph } from './request';

export const getMgOrganization: CmdletDefinition = {
  name: 'Get-MgOrganization',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgOrganization_List',
  synopsis: 'Read properties and relationships of the organization object.',
  parameters: listParameters({ name: 'OrganizationId', type: 'string', position: 0, description: 'The unique identifier of organization' }),
  run(context) {
    return getOrList(context, { kind: 'organization', path: () => '/organization', item: { parameter: 'OrganizationId', path: (_c, id) => `/organization/${encodeURIComponent(id)}` }, variant: 'Get-MgOrganization' });
  },
};

export const getMgAuditLogDirectoryAudit: CmdletDefinition = {
  name: 'Get-MgAuditLogDirectoryAudit',
  module: 'Microsoft.Graph.Reports',
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgAuditLogDirectoryAudit_List',
  synopsis: 'Get a specific Microsoft Entra audit log item.',
  description: 'Lists the directory audit log: who did what, through which app. Needs AuditLog.Read.All and Directory.Read.All.',
  parameters: listParameters({ name: 'DirectoryAuditId', type: 'string', position: 0, description: 'The unique identifier of directoryAudit' }),
  examples: [{ code: "Get-MgAuditLogDirectoryAudit -Top 10 | Select-Object ActivityDateTime, ActivityDisplayName, @{ n = 'App'; e = { $_.InitiatedBy.App.DisplayName } }", remarks: 'Shows the latest changes and the app that made them.' }],
  run(context) {
    return getOrList(context, { kind: 'directoryAudit', path: () => '/auditLogs/directoryAudits', item: { parameter: 'DirectoryAuditId', path: (_c, id) => `/auditLogs/directoryAudits/${encodeURIComponent(id)}` }, variant: 'Get-MgAuditLogDirectoryAudit' });
  },
};

export const restoreMgDirectoryDeletedItem: CmdletDefinition = {
  name: 'Restore-MgDirectoryDeletedItem',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.RestoreMgDirectoryDeletedItem_Restore',
  synopsis: 'Restore a recently deleted directory object from deleted items.',
  parameters: [{ name: 'DirectoryObjectId', type: 'string', position: 0, mandatory: true, description: 'The unique identifier of directoryObject' }],
  supportsShouldProcess: (parameters) => `DirectoryObjectId: ${parameters.string('DirectoryObjectId') ?? ''}`,
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: `/directory/deletedItems/${pathOf(context, 'DirectoryObjectId')}/restore`, variant: 'Restore-MgDirectoryDeletedItem_Restore', target: `{ DirectoryObjectId = ${context.parameters.string('DirectoryObjectId') ?? ''} }` });
    if (response) for (const model of toModels(response.body, 'directoryObject')) context.output(model);
  },
};
