import { tenantError } from '../../errors';

/**
 * The sync area's refusals: what the Microsoft Entra Connect wizard and the ADSync PowerShell
 * module on the sync server answer, in their wording.
 */
export const SYNC_ERRORS = {
  notConfigured: () =>
    tenantError('SyncConfigurationInvalid', 'Microsoft Entra Connect Sync is not configured on this server. Run the Microsoft Entra Connect wizard first.', 'configuration'),

  // The wizard.
  installTypeRequired: () => tenantError('InvalidValue', "Choose 'Use express settings' or 'Customize'.", 'installType'),
  unknownUserSignIn: (userSignIn: string) => tenantError('InvalidValue', `'${userSignIn}' is not a sign-in method.`, 'userSignIn'),
  sourceAnchorFixed: () =>
    tenantError('SyncConfigurationInvalid', 'The source anchor cannot be changed after installation. It is chosen once, on the Uniquely identifying your users page.', 'sourceAnchor'),
  ouNotFound: (id: string) => tenantError('ResourceNotFound', `No OU has the id ${id}.`, 'includedContainerIds'),
  noOuSelected: () => tenantError('SyncConfigurationInvalid', 'Select at least one organizational unit to synchronize.', 'includedContainerIds'),
  federatedDomainRequired: () =>
    tenantError('SyncConfigurationInvalid', 'Federation needs a verified custom domain of the tenant. Choose the domain to federate with AD FS.', 'federatedDomain'),
  federatedDomainIsDefault: (domain: string) =>
    tenantError('SyncConfigurationInvalid', `${domain} is the default domain. Make another domain the default before you federate it.`, 'federatedDomain'),

  // ADSync cmdlets.
  invalidPolicyType: (policyType: string) =>
    tenantError('InvalidValue', `Cannot bind parameter 'PolicyType'. '${policyType}' is not Delta or Initial.`, 'policyType'),
  invalidSyncCycleInterval: () =>
    tenantError(
      'SyncConfigurationInvalid',
      'CustomizedSyncCycleInterval must be at least the AllowedSyncCycleInterval (00:30:00), and a delta sync must run at least every 7 days.',
      'customizedSyncCycleInterval',
    ),
  invalidNextPolicyType: () => tenantError('InvalidValue', 'NextSyncCyclePolicyType is Delta or Initial.', 'nextSyncCyclePolicyType'),
  invalidDeletionThreshold: () => tenantError('InvalidValue', 'DeletionThreshold is a whole number of objects, 1 or more.', 'threshold'),
} as const;
