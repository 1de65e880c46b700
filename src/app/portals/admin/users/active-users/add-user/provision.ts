import { findUserByUserPrincipalName, roleTemplateById, skuById, type Command, type DispatchResult, type TenantError } from '../../../../../../tenant';
import { createUserInput, licensesToAssign, rolesToAssign, type AddUserForm } from './form';

/**
 * "Finish adding". One gesture, but the tenant takes it as several commands: user.create (with
 * the profile and usage location), then one user.assignLicense with every product chosen, then one
 * role.assign per role. The real wizard provisions in the same steps (Graph has no call that
 * creates a user with licenses and roles), which is why a real admin can end up with a user who
 * was created while a later step failed: no seats left, or a User Administrator who may create
 * users but not hand out roles. The page then says the user was added and what did not happen.
 */

export interface ProvisionFailure {
  /** What did not happen, e.g. "Assign Microsoft 365 E5" or "Assign the Global Administrator role". */
  readonly step: string;
  readonly error: TenantError;
}

export type ProvisionOutcome =
  | { readonly ok: false; readonly error: TenantError }
  | {
      readonly ok: true;
      readonly userId: string;
      readonly displayName: string;
      readonly userPrincipalName: string;
      /** The password to give the user: the one typed, or the one the tenant generated. */
      readonly password: string;
      readonly licenses: readonly string[];
      readonly roles: readonly string[];
      readonly failures: readonly ProvisionFailure[];
    };

export function provisionUser(send: (command: Command) => DispatchResult, form: AddUserForm): ProvisionOutcome {
  const input = createUserInput(form);
  const created = send({ type: 'user.create', ...input });
  if (!created.ok) return { ok: false, error: created.error };
  const user = findUserByUserPrincipalName(created.tenant, input.userPrincipalName)!;
  const failures: ProvisionFailure[] = [];

  const licenses = licensesToAssign(form);
  const productNames = licenses.map((license) => skuById(license.skuId)?.displayName ?? license.skuId);
  let assignedLicenses: readonly string[] = [];
  if (licenses.length > 0) {
    const assigned = send({ type: 'user.assignLicense', userId: user.id, addLicenses: licenses, removeLicenses: [] });
    if (assigned.ok) assignedLicenses = productNames;
    else failures.push({ step: `Assign ${productNames.join(', ')}`, error: assigned.error });
  }

  const roles: string[] = [];
  for (const roleDefinitionId of rolesToAssign(form)) {
    const name = roleTemplateById(roleDefinitionId)?.displayName ?? roleDefinitionId;
    const assigned = send({ type: 'role.assign', principalId: user.id, roleDefinitionId });
    if (assigned.ok) roles.push(name);
    else failures.push({ step: `Assign the ${name} role`, error: assigned.error });
  }

  return {
    ok: true,
    userId: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    password: user.passwordProfile.password,
    licenses: assignedLicenses,
    roles,
    failures,
  };
}
