import { builtInRoles, roleTemplateByName, type RoleTemplate } from '../../../../../tenant';
import { COMMON_ROLE_TEMPLATES, ROLE_CATEGORIES, type RoleCategory } from '../../users/active-users/panes/role-categories';

/** A tab of Role assignments: which roles it lists, and what the sandbox says it leaves out. */
export interface RoleTab {
  readonly id: 'entra' | 'exchange' | 'intune' | 'billing';
  readonly label: string;
  readonly roles: readonly RoleTemplate[];
  /** Said plainly above the list when the real tab shows something the sandbox doesn't simulate. */
  readonly notInLab: string | null;
}

function named(names: readonly string[]): RoleTemplate[] {
  return names.flatMap((name) => {
    const role = roleTemplateByName(name);
    return role ? [role] : [];
  });
}

const byName = (a: RoleTemplate, b: RoleTemplate) => a.displayName.localeCompare(b.displayName, 'en');

export const ROLE_TABS: readonly RoleTab[] = [
  { id: 'entra', label: 'Microsoft Entra ID', roles: [...builtInRoles].sort(byName), notInLab: null },
  {
    id: 'exchange',
    label: 'Exchange',
    roles: named(['Exchange Administrator', 'Exchange Recipient Administrator', 'Exchange Backup Administrator']),
    notInLab:
      "Exchange Online's own role groups (such as Organization Management, Recipient Management and Help Desk) aren't simulated in Tenant Lab. These are the Microsoft Entra roles that manage Exchange Online.",
  },
  {
    id: 'intune',
    label: 'Intune',
    roles: named(['Intune Administrator', 'Cloud Device Administrator', 'Windows 365 Administrator']),
    notInLab: "Intune's own roles (such as Policy and Profile Manager and Help Desk Operator) aren't simulated in Tenant Lab. These are the Microsoft Entra roles that manage Intune and devices.",
  },
  {
    id: 'billing',
    label: 'Billing',
    roles: named(['Billing Administrator']),
    notInLab:
      "Billing account roles (such as Billing account owner and Invoice manager) aren't simulated in Tenant Lab. This is the Microsoft Entra role that manages purchases and subscriptions.",
  },
];

export function roleTabById(id: string | null): RoleTab {
  return ROLE_TABS.find((tab) => tab.id === id) ?? ROLE_TABS[0]!;
}

/** The roles the Microsoft Entra ID tab shows before "Show all roles": the admin center's suggestions. */
export const SUGGESTED_ROLES: readonly RoleTemplate[] = COMMON_ROLE_TEMPLATES;

/** "Show all by category": the admin center's categories, shared with Manage admin roles. */
export const CATEGORIZED_ROLES: readonly RoleCategory[] = ROLE_CATEGORIES;
