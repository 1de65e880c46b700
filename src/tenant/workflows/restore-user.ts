import { getById } from '../collection';
import type { Tenant } from '../model';
import { workflow, type Workflow } from './workflow';

export interface UserToRestore {
  readonly userId: string;
  /** A new username, for when an active user took the old one. */
  readonly newUserPrincipalName?: string;
}

export interface PasswordChoice {
  /** Omitted: the tenant generates one. */
  readonly password?: string;
  readonly forceChangePasswordNextSignIn: boolean;
}

/**
 * "Restore" in the Restore user pane, for one user: the account comes back and gets the password
 * chosen in the pane (Graph: restore the deleted item, then reset the password), both or neither.
 * The pane restores several users as one gesture each, so one user's conflict holds back only them.
 */
export function restoreUserWorkflow(tenant: Tenant, user: UserToRestore, choice: PasswordChoice): Workflow {
  const name = getById(tenant.directory.deletedUsers, user.userId)?.displayName ?? user.userId;
  const restore = user.newUserPrincipalName === undefined ? {} : { newUserPrincipalName: user.newUserPrincipalName };
  return workflow('Restore user', [
    { part: { type: 'user.restore', userId: user.userId, ...restore }, step: `Restore ${name}` },
    { part: { type: 'user.resetPassword', userId: user.userId, ...choice }, step: 'Set the password' },
  ]);
}
