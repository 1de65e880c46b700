import type { Command, CreateUserInput, UserProfileChanges } from '../../tenant';
import { badRequest, invalidProperty } from '../errors';
import { bodyObject } from './lookup';

/** Reading POST and PATCH bodies for users into the tenant's commands. */

const PROFILE_PROPERTIES = [
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
  'businessPhones',
  'otherMails',
] as const;

const CREATE_ONLY = ['accountEnabled', 'mailNickname', 'passwordProfile', 'userPrincipalName'] as const;

/** Properties the type has but the sandbox can't set through Graph; naming them is refused plainly. */
function unknownProperty(name: string): Error {
  return badRequest(
    `The property '${name}' does not exist on type 'microsoft.graph.user'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
    'BadRequest',
  );
}

function invalidValue(property: string): Error {
  return invalidProperty(property, 'User');
}

function profileOf(body: Record<string, unknown>): UserProfileChanges {
  const profile: Record<string, unknown> = {};
  for (const name of PROFILE_PROPERTIES) if (name in body) profile[name] = body[name];
  // The core checks each value's type and length, with Graph's words.
  return profile as UserProfileChanges;
}

function checkNames(body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const name of Object.keys(body)) if (!allowed.includes(name) && !name.startsWith('@odata.')) throw unknownProperty(name);
}

interface PasswordProfileBody {
  readonly password?: string;
  readonly forceChangePasswordNextSignIn?: boolean;
}

function passwordProfileOf(value: unknown): PasswordProfileBody {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidValue('passwordProfile');
  const { password, forceChangePasswordNextSignIn, forceChangePasswordNextSignInWithMfa } = value as Record<string, unknown>;
  if (password !== undefined && typeof password !== 'string') throw invalidValue('passwordProfile');
  if (forceChangePasswordNextSignIn !== undefined && typeof forceChangePasswordNextSignIn !== 'boolean') throw invalidValue('passwordProfile');
  if (forceChangePasswordNextSignInWithMfa !== undefined && typeof forceChangePasswordNextSignInWithMfa !== 'boolean') throw invalidValue('passwordProfile');
  return { ...(password !== undefined ? { password } : {}), ...(forceChangePasswordNextSignIn !== undefined ? { forceChangePasswordNextSignIn } : {}) };
}

/** POST /users: Graph's required properties, then the tenant's own checks (UPN, domain, password). */
export function createUserCommand(body: unknown): Command {
  const object = bodyObject(body);
  checkNames(object, [...PROFILE_PROPERTIES, ...CREATE_ONLY]);
  if (typeof object.accountEnabled !== 'boolean') throw invalidValue('accountEnabled');
  if (typeof object.displayName !== 'string' || object.displayName.trim() === '') throw invalidValue('displayName');
  if (typeof object.mailNickname !== 'string') throw invalidValue('mailNickname');
  if (typeof object.userPrincipalName !== 'string') throw invalidValue('userPrincipalName');
  if (object.passwordProfile === undefined || object.passwordProfile === null) throw badRequest('A password must be specified to create a new user.');
  const passwordProfile = passwordProfileOf(object.passwordProfile);
  if (passwordProfile.password === undefined) throw badRequest('A password must be specified to create a new user.');
  const { displayName: _displayName, usageLocation, ...profile } = profileOf(object) as UserProfileChanges & { displayName?: unknown };
  const input: CreateUserInput = {
    userPrincipalName: object.userPrincipalName,
    displayName: object.displayName,
    mailNickname: object.mailNickname,
    password: passwordProfile.password,
    forceChangePasswordNextSignIn: passwordProfile.forceChangePasswordNextSignIn ?? true,
    accountEnabled: object.accountEnabled,
    ...(typeof usageLocation === 'string' ? { usageLocation } : {}),
    profile,
  };
  return { type: 'user.create', ...input };
}

/**
 * PATCH /users/{id}: the profile in one update, then the properties the tenant changes with
 * commands of their own (the sign-in name, sign-in blocking, the password), in that order.
 */
export function updateUserCommands(userId: string, body: unknown): Command[] {
  const object = bodyObject(body);
  checkNames(object, [...PROFILE_PROPERTIES, 'accountEnabled', 'passwordProfile', 'userPrincipalName']);
  const commands: Command[] = [];
  if ('userPrincipalName' in object) {
    if (typeof object.userPrincipalName !== 'string') throw invalidValue('userPrincipalName');
    commands.push({ type: 'user.changeUserPrincipalName', userId, userPrincipalName: object.userPrincipalName });
  }
  const changes = profileOf(object);
  if (Object.keys(changes).length > 0) commands.push({ type: 'user.update', userId, changes });
  if ('accountEnabled' in object) {
    if (typeof object.accountEnabled !== 'boolean') throw invalidValue('accountEnabled');
    commands.push({ type: 'user.setAccountEnabled', userId, accountEnabled: object.accountEnabled });
  }
  if ('passwordProfile' in object) {
    const profile = passwordProfileOf(object.passwordProfile);
    if (profile.password === undefined) throw invalidValue('passwordProfile');
    commands.push({ type: 'user.resetPassword', userId, password: profile.password, forceChangePasswordNextSignIn: profile.forceChangePasswordNextSignIn ?? false });
  }
  return commands;
}
