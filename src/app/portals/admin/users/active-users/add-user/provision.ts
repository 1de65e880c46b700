import { addUserWorkflow, getById, roleTemplateById, skuById, type DispatchResult, type TenantCommand, type TenantError } from '../../../../../../tenant';
import { createUserInput, licensesToAssign, rolesToAssign, type AddUserForm } from './form';

/**
 * "Finish adding": the core's Add a user workflow, sent as one gesture. The user, the licenses
 * and the roles are applied all or none, so a refused step (no seats left, a User Administrator
 * handing out a role) adds nobody, and the page names the step that was refused.
 */

export type ProvisionOutcome =
  | {
      readonly ok: false;
      readonly error: TenantError;
      /** The refused step when it was not the user itself, e.g. "Assign the Global Administrator role". */
      readonly step?: string;
    }
  | {
      readonly ok: true;
      readonly userId: string;
      readonly displayName: string;
      readonly userPrincipalName: string;
      /** The password to give the user: the one typed, or the one the tenant generated. */
      readonly password: string;
      readonly licenses: readonly string[];
      readonly roles: readonly string[];
    };

export function provisionUser(send: (command: TenantCommand) => DispatchResult, form: AddUserForm): ProvisionOutcome {
  const licenses = licensesToAssign(form);
  const roleDefinitionIds = rolesToAssign(form);
  const { command, steps } = addUserWorkflow({ user: createUserInput(form), licenses, roleDefinitionIds });
  const result = send(command);
  if (!result.ok) return { ok: false, error: result.error, ...(result.part ? { step: steps[result.part] } : {}) };
  const user = getById(result.tenant.directory.users, result.created[0]!)!;
  return {
    ok: true,
    userId: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    password: user.passwordProfile.password,
    licenses: licenses.map((license) => skuById(license.skuId)?.displayName ?? license.skuId),
    roles: roleDefinitionIds.map((id) => roleTemplateById(id)?.displayName ?? id),
  };
}
