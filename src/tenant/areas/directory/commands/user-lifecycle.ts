import { original, type Draft } from 'immer';
import { getById, putEntity, removeEntity } from '../../../collection';
import { defineCommand, type ApplyContext, type AuditActivity, type CommandContext } from '../../../command';
import { notFound, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { ModifiedProperty, Tenant, User } from '../../../model';
import { cancelProcessesFor } from '../../../schedule';
import { schedulePurge } from '../processes';
import { directReportIds } from '../rules/manager';
import { addressOwner, primaryAddress, withPrimaryAddress } from '../rules/proxy-addresses';
import { sensitiveActionError } from '../../roles/rules/sensitive-actions';
import { aliasOf, findUserByUpn, unverifiedDomainError, upnFormatError } from '../rules/upn';
import { onPremisesMasteredError } from '../rules/source-of-authority';
import { newUserError, usageLocationOf, type CreateUserInput } from '../rules/user-input';
import { activeUser, applyProfile, auditValue, generatePassword, isError, userTarget } from './user-common';
import { DIRECTORY_ACTIVITIES } from '../activities';
import { activityFields } from '../../../describe';

export interface CreateUser extends CreateUserInput {
  readonly type: 'user.create';
}

/** The admin center's "Add multiple users": every row is checked before any user is created. */
export interface BulkCreateUsers {
  readonly type: 'user.bulkCreate';
  readonly users: readonly CreateUserInput[];
  /** The location chosen for the whole file, for rows that name none. */
  readonly usageLocation?: string;
  /** For rows that do not say. */
  readonly forceChangePasswordNextSignIn?: boolean;
}

export interface DeleteUser {
  readonly type: 'user.delete';
  readonly userId: string;
}

export interface RestoreUser {
  readonly type: 'user.restore';
  readonly userId: string;
  /** A new username, for when an active user now holds the deleted user's old one. */
  readonly newUserPrincipalName?: string;
}

export interface PermanentlyDeleteUser {
  readonly type: 'user.permanentlyDelete';
  readonly userId: string;
}

/** The admin center takes up to 249 users from one CSV file. */
export const MAX_BULK_USERS = 249;

const ADD_USER: AuditActivity = DIRECTORY_ACTIVITIES['Add user'];

function newUser(input: CreateUserInput, context: ApplyContext): User {
  const user: User = {
    id: context.newId(),
    userPrincipalName: input.userPrincipalName,
    displayName: input.displayName.trim(),
    mailNickname: input.mailNickname ?? aliasOf(input.userPrincipalName),
    // Graph leaves mail and proxyAddresses empty until a mailbox is provisioned.
    mail: null,
    accountEnabled: input.accountEnabled ?? true,
    userType: 'Member',
    createdDateTime: context.now,
    usageLocation: null,
    businessPhones: [],
    otherMails: [],
    proxyAddresses: [],
    assignedLicenses: [],
    licenseAssignmentStates: [],
    passwordProfile: {
      password: input.password ?? generatePassword(context),
      forceChangePasswordNextSignIn: input.forceChangePasswordNextSignIn ?? true,
    },
    lastPasswordChangeDateTime: context.now,
    signInSessionsValidFromDateTime: context.now,
    managerId: null,
    deletedDateTime: null,
    onPremisesSyncEnabled: null,
  };
  applyProfile(user as Draft<User>, input.profile ?? {});
  (user as Draft<User>).usageLocation = usageLocationOf(input) as string | null;
  return user;
}

/** A bulk row with the file-wide choices filled in where the row has none. */
function withBulkDefaults(input: CreateUserInput, command: BulkCreateUsers): CreateUserInput {
  const hasLocation = input.usageLocation !== undefined || input.profile?.usageLocation !== undefined;
  return {
    ...input,
    ...(!hasLocation && command.usageLocation !== undefined ? { usageLocation: command.usageLocation } : {}),
    ...(input.forceChangePasswordNextSignIn === undefined && command.forceChangePasswordNextSignIn !== undefined
      ? { forceChangePasswordNextSignIn: command.forceChangePasswordNextSignIn }
      : {}),
  };
}

function rowError(index: number, error: TenantError): TenantError {
  return { ...error, target: `users[${index}]${error.target ? `.${error.target}` : ''}` };
}

/** The deleted user, or the error Graph gives; then the sensitive-actions matrix. */
function deletedUserError(tenant: Tenant, userId: string, context: CommandContext): TenantError | undefined {
  if (!getById(tenant.directory.deletedUsers, userId)) return notFound('deletedUser', userId);
  return sensitiveActionError(tenant, context.actor, userId, 'sensitiveAction');
}

/**
 * Restoring gives the user back every address no active object took meanwhile; the rest are
 * dropped, as the admin center does ("conflicting addresses are removed automatically"). If the
 * primary went, the first remaining address becomes primary.
 */
function reconcileRestoredAddresses(committed: Tenant, user: Draft<User>): void {
  const kept = user.proxyAddresses.filter((proxy) => !addressOwner(committed, proxy, user.id));
  const firstSmtp = kept.findIndex((proxy) => /^smtp:/i.test(proxy));
  if (firstSmtp >= 0 && !primaryAddress(kept)) kept[firstSmtp] = `SMTP:${kept[firstSmtp]!.slice(5)}`;
  user.proxyAddresses = kept;
  if (user.mail && addressOwner(committed, user.mail, user.id)) user.mail = primaryAddress(kept) ?? null;
}

export const userLifecycleCommands = {
  'user.create': defineCommand<CreateUser>({
    permission: 'microsoft.directory/users/create',
    activity: ADD_USER,
    validate(tenant, command) {
      return newUserError(tenant, command);
    },
    apply(draft, command, context) {
      const user = newUser(command, context);
      putEntity(draft.directory.users, user);
      context.reconcile(draft, { users: [user.id] });
      return [userTarget(user)];
    },
  }),

  'user.bulkCreate': defineCommand<BulkCreateUsers>({
    permission: 'microsoft.directory/users/create',
    activity: ADD_USER,
    validate(tenant, command) {
      if (!Array.isArray(command.users) || command.users.length === 0 || command.users.length > MAX_BULK_USERS) {
        return DIRECTORY_ERRORS.bulkSize(MAX_BULK_USERS);
      }
      const upns = new Set<string>();
      const nicknames = new Set<string>();
      for (const [index, row] of command.users.entries()) {
        const input = withBulkDefaults(row, command);
        const error = newUserError(tenant, input);
        if (error) return rowError(index, error);
        const upn = input.userPrincipalName.toLowerCase();
        const nickname = (input.mailNickname ?? aliasOf(input.userPrincipalName)).toLowerCase();
        if (upns.has(upn)) return rowError(index, DIRECTORY_ERRORS.userAlreadyExists('userPrincipalName'));
        if (nicknames.has(nickname)) return rowError(index, DIRECTORY_ERRORS.userAlreadyExists('mailNickname'));
        upns.add(upn);
        nicknames.add(nickname);
      }
      return undefined;
    },
    apply(draft, command, context) {
      const users = command.users.map((row) => newUser(withBulkDefaults(row, command), context));
      for (const user of users) putEntity(draft.directory.users, user);
      // One "Add user" record per user, as when each is added on its own: the first is the main record.
      for (const user of users.slice(1)) {
        context.record({
          ...activityFields(ADD_USER),
          loggedByService: 'Core Directory',
          targetResources: [userTarget(user)],
        });
      }
      context.reconcile(draft, { users: users.map((user) => user.id) });
      return [userTarget(users[0]!)];
    },
  }),

  'user.delete': defineCommand<DeleteUser>({
    permission: (command) => ({ action: 'microsoft.directory/users/delete', targetId: command.userId }),
    activity: DIRECTORY_ACTIVITIES['Delete user'],
    validate(tenant, command, context) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      if (context.actor.kind === 'user' && context.actor.userId === command.userId) {
        return DIRECTORY_ERRORS.deleteSelf();
      }
      return onPremisesMasteredError(user) ?? sensitiveActionError(tenant, context.actor, user.id, 'sensitiveAction');
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const user = getById(draft.directory.users, command.userId)!;
      removeEntity(draft.directory.users, user.id);
      user.deletedDateTime = context.now;
      // The sandbox drops manager links on deletion, both ways, so nothing points at a user
      // who may be purged; a restored user is given a manager again like a new one.
      user.managerId = null;
      const reports = directReportIds(committed, user.id);
      for (const reportId of reports) getById(draft.directory.users, reportId)!.managerId = null;
      putEntity(draft.directory.deletedUsers, user);
      schedulePurge(draft, user.id, context.now, context);
      context.reconcile(draft, { users: [user.id, ...reports] });
      return [userTarget(user)];
    },
  }),

  'user.restore': defineCommand<RestoreUser>({
    permission: (command) => ({ action: 'microsoft.directory/deletedItems.users/restore', targetId: command.userId }),
    activity: DIRECTORY_ACTIVITIES['Restore user'],
    validate(tenant, command, context) {
      const error = deletedUserError(tenant, command.userId, context);
      if (error) return error;
      const user = getById(tenant.directory.deletedUsers, command.userId)!;
      const upn = command.newUserPrincipalName;
      if (upn === undefined) {
        // Graph's words for the conflict; the admin center then offers to restore under a new username.
        return findUserByUpn(tenant, user.userPrincipalName, false)
          ? DIRECTORY_ERRORS.restoreConflict(DIRECTORY_ERRORS.userAlreadyExists('userPrincipalName'))
          : undefined;
      }
      const formatError = upnFormatError(upn) ?? unverifiedDomainError(tenant, upn);
      if (formatError) return formatError;
      const holder = findUserByUpn(tenant, upn);
      if (holder && holder.id !== user.id) return DIRECTORY_ERRORS.userAlreadyExists('userPrincipalName');
      return addressOwner(tenant, upn, user.id) ? DIRECTORY_ERRORS.propertyConflict('proxyAddresses') : undefined;
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const user = getById(draft.directory.deletedUsers, command.userId)!;
      const before = { userPrincipalName: user.userPrincipalName, mail: user.mail, proxyAddresses: [...user.proxyAddresses] };
      removeEntity(draft.directory.deletedUsers, user.id);
      user.deletedDateTime = null;
      const upn = command.newUserPrincipalName;
      if (upn !== undefined && upn !== user.userPrincipalName) {
        user.proxyAddresses = withPrimaryAddress(user.proxyAddresses, upn, user.mail ?? user.userPrincipalName);
        user.userPrincipalName = upn;
        user.mail = upn;
      }
      reconcileRestoredAddresses(committed, user);
      putEntity(draft.directory.users, user);
      cancelProcessesFor(draft, user.id);
      context.reconcile(draft, { users: [user.id] });
      const modified: ModifiedProperty[] = [];
      for (const property of ['userPrincipalName', 'mail', 'proxyAddresses'] as const) {
        const oldValue = auditValue(before[property]);
        const newValue = auditValue(user[property]);
        if (oldValue !== newValue) modified.push({ displayName: property, oldValue, newValue });
      }
      return [userTarget(user, modified)];
    },
  }),

  'user.permanentlyDelete': defineCommand<PermanentlyDeleteUser>({
    permission: (command) => ({ action: 'microsoft.directory/users/delete', targetId: command.userId }),
    activity: DIRECTORY_ACTIVITIES['Hard Delete user'],
    validate(tenant, command, context) {
      return deletedUserError(tenant, command.userId, context);
    },
    apply(draft, command, context) {
      const user = getById(draft.directory.deletedUsers, command.userId)!;
      removeEntity(draft.directory.deletedUsers, user.id);
      cancelProcessesFor(draft, user.id);
      context.dropReferences(draft, user.id);
      context.reconcile(draft, { users: [user.id] });
      return [userTarget(user)];
    },
  }),
};
