import type { CmdletContext, CmdletDefinition, ParameterDefinition } from '../types';
import { toRequestJson } from './body';
import { bodyFrom, getOrList, listParameters, pathOf } from './list';
import { toModels } from './models';
import { sendGraph } from './request';

const MODULE = 'Microsoft.Graph.Users';
const USER_ID: ParameterDefinition = { name: 'UserId', type: 'string', position: 0, description: 'The unique identifier of user (its id or user principal name).' };

/** The user properties New-MgUser and Update-MgUser take as parameters. */
const PROFILE: readonly [string, ParameterDefinition['type']][] = [
  ['AccountEnabled', 'switch'], ['City', 'string'], ['CompanyName', 'string'], ['Country', 'string'], ['Department', 'string'],
  ['DisplayName', 'string'], ['EmployeeId', 'string'], ['GivenName', 'string'], ['JobTitle', 'string'], ['Mail', 'string'],
  ['MailNickname', 'string'], ['MobilePhone', 'string'], ['OfficeLocation', 'string'], ['PostalCode', 'string'],
  ['PreferredLanguage', 'string'], ['State', 'string'], ['StreetAddress', 'string'], ['Surname', 'string'],
  ['UsageLocation', 'string'], ['UserPrincipalName', 'string'], ['UserType', 'string'], ['PasswordPolicies', 'string'],
  ['BusinessPhones', 'string[]'], ['OtherMails', 'string[]'], ['PasswordProfile', 'object'],
];

const PROFILE_PARAMETERS: ParameterDefinition[] = [
  ...PROFILE.map(([name, type]) => ({ name, type, description: `The user's ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}.` })),
  { name: 'BodyParameter', type: 'hashtable', description: 'The user to send, as a hashtable of its properties (as in the REST API).' },
  { name: 'AdditionalProperties', type: 'hashtable', description: 'Additional Parameters' },
];

const EXPANDED = PROFILE.map(([name]) => name);

function userPath(context: CmdletContext): string {
  return `/users/${pathOf(context, 'UserId')}`;
}

export const getMgUser: CmdletDefinition = {
  name: 'Get-MgUser',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgUser_List',
  synopsis: 'Read properties and relationships of the user object.',
  description: 'Gets one user by id or user principal name (-UserId), or lists users. Without -Property only the default properties come back (Id, DisplayName, Mail, UserPrincipalName, JobTitle…); without -All only the first 100 users. -Filter, -Search and -CountVariable send Graph\'s OData query options; advanced queries need -ConsistencyLevel eventual.',
  parameters: listParameters(USER_ID),
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphUser',
  examples: [
    { code: "Get-MgUser -UserId 'AdeleV@contoso.com'", remarks: 'Gets one user.' },
    { code: "Get-MgUser -Filter \"department eq 'Sales'\" -All -Property DisplayName,Department,UsageLocation", remarks: 'Gets every user of the Sales department with three properties.' },
    { code: "Get-MgUser -ConsistencyLevel eventual -Count userCount -Search '\"DisplayName:Conf\"'", remarks: 'Searches users by display name and counts them into $userCount.' },
  ],
  run(context) {
    return getOrList(context, { kind: 'user', path: () => '/users', item: { parameter: 'UserId', path: userPath }, variant: 'Get-MgUser' });
  },
};

export const newMgUser: CmdletDefinition = {
  name: 'New-MgUser',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.NewMgUser_CreateExpanded',
  synopsis: 'Create a new user object.',
  description: 'Creates a user. Graph requires accountEnabled, displayName, mailNickname, passwordProfile and userPrincipalName; give them as parameters or in -BodyParameter.',
  parameters: PROFILE_PARAMETERS,
  supportsShouldProcess: (parameters) => `UserPrincipalName: ${parameters.string('UserPrincipalName') ?? ''}`,
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphUser',
  examples: [
    { code: "$PasswordProfile = @{ Password = 'xWwvJ]6NMw+bWH-d' }\nNew-MgUser -DisplayName 'Rene Magi' -PasswordProfile $PasswordProfile -AccountEnabled -MailNickName 'ReneMagi' -UserPrincipalName 'ReneMagi@contoso.com'", remarks: 'Creates a user.' },
  ],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: '/users', body: toRequestJson(bodyFrom(context, EXPANDED)), variant: context.parameters.has('BodyParameter') ? 'New-MgUser_Create' : 'New-MgUser_CreateExpanded' });
    if (response) for (const model of toModels(response.body, 'user')) context.output(model);
  },
};

export const updateMgUser: CmdletDefinition = {
  name: 'Update-MgUser',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.UpdateMgUser_UpdateExpanded',
  synopsis: 'Update the properties of a user object.',
  description: 'Changes the properties given, and no others. It writes nothing on success.',
  parameters: [{ ...USER_ID, mandatory: true }, ...PROFILE_PARAMETERS],
  supportsShouldProcess: (parameters) => `UserId: ${parameters.string('UserId') ?? ''}`,
  examples: [{ code: "Update-MgUser -UserId 'belindan@litwareinc.com' -UsageLocation US", remarks: 'Sets a usage location.' }],
  run(context) {
    const id = context.parameters.string('UserId') ?? '';
    sendGraph(context, { method: 'PATCH', path: userPath(context), body: toRequestJson(bodyFrom(context, EXPANDED)), variant: context.parameters.has('BodyParameter') ? 'Update-MgUser_Update' : 'Update-MgUser_UpdateExpanded', target: `{ UserId = ${id} }` });
  },
};

export const removeMgUser: CmdletDefinition = {
  name: 'Remove-MgUser',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.RemoveMgUser_Delete',
  synopsis: 'Deletes a user.',
  description: 'Moves the user to Deleted users, where it can be restored for 30 days.',
  parameters: [{ ...USER_ID, mandatory: true }, { name: 'IfMatch', type: 'string', description: 'ETag' }, { name: 'PassThru', type: 'switch', description: 'Returns true when the command succeeds' }],
  supportsShouldProcess: (parameters) => `UserId: ${parameters.string('UserId') ?? ''}`,
  examples: [{ code: "Remove-MgUser -UserId 'AdeleV@contoso.com'", remarks: 'Deletes a user.' }],
  run(context) {
    const id = context.parameters.string('UserId') ?? '';
    const response = sendGraph(context, { method: 'DELETE', path: userPath(context), variant: 'Remove-MgUser_Delete', target: `{ UserId = ${id} }` });
    if (response && context.parameters.switch('PassThru')) context.output(true);
  },
};

export const getMgUserMemberOf: CmdletDefinition = {
  name: 'Get-MgUserMemberOf',
  module: MODULE,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgUserMemberOf_List',
  synopsis: 'The groups and directory roles that the user is a member of. Read-only. Nullable. Supports $expand.',
  parameters: listParameters({ ...USER_ID, mandatory: true }),
  run(context) {
    return getOrList(context, { kind: 'directoryObject', path: (ctx) => `${userPath(ctx)}/memberOf`, variant: 'Get-MgUserMemberOf' });
  },
};

export const revokeMgUserSignInSession: CmdletDefinition = {
  name: 'Revoke-MgUserSignInSession',
  module: 'Microsoft.Graph.Users.Actions',
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.RevokeMgUserSignInSession_Revoke',
  synopsis: "Invalidates all the refresh tokens issued to applications for a user (and session cookies in a user's browser), by resetting the signInSessionsValidFromDateTime user property to the current date-time.",
  parameters: [{ ...USER_ID, mandatory: true }],
  supportsShouldProcess: (parameters) => `UserId: ${parameters.string('UserId') ?? ''}`,
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: `${userPath(context)}/revokeSignInSessions`, variant: 'Revoke-MgUserSignInSession_Revoke', target: `{ UserId = ${context.parameters.string('UserId') ?? ''} }` });
    if (response) context.output(((response.body as { value?: boolean } | undefined)?.value ?? true));
  },
};
