import { getById, type Command, type DispatchResult, type TenantError } from '../../../../../tenant';

/**
 * "Restore" in the Restore user pane. The admin center restores the account and sets the password
 * chosen in the same pane; Graph does that in two calls (restore the deleted item, then reset the
 * password), so one gesture sends user.restore and then user.resetPassword for each user. If the
 * reset fails, the user is back but keeps the old password, and the pane says so.
 */

export interface PasswordChoice {
  /** Omitted: the tenant generates one. */
  readonly password?: string;
  readonly forceChangePasswordNextSignIn: boolean;
}

export type RestoreOutcome =
  | { readonly userId: string; readonly displayName: string; readonly restored: false; readonly error: TenantError }
  | {
      readonly userId: string;
      readonly displayName: string;
      readonly restored: true;
      readonly userPrincipalName: string;
      /** Null when the password could not be set; then `passwordError` says why. */
      readonly password: string | null;
      readonly passwordError: TenantError | null;
    };

export function restoreUser(
  send: (command: Command) => DispatchResult,
  user: { readonly id: string; readonly displayName: string },
  choice: PasswordChoice,
  newUserPrincipalName?: string,
): RestoreOutcome {
  const restored = send({ type: 'user.restore', userId: user.id, ...(newUserPrincipalName === undefined ? {} : { newUserPrincipalName }) });
  if (!restored.ok) return { userId: user.id, displayName: user.displayName, restored: false, error: restored.error };
  const upn = getById(restored.tenant.directory.users, user.id)!.userPrincipalName;
  const reset = send({ type: 'user.resetPassword', userId: user.id, ...choice });
  if (!reset.ok) return { userId: user.id, displayName: user.displayName, restored: true, userPrincipalName: upn, password: null, passwordError: reset.error };
  const password = getById(reset.tenant.directory.users, user.id)!.passwordProfile.password;
  return { userId: user.id, displayName: user.displayName, restored: true, userPrincipalName: upn, password, passwordError: null };
}
