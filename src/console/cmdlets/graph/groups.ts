import type { CmdletContext, CmdletDefinition, ParameterDefinition } from '../types';
import { toRequestJson } from './body';
import { bodyFrom, getOrList, listParameters, pathOf } from './list';
import { toModels } from './models';
import { sendGraph } from './request';

const MODULE = 'Microsoft.Graph.Groups';
const GROUP_ID: ParameterDefinition = { name: 'GroupId', type: 'string', position: 0, description: 'The unique identifier of group' };
const REQUIRED_GROUP: ParameterDefinition = { ...GROUP_ID, mandatory: true };
const DIRECTORY_OBJECT: ParameterDefinition = { name: 'DirectoryObjectId', type: 'string', description: 'The unique identifier of directoryObject' };

const GROUP_FIELDS: readonly [string, ParameterDefinition['type']][] = [
  ['DisplayName', 'string'], ['Description', 'string'], ['MailNickname', 'string'], ['MailEnabled', 'switch'], ['SecurityEnabled', 'switch'],
  ['GroupTypes', 'string[]'], ['IsAssignableToRole', 'switch'], ['Visibility', 'string'], ['MembershipRule', 'string'], ['MembershipRuleProcessingState', 'string'],
];

const GROUP_PARAMETERS: ParameterDefinition[] = [
  ...GROUP_FIELDS.map(([name, type]) => ({ name, type, description: `The group's ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}.` })),
  { name: 'BodyParameter', type: 'hashtable', description: 'The group to send, as a hashtable of its properties (as in the REST API).' },
];

const groupPath = (context: CmdletContext) => `/groups/${pathOf(context, 'GroupId')}`;

function reference(id: string): { '@odata.id': string } {
  return { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` };
}

export const getMgGroup: CmdletDefinition = {
  name: 'Get-MgGroup',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgGroup_List',
  synopsis: 'Get the properties and relationships of a group object.',
  parameters: listParameters(GROUP_ID),
  examples: [{ code: "Get-MgGroup -Filter \"displayName eq 'Retail'\"", remarks: 'Finds a group by name.' }],
  run(context) {
    return getOrList(context, { kind: 'group', path: () => '/groups', item: { parameter: 'GroupId', path: groupPath }, variant: 'Get-MgGroup' });
  },
};

export const newMgGroup: CmdletDefinition = {
  name: 'New-MgGroup',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.NewMgGroup_CreateExpanded',
  synopsis: 'Create a new group as specified in the request body.',
  description: 'Creates a Microsoft 365 group (GroupTypes Unified) or a security group. displayName, mailEnabled, mailNickname and securityEnabled are required.',
  parameters: GROUP_PARAMETERS,
  supportsShouldProcess: (parameters) => `DisplayName: ${parameters.string('DisplayName') ?? ''}`,
  examples: [{ code: "New-MgGroup -DisplayName 'Field Techs' -MailEnabled:$false -MailNickname 'fieldtechs' -SecurityEnabled", remarks: 'Creates a security group.' }],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: '/groups', body: toRequestJson(bodyFrom(context, GROUP_FIELDS.map(([name]) => name))), variant: 'New-MgGroup_CreateExpanded' });
    if (response) for (const model of toModels(response.body, 'group')) context.output(model);
  },
};

export const updateMgGroup: CmdletDefinition = {
  name: 'Update-MgGroup',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.UpdateMgGroup_UpdateExpanded',
  synopsis: 'Update the properties of a group object.',
  parameters: [REQUIRED_GROUP, ...GROUP_PARAMETERS],
  supportsShouldProcess: (parameters) => `GroupId: ${parameters.string('GroupId') ?? ''}`,
  run(context) {
    sendGraph(context, { method: 'PATCH', path: groupPath(context), body: toRequestJson(bodyFrom(context, GROUP_FIELDS.map(([name]) => name))), variant: 'Update-MgGroup_UpdateExpanded', target: `{ GroupId = ${context.parameters.string('GroupId') ?? ''} }` });
  },
};

export const removeMgGroup: CmdletDefinition = {
  name: 'Remove-MgGroup',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.RemoveMgGroup_Delete',
  synopsis: 'Delete a group.',
  parameters: [REQUIRED_GROUP],
  supportsShouldProcess: (parameters) => `GroupId: ${parameters.string('GroupId') ?? ''}`,
  run(context) {
    sendGraph(context, { method: 'DELETE', path: groupPath(context), variant: 'Remove-MgGroup_Delete', target: `{ GroupId = ${context.parameters.string('GroupId') ?? ''} }` });
  },
};

export const getMgGroupMember: CmdletDefinition = {
  name: 'Get-MgGroupMember',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgGroupMember_List',
  synopsis: 'The members of this group, who can be users, devices, other groups, or service principals.',
  description: 'Returns directory objects: their Id, and their other properties (displayName, userPrincipalName…) in AdditionalProperties.',
  parameters: listParameters(REQUIRED_GROUP),
  examples: [{ code: "Get-MgGroupMember -GroupId $group.Id -All | ForEach-Object { $_.AdditionalProperties.userPrincipalName }", remarks: 'Lists the user names of a group\'s members.' }],
  run(context) {
    return getOrList(context, { kind: 'directoryObject', path: (ctx) => `${groupPath(ctx)}/members`, variant: 'Get-MgGroupMember' });
  },
};

export const getMgGroupOwner: CmdletDefinition = {
  name: 'Get-MgGroupOwner',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgGroupOwner_List',
  synopsis: 'The owners of the group who can be users or service principals.',
  parameters: listParameters(REQUIRED_GROUP),
  run(context) {
    return getOrList(context, { kind: 'directoryObject', path: (ctx) => `${groupPath(ctx)}/owners`, variant: 'Get-MgGroupOwner' });
  },
};

export const newMgGroupMember: CmdletDefinition = {
  name: 'New-MgGroupMember',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.NewMgGroupMember_CreateExpanded',
  synopsis: 'Add a member to a security or Microsoft 365 group through the members navigation property.',
  parameters: [REQUIRED_GROUP, { ...DIRECTORY_OBJECT, mandatory: true, description: 'The id of the user, group or other object to add.' }],
  supportsShouldProcess: (parameters) => `GroupId: ${parameters.string('GroupId') ?? ''}`,
  examples: [{ code: "New-MgGroupMember -GroupId '872648e7-…' -DirectoryObjectId '8a7c50d3-…'", remarks: 'Adds a member.' }],
  run(context) {
    sendGraph(context, { method: 'POST', path: `${groupPath(context)}/members/$ref`, body: reference(context.parameters.string('DirectoryObjectId') ?? ''), variant: 'New-MgGroupMember_CreateExpanded', target: `{ GroupId = ${context.parameters.string('GroupId') ?? ''} }` });
  },
};

function addByRef(name: 'New-MgGroupMemberByRef' | 'New-MgGroupOwnerByRef', segment: 'members' | 'owners', synopsis: string): CmdletDefinition {
  return {
    name,
    module: MODULE,
    implementation: `Microsoft.Graph.PowerShell.Cmdlets.${name.replace(/-/g, '')}_CreateExpanded`,
    synopsis,
    parameters: [REQUIRED_GROUP, { name: 'OdataId', type: 'string', description: 'The @odata.id of the object: https://graph.microsoft.com/v1.0/directoryObjects/{id}' }, { name: 'BodyParameter', type: 'hashtable', description: 'The reference, as @{ "@odata.id" = "https://graph.microsoft.com/v1.0/directoryObjects/{id}" }.' }],
    supportsShouldProcess: (parameters) => `GroupId: ${parameters.string('GroupId') ?? ''}`,
    run(context) {
      const body = context.parameters.hashtable('BodyParameter') ? toRequestJson(context.parameters.hashtable('BodyParameter')!) : { '@odata.id': context.parameters.string('OdataId') ?? '' };
      sendGraph(context, { method: 'POST', path: `${groupPath(context)}/${segment}/$ref`, body, variant: `${name}_CreateExpanded`, target: `{ GroupId = ${context.parameters.string('GroupId') ?? ''} }` });
    },
  };
}

export const newMgGroupMemberByRef = addByRef('New-MgGroupMemberByRef', 'members', 'Add a member to a security or Microsoft 365 group through the members navigation property.');
export const newMgGroupOwnerByRef = addByRef('New-MgGroupOwnerByRef', 'owners', "Add a user or service principal to a Microsoft 365 or security group's owners.");

function removeByRef(name: string, segment: 'members' | 'owners', synopsis: string): CmdletDefinition {
  return {
    name,
    module: MODULE,
    implementation: `Microsoft.Graph.PowerShell.Cmdlets.${name.replace(/-/g, '')}_Delete`,
    synopsis,
    parameters: [REQUIRED_GROUP, { ...DIRECTORY_OBJECT, mandatory: true }],
    supportsShouldProcess: (parameters) => `GroupId: ${parameters.string('GroupId') ?? ''}`,
    run(context) {
      sendGraph(context, { method: 'DELETE', path: `${groupPath(context)}/${segment}/${pathOf(context, 'DirectoryObjectId')}/$ref`, variant: `${name}_Delete`, target: `{ GroupId = ${context.parameters.string('GroupId') ?? ''}, DirectoryObjectId = ${context.parameters.string('DirectoryObjectId') ?? ''} }` });
    },
  };
}

export const removeMgGroupMemberByRef = removeByRef('Remove-MgGroupMemberByRef', 'members', 'Remove a member from a group via the members navigation property.');
export const removeMgGroupMemberDirectoryObjectByRef = removeByRef('Remove-MgGroupMemberDirectoryObjectByRef', 'members', 'Remove a member from a group via the members navigation property.');
export const removeMgGroupOwnerByRef = removeByRef('Remove-MgGroupOwnerByRef', 'owners', 'Remove an owner from a Microsoft 365 group or a security group through the owners navigation property.');
