import { missingMandatory } from '../../runtime/binder';
import { PSHashtable, type PSValue } from '../../runtime/values';
import type { CmdletContext, CmdletDefinition, ParameterDefinition } from '../types';
import { toRequestJson } from './body';
import { getOrList, listParameters, pathOf } from './list';
import { toModels } from './models';
import { sendGraph } from './request';

const USER_ID: ParameterDefinition = { name: 'UserId', type: 'string', position: 0, mandatory: true, description: 'The unique identifier of user (its id or user principal name).' };

function list(value: PSValue | undefined): PSValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** An empty hashtable in -AddLicenses (`-AddLicenses @{}`, as Microsoft's removal example writes it) adds nothing. */
function isEmpty(value: PSValue): boolean {
  return value instanceof PSHashtable && value.size === 0;
}

function assignBody(context: CmdletContext): unknown {
  const given = context.parameters.hashtable('BodyParameter');
  if (given) return toRequestJson(given);
  const missing = ['AddLicenses', 'RemoveLicenses'].filter((name) => !context.parameters.has(name));
  if (missing.length > 0) throw missingMandatory(context.definition, context.invocationName, missing, context.extent);
  return {
    addLicenses: list(context.parameters.get('AddLicenses')).filter((license) => !isEmpty(license)).map(toRequestJson),
    removeLicenses: list(context.parameters.get('RemoveLicenses')).map((sku) => String(toRequestJson(sku))),
  };
}

export const setMgUserLicense: CmdletDefinition = {
  name: 'Set-MgUserLicense',
  module: 'Microsoft.Graph.Users.Actions',
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.SetMgUserLicense_AssignExpanded',
  synopsis: 'Add or remove subscriptions for the user. You can also enable and disable specific plans associated with a subscription.',
  description: 'Calls assignLicense. -AddLicenses takes hashtables with SkuId (and DisabledPlans); -RemoveLicenses takes SKU ids. Both are required: pass @() for the one you do not use. The user needs a usage location first.',
  parameters: [
    USER_ID,
    { name: 'AddLicenses', type: 'object[]', description: 'The licenses to add: hashtables with SkuId and, optionally, DisabledPlans.' },
    { name: 'RemoveLicenses', type: 'string[]', description: 'The SKU ids of the licenses to remove.' },
    { name: 'BodyParameter', type: 'hashtable', description: 'The request body, with addLicenses and removeLicenses.' },
  ],
  supportsShouldProcess: (parameters) => `UserId: ${parameters.string('UserId') ?? ''}`,
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphUser',
  examples: [
    { code: "$e5Sku = Get-MgSubscribedSku -All | Where SkuPartNumber -eq 'SPE_E5'\nSet-MgUserLicense -UserId 'belindan@litwareinc.com' -AddLicenses @{SkuId = $e5Sku.SkuId} -RemoveLicenses @()", remarks: 'Assigns Microsoft 365 E5.' },
    { code: "Set-MgUserLicense -UserId 'belindan@litwareinc.com' -AddLicenses @{} -RemoveLicenses @($e3Sku.SkuId)", remarks: 'Removes Office 365 E3.' },
  ],
  run(context) {
    const id = context.parameters.string('UserId') ?? '';
    const response = sendGraph(context, { method: 'POST', path: `/users/${pathOf(context, 'UserId')}/assignLicense`, body: assignBody(context), variant: context.parameters.has('BodyParameter') ? 'Set-MgUserLicense_Assign' : 'Set-MgUserLicense_AssignExpanded', target: `{ UserId = ${id} }` });
    if (response) for (const model of toModels(response.body, 'user')) context.output(model);
  },
};

export const getMgUserLicenseDetail: CmdletDefinition = {
  name: 'Get-MgUserLicenseDetail',
  module: 'Microsoft.Graph.Users',
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgUserLicenseDetail_List',
  synopsis: "A collection of this user's license details. Read-only.",
  parameters: [...listParameters(USER_ID), { name: 'LicenseDetailsId', type: 'string', description: 'The unique identifier of licenseDetails' }],
  examples: [{ code: "Get-MgUserLicenseDetail -UserId 'AdeleV@contoso.com'", remarks: 'Lists the products a user holds, directly or through a group.' }],
  run(context) {
    return getOrList(context, {
      kind: 'licenseDetails',
      path: (ctx) => `/users/${pathOf(ctx, 'UserId')}/licenseDetails`,
      item: { parameter: 'LicenseDetailsId', path: (ctx, id) => `/users/${pathOf(ctx, 'UserId')}/licenseDetails/${encodeURIComponent(id)}` },
      variant: 'Get-MgUserLicenseDetail',
    });
  },
};

export const getMgSubscribedSku: CmdletDefinition = {
  name: 'Get-MgSubscribedSku',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgSubscribedSku_List',
  synopsis: 'Get a specific commercial subscription that an organization has acquired.',
  description: 'Lists the products the organization subscribes to, with their SkuId, SkuPartNumber, ConsumedUnits and PrepaidUnits.',
  parameters: listParameters({ name: 'SubscribedSkuId', type: 'string', position: 0, description: 'The unique identifier of subscribedSku' }),
  examples: [{ code: "Get-MgSubscribedSku -All | Select-Object SkuPartNumber, ConsumedUnits, @{ n = 'Enabled'; e = { $_.PrepaidUnits.Enabled } }", remarks: 'Shows how many licenses of each product are used.' }],
  run(context) {
    return getOrList(context, { kind: 'subscribedSku', path: () => '/subscribedSkus', item: { parameter: 'SubscribedSkuId', path: (_ctx, id) => `/subscribedSkus/${encodeURIComponent(id)}` }, variant: 'Get-MgSubscribedSku' });
  },
};
