import { toRequestJson } from '../graph/body';
import { getOrList, pathOf } from '../graph/list';
import { toModels } from '../graph/models';
import { sendGraph } from '../graph/request';
import type { CmdletContext, CmdletDefinition, ParameterDefinition } from '../types';
import { ENTRA_LIST, ENTRA_NEW_USER, ENTRA_USER, ENTRA_USERS, SEARCH_STRING, asHashtable, assignedLicensesBody, passwordProfileBody, searchFilter } from './common';

const USER_ID: ParameterDefinition = { name: 'UserId', type: 'string', aliases: ['ObjectId', 'UPN', 'Identity', 'UserPrincipalName'], description: 'Specifies the ID of a user (as a UserPrincipalName or ObjectId) in Microsoft Entra ID.' };
const REQUIRED_USER: ParameterDefinition = { ...USER_ID, mandatory: true };

/** Entra's user parameters and the Graph property each one sets. */
const FIELDS: readonly [string, string, ParameterDefinition['type']][] = [
  ['AccountEnabled', 'accountEnabled', 'bool'], ['City', 'city', 'string'], ['CompanyName', 'companyName', 'string'], ['Country', 'country', 'string'],
  ['Department', 'department', 'string'], ['DisplayName', 'displayName', 'string'], ['GivenName', 'givenName', 'string'], ['JobTitle', 'jobTitle', 'string'],
  ['MailNickName', 'mailNickname', 'string'], ['Mobile', 'mobilePhone', 'string'], ['PostalCode', 'postalCode', 'string'], ['PreferredLanguage', 'preferredLanguage', 'string'],
  ['State', 'state', 'string'], ['StreetAddress', 'streetAddress', 'string'], ['Surname', 'surname', 'string'], ['UsageLocation', 'usageLocation', 'string'],
  ['UserType', 'userType', 'string'], ['PasswordPolicies', 'passwordPolicies', 'string'], ['AgeGroup', 'ageGroup', 'string'], ['OtherMails', 'otherMails', 'string[]'],
  ['TelephoneNumber', 'businessPhones', 'string'], ['FaxNumber', 'faxNumber', 'string'], ['ImmutableId', 'onPremisesImmutableId', 'string'],
];

function fieldParameters(mandatory: readonly string[]): ParameterDefinition[] {
  return [
    ...FIELDS.filter(([name]) => name !== 'UserPrincipalName').map(([name, , type]) => ({ name, type, ...(mandatory.includes(name) ? { mandatory: true } : {}), description: `Specifies the user's ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}.` })),
    { name: 'PasswordProfile', type: 'object', ...(mandatory.includes('PasswordProfile') ? { mandatory: true } : {}), description: "Specifies the user's password profile (Microsoft.Open.AzureAD.Model.PasswordProfile)." },
  ];
}

function userBody(context: CmdletContext): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, property] of FIELDS) {
    const value = context.parameters.get(name);
    if (value === undefined) continue;
    body[property] = property === 'businessPhones' ? [toRequestJson(value)] : toRequestJson(value);
  }
  const upn = context.parameters.string('UserPrincipalName');
  if (upn !== undefined && context.definition.name === 'New-EntraUser') body.userPrincipalName = upn;
  const profile = passwordProfileBody(context.parameters.get('PasswordProfile'));
  if (profile) body.passwordProfile = profile;
  return body;
}


export const getEntraUser: CmdletDefinition = {
  name: 'Get-EntraUser',
  module: ENTRA_USERS,
  implementation: 'Get-EntraUser',
  synopsis: 'Gets a user.',
  parameters: [{ ...USER_ID, position: 0 }, ...ENTRA_LIST, SEARCH_STRING],
  examples: [{ code: "Get-EntraUser -UserId 'SawyerM@contoso.com'", remarks: 'Gets a user.' }, { code: 'Get-EntraUser -Top 3', remarks: 'Gets three users.' }],
  run(context) {
    return getOrList(context, {
      kind: 'user',
      path: () => '/users',
      item: { parameter: 'UserId', path: (ctx) => `/users/${pathOf(ctx, 'UserId')}` },
      variant: 'Get-EntraUser',
      filter: searchFilter(context.parameters.string('SearchString'), ['displayName', 'userPrincipalName']),
      module: 'Microsoft.Entra',
      scopesHint: 'User.Read.All',
      schema: ENTRA_USER,
    });
  },
};

export const newEntraUser: CmdletDefinition = {
  name: 'New-EntraUser',
  module: ENTRA_USERS,
  implementation: 'New-EntraUser',
  synopsis: 'Creates a Microsoft Entra ID user.',
  parameters: [...fieldParameters(['DisplayName', 'AccountEnabled', 'PasswordProfile']), { name: 'UserPrincipalName', type: 'string', description: 'Specifies the user principal name of the user.' }],
  examples: [{ code: "$passwordProfile = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile\n$passwordProfile.Password = '<Password>'\nNew-EntraUser -DisplayName 'Avery Iona' -PasswordProfile $passwordProfile -UserPrincipalName 'AveryI@contoso.com' -AccountEnabled $true -MailNickName 'averyi'", remarks: 'Creates a user.' }],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: '/users', body: userBody(context), variant: 'New-EntraUser', module: 'Microsoft.Entra', scopesHint: 'User.ReadWrite.All' });
    if (response) for (const model of toModels(response.body, 'user', ENTRA_NEW_USER)) context.output(model);
  },
};

export const setEntraUser: CmdletDefinition = {
  name: 'Set-EntraUser',
  module: ENTRA_USERS,
  implementation: 'Set-EntraUser',
  synopsis: 'Updates a user.',
  parameters: [REQUIRED_USER, ...fieldParameters([])],
  examples: [{ code: "Set-EntraUser -UserId 'SawyerM@contoso.com' -UsageLocation 'US'", remarks: 'Sets a usage location.' }],
  run(context) {
    sendGraph(context, { method: 'PATCH', path: `/users/${pathOf(context, 'UserId')}`, body: userBody(context), variant: 'Set-EntraUser', target: `{ UserId = ${context.parameters.string('UserId') ?? ''} }`, module: 'Microsoft.Entra', scopesHint: 'User.ReadWrite.All' });
  },
};

export const removeEntraUser: CmdletDefinition = {
  name: 'Remove-EntraUser',
  module: ENTRA_USERS,
  implementation: 'Remove-EntraUser',
  synopsis: 'Removes a user.',
  parameters: [REQUIRED_USER],
  run(context) {
    sendGraph(context, { method: 'DELETE', path: `/users/${pathOf(context, 'UserId')}`, variant: 'Remove-EntraUser', target: `{ UserId = ${context.parameters.string('UserId') ?? ''} }`, module: 'Microsoft.Entra', scopesHint: 'User.ReadWrite.All' });
  },
};

export const setEntraUserLicense: CmdletDefinition = {
  name: 'Set-EntraUserLicense',
  module: ENTRA_USERS,
  implementation: 'Set-EntraUserLicense',
  synopsis: 'Adds or removes licenses for a Microsoft online service to the list of assigned licenses for a user.',
  parameters: [REQUIRED_USER, { name: 'AssignedLicenses', type: 'object', mandatory: true, description: 'Specifies a list of licenses to assign or remove (Microsoft.Open.AzureAD.Model.AssignedLicenses).' }],
  examples: [{ code: "$license = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense\n$license.SkuId = (Get-EntraSubscribedSku | Where-Object SkuPartNumber -eq 'SPE_E5').SkuId\n$licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses\n$licenses.AddLicenses = $license\nSet-EntraUserLicense -UserId 'SawyerM@contoso.com' -AssignedLicenses $licenses", remarks: 'Assigns Microsoft 365 E5.' }],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: `/users/${pathOf(context, 'UserId')}/assignLicense`, body: assignedLicensesBody(context.parameters.get('AssignedLicenses')), variant: 'Set-EntraUserLicense', target: `{ UserId = ${context.parameters.string('UserId') ?? ''} }`, module: 'Microsoft.Entra', scopesHint: 'User.ReadWrite.All' });
    if (response) context.output(asHashtable(response.body));
  },
};

export const getEntraUserLicenseDetail: CmdletDefinition = {
  name: 'Get-EntraUserLicenseDetail',
  module: ENTRA_USERS,
  implementation: 'Get-EntraUserLicenseDetail',
  synopsis: 'Retrieves license details for a user.',
  parameters: [{ ...REQUIRED_USER, position: 0 }, ENTRA_LIST[3]!],
  run(context) {
    return getOrList(context, { kind: 'licenseDetails', path: (ctx) => `/users/${pathOf(ctx, 'UserId')}/licenseDetails`, variant: 'Get-EntraUserLicenseDetail', module: 'Microsoft.Entra', scopesHint: 'User.Read.All' });
  },
};

export const getEntraUserMembership: CmdletDefinition = {
  name: 'Get-EntraUserMembership',
  module: ENTRA_USERS,
  implementation: 'Get-EntraUserMembership',
  synopsis: 'Get user memberships.',
  parameters: [{ ...REQUIRED_USER, position: 0 }, ...ENTRA_LIST.filter((p) => p.name !== 'Filter')],
  run(context) {
    return getOrList(context, { kind: 'directoryObject', path: (ctx) => `/users/${pathOf(ctx, 'UserId')}/memberOf`, variant: 'Get-EntraUserMembership', module: 'Microsoft.Entra', scopesHint: 'User.Read.All' });
  },
};
