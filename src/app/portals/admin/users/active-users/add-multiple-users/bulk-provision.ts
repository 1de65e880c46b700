import { findUserByUserPrincipalName, skuById, type Command, type CreateUserInput, type DispatchResult, type TenantError } from '../../../../../../tenant';

/**
 * "Add users" on the review page. The file's users are created by one user.bulkCreate, which
 * checks every row again and creates all or none. The one license for everyone is then given
 * user by user with user.assignLicense, because Graph licenses one user per call and the real
 * admin center does the same: when the seats run out part way, the users before keep theirs and
 * the results page says who got none, and why.
 */

export interface CreatedUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly password: string;
  /** The product given, when one was chosen and assigned. */
  readonly license: string | null;
  /** Why the chosen product could not be given. */
  readonly licenseError: TenantError | null;
}

export type BulkOutcome =
  | { readonly ok: false; readonly error: TenantError; readonly userPrincipalName: string | undefined }
  | { readonly ok: true; readonly users: readonly CreatedUser[]; readonly product: string | null };

/** The user a bulkCreate error is about: its target starts `users[<index>]`. */
function rowOf(error: TenantError, users: readonly CreateUserInput[]): string | undefined {
  const index = /^users\[(\d+)\]/.exec(error.target ?? '')?.[1];
  return index === undefined ? undefined : users[Number(index)]?.userPrincipalName;
}

export function provisionUsers(
  send: (command: Command) => DispatchResult,
  plan: { readonly users: readonly CreateUserInput[]; readonly usageLocation: string; readonly skuId: string | null },
): BulkOutcome {
  const created = send({ type: 'user.bulkCreate', users: plan.users, usageLocation: plan.usageLocation, forceChangePasswordNextSignIn: true });
  if (!created.ok) return { ok: false, error: created.error, userPrincipalName: rowOf(created.error, plan.users) };
  const product = plan.skuId === null ? null : (skuById(plan.skuId)?.displayName ?? plan.skuId);
  const users = plan.users.map((input): CreatedUser => {
    const user = findUserByUserPrincipalName(created.tenant, input.userPrincipalName)!;
    const base = { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, password: user.passwordProfile.password };
    if (plan.skuId === null) return { ...base, license: null, licenseError: null };
    const assigned = send({ type: 'user.assignLicense', userId: user.id, addLicenses: [{ skuId: plan.skuId, disabledPlans: [] }], removeLicenses: [] });
    return assigned.ok ? { ...base, license: product, licenseError: null } : { ...base, license: null, licenseError: assigned.error };
  });
  return { ok: true, users, product };
}

/** The results file the page offers: every created user with the password to hand over. */
export function resultsCsv(users: readonly CreatedUser[]): string {
  // A value a spreadsheet would run as a formula is kept as text (a display name came from a file).
  const quote = (raw: string) => {
    const value = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const rows = users.map((user) =>
    [user.displayName, user.userPrincipalName, user.password, user.license ?? '', user.licenseError?.message ?? ''].map(quote).join(','),
  );
  return ['Display name,User name,Password,License,License error', ...rows].join('\r\n') + '\r\n';
}
