import { onPremisesMasteredError, passwordResetMasteredError } from '../rules/source-of-authority';
import { writeBackPassword } from '../../sync/rules/writeback';
import { getById } from '../../../collection';
import { defineCommand } from '../../../command';
import { TENANT_ERRORS } from '../../../errors';
import { sensitiveActionError } from '../../roles/rules/sensitive-actions';
import { passwordError } from '../rules/user-input';
import { activeUser, auditValue, generatePassword, isError, userTarget } from './user-common';
import { activityFields } from '../../../describe';
import { DIRECTORY_ACTIVITIES } from '../activities';

/** "Block sign-in" / "Unblock sign-in" in the admin center: Graph's accountEnabled. */
export interface SetAccountEnabled {
  readonly type: 'user.setAccountEnabled';
  readonly userId: string;
  readonly accountEnabled: boolean;
}

/**
 * "Reset password". The new password is kept in the user's passwordProfile, where the page reads
 * it to show it once, as the admin center's "Password has been reset" page does; the audit log
 * never carries it.
 */
export interface ResetPassword {
  readonly type: 'user.resetPassword';
  readonly userId: string;
  /** Omitted: "Automatically create a password". */
  readonly password?: string;
  readonly forceChangePasswordNextSignIn: boolean;
}

/** "Sign out of all sessions": Graph's revokeSignInSessions. */
export interface RevokeSignInSessions {
  readonly type: 'user.revokeSignInSessions';
  readonly userId: string;
}

export const userSecurityCommands = {
  'user.setAccountEnabled': defineCommand<SetAccountEnabled>({
    permission: (command) => ({
      action: command.accountEnabled ? 'microsoft.directory/users/enable' : 'microsoft.directory/users/disable',
      targetId: command.userId,
    }),
    // Entra writes "Update user" with the AccountEnabled change, and beside it "Disable account"
    // or "Enable account".
    activity: DIRECTORY_ACTIVITIES['Update user'],
    validate(tenant, command, context) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      if (typeof command.accountEnabled !== 'boolean') {
        return TENANT_ERRORS.invalidProperty('accountEnabled', 'User');
      }
      return onPremisesMasteredError(user) ?? sensitiveActionError(tenant, context.actor, user.id, 'sensitiveAction');
    },
    apply(draft, command, context) {
      const user = getById(draft.directory.users, command.userId)!;
      const oldValue = user.accountEnabled;
      user.accountEnabled = command.accountEnabled;
      context.record({
        ...activityFields(DIRECTORY_ACTIVITIES[command.accountEnabled ? 'Enable account' : 'Disable account']),
        loggedByService: 'Core Directory',
        targetResources: [userTarget(user)],
      });
      context.reconcile(draft, { users: [user.id] });
      const modified = oldValue === command.accountEnabled ? [] : [{ displayName: 'accountEnabled', oldValue: auditValue(oldValue), newValue: auditValue(command.accountEnabled) }];
      return [userTarget(user, modified)];
    },
  }),

  'user.resetPassword': defineCommand<ResetPassword>({
    permission: (command) => ({ action: 'microsoft.directory/users/password/update', targetId: command.userId }),
    // Core Directory logs "Reset user password"; the password service logs "Reset password (by admin)".
    activity: DIRECTORY_ACTIVITIES['Reset user password'],
    validate(tenant, command, context) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      const denied = passwordResetMasteredError(user, tenant.sync.configuration?.passwordWriteback === true) ?? sensitiveActionError(tenant, context.actor, user.id, 'passwordReset');
      if (denied) return denied;
      return command.password === undefined ? undefined : passwordError(command.password);
    },
    apply(draft, command, context) {
      const user = getById(draft.directory.users, command.userId)!;
      const forceChange = command.forceChangePasswordNextSignIn === true;
      user.passwordProfile = { password: command.password ?? generatePassword(context), forceChangePasswordNextSignIn: forceChange };
      user.lastPasswordChangeDateTime = context.now;
      if (user.onPremisesSyncEnabled) writeBackPassword(draft, user.id, user.passwordProfile.password, context.now);
      context.record({
        ...activityFields(DIRECTORY_ACTIVITIES['Reset password (by admin)']),
        loggedByService: 'Self-service Password Management',
        targetResources: [userTarget(user)],
      });
      context.reconcile(draft, { users: [user.id] });
      return [userTarget(user, [{ displayName: 'forceChangePasswordNextSignIn', oldValue: null, newValue: auditValue(forceChange) }])];
    },
  }),

  'user.revokeSignInSessions': defineCommand<RevokeSignInSessions>({
    permission: (command) => ({ action: 'microsoft.directory/users/invalidateAllRefreshTokens', targetId: command.userId }),
    activity: DIRECTORY_ACTIVITIES['Update StsRefreshTokenValidFrom Timestamp'],
    validate(tenant, command, context) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      return sensitiveActionError(tenant, context.actor, user.id, 'passwordReset');
    },
    apply(draft, command, context) {
      const user = getById(draft.directory.users, command.userId)!;
      const oldValue = user.signInSessionsValidFromDateTime;
      user.signInSessionsValidFromDateTime = context.now;
      context.reconcile(draft, { users: [user.id] });
      return [userTarget(user, [{ displayName: 'signInSessionsValidFromDateTime', oldValue, newValue: context.now }])];
    },
  }),
};
