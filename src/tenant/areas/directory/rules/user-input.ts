import { TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Tenant } from '../../../model';
import { groupAddressConflict } from './group-addresses';
import { addressOwner } from './proxy-addresses';
import { aliasOf, findUserByUpn, mailNicknameTaken, unverifiedDomainError, upnFormatError } from './upn';

/** The text properties an admin edits on a user (Edit profile / Manage contact information). */
export const EDITABLE_PROFILE_PROPERTIES = [
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'companyName',
  'officeLocation',
  'streetAddress',
  'city',
  'state',
  'postalCode',
  'country',
  'mobilePhone',
  'faxNumber',
  'employeeId',
  'preferredLanguage',
  'usageLocation',
] as const;

export type EditableProfileProperty = (typeof EDITABLE_PROFILE_PROPERTIES)[number];

/** The list-valued contact properties; Graph lets an admin set one business phone. */
export const EDITABLE_LIST_PROPERTIES = ['businessPhones', 'otherMails'] as const;

export type EditableListProperty = (typeof EDITABLE_LIST_PROPERTIES)[number];

export type UserProfileChanges = { readonly [K in EditableProfileProperty]?: string | null } & {
  readonly [K in EditableListProperty]?: readonly string[];
};

/**
 * The properties self-service password reset relies on. Changing them is part of the right to
 * reset the user's password, so the password-reset matrix guards them too.
 */
export const SSPR_CONTACT_PROPERTIES = ['mobilePhone', 'businessPhones', 'otherMails'] as const;

/** What a new user needs: the payload of user.create without its type, shared with bulk create and CSV import. */
export interface CreateUserInput {
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** Omitted: the alias of the user principal name. */
  readonly mailNickname?: string;
  /** Omitted: the admin center generates one. */
  readonly password?: string;
  readonly forceChangePasswordNextSignIn?: boolean;
  readonly accountEnabled?: boolean;
  /** The wizard's "Select location"; may also come in `profile`, but not with another value. */
  readonly usageLocation?: string;
  readonly profile?: UserProfileChanges;
}

/** Graph's documented maximum lengths for user properties. */
const MAX_LENGTH: Partial<Record<EditableProfileProperty, number>> = {
  displayName: 256,
  givenName: 64,
  surname: 64,
  jobTitle: 128,
  department: 64,
  companyName: 64,
  city: 128,
  state: 128,
  country: 128,
  officeLocation: 128,
  streetAddress: 1024,
  postalCode: 40,
  mobilePhone: 64,
  employeeId: 16,
};

const EMAIL = /^[^\s@]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isEmailAddress(text: string): boolean {
  return text.length <= 256 && EMAIL.test(text);
}

function isListProperty(property: string): property is EditableListProperty {
  return (EDITABLE_LIST_PROPERTIES as readonly string[]).includes(property);
}

function listError(property: EditableListProperty, values: unknown): TenantError | undefined {
  if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) return TENANT_ERRORS.invalidProperty(property, 'User');
  if (property === 'businessPhones') {
    return values.length > 1 || values.some((value: string) => value.length > 64) ? TENANT_ERRORS.invalidProperty(property, 'User') : undefined;
  }
  return values.some((value: string) => !isEmailAddress(value)) ? TENANT_ERRORS.invalidProperty(property, 'User') : undefined;
}

export function profileError(changes: UserProfileChanges): TenantError | undefined {
  for (const [property, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (isListProperty(property)) {
      const error = listError(property, value);
      if (error) return error;
      continue;
    }
    if (!(EDITABLE_PROFILE_PROPERTIES as readonly string[]).includes(property)) {
      return DIRECTORY_ERRORS.notUpdatable(property);
    }
    if (value !== null && typeof value !== 'string') return TENANT_ERRORS.invalidProperty(property, 'User');
    if (property === 'displayName' && (value === null || value.trim() === '')) {
      return TENANT_ERRORS.displayNameRequired();
    }
    if (property === 'usageLocation' && value !== null && !isUsageLocation(value)) return TENANT_ERRORS.invalidProperty('usageLocation', 'User');
    const limit = MAX_LENGTH[property as EditableProfileProperty];
    if (limit !== undefined && value !== null && value.length > limit) return TENANT_ERRORS.invalidProperty(property, 'User');
  }
  return undefined;
}

/** Commands can come from parsed files, so a value typed as a string is checked to be one. */
function isUsageLocation(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
}

/** Entra's password rules: 8 to 256 characters from its allowed set, with three of the four kinds. */
export function passwordError(password: string): TenantError | undefined {
  const allowed = /^[A-Za-z0-9@#$%^&*\-_!+=[\]{}|\\:',.?/`~"();<> ]+$/;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (password.length < 8 || password.length > 256 || !allowed.test(password) || classes < 3) {
    return DIRECTORY_ERRORS.passwordComplexity();
  }
  return undefined;
}

/**
 * An Exchange alias: at most 64 characters, letters, digits and the RFC 5322 atom symbols, with
 * no dot at either end.
 */
export function mailNicknameError(mailNickname: string, resource = 'User'): TenantError | undefined {
  const valid =
    mailNickname.length > 0 &&
    mailNickname.length <= 64 &&
    /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+$/.test(mailNickname) &&
    !mailNickname.startsWith('.') &&
    !mailNickname.endsWith('.');
  return valid ? undefined : TENANT_ERRORS.invalidProperty('mailNickname', resource);
}

/** The usage location a new user ends up with, or an error when the two places disagree. */
export function usageLocationOf(input: CreateUserInput): string | null | TenantError {
  const fromProfile = input.profile?.usageLocation;
  if (input.usageLocation !== undefined && fromProfile !== undefined && fromProfile !== input.usageLocation) {
    return TENANT_ERRORS.invalidProperty('usageLocation', 'User');
  }
  const location = input.usageLocation ?? fromProfile ?? null;
  if (location !== null && !isUsageLocation(location)) return TENANT_ERRORS.invalidProperty('usageLocation', 'User');
  return location;
}

/**
 * Checks a new user against the format rules and the committed tenant (verified domains, UPNs of
 * active and deleted users, mail nicknames). One function for user.create, user.bulkCreate and the
 * CSV import, so all three refuse the same things with the same words.
 */
export function newUserError(tenant: Tenant, input: CreateUserInput): TenantError | undefined {
  if (typeof input.displayName !== 'string' || !input.displayName.trim()) {
    return TENANT_ERRORS.displayNameRequired();
  }
  if (input.displayName.length > 256) return TENANT_ERRORS.invalidProperty('displayName', 'User');
  if (typeof input.userPrincipalName !== 'string') return upnFormatError('');
  const formatError = upnFormatError(input.userPrincipalName);
  if (formatError) return formatError;
  const domainError = unverifiedDomainError(tenant, input.userPrincipalName);
  if (domainError) return domainError;
  // Only active users hold a UPN: a deleted user's UPN may be taken, which is why restoring can
  // conflict and why Restore-MsolUser and the portal offer a new username for that case.
  if (findUserByUpn(tenant, input.userPrincipalName, false)) return DIRECTORY_ERRORS.userAlreadyExists('userPrincipalName');
  // The username becomes the user's email address; the admin center refuses one a group or contact already has.
  if (addressOwner(tenant, input.userPrincipalName)) return DIRECTORY_ERRORS.propertyConflict('proxyAddresses');
  const mailNickname = input.mailNickname ?? aliasOf(input.userPrincipalName);
  const nicknameError = mailNicknameError(mailNickname);
  if (nicknameError) return nicknameError;
  if (mailNicknameTaken(tenant, mailNickname)) return DIRECTORY_ERRORS.userAlreadyExists('mailNickname');
  // Exchange keeps aliases unique across recipients: mail-enabled groups and contacts too.
  const aliasConflict = groupAddressConflict(tenant, { mailNickname });
  if (aliasConflict) return aliasConflict;
  if (input.password !== undefined) {
    const error = passwordError(input.password);
    if (error) return error;
  }
  const location = usageLocationOf(input);
  if (typeof location === 'object' && location !== null) return location;
  return profileError(input.profile ?? {});
}
