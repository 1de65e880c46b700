import type { AssignedLicense } from './user';

/**
 * Graph's group, with the membership kept on the group as id lists. `memberIds` and `ownerIds`
 * are replaced whole, never edited in place (see `rules/group-membership.ts`), so a large
 * dynamic group costs one array copy per change, not one Immer patch per shifted element.
 */
export interface Group {
  readonly id: string;
  readonly displayName: string;
  readonly description: string | null;
  readonly mailNickname: string;
  readonly mail: string | null;
  readonly mailEnabled: boolean;
  readonly securityEnabled: boolean;
  /** `Unified` for Microsoft 365 groups; `DynamicMembership` when a rule decides the members. */
  readonly groupTypes: readonly ('Unified' | 'DynamicMembership')[];
  readonly membershipRule: string | null;
  readonly membershipRuleProcessingState: 'On' | 'Paused' | null;
  readonly isAssignableToRole: boolean;
  readonly visibility: 'Public' | 'Private' | null;
  /** "Let people outside the organization email this group" (mail-enabled groups). */
  readonly allowExternalSenders: boolean;
  /** "Send copies of group conversations and events to group members" (Microsoft 365 groups). */
  readonly autoSubscribeNewMembers: boolean;
  readonly createdDateTime: string;
  readonly deletedDateTime: string | null;
  readonly assignedLicenses: readonly AssignedLicense[];
  /** Users, groups and contacts, by id. */
  readonly memberIds: readonly string[];
  /** Users, by id. */
  readonly ownerIds: readonly string[];
  /** Set by Entra Connect on synced groups (Graph's names); absent on cloud groups. */
  readonly onPremisesSyncEnabled?: boolean;
  readonly onPremisesLastSyncDateTime?: string;
  readonly onPremisesSamAccountName?: string;
}

/**
 * The direct memberships and ownerships a soft-deleted object held when it was deleted. Entra
 * keeps a deleted object's links, so restoring it puts it back in its groups; the sandbox keeps
 * them here, keyed by the deleted object's id, until it is restored or purged. Memberships a
 * dynamic rule gave are not kept: a restored user is evaluated against the rules again.
 */
export interface DeletedMemberships {
  readonly id: string;
  readonly memberOf: readonly string[];
  readonly ownerOf: readonly string[];
}
