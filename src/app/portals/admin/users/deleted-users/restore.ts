import { getById, restoreUserWorkflow, type DispatchResult, type PasswordChoice, type Tenant, type TenantCommand, type TenantError } from '../../../../../tenant';

/**
 * "Restore" in the Restore user pane for one user: the core's restore workflow, one gesture that
 * brings the account back with the password chosen in the pane, or changes nothing and says which
 * step was refused.
 */

export type RestoreOutcome =
  | { readonly userId: string; readonly displayName: string; readonly restored: false; readonly error: TenantError }
  | { readonly userId: string; readonly displayName: string; readonly restored: true; readonly userPrincipalName: string; readonly password: string };

export function restoreUser(
  store: { send(command: TenantCommand): DispatchResult; getTenant(): Tenant },
  user: { readonly id: string; readonly displayName: string },
  choice: PasswordChoice,
  newUserPrincipalName?: string,
): RestoreOutcome {
  const { command, steps } = restoreUserWorkflow(store.getTenant(), { userId: user.id, ...(newUserPrincipalName === undefined ? {} : { newUserPrincipalName }) }, choice);
  const result = store.send(command);
  if (!result.ok) {
    // A refused restore keeps its own message (the pane offers a new username on a conflict); a later step says which it was.
    const error = result.part ? { ...result.error, message: `${steps[result.part]}: ${result.error.message}` } : result.error;
    return { userId: user.id, displayName: user.displayName, restored: false, error };
  }
  const restored = getById(result.tenant.directory.users, user.id)!;
  return { userId: user.id, displayName: user.displayName, restored: true, userPrincipalName: restored.userPrincipalName, password: restored.passwordProfile.password };
}
