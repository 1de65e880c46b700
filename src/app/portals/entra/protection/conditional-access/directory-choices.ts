import { builtInRoles, toArray, type Tenant } from '../../../../../tenant';
import type { Choice } from '../MultiSelect';

/** The users and groups a policy can name, as choices: "Alex Wilber (AlexW@contoso.com)". */
export function selectUserChoices(tenant: Tenant): Choice[] {
  return toArray(tenant.directory.users)
    .map((user) => ({ value: user.id, text: `${user.displayName} (${user.userPrincipalName})` }))
    .sort((a, b) => a.text.localeCompare(b.text));
}

export function selectGroupChoices(tenant: Tenant): Choice[] {
  return toArray(tenant.directory.groups)
    .map((group) => ({ value: group.id, text: group.displayName }))
    .sort((a, b) => a.text.localeCompare(b.text));
}

export function selectLocationChoices(tenant: Tenant): Choice[] {
  return toArray(tenant.access.namedLocations)
    .map((location) => ({ value: location.id, text: location.displayName }))
    .sort((a, b) => a.text.localeCompare(b.text));
}

/** Directory roles a policy can target: the built-in role templates. */
export const ROLE_CHOICES: readonly Choice[] = builtInRoles
  .map((role) => ({ value: role.id, text: role.displayName }))
  .sort((a, b) => a.text.localeCompare(b.text));
