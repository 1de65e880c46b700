import { builtInRoles, type RoleTemplate } from '../../../../../../tenant';

/**
 * How "Manage admin roles" lists roles: a short list of the commonly used ones, then, behind
 * "Show all by category", every role under the admin center's category headings. The short list
 * and the placement of each role follow the admin center as best known; roles the catalogue has
 * that the admin center files elsewhere land under Other.
 */

const COMMON_ROLES: readonly string[] = [
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
  ['Collaboration', ['Exchange Administrator', 'Exchange Recipient Administrator', 'Office Apps Administrator', 'Power Platform Administrator', 'SharePoint Administrator', 'Teams Administrator', 'Teams Communications Administrator']],
  ['Devices', ['Cloud Device Administrator', 'Intune Administrator', 'Windows 365 Administrator']],
  ['Global', ['Global Administrator']],
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
  ['Read-only', ['Directory Readers', 'Global Reader', 'Message Center Reader', 'Reports Reader', 'Security Reader', 'Usage Summary Reports Reader']],
  [
    'Security & compliance',
    ['Attack Simulation Administrator', 'Cloud App Security Administrator', 'Compliance Administrator', 'Compliance Data Administrator', 'Global Secure Access Administrator', 'Security Administrator', 'Security Operator'],
  ],
  ['Support', ['Helpdesk Administrator', 'Service Support Administrator']],
];

export interface RoleCategory {
  readonly name: string;
  readonly roles: readonly RoleTemplate[];
}

/** Every built-in role under its category, categories and roles by name, Other last. */
function categorise(): RoleCategory[] {
  const placed = new Set<string>();
  const byName = new Map(builtInRoles.map((role) => [role.displayName, role]));
  const categories: RoleCategory[] = CATEGORIES.map(([name, names]) => {
    const roles = names.flatMap((roleName) => {
      const role = byName.get(roleName);
      if (!role) return [];
      placed.add(role.id);
      return [role];
    });
    return { name, roles };
  });
  const other = builtInRoles.filter((role) => !placed.has(role.id)).sort((a, b) => a.displayName.localeCompare(b.displayName));
  return other.length > 0 ? [...categories, { name: 'Other', roles: other }] : categories;
}

export const ROLE_CATEGORIES: readonly RoleCategory[] = categorise();

export const COMMON_ROLE_TEMPLATES: readonly RoleTemplate[] = COMMON_ROLES.flatMap((name) => builtInRoles.filter((role) => role.displayName === name));
