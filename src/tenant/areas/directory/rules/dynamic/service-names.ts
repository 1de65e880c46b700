/**
 * Graph's `assignedPlan.service` for a service plan: the workload name rules test with
 * `assignedPlan.service -eq "SCO"`. The licensing table names plans, not services, so this maps
 * plan names to the service names Graph reports for them (taken from real assignedPlans of
 * Microsoft 365 E5 users: EXCHANGE_S_ENTERPRISE is "exchange", INTUNE_A is "SCO", ...).
 */
const SERVICE_BY_PLAN_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries({
    AAD_PREMIUM: 'AADPremiumService',
    AAD_PREMIUM_P2: 'AADPremiumService',
    ADALLOM_S_O365: 'Adallom',
    ADALLOM_S_STANDALONE: 'Adallom',
    ATA: 'AzureAdvancedThreatAnalytics',
    ATP_ENTERPRISE: 'exchange',
    BI_AZURE_P2: 'PowerBI',
    CDS_O365_P3: 'CRM',
    COMMUNICATIONS_COMPLIANCE: 'exchange',
    COMMUNICATIONS_DLP: 'exchange',
    Content_Explorer: 'M365LabelAnalytics',
    CUSTOMER_KEY: 'exchange',
    DATA_INVESTIGATIONS: 'exchange',
    Deskless: 'Deskless',
    DYN365_CDS_O365_P3: 'CRM',
    EQUIVIO_ANALYTICS: 'exchange',
    EXCEL_PREMIUM: 'MicrosoftOffice',
    GRAPH_CONNECTORS_SEARCH_INDEX: 'exchange',
    INFO_GOVERNANCE: 'exchange',
    INSIDER_RISK: 'Office365InsiderRisk',
    INSIDER_RISK_MANAGEMENT: 'exchange',
    LOCKBOX_ENTERPRISE: 'exchange',
    M365_ADVANCED_AUDITING: 'exchange',
    MFA_PREMIUM: 'MultiFactorService',
    MICROSOFT_COMMUNICATION_COMPLIANCE: 'M365CommunicationCompliance',
    MICROSOFT_SEARCH: 'Bing',
    MICROSOFTBOOKINGS: 'exchange',
    MIP_S_CLP1: 'exchange',
    MIP_S_CLP2: 'exchange',
    MIP_S_Exchange: 'MIPExchangeSolutions',
    ML_CLASSIFICATION: 'exchange',
    MTP: 'MicrosoftThreatProtection',
    Nucleus: 'SharePoint',
    OFFICESUBSCRIPTION: 'MicrosoftOffice',
    PAM_ENTERPRISE: 'exchange',
    PROJECTWORKMANAGEMENT: 'ProjectWorkManagement',
    RECORDS_MANAGEMENT: 'exchange',
    SAFEDOCS: 'exchange',
    SWAY: 'Sway',
    TEAMS1: 'TeamspaceAPI',
    THREAT_INTELLIGENCE: 'exchange',
    VIVA_LEARNING_SEEDED: 'LearningAppServiceInTeams',
  }),
);

/** Plan families whose other editions (E1, E3, P1...) report the same service as the ones above. */
const SERVICE_BY_PLAN_PREFIX: readonly (readonly [string, string])[] = [
  ['EXCHANGE_', 'exchange'],
  ['SHAREPOINT', 'SharePoint'],
  ['ONEDRIVE', 'SharePoint'],
  ['MCO', 'MicrosoftCommunicationsOnline'],
  ['INTUNE_', 'SCO'],
  ['AAD_PREMIUM', 'AADPremiumService'],
  ['RMS_S_', 'RMSOnline'],
  ['ADALLOM_', 'Adallom'],
  ['FORMS_PLAN_', 'OfficeForms'],
  ['STREAM_', 'MicrosoftStream'],
  ['POWERAPPS_', 'PowerAppsService'],
  ['FLOW_', 'ProcessSimple'],
  ['PROJECT_O365_', 'ProjectProgramsAndPortfolios'],
  ['POWER_VIRTUAL_AGENTS_O365_', 'ccibotsprod'],
  ['DYN365_CDS_O365_', 'CRM'],
  ['CDS_O365_', 'CRM'],
  ['WHITEBOARD_', 'WhiteboardServices'],
  ['BPOS_S_TODO_', 'To-Do'],
  ['YAMMER_', 'YammerEnterprise'],
  ['BI_AZURE_', 'PowerBI'],
  ['MIP_S_CLP', 'exchange'],
  ['ATP_', 'exchange'],
];

/** The service Graph reports for a plan; a plan with no known service reports its own name. */
export function serviceOfPlan(servicePlanName: string): string {
  const known = SERVICE_BY_PLAN_NAME.get(servicePlanName);
  if (known !== undefined) return known;
  for (const [prefix, service] of SERVICE_BY_PLAN_PREFIX) if (servicePlanName.startsWith(prefix)) return service;
  return servicePlanName;
}
