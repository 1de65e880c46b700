import type { AssignedLicense } from './user';

/** Graph's group, with the membership kept on the group as id lists. */
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
  readonly createdDateTime: string;
  readonly deletedDateTime: string | null;
  readonly assignedLicenses: readonly AssignedLicense[];
  readonly memberIds: readonly string[];
  readonly ownerIds: readonly string[];
}
