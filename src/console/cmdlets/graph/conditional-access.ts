import type { CmdletDefinition } from '../types';
import { toRequestJson } from './body';
import { bodyFrom, getOrList, listParameters } from './list';
import { toModels } from './models';
import { sendGraph } from './request';

const SIGN_INS = 'Microsoft.Graph.Identity.SignIns';
const POLICY_FIELDS = ['DisplayName', 'State', 'Conditions', 'GrantControls', 'SessionControls'];

export const getMgIdentityConditionalAccessPolicy: CmdletDefinition = {
  name: 'Get-MgIdentityConditionalAccessPolicy',
  module: SIGN_INS,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.GetMgIdentityConditionalAccessPolicy_List',
  synopsis: 'Retrieve the properties and relationships of a conditionalAccessPolicy object.',
  parameters: listParameters({ name: 'ConditionalAccessPolicyId', type: 'string', position: 0, description: 'The unique identifier of conditionalAccessPolicy' }),
  examples: [{ code: "Get-MgIdentityConditionalAccessPolicy | Where-Object State -eq 'enabled'", remarks: 'Lists the policies that are on.' }],
  run(context) {
    return getOrList(context, {
      kind: 'conditionalAccessPolicy',
      path: () => '/identity/conditionalAccess/policies',
      item: { parameter: 'ConditionalAccessPolicyId', path: (_c, id) => `/identity/conditionalAccess/policies/${encodeURIComponent(id)}` },
      variant: 'Get-MgIdentityConditionalAccessPolicy',
    });
  },
};

export const newMgIdentityConditionalAccessPolicy: CmdletDefinition = {
  name: 'New-MgIdentityConditionalAccessPolicy',
  module: SIGN_INS,
  implementation: 'Microsoft.Graph.PowerShell.Cmdlets.NewMgIdentityConditionalAccessPolicy_CreateExpanded',
  synopsis: 'Create a new conditionalAccessPolicy.',
  description: "State is 'enabled', 'disabled' or 'enabledForReportingButNotEnforced' (report-only). Conditions and GrantControls take hashtables shaped like Graph's conditionalAccessConditionSet and conditionalAccessGrantControls.",
  parameters: [
    { name: 'DisplayName', type: 'string', description: 'The policy name.' },
    { name: 'State', type: 'string', description: 'enabled, disabled or enabledForReportingButNotEnforced.' },
    { name: 'Conditions', type: 'hashtable', description: 'The conditions: users, applications, clientAppTypes, locations, platforms, risk levels.' },
    { name: 'GrantControls', type: 'hashtable', description: 'operator (AND or OR) and builtInControls (block, mfa, compliantDevice…).' },
    { name: 'SessionControls', type: 'hashtable', description: 'Session controls such as signInFrequency.' },
    { name: 'BodyParameter', type: 'hashtable', description: 'The whole policy as one hashtable.' },
  ],
  supportsShouldProcess: (parameters) => `DisplayName: ${parameters.string('DisplayName') ?? ''}`,
  examples: [
    {
      code: "New-MgIdentityConditionalAccessPolicy -DisplayName 'Block legacy authentication' -State enabledForReportingButNotEnforced -Conditions @{ users = @{ includeUsers = @('All') }; applications = @{ includeApplications = @('All') }; clientAppTypes = @('exchangeActiveSync', 'other') } -GrantControls @{ operator = 'OR'; builtInControls = @('block') }",
      remarks: 'Creates a report-only policy that blocks legacy authentication.',
    },
  ],
  run(context) {
    const response = sendGraph(context, { method: 'POST', path: '/identity/conditionalAccess/policies', body: toRequestJson(bodyFrom(context, POLICY_FIELDS)), variant: 'New-MgIdentityConditionalAccessPolicy_CreateExpanded' });
    if (response) for (const model of toModels(response.body, 'conditionalAccessPolicy')) context.output(model);
  },
};
