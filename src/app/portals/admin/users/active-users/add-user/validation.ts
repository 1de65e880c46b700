import { commands, passwordError, type Actor, type CreateUserInput, type TenantError, type Tenant } from '../../../../../../tenant';
import { createUserInput, PROFILE_FIELDS, userPrincipalNameOf, type AddUserForm, type ProfileField } from './form';
import { wizardMessage } from './wording';

/**
 * The wizard's inline checks. Whatever the tenant decides (username format, verified domain, a
 * username or alias already taken, password rules, property limits) is asked of user.create's own
 * `validate` against the live tenant, so the message beside a field is the one Finish would give,
 * in the admin center's words (`wording.ts`).
 * Only "this is required" and the wizard's own choices are checked here.
 */

export type AddUserField = 'givenName' | 'surname' | 'displayName' | 'alias' | 'password' | 'usageLocation' | 'licenses' | ProfileField;

export type FieldErrors = Partial<Record<AddUserField, string>>;

const FIELD_OF_TARGET: Record<string, AddUserField> = {
  displayName: 'displayName',
  userPrincipalName: 'alias',
  mailNickname: 'alias',
  proxyAddresses: 'alias',
  password: 'password',
  givenName: 'givenName',
  surname: 'surname',
  usageLocation: 'usageLocation',
  ...Object.fromEntries(PROFILE_FIELDS.map((field) => [field.key, field.key])),
};

/** The field a core error is about; errors about nothing in particular land on the username. */
export function fieldOfError(error: TenantError): AddUserField {
  return (error.target && FIELD_OF_TARGET[error.target]) || 'alias';
}

/** user.create's validation, without the permission check: that one is Finish's to report. */
export function validateNewUser(tenant: Tenant, input: CreateUserInput, actor: Actor): TenantError | undefined {
  return commands['user.create'].validate(tenant, { type: 'user.create', ...input }, { actor, now: tenant.clock.now });
}

export function basicsErrors(tenant: Tenant, form: AddUserForm, actor: Actor): FieldErrors {
  const errors: FieldErrors = {};
  const names = { ...(form.givenName.trim() ? { givenName: form.givenName.trim() } : {}), ...(form.surname.trim() ? { surname: form.surname.trim() } : {}) };
  const input: CreateUserInput = {
    userPrincipalName: userPrincipalNameOf(form),
    displayName: form.displayName,
    ...(form.autoPassword || !form.password ? {} : { password: form.password }),
    ...(Object.keys(names).length > 0 ? { profile: names } : {}),
  };
  const values = { displayName: form.displayName, givenName: form.givenName, surname: form.surname };
  const first = validateNewUser(tenant, input, actor);
  if (first) errors[fieldOfError(first)] = wizardMessage(first, values);
  // The core stops at the first problem; with the display name set aside, ask again about the username.
  if (first && fieldOfError(first) === 'displayName') {
    const next = validateNewUser(tenant, { ...input, displayName: 'Display name' }, actor);
    if (next) errors[fieldOfError(next)] ??= wizardMessage(next, values);
  }
  if (!form.alias.trim()) errors.alias = 'Username is required.';
  if (!form.autoPassword) {
    const problem = form.password ? passwordError(form.password) : undefined;
    if (!form.password) errors.password = 'Password is required.';
    else if (problem) errors.password ??= problem.message;
  }
  return errors;
}

export function licensesErrors(form: AddUserForm): FieldErrors {
  if (!form.assignLicenses) return {};
  const errors: FieldErrors = {};
  if (!form.usageLocation) errors.usageLocation = 'Select a location. A license can only be assigned to a user with a usage location.';
  if (form.skuIds.length === 0) errors.licenses = 'Select at least one product license, or choose to create the user without a product license.';
  return errors;
}

/** The profile fields, checked with everything else the wizard will send. */
export function optionalErrors(tenant: Tenant, form: AddUserForm, actor: Actor): FieldErrors {
  const error = validateNewUser(tenant, createUserInput(form), actor);
  if (!error) return {};
  const field = fieldOfError(error);
  return PROFILE_FIELDS.some((profile) => profile.key === field) ? { [field]: wizardMessage(error, form.profile) } : {};
}
