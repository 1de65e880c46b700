/**
 * The cloud apps a sign-in can be to, with the app ids Microsoft publishes, and the groups a
 * Conditional Access policy can name instead of single apps.
 */
export interface CloudApp {
  readonly appId: string;
  readonly displayName: string;
  /** Part of the "Office 365" app group. */
  readonly office365: boolean;
  /** Part of "Microsoft Admin Portals". */
  readonly adminPortal: boolean;
  /** Signs in to Azure Resource Manager, which security defaults protect with MFA for everyone. */
  readonly azureManagement: boolean;
}

export const CLOUD_APPS: readonly CloudApp[] = [
  { appId: '00000002-0000-0ff1-ce00-000000000000', displayName: 'Office 365 Exchange Online', office365: true, adminPortal: false, azureManagement: false },
  { appId: '00000003-0000-0ff1-ce00-000000000000', displayName: 'Office 365 SharePoint Online', office365: true, adminPortal: false, azureManagement: false },
  { appId: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', displayName: 'Microsoft Teams Services', office365: true, adminPortal: false, azureManagement: false },
  { appId: '00000006-0000-0ff1-ce00-000000000000', displayName: 'Microsoft Office 365 Portal', office365: true, adminPortal: true, azureManagement: false },
  { appId: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', displayName: 'Azure Portal', office365: false, adminPortal: true, azureManagement: true },
  { appId: '797f4846-ba00-4fd7-ba43-dac1f8f63013', displayName: 'Windows Azure Service Management API', office365: false, adminPortal: false, azureManagement: true },
  { appId: '00000003-0000-0000-c000-000000000000', displayName: 'Microsoft Graph', office365: false, adminPortal: false, azureManagement: false },
];

/** App ids and the groups `All`, `Office365` and `MicrosoftAdminPortals` a policy may include. */
export const APP_GROUPS = ['All', 'Office365', 'MicrosoftAdminPortals'] as const;

export function cloudAppById(appId: string): CloudApp | undefined {
  return CLOUD_APPS.find((app) => app.appId === appId);
}

export function cloudAppNamed(name: string): CloudApp | undefined {
  const lower = name.toLowerCase();
  return CLOUD_APPS.find((app) => app.displayName.toLowerCase() === lower || app.appId === lower);
}

/** Whether a policy's application entry (an app id or a group) covers an app. */
export function appEntryCovers(entry: string, app: CloudApp | undefined, appId: string): boolean {
  if (entry === 'All') return true;
  if (entry === 'Office365') return app?.office365 === true;
  if (entry === 'MicrosoftAdminPortals') return app?.adminPortal === true;
  return entry === appId;
}

/** Graph's clientAppUsed wording for each client app type. */
export const CLIENT_APP_USED: Readonly<Record<string, string>> = {
  browser: 'Browser',
  mobileAppsAndDesktopClients: 'Mobile Apps and Desktop clients',
  exchangeActiveSync: 'Exchange ActiveSync',
  other: 'Other clients',
};

/**
 * The admin roles security defaults always ask for MFA (Microsoft's list: Global, Application,
 * Authentication, Billing, Cloud Application, Conditional Access, Exchange, Helpdesk, Password,
 * Privileged Authentication, Privileged Role, Security, SharePoint, User administrators;
 * Authentication Policy and Identity Governance administrators).
 */
export const SECURITY_DEFAULTS_ADMIN_ROLES: ReadonlySet<string> = new Set([
  '62e90394-69f5-4237-9190-012177145e10',
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  'b0f54661-2d74-4c50-afa3-1ec803f12efe',
  '158c047a-c907-4556-b7ef-446551a6b5f7',
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  '29232cdf-9323-42fd-ade2-1d097af3e4de',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  '966707d0-3269-4727-9be2-8c3a10f19b9d',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  'e8611ab8-c189-46e8-94e1-60213ab1f814',
  '194ae4cb-b126-40b2-bd5b-6091b380977d',
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  'fe930be7-5e62-47db-91af-98c3a49a38b1',
  '0526716b-113d-4c15-b2c8-68e3c22b9f80',
  '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e',
]);
