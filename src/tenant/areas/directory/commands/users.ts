import { original } from 'immer';
import { getById } from '../../../collection';
import { defineCommand } from '../../../command';
import { notFound, TENANT_ERRORS } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { ModifiedProperty } from '../../../model';
import { wouldCreateCycle } from '../rules/manager';
import { addressOwner, withPrimaryAddress } from '../rules/proxy-addresses';
import { sensitiveActionError } from '../../roles/rules/sensitive-actions';
import { findUserByUpn, unverifiedDomainError, upnFormatError } from '../rules/upn';
import { onPremisesMasteredError } from '../rules/source-of-authority';
import { profileError, SSPR_CONTACT_PROPERTIES, type UserProfileChanges } from '../rules/user-input';
import { activeUser, applyProfile, auditValue, changedProperties, isError, userTarget } from './user-common';
import { userLifecycleCommands } from './user-lifecycle';
import { userSecurityCommands } from './user-security';
import { DIRECTORY_ACTIVITIES } from '../activities';

export interface UpdateUser {
  readonly type: 'user.update';
  readonly userId: string;
  readonly changes: UserProfileChanges;
}

/** "Manage username and email": a new user principal name, which also becomes the primary email. */
export interface ChangeUserPrincipalName {
  readonly type: 'user.changeUserPrincipalName';
  readonly userId: string;
  readonly userPrincipalName: string;
}

export interface SetManager {
  readonly type: 'user.setManager';
  readonly userId: string;
  /** null removes the manager. */
  readonly managerId: string | null;
}

function onlyChanges(changes: UserProfileChanges, property: keyof UserProfileChanges): boolean {
  const given = Object.entries(changes).filter(([, value]) => value !== undefined);
  return given.length === 1 && given[0]![0] === property;
}

function touchesSsprContact(changes: UserProfileChanges): boolean {
  return SSPR_CONTACT_PROPERTIES.some((property) => changes[property] !== undefined);
}

const userProfileCommands = {
  'user.update': defineCommand<UpdateUser>({
    // A License Administrator may set the usage location and nothing else.
    permission: (command) => ({
      action: onlyChanges(command.changes ?? {}, 'usageLocation') ? 'microsoft.directory/users/usageLocation/update' : 'microsoft.directory/users/basic/update',
      targetId: command.userId,
    }),
    activity: DIRECTORY_ACTIVITIES['Update user'],
    validate(tenant, command, context) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      if (typeof command.changes !== 'object' || command.changes === null) return TENANT_ERRORS.noChanges();
      const error = profileError(command.changes) ?? onPremisesMasteredError(user, Object.keys(command.changes).filter((key) => command.changes[key as keyof UserProfileChanges] !== undefined));
      if (error) return error;
      return touchesSsprContact(command.changes) ? sensitiveActionError(tenant, context.actor, user.id, 'passwordReset') : undefined;
    },
    apply(draft, command, context) {
      const user = getById(draft.directory.users, command.userId)!;
      const modified = changedProperties(user, command.changes);
      applyProfile(user, command.changes);
      context.reconcile(draft, { users: [user.id] });
      return [userTarget(user, modified)];
    },
  }),

  'user.changeUserPrincipalName': defineCommand<ChangeUserPrincipalName>({
    permission: (command) => ({ action: 'microsoft.directory/users/userPrincipalName/update', targetId: command.userId }),
    activity: DIRECTORY_ACTIVITIES['Update user'],
    validate(tenant, command, context) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      const denied = onPremisesMasteredError(user) ?? sensitiveActionError(tenant, context.actor, user.id, 'sensitiveAction');
      if (denied) return denied;
      const upn = command.userPrincipalName;
      if (typeof upn !== 'string') return upnFormatError('');
      const formatError = upnFormatError(upn) ?? unverifiedDomainError(tenant, upn);
      if (formatError) return formatError;
      const holder = findUserByUpn(tenant, upn, false);
      if (holder && holder.id !== user.id) return DIRECTORY_ERRORS.userAlreadyExists('userPrincipalName');
      return addressOwner(tenant, upn, user.id) ? DIRECTORY_ERRORS.propertyConflict('proxyAddresses') : undefined;
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const user = getById(draft.directory.users, command.userId)!;
      const before = { userPrincipalName: user.userPrincipalName, mail: user.mail, proxyAddresses: [...user.proxyAddresses] };
      // The old username stays as an alias unless it was never this user's address and another object has it.
      user.proxyAddresses = withPrimaryAddress(user.proxyAddresses, command.userPrincipalName, user.mail ?? user.userPrincipalName).filter(
        (proxy) => !addressOwner(committed, proxy, user.id),
      );
      user.userPrincipalName = command.userPrincipalName;
      user.mail = command.userPrincipalName;
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

  'user.setManager': defineCommand<SetManager>({
    permission: (command) => ({ action: 'microsoft.directory/users/manager/update', targetId: command.userId }),
    // The audit reference lists "Set user manager" and no removal activity; a removal is logged
    // under it with an empty new value.
    activity: DIRECTORY_ACTIVITIES['Set user manager'],
    validate(tenant, command) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      if (command.managerId === null) return undefined;
      if (command.managerId === user.id) return DIRECTORY_ERRORS.ownManager();
      if (!getById(tenant.directory.users, command.managerId)) return notFound('manager', command.managerId);
      if (wouldCreateCycle(tenant, user.id, command.managerId)) {
        return DIRECTORY_ERRORS.managerLoop();
      }
      return undefined;
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const user = getById(draft.directory.users, command.userId)!;
      const oldManager = user.managerId ? getById(committed.directory.users, user.managerId) : undefined;
      const newManager = command.managerId ? getById(committed.directory.users, command.managerId) : undefined;
      user.managerId = command.managerId;
      context.reconcile(draft, { users: [user.id] });
      return [
        userTarget(user, [
          { displayName: 'manager', oldValue: oldManager?.userPrincipalName ?? null, newValue: newManager?.userPrincipalName ?? null },
        ]),
      ];
    },
  }),
};

/** Every user command: the profile ones here, lifecycle (create, delete, restore) and sign-in security. */
export const userCommands = {
  ...userLifecycleCommands,
  ...userProfileCommands,
  ...userSecurityCommands,
};
