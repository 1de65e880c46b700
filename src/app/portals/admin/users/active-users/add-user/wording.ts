import type { TenantError } from '../../../../../../tenant';
import { PROFILE_FIELDS } from './form';

/*
 * The core answers in Microsoft Graph's words ("Another object with the same value for property
 * userPrincipalName already exists."), which the console and Graph Explorer show as they are. The
 * admin center speaks to a person instead: these are its words for the wizard's refusals.
 */

/** The portal's message for a username taken by another user (Microsoft's KB 2428507 quotes it). */
export const USERNAME_TAKEN = 'A user with this name already exists. Use a different name.';

const LABELS: Readonly<Record<string, string>> = {
  displayName: 'Display name',
  givenName: 'First name',
  surname: 'Last name',
  usageLocation: 'Location',
  ...Object.fromEntries(PROFILE_FIELDS.map((field) => [field.key, field.label])),
};

/** How long each field may be, as the wizard enforces it. */
const LIMITS: Readonly<Record<string, number>> = { displayName: 256, givenName: 64, surname: 64 };

/** The admin center's words for a refusal the core worded as Graph does. */
export function wizardMessage(error: TenantError, values: Readonly<Record<string, string>> = {}): string {
  if (error.code === 'UserAlreadyExists') return USERNAME_TAKEN;
  if (error.code === 'InvalidUserPrincipalName') return 'Enter a valid username. It can contain letters, numbers and the characters \' . - _ ! # ^ ~, and can’t start or end with a period.';
  const label = error.target ? LABELS[error.target] : undefined;
  if (error.code === 'InvalidValue' && label && error.target) {
    const limit = LIMITS[error.target];
    const value = values[error.target];
    if (limit !== undefined && value !== undefined && value.length > limit) return `${label} can’t be more than ${limit} characters. This one has ${value.length}.`;
    return `Enter a valid ${label.toLowerCase()}.`;
  }
  return error.message;
}
