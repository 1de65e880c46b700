import type { Actor } from '../../../actor';
import { createBucketIndex } from '../../../bucket-index';
import { roleTemplateByName } from '../../../catalog';
import { insufficientPrivileges, type TenantError } from '../../../errors';
import type { Group, Tenant } from '../../../model';
import { activeRoleIds } from '../permissions';

/**
 * Who may act on whom. Holding a permission such as `users/password/update` is not enough: Entra
 * also looks at the roles the target user holds, so that a Helpdesk Administrator can reset an
 * ordinary user's password but not a Global Administrator's. Entra publishes two tables
 * (privileged-roles-permissions.md, "Who can reset passwords" and "Who can perform sensitive
 * actions"); each column is an admin role and lists the target roles it may act on.
 *
 * - `passwordReset`: reset the password, invalidate refresh tokens (revoke sessions).
 * - `sensitiveAction`: block or unblock sign-in (accountEnabled), change the user principal name,
 *   update the self-service password reset contact fields (businessPhones, mobilePhone,
 *   otherMails), delete or restore the user.
 */
export type SensitiveAction = 'passwordReset' | 'sensitiveAction';

function roleId(displayName: string): string {
  const role = roleTemplateByName(displayName);
  if (!role) throw new Error(`The role catalogue has no ${displayName}`);
  return role.id;
}

const GLOBAL_ADMINISTRATOR = roleId('Global Administrator');
const PRIVILEGED_AUTHENTICATION_ADMINISTRATOR = roleId('Privileged Authentication Administrator');
const AUTHENTICATION_ADMINISTRATOR = roleId('Authentication Administrator');
const USER_ADMINISTRATOR = roleId('User Administrator');
const HELPDESK_ADMINISTRATOR = roleId('Helpdesk Administrator');
const PASSWORD_ADMINISTRATOR = roleId('Password Administrator');
const GROUPS_ADMINISTRATOR = roleId('Groups Administrator');
const DIRECTORY_READERS = roleId('Directory Readers');
const GUEST_INVITER = roleId('Guest Inviter');
const MESSAGE_CENTER_READER = roleId('Message Center Reader');
const REPORTS_READER = roleId('Reports Reader');
const USAGE_SUMMARY_REPORTS_READER = roleId('Usage Summary Reports Reader');
/** Not in the generated catalogue (it has no directory permissions), but a row of both tables. */
const USER_EXPERIENCE_SUCCESS_MANAGER = '27460883-1df1-4691-b032-3b79643e5e63';

/** The low roles every limited admin column above Password Administrator covers. */
const READER_ROLES = [DIRECTORY_READERS, GUEST_INVITER, PASSWORD_ADMINISTRATOR, MESSAGE_CENTER_READER, REPORTS_READER, USAGE_SUMMARY_REPORTS_READER, USER_EXPERIENCE_SUCCESS_MANAGER];

/** A column: the target roles that admin role may act on, or every user whatever they hold. */
type Column = 'everyone' | ReadonlySet<string>;

const AUTHENTICATION_ADMINISTRATOR_COLUMN = new Set([...READER_ROLES, AUTHENTICATION_ADMINISTRATOR]);
const USER_ADMINISTRATOR_COLUMN = new Set([...READER_ROLES, HELPDESK_ADMINISTRATOR, GROUPS_ADMINISTRATOR, USER_ADMINISTRATOR]);

const MATRIX: Record<SensitiveAction, ReadonlyMap<string, Column>> = {
  passwordReset: new Map<string, Column>([
    [PASSWORD_ADMINISTRATOR, new Set([DIRECTORY_READERS, GUEST_INVITER, PASSWORD_ADMINISTRATOR])],
    [HELPDESK_ADMINISTRATOR, new Set([...READER_ROLES, HELPDESK_ADMINISTRATOR])],
    [AUTHENTICATION_ADMINISTRATOR, AUTHENTICATION_ADMINISTRATOR_COLUMN],
    [USER_ADMINISTRATOR, USER_ADMINISTRATOR_COLUMN],
    [PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, 'everyone'],
    [GLOBAL_ADMINISTRATOR, 'everyone'],
  ]),
  sensitiveAction: new Map<string, Column>([
    [AUTHENTICATION_ADMINISTRATOR, AUTHENTICATION_ADMINISTRATOR_COLUMN],
    [USER_ADMINISTRATOR, USER_ADMINISTRATOR_COLUMN],
    [PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, 'everyone'],
    [GLOBAL_ADMINISTRATOR, 'everyone'],
  ]),
};

/**
 * A role that holds the permission but has no column (Directory Writers, say) reaches only users
 * with no admin role: every column covers those, and Entra treats unlisted roles as the least.
 */
const NO_ADMIN_ROLE: ReadonlySet<string> = new Set();

/** Members and owners of role-assignable groups are protected like admins: only the top two columns reach them. */
const roleAssignableGroupsByPrincipal = createBucketIndex<Group>((group) =>
  group.isAssignableToRole ? [...group.memberIds, ...group.ownerIds] : [],
);

function inRoleAssignableGroup(tenant: Tenant, userId: string): boolean {
  return roleAssignableGroupsByPrincipal.first(tenant.directory.groups, userId) !== undefined;
}

/** Whether `actor` may perform `action` on the user `targetUserId`, by the roles both hold. Committed states only. */
export function mayPerform(tenant: Tenant, actor: Actor, targetUserId: string, action: SensitiveAction): boolean {
  if (actor.kind === 'system') return true;
  const targetRoles = activeRoleIds(tenant, targetUserId);
  const protectedByGroup = inRoleAssignableGroup(tenant, targetUserId);
  for (const actorRole of activeRoleIds(tenant, actor.userId, targetUserId)) {
    const column = MATRIX[action].get(actorRole) ?? NO_ADMIN_ROLE;
    if (column === 'everyone') return true;
    if (!protectedByGroup && targetRoles.every((role) => column.has(role))) return true;
  }
  return false;
}

/** The denial Graph gives when the matrix does not allow the action. */
export function sensitiveActionError(tenant: Tenant, actor: Actor, targetUserId: string, action: SensitiveAction): TenantError | undefined {
  return mayPerform(tenant, actor, targetUserId, action) ? undefined : insufficientPrivileges();
}
