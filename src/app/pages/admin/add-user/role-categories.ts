import { roleTemplateByName, type RoleTemplate } from '../../../../tenant';

/**
 * The roles "Admin center access" offers at first, and the categories of "Show all by category".
 * Microsoft publishes no machine-readable grouping; this follows the categories the admin center
 * shows (Global, Identity, Collaboration, Devices, Security & compliance, Read-only, Support,
 * Other), with each built-in role placed where the admin center puts it or, failing that, by its
 * area. Directory Synchronization Accounts is left out: it is Entra Connect's, not an admin's.
 */

const COMMON = [
  'Billing Administrator',
  'Exchange Administrator',
  'Global Administrator',
  'Global Reader',
  'Helpdesk Administrator',
  'Service Support Administrator',
  'SharePoint Administrator',
  'Teams Administrator',
  'User Administrator',
];

const CATEGORIES: readonly (readonly [string, readonly string[]])[] = [
  ['Global', ['Global Administrator', 'Global Reader']],
  [
    'Identity',
    [
      'Application Administrator',
      'Application Developer',
      'Authentication Administrator',
      'Authentication Extensibility Administrator',
      'Authentication Policy Administrator',
      'Cloud Application Administrator',
      'Conditional Access Administrator',
      'Directory Writers',
      'Domain Name Administrator',
      'External Identity Provider Administrator',
      'Groups Administrator',
      'Guest Inviter',
      'Helpdesk Administrator',
      'Hybrid Identity Administrator',
      'Identity Governance Administrator',
      'License Administrator',
      'Lifecycle Workflows Administrator',
      'Password Administrator',
      'Privileged Authentication Administrator',
      'Privileged Role Administrator',
      'User Administrator',
    ],
  ],
  [
    'Collaboration',
    [
      'Exchange Administrator',
      'Exchange Recipient Administrator',
      'Microsoft 365 Backup Administrator',
      'Office Apps Administrator',
      'Power Platform Administrator',
      'SharePoint Administrator',
      'Teams Administrator',
      'Teams Communications Administrator',
    ],
  ],
  ['Devices', ['Cloud Device Administrator', 'Intune Administrator', 'Windows 365 Administrator']],
  [
    'Security & compliance',
    [
      'Attack Simulation Administrator',
      'Cloud App Security Administrator',
      'Compliance Administrator',
      'Compliance Data Administrator',
      'Global Secure Access Administrator',
      'Security Administrator',
      'Security Operator',
    ],
  ],
  ['Read-only', ['Directory Readers', 'Message Center Reader', 'Reports Reader', 'Security Reader', 'Usage Summary Reports Reader']],
  ['Support', ['Service Support Administrator']],
  ['Other', ['Billing Administrator', 'Network Administrator']],
];

function roles(names: readonly string[]): RoleTemplate[] {
  return names.flatMap((name) => {
    const role = roleTemplateByName(name);
    return role ? [role] : [];
  });
}

export function commonRoles(): RoleTemplate[] {
  return roles(COMMON);
}

export function rolesByCategory(): { readonly category: string; readonly roles: readonly RoleTemplate[] }[] {
  return CATEGORIES.map(([category, names]) => ({ category, roles: roles(names) })).filter((group) => group.roles.length > 0);
}
