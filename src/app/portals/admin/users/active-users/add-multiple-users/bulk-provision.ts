import { addUsersWorkflow, getById, skuById, type CreateUserInput, type DispatchResult, type TenantCommand, type TenantError } from '../../../../../../tenant';

/**
 * "Add users" on the review page: the core's Add multiple users workflow, one gesture. The file's
 * users are created and licensed all or none: a row the tenant refuses, or seats that run out
 * part way, add nobody, and the page names the user it stopped at.
 */

export interface CreatedUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly password: string;
}

export type BulkOutcome =
  | {
      readonly ok: false;
      readonly error: TenantError;
      readonly userPrincipalName: string | undefined;
      /** Whether the refusal was the license (the file itself was fine). */
      readonly licensing: boolean;
    }
  | { readonly ok: true; readonly users: readonly CreatedUser[]; readonly product: string | null };

/** The user a refusal is about: a bulkCreate error's target starts `users[<index>]`; a license part is one per user, in file order. */
function userOf(error: TenantError, part: number | undefined, users: readonly CreateUserInput[]): string | undefined {
  if (part !== undefined && part > 0) return users[part - 1]?.userPrincipalName;
  const index = /^users\[(\d+)\]/.exec(error.target ?? '')?.[1];
  return index === undefined ? undefined : users[Number(index)]?.userPrincipalName;
}

export function provisionUsers(
  send: (command: TenantCommand) => DispatchResult,
  plan: { readonly users: readonly CreateUserInput[]; readonly usageLocation: string; readonly skuId: string | null },
): BulkOutcome {
  const result = send(addUsersWorkflow(plan).command);
  if (!result.ok) return { ok: false, error: result.error, userPrincipalName: userOf(result.error, result.part, plan.users), licensing: (result.part ?? 0) > 0 };
  const users = result.created.map((id): CreatedUser => {
    const user = getById(result.tenant.directory.users, id)!;
    return { id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, password: user.passwordProfile.password };
  });
  return { ok: true, users, product: plan.skuId === null ? null : (skuById(plan.skuId)?.displayName ?? plan.skuId) };
}

/** The results file the page offers: every created user with the password to hand over. */
export function resultsCsv(users: readonly CreatedUser[], product: string | null): string {
  // A value a spreadsheet would run as a formula is kept as text (a display name came from a file).
  const quote = (raw: string) => {
    const value = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const rows = users.map((user) => [user.displayName, user.userPrincipalName, user.password, product ?? ''].map(quote).join(','));
  return ['Display name,User name,Password,License', ...rows].join('\r\n') + '\r\n';
}
