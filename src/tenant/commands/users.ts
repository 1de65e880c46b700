import type { Draft } from 'immer';
import { getById, putEntity, removeEntity } from '../collection';
import { defineCommand, type ApplyContext } from '../command';
import { notFound, tenantError, type TenantError } from '../errors';
import type { ModifiedProperty, TargetResource, Tenant, User } from '../model';
import { cancelProcessesFor, schedulePurge } from '../processes';
import {
  aliasOf,
  duplicatePropertyError,
  findUserByUpn,
  mailNicknameTaken,
  unverifiedDomainError,
  upnFormatError,
} from '../rules/upn';

/** The profile properties an admin edits on a user (Edit profile / Manage contact information). */
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
export type UserProfileChanges = { readonly [K in EditableProfileProperty]?: string | null };

export interface CreateUser {
  readonly type: 'user.create';
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly mailNickname?: string;
  /** Omitted: the admin center generates one. */
  readonly password?: string;
  readonly forceChangePasswordNextSignIn?: boolean;
  readonly accountEnabled?: boolean;
  readonly profile?: UserProfileChanges;
}

export interface UpdateUser {
  readonly type: 'user.update';
  readonly userId: string;
  readonly changes: UserProfileChanges;
}

export interface DeleteUser {
  readonly type: 'user.delete';
  readonly userId: string;
}

export interface RestoreUser {
  readonly type: 'user.restore';
  readonly userId: string;
}

export interface PermanentlyDeleteUser {
  readonly type: 'user.permanentlyDelete';
  readonly userId: string;
}

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
  employeeId: 16,
};

export function userTarget(user: User, modifiedProperties: readonly ModifiedProperty[] = []): TargetResource {
  return { id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties };
}

function profileError(changes: UserProfileChanges): TenantError | undefined {
  for (const [property, value] of Object.entries(changes) as [EditableProfileProperty, string | null | undefined][]) {
    if (!(EDITABLE_PROFILE_PROPERTIES as readonly string[]).includes(property)) {
      return tenantError('InvalidValue', `Property '${property}' can't be updated this way.`, property);
    }
    if (value === undefined) continue;
    if (property === 'displayName' && (value === null || value.trim() === '')) {
      return tenantError('RequiredPropertyMissing', 'Display name is required.', 'displayName');
    }
    if (property === 'usageLocation' && value !== null && !/^[A-Z]{2}$/.test(value)) {
      return tenantError('InvalidValue', `Invalid value specified for property 'usageLocation' of resource 'User'.`, 'usageLocation');
    }
    const limit = MAX_LENGTH[property];
    if (limit !== undefined && value !== null && value.length > limit) {
      return tenantError('InvalidValue', `Invalid value specified for property '${property}' of resource 'User'.`, property);
    }
  }
  return undefined;
}

const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** The admin center's generated passwords look like `Kor12345`; ours are drawn from the tenant's ids. */
function generatePassword(context: ApplyContext): string {
  const source = context.newId().replace(/-/g, '');
  let password = '';
  for (let i = 0; i < 3; i++) password += PASSWORD_ALPHABET[parseInt(source.slice(i * 2, i * 2 + 2), 16) % PASSWORD_ALPHABET.length];
  return password[0]!.toUpperCase() + password.slice(1).toLowerCase() + (parseInt(source.slice(6, 14), 16) % 100000).toString().padStart(5, '0');
}

function passwordError(password: string): TenantError | undefined {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (password.length < 8 || password.length > 256 || classes < 3) {
    return tenantError(
      'InvalidValue',
      'The specified password does not comply with password complexity requirements. Please provide a different password.',
      'password',
    );
  }
  return undefined;
}

function activeUser(tenant: Tenant, userId: string): User | TenantError {
  return getById(tenant.users, userId) ?? notFound('user', userId);
}

function isError(value: unknown): value is TenantError {
  return typeof value === 'object' && value !== null && 'code' in value && 'graphCode' in value;
}

function changedProperties(user: User, changes: UserProfileChanges): ModifiedProperty[] {
  const modified: ModifiedProperty[] = [];
  for (const [property, value] of Object.entries(changes) as [EditableProfileProperty, string | null | undefined][]) {
    if (value === undefined) continue;
    const oldValue = (user[property] as string | null | undefined) ?? null;
    if (oldValue !== value) modified.push({ displayName: property, oldValue, newValue: value });
  }
  return modified;
}

function applyProfile(draft: Draft<User>, changes: UserProfileChanges): void {
  for (const [property, value] of Object.entries(changes) as [EditableProfileProperty, string | null | undefined][]) {
    if (value === undefined) continue;
    if (property === 'displayName') draft.displayName = value ?? draft.displayName;
    else (draft as Record<EditableProfileProperty, string | null>)[property] = value;
  }
}

export const userCommands = {
  'user.create': defineCommand<CreateUser>({
    permission: 'microsoft.directory/users/create',
    activity: { displayName: 'Add user', category: 'UserManagement', operationType: 'Add' },
    validate(tenant, command) {
      if (!command.displayName?.trim()) return tenantError('RequiredPropertyMissing', 'Display name is required.', 'displayName');
      const formatError = upnFormatError(command.userPrincipalName);
      if (formatError) return formatError;
      const domainError = unverifiedDomainError(tenant, command.userPrincipalName);
      if (domainError) return domainError;
      if (findUserByUpn(tenant, command.userPrincipalName)) return duplicatePropertyError('userPrincipalName');
      const mailNickname = command.mailNickname ?? aliasOf(command.userPrincipalName);
      if (mailNickname.length > 64 || mailNicknameTaken(tenant, mailNickname)) return duplicatePropertyError('mailNickname');
      if (command.password !== undefined) {
        const error = passwordError(command.password);
        if (error) return error;
      }
      return profileError(command.profile ?? {});
    },
    apply(draft, command, context) {
      const user: User = {
        id: context.newId(),
        userPrincipalName: command.userPrincipalName,
        displayName: command.displayName.trim(),
        mailNickname: command.mailNickname ?? aliasOf(command.userPrincipalName),
        mail: null,
        accountEnabled: command.accountEnabled ?? true,
        userType: 'Member',
        createdDateTime: context.now,
        usageLocation: null,
        businessPhones: [],
        otherMails: [],
        proxyAddresses: [],
        assignedLicenses: [],
        licenseAssignmentStates: [],
        passwordProfile: {
          password: command.password ?? generatePassword(context),
          forceChangePasswordNextSignIn: command.forceChangePasswordNextSignIn ?? true,
        },
        lastPasswordChangeDateTime: context.now,
        signInSessionsValidFromDateTime: context.now,
        managerId: null,
        deletedDateTime: null,
        onPremisesSyncEnabled: null,
      };
      applyProfile(user as Draft<User>, command.profile ?? {});
      putEntity(draft.users, user);
      return [userTarget(user)];
    },
  }),

  'user.update': defineCommand<UpdateUser>({
    permission: (command) => ({ action: 'microsoft.directory/users/basic/update', targetId: command.userId }),
    activity: { displayName: 'Update user', category: 'UserManagement', operationType: 'Update' },
    validate(tenant, command) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      return profileError(command.changes);
    },
    apply(draft, command) {
      const user = getById(draft.users, command.userId)!;
      const modified = changedProperties(user, command.changes);
      applyProfile(user, command.changes);
      return [userTarget(user, modified)];
    },
  }),

  'user.delete': defineCommand<DeleteUser>({
    permission: (command) => ({ action: 'microsoft.directory/users/delete', targetId: command.userId }),
    activity: { displayName: 'Delete user', category: 'UserManagement', operationType: 'Delete' },
    validate(tenant, command, context) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      if (context.actor.kind === 'user' && context.actor.userId === command.userId) {
        return tenantError('InvalidValue', "You can't delete yourself.", 'userId');
      }
      return undefined;
    },
    apply(draft, command, context) {
      const user = getById(draft.users, command.userId)!;
      removeEntity(draft.users, user.id);
      user.deletedDateTime = context.now;
      putEntity(draft.deletedUsers, user);
      schedulePurge(draft, user.id, context.now, context);
      return [userTarget(user)];
    },
  }),

  'user.restore': defineCommand<RestoreUser>({
    permission: (command) => ({ action: 'microsoft.directory/deletedItems.users/restore', targetId: command.userId }),
    activity: { displayName: 'Restore user', category: 'UserManagement', operationType: 'Update' },
    validate(tenant, command) {
      const user = getById(tenant.deletedUsers, command.userId);
      if (!user) return notFound('deletedUser', command.userId);
      if (findUserByUpn(tenant, user.userPrincipalName, false)) {
        return tenantError(
          'RestoreConflict',
          `Another object with the same value for property userPrincipalName already exists. Rename the active user ${user.userPrincipalName}, or restore this user with a new username.`,
          'userPrincipalName',
        );
      }
      return undefined;
    },
    apply(draft, command) {
      const user = getById(draft.deletedUsers, command.userId)!;
      removeEntity(draft.deletedUsers, user.id);
      user.deletedDateTime = null;
      putEntity(draft.users, user);
      cancelProcessesFor(draft, user.id);
      return [userTarget(user)];
    },
  }),

  'user.permanentlyDelete': defineCommand<PermanentlyDeleteUser>({
    permission: (command) => ({ action: 'microsoft.directory/users/delete', targetId: command.userId }),
    activity: { displayName: 'Hard Delete user', category: 'UserManagement', operationType: 'Delete' },
    validate(tenant, command) {
      if (!getById(tenant.deletedUsers, command.userId)) return notFound('deletedUser', command.userId);
      return undefined;
    },
    apply(draft, command) {
      const user = getById(draft.deletedUsers, command.userId)!;
      removeEntity(draft.deletedUsers, user.id);
      cancelProcessesFor(draft, user.id);
      return [userTarget(user)];
    },
  }),
};
