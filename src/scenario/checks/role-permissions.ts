import { roleTemplateById } from '../../tenant/catalog';

/**
 * What a role's permissions let an admin do, in the words of Microsoft's permission reference,
 * for feedback that explains a wrong role from the catalogue's own rolePermissions: the tasks a
 * learner meets in MS-102 labs first, so the most telling difference is named.
 */
const TASKS: readonly (readonly [action: string, task: string])[] = [
  ['microsoft.directory/users/password/update', 'reset passwords'],
  ['microsoft.directory/users/create', 'create users'],
  ['microsoft.directory/users/delete', 'delete users'],
  ['microsoft.directory/users/restore', 'restore deleted users'],
  ['microsoft.directory/users/disable', 'block sign-in'],
  ['microsoft.directory/users/basic/update', "edit users' properties"],
  ['microsoft.directory/users/userPrincipalName/update', "change users' user names"],
  ['microsoft.directory/users/invalidateAllRefreshTokens', 'sign users out of their sessions'],
  ['microsoft.directory/users/assignLicense', 'assign licenses to users'],
  ['microsoft.directory/groups/assignLicense', 'assign licenses to groups'],
  ['microsoft.directory/users/usageLocation/update', 'set usage locations'],
  ['microsoft.directory/users/inviteGuest', 'invite guests'],
  ['microsoft.directory/users/manager/update', 'set managers'],
  ['microsoft.directory/groups/create', 'create groups'],
  ['microsoft.directory/groups/members/update', "manage groups' members"],
  ['microsoft.directory/groups/owners/update', "manage groups' owners"],
  ['microsoft.directory/roleAssignments/allProperties/allTasks', 'assign roles'],
  ['microsoft.directory/domains/allProperties/allTasks', 'add and verify domains'],
  ['microsoft.office365.serviceHealth/allEntities/allTasks', 'read service health'],
  ['microsoft.directory/bitlockerKeys/key/read', 'read BitLocker recovery keys'],
  ['microsoft.directory/deviceLocalCredentials/standard/read', "read devices' local administrator passwords"],
  ['microsoft.office365.supportTickets/allEntities/allTasks', 'open support requests with Microsoft'],
];

function taskOf(action: string): string | undefined {
  return TASKS.find(([known]) => known === action)?.[1];
}

/** The actions of `wanted` that none of the held roles grant, the ones with a known task first. */
function missing(wanted: readonly string[], held: ReadonlySet<string>): string[] {
  const gaps = wanted.filter((action) => !held.has(action));
  return [...gaps].sort((a, b) => rank(a) - rank(b));
}

function rank(action: string): number {
  const index = TASKS.findIndex(([known]) => known === action);
  return index < 0 ? TASKS.length : index;
}

export interface RoleExplanation {
  /** Names the wanted role: for Submit and revealed hints. */
  readonly full: string;
  /** Says what the held roles lack or add without naming the role the task asks for. */
  readonly safe: string;
}

/**
 * Why the roles a principal holds are not the one asked for, from their permissions: what they
 * can't do that the wanted role can, or, for a broader role, what they can do beyond it.
 */
export function explainRoles(wantedRoleId: string, heldRoleIds: readonly string[]): RoleExplanation | undefined {
  const wanted = roleTemplateById(wantedRoleId);
  const held = [...new Set(heldRoleIds)].flatMap((id) => (id === wantedRoleId ? [] : [roleTemplateById(id)].filter((role) => role !== undefined)));
  if (!wanted || held.length === 0) return undefined;
  const names = held.map((role) => role.displayName).join(' and ');
  const granted = new Set(held.flatMap((role) => role.allowedResourceActions));
  const gaps = missing(wanted.allowedResourceActions, granted);
  if (gaps.length > 0) {
    const first = gaps[0]!;
    const task = taskOf(first);
    const cannot = task ? `can't ${task}: ${held.length > 1 ? 'they have' : 'it has'} no ${first}` : `${held.length > 1 ? 'have' : 'has'} no ${first}`;
    return { full: `${names} ${cannot}, which ${wanted.displayName} has`, safe: `${names} ${cannot}` };
  }
  const wantedActions = new Set(wanted.allowedResourceActions);
  const extra = missing([...granted], wantedActions);
  if (extra.length === 0) return undefined;
  const beyond = taskOf(extra[0]!) ?? extra[0]!;
  return {
    full: `${names} can do everything ${wanted.displayName} can and more (it can also ${beyond}), so it is broader than the task needs`,
    safe: `${names} is broader than the task needs: it can also ${beyond}`,
  };
}
