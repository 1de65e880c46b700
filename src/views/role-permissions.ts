import type { RoleTemplate } from '../tenant';

/**
 * A role's allowedResourceActions in words, as the portals' "Permissions" lists put them:
 * `microsoft.directory/users/basic/update` reads "Update basic properties of users", under the
 * service the action belongs to.
 */

export interface ReadablePermission {
  readonly action: string;
  readonly service: string;
  readonly text: string;
}

const SERVICES: Readonly<Record<string, string>> = {
  'microsoft.directory': 'Microsoft Entra ID',
  'microsoft.commerce.billing': 'Billing',
  'microsoft.office365.exchange': 'Exchange Online',
  'microsoft.office365.sharePoint': 'SharePoint',
  'microsoft.teams': 'Microsoft Teams',
  'microsoft.intune': 'Intune',
  'microsoft.azure.serviceHealth': 'Service health',
  'microsoft.azure.supportTickets': 'Support tickets',
  'microsoft.office365.serviceHealth': 'Service health',
  'microsoft.office365.supportTickets': 'Support tickets',
  'microsoft.office365.messageCenter': 'Message center',
  'microsoft.office365.usageReports': 'Usage reports',
  'microsoft.office365.securityComplianceCenter': 'Security & compliance',
  'microsoft.office365.protectionCenter': 'Security & compliance',
  'microsoft.office365.webPortal': 'Microsoft 365 admin center',
  'microsoft.office365.network': 'Network',
};

const VERBS: Readonly<Record<string, string>> = {
  read: 'Read',
  update: 'Update',
  create: 'Create',
  delete: 'Delete',
  restore: 'Restore',
  allTasks: 'Manage',
};

/** `deletedItems.users` → "deleted items (users)", `userPrincipalName` → "user principal name". */
function words(segment: string): string {
  const [entity, subtype] = segment.split('.');
  const spaced = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return subtype ? `${spaced(entity!)} (${spaced(subtype)})` : spaced(entity!);
}

function serviceOf(namespace: string): string {
  if (SERVICES[namespace]) return SERVICES[namespace];
  const service = namespace.replace(/^microsoft\.(office365\.|azure\.)?/, '');
  return words(service).replace(/^./, (first) => first.toUpperCase());
}

function propertyWords(property: string): string {
  if (property === 'allProperties') return 'all properties';
  if (property === 'basic' || property === 'standard') return `${property} properties`;
  return words(property);
}

export function describeAction(action: string): ReadablePermission {
  const [namespace = action, entitySegment = '', ...rest] = action.split('/');
  const service = serviceOf(namespace);
  const entity = entitySegment === 'allEntities' ? 'all resources' : words(entitySegment);
  const verb = rest[rest.length - 1] ?? '';
  const property = rest.length > 1 ? rest.slice(0, -1).join('/') : null;
  let text: string;
  if (property === 'allProperties' && verb === 'allTasks') text = `Manage all aspects of ${entity}`;
  else if (VERBS[verb]) text = property ? `${VERBS[verb]} ${propertyWords(property)} of ${entity}` : `${VERBS[verb]} ${entity}`;
  else {
    const task = words(verb).replace(/^./, (first) => first.toUpperCase());
    text = property ? `${task} ${propertyWords(property)} for ${entity}` : `${task} for ${entity}`;
  }
  return { action, service, text };
}

export interface PermissionGroup {
  readonly service: string;
  readonly permissions: readonly ReadablePermission[];
}

/** A role's permissions grouped by service, Microsoft Entra ID first, then by service name. */
export function rolePermissions(role: RoleTemplate): PermissionGroup[] {
  const byService = new Map<string, ReadablePermission[]>();
  for (const action of role.allowedResourceActions) {
    const permission = describeAction(action);
    const list = byService.get(permission.service) ?? [];
    list.push(permission);
    byService.set(permission.service, list);
  }
  const entra = SERVICES['microsoft.directory']!;
  return [...byService]
    .sort(([a], [b]) => (a === entra ? -1 : b === entra ? 1 : a.localeCompare(b, 'en')))
    .map(([service, permissions]) => ({ service, permissions }));
}

/** "Permissions summary": how many actions the role has in each service. */
export function permissionSummary(role: RoleTemplate): string[] {
  return rolePermissions(role).map((group) => `${group.service}: ${group.permissions.length === 1 ? '1 permission' : `${group.permissions.length} permissions`}`);
}
