import { findEntity, getById, putEntity } from '../../../collection';
import { defineCommand } from '../../../command';
import { TENANT_ERRORS } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Tenant, User } from '../../../model';
import { addressOwner } from '../rules/proxy-addresses';
import { domainOf, findUserByUpn } from '../rules/upn';
import { isEmailAddress } from '../rules/user-input';
import { activeUser, auditValue, isError, userTarget } from './user-common';
import { activityFields } from '../../../describe';
import { DIRECTORY_ACTIVITIES } from '../activities';

/** Graph's invitation: B2B collaboration brings an outside person in as a guest user. */
export interface InviteGuest {
  readonly type: 'guest.invite';
  readonly invitedUserEmailAddress: string;
  readonly invitedUserDisplayName?: string;
  /** Whether Entra emails the invitation; the sandbox records the choice, it sends no mail. */
  readonly sendInvitationMessage?: boolean;
}

/** The invited person accepts the invitation (redeems it). */
export interface RedeemInvitation {
  readonly type: 'guest.redeemInvitation';
  readonly userId: string;
}

/** `ada@fabrikam.com` invited to Contoso becomes `ada_fabrikam.com#EXT#@contoso.onmicrosoft.com`. */
export function guestUserPrincipalName(tenant: Tenant, email: string): string {
  const initial = findEntity(tenant.domains.domains, (domain) => domain.isInitial)!;
  return `${email.replace('@', '_')}#EXT#@${initial.id}`;
}

export const guestCommands = {
  'guest.invite': defineCommand<InviteGuest>({
    permission: 'microsoft.directory/users/inviteGuest',
    // Entra writes the new user under Core Directory's "Add user", and the invitation under
    // Invited Users' "Invite external user".
    activity: DIRECTORY_ACTIVITIES['Add user'],
    validate(tenant, command) {
      const email = command.invitedUserEmailAddress;
      if (typeof email !== 'string' || !isEmailAddress(email)) return TENANT_ERRORS.invalidProperty('invitedUserEmailAddress', 'Invitation');
      const displayName = command.invitedUserDisplayName;
      if (displayName !== undefined && (typeof displayName !== 'string' || displayName.length > 256)) {
        return TENANT_ERRORS.invalidProperty('invitedUserDisplayName', 'Invitation');
      }
      const owner = addressOwner(tenant, email);
      if (owner?.kind === 'user' && owner.user.userType === 'Member') {
        return DIRECTORY_ERRORS.memberWithAddress();
      }
      // Someone on one of the tenant's own domains is a colleague: the portal tells the admin to
      // create a user account for them instead.
      if (getById(tenant.domains.domains, domainOf(email))?.isVerified) {
        return DIRECTORY_ERRORS.colleagueInvited();
      }
      if (owner?.kind === 'user') return { ...DIRECTORY_ERRORS.userAlreadyExists('proxyAddresses'), target: 'invitedUserEmailAddress' };
      if (owner) return DIRECTORY_ERRORS.propertyConflict('proxyAddresses');
      return findUserByUpn(tenant, guestUserPrincipalName(tenant, email)) ? DIRECTORY_ERRORS.userAlreadyExists('userPrincipalName') : undefined;
    },
    apply(draft, command, context) {
      const email = command.invitedUserEmailAddress;
      const userPrincipalName = guestUserPrincipalName(draft as Tenant, email);
      const guest: User = {
        id: context.newId(),
        userPrincipalName,
        // Without a display name Entra shows the part of the address before the @.
        displayName: command.invitedUserDisplayName?.trim() || email.slice(0, email.indexOf('@')),
        mailNickname: userPrincipalName.slice(0, userPrincipalName.lastIndexOf('@')),
        mail: email,
        accountEnabled: true,
        userType: 'Guest',
        createdDateTime: context.now,
        usageLocation: null,
        businessPhones: [],
        otherMails: [email],
        proxyAddresses: [`SMTP:${email}`],
        assignedLicenses: [],
        licenseAssignmentStates: [],
        // A guest signs in with their home organisation's account; the tenant holds no password for them.
        passwordProfile: { password: '', forceChangePasswordNextSignIn: false },
        lastPasswordChangeDateTime: context.now,
        signInSessionsValidFromDateTime: context.now,
        managerId: null,
        deletedDateTime: null,
        onPremisesSyncEnabled: null,
        externalUserState: 'PendingAcceptance',
        creationType: 'Invitation',
      };
      putEntity(draft.directory.users, guest);
      context.record({
        ...activityFields(DIRECTORY_ACTIVITIES['Invite external user']),
        loggedByService: 'Invited Users',
        targetResources: [
          userTarget(guest, [{ displayName: 'sendInvitationMessage', oldValue: null, newValue: auditValue(command.sendInvitationMessage ?? false) }]),
        ],
      });
      context.reconcile(draft, { users: [guest.id] });
      return [userTarget(guest)];
    },
  }),

  'guest.redeemInvitation': defineCommand<RedeemInvitation>({
    // Redeeming is the invited person acting from outside the tenant, not something a directory
    // role grants, so no admin permission applies. The sandbox offers it as its own control, like
    // clock.advance, so a learner can play the guest accepting; the audit record names the guest.
    permission: null,
    activity: null,
    validate(tenant, command) {
      const user = activeUser(tenant, command.userId);
      if (isError(user)) return user;
      if (user.userType !== 'Guest' || user.externalUserState === undefined) {
        return DIRECTORY_ERRORS.notInvited();
      }
      if (user.externalUserState !== 'PendingAcceptance') {
        return DIRECTORY_ERRORS.invitationRedeemed();
      }
      return undefined;
    },
    apply(draft, command, context) {
      const guest = getById(draft.directory.users, command.userId)!;
      guest.externalUserState = 'Accepted';
      context.record({
        initiatedBy: { user: { id: guest.id, displayName: guest.displayName, userPrincipalName: guest.userPrincipalName } },
        ...activityFields(DIRECTORY_ACTIVITIES['Redeem external user invite']),
        loggedByService: 'Invited Users',
        targetResources: [userTarget(guest, [{ displayName: 'externalUserState', oldValue: 'PendingAcceptance', newValue: 'Accepted' }])],
      });
      context.reconcile(draft, { users: [guest.id] });
    },
  }),
};
