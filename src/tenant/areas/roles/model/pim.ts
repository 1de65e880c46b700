/**
 * Privileged Identity Management, shaped after Graph's roleManagement/directory resources:
 * eligibility schedules, activated assignment instances, activation requests and role
 * management policies (role settings).
 */

/** Graph's expirationPattern as PIM schedules use it. */
export type ScheduleExpiration =
  | { readonly type: 'noExpiration'; readonly endDateTime: null }
  | { readonly type: 'afterDateTime'; readonly endDateTime: string };

/** Graph's unifiedRoleEligibilitySchedule: the principal may activate the role at the scope. */
export interface RoleEligibilitySchedule {
  readonly id: string;
  /** A user, or a role-assignable group whose direct members each become eligible. */
  readonly principalId: string;
  readonly roleDefinitionId: string;
  readonly directoryScopeId: string;
  readonly memberType: 'Direct';
  readonly status: 'Provisioned';
  readonly scheduleInfo: { readonly startDateTime: string; readonly expiration: ScheduleExpiration };
  readonly createdDateTime: string;
  /**
   * Graph keeps the justification on the request that created the schedule; the sandbox keeps
   * requests only for activations, so the admin's reason lives here.
   */
  readonly justification: string | null;
}

/**
 * Graph's unifiedRoleAssignmentScheduleInstance for an activation: a time-bound active assignment
 * that grants the role until `endDateTime`. Standing (permanent) assignments are role assignments.
 */
export interface RoleAssignmentScheduleInstance {
  readonly id: string;
  /** Always the user who activated, also when the eligibility came through a group. */
  readonly principalId: string;
  readonly roleDefinitionId: string;
  readonly directoryScopeId: string;
  readonly assignmentType: 'Activated';
  /** `Group` when the user was eligible as a member of an eligible role-assignable group. */
  readonly memberType: 'Direct' | 'Group';
  /** The eligibility schedule the activation came from (Graph's roleAssignmentOriginId). */
  readonly roleAssignmentOriginId: string;
  /** The request that created it. */
  readonly roleAssignmentScheduleId: string;
  readonly startDateTime: string;
  readonly endDateTime: string;
}

export type RoleAssignmentScheduleRequestStatus = 'PendingApproval' | 'Provisioned' | 'Denied' | 'Revoked';

export interface TicketInfo {
  readonly ticketNumber: string;
  readonly ticketSystem: string | null;
}

/** An approver's decision on a request (Graph's approvalStage, flattened). */
export interface ApprovalDecision {
  readonly reviewResult: 'Approve' | 'Deny';
  readonly reviewedBy: { readonly id: string; readonly displayName: string };
  readonly reviewedDateTime: string;
  readonly justification: string;
}

/** Graph's unifiedRoleAssignmentScheduleRequest for a user's own activation or deactivation. */
export interface RoleAssignmentScheduleRequest {
  readonly id: string;
  readonly action: 'selfActivate' | 'selfDeactivate';
  readonly principalId: string;
  readonly roleDefinitionId: string;
  readonly directoryScopeId: string;
  readonly justification: string | null;
  readonly ticketInfo: TicketInfo | null;
  /** How long the activation asks for, as an ISO 8601 duration (`PT8H`); null for deactivations. */
  readonly duration: string | null;
  readonly status: RoleAssignmentScheduleRequestStatus;
  readonly createdDateTime: string;
  readonly completedDateTime: string | null;
  readonly approval: ApprovalDecision | null;
}

/** What must accompany an activation (Graph's Enablement_EndUser_Assignment enabled rules). */
export type ActivationRequirement = 'Justification' | 'Ticketing';

/** Graph's unifiedRoleManagementPolicyExpirationRule. */
export interface ExpirationRule {
  readonly isExpirationRequired: boolean;
  /** ISO 8601 duration, e.g. `P365D`. */
  readonly maximumDuration: string;
}

/**
 * Graph's unifiedRoleManagementPolicy for one directory role, with its rules flattened into the
 * settings the Entra "Edit role setting" pane shows. A role without one here uses the defaults.
 */
export interface RoleManagementPolicy {
  /** `DirectoryRole_<tenant id>_<role definition id>`. */
  readonly id: string;
  readonly scopeId: '/';
  readonly scopeType: 'DirectoryRole';
  readonly roleDefinitionId: string;
  readonly lastModifiedDateTime: string;
  readonly lastModifiedBy: { readonly id: string; readonly displayName: string };
  /** Expiration_EndUser_Assignment: the longest activation, `PT1H` to `PT24H`. */
  readonly activationMaximumDuration: string;
  /** Enablement_EndUser_Assignment. */
  readonly activationRequirements: readonly ActivationRequirement[];
  /** Approval_EndUser_Assignment: Privileged Role Administrators and Global Administrators approve. */
  readonly isApprovalRequired: boolean;
  /** Expiration_Admin_Eligibility. */
  readonly eligibleAssignmentExpiration: ExpirationRule;
  /** Expiration_Admin_Assignment. */
  readonly activeAssignmentExpiration: ExpirationRule;
}
