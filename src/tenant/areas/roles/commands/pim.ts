import type { Draft } from 'immer';
import { roleTemplateById } from '../../../catalog';
import { addMilliseconds, compareInstants, isValidInstant, parseDuration } from '../../../clock';
import { getById, putEntity, removeEntity } from '../../../collection';
import { defineCommand, type ApplyContext, type CommandContext } from '../../../command';
import { notFound, type TenantError } from '../../../errors';
import type {
  ActivationRequirement,
  ExpirationRule,
  ModifiedProperty,
  RoleAssignmentScheduleInstance,
  RoleAssignmentScheduleRequest,
  RoleEligibilitySchedule,
  ScheduleExpiration,
  Tenant,
} from '../../../model';
import { cancelProcessesFor } from '../../../schedule';
import {
  activationMaximumHours,
  entraIdP2Error,
  roleManagementPolicyId,
  roleSettingsOf,
  type RoleSettings,
} from '../rules/pim-policy';
import { PIM_INITIATOR, principalTarget, roleTarget, scheduleActivationEnd, scheduleEligibilityEnd } from '../rules/pim-schedules';
import { activationsOf, eligibilitiesOf, eligibleRolesOf, pendingActivationRequests, roleAssignmentsOf, type EligibleRole } from '../rules/role-holders';
import { roleScopeError, TENANT_SCOPE } from '../rules/role-scope';
import { committedState, rolePrincipalError } from './roles';
import { activityFields } from '../../../describe';
import { ROLE_ACTIVITIES } from '../activities';
import { ROLE_ERRORS } from '../errors';

/** Make a user or role-assignable group eligible for a role: they must activate it before use. */
export interface AssignEligibleRole {
  readonly type: 'pim.assignEligible';
  readonly principalId: string;
  readonly roleDefinitionId: string;
  readonly directoryScopeId?: string;
  readonly justification?: string;
  /** When eligibility ends; omit for a permanent eligibility where the role settings allow it. */
  readonly expiresDateTime?: string;
  /** "Permanently eligible". With neither this nor an end date, the role settings decide. */
  readonly permanent?: boolean;
}

export type RemoveEligibleRole = { readonly type: 'pim.removeEligible' } & (
  | { readonly eligibilityId: string }
  | { readonly principalId: string; readonly roleDefinitionId: string; readonly directoryScopeId?: string }
);

/** The signed-in admin activates one of their eligible roles for a while ("My roles" > "Activate"). */
export interface ActivateRole {
  readonly type: 'pim.activate';
  readonly roleDefinitionId: string;
  readonly directoryScopeId?: string;
  readonly justification?: string;
  readonly ticketNumber?: string;
  readonly ticketSystem?: string;
  /** 1 up to the role's activation maximum, in half hours; 8 (or the maximum if lower) by default. */
  readonly durationHours?: number;
}

/** The signed-in admin ends one of their activations early. */
export interface DeactivateRole {
  readonly type: 'pim.deactivate';
  readonly roleDefinitionId: string;
  readonly directoryScopeId?: string;
}

export interface ApproveActivation {
  readonly type: 'pim.approve';
  readonly requestId: string;
  readonly justification: string;
}

export interface DenyActivation {
  readonly type: 'pim.deny';
  readonly requestId: string;
  readonly justification: string;
}

/** The expiry choices of the role settings' Assignment tab: 15 days, 1 month, 3 months, 6 months, 1 year. */
export const ASSIGNMENT_EXPIRY_CHOICES = ['P15D', 'P30D', 'P90D', 'P180D', 'P365D'] as const;

export interface AssignmentExpirySetting {
  /** "Allow permanent eligible/active assignment"; when false, assignments expire. */
  readonly allowPermanent: boolean;
  /** "Expire ... assignments after"; kept as it was when omitted. */
  readonly expireAfter?: (typeof ASSIGNMENT_EXPIRY_CHOICES)[number];
}

/** "Edit role setting - <role>": the Activation and Assignment tabs. */
export interface UpdateRoleSettings {
  readonly type: 'pim.updateRoleSettings';
  readonly roleDefinitionId: string;
  readonly maximumActivationHours?: number;
  readonly requireJustification?: boolean;
  readonly requireTicketInfo?: boolean;
  readonly requireApproval?: boolean;
  readonly eligibleAssignmentExpiration?: AssignmentExpirySetting;
  readonly activeAssignmentExpiration?: AssignmentExpirySetting;
}

/**
 * PIM management is role management: Privileged Role Administrators and Global Administrators
 * hold this action. (The role data grants Global Administrators only PIM's read action, yet Entra
 * lets them manage PIM, so the PIM action itself would lock them out.)
 */
const MANAGE_ROLE_ASSIGNMENTS = 'microsoft.directory/roleAssignments/allProperties/allTasks';

const JUSTIFICATION_MAX_LENGTH = 500;
/** PIM refuses to end an activation in its first five minutes. */
const MINIMUM_ACTIVE_MS = 5 * 60_000;
const DEFAULT_ACTIVATION_HOURS = 8;

function signedInUser(tenant: Tenant, context: CommandContext): string | TenantError {
  const user = context.actor.kind === 'user' ? getById(tenant.directory.users, context.actor.userId) : undefined;
  if (!user || !user.accountEnabled) {
    return ROLE_ERRORS.signedInUserOnly();
  }
  return user.id;
}

function isError(value: unknown): value is TenantError {
  return typeof value === 'object' && value !== null && 'code' in value && 'graphCode' in value;
}

function sameRole(roleDefinitionId: string, directoryScopeId: string) {
  return (entry: { readonly roleDefinitionId: string; readonly directoryScopeId: string }) =>
    entry.roleDefinitionId === roleDefinitionId && entry.directoryScopeId === directoryScopeId;
}

/** The eligibility an activation would use: the user's own first, else one through a group. */
function eligibilityFor(tenant: Tenant, userId: string, roleDefinitionId: string, directoryScopeId: string): EligibleRole | undefined {
  const matching = eligibleRolesOf(tenant, userId).filter((entry) => sameRole(roleDefinitionId, directoryScopeId)(entry.eligibility));
  return matching.find((entry) => entry.memberType === 'Direct') ?? matching[0];
}

function findEligibility(tenant: Tenant, command: RemoveEligibleRole): RoleEligibilitySchedule | undefined {
  if ('eligibilityId' in command) return getById(tenant.roles.roleEligibilitySchedules, command.eligibilityId);
  return eligibilitiesOf(tenant, command.principalId).find(sameRole(command.roleDefinitionId, command.directoryScopeId ?? TENANT_SCOPE));
}

function justificationError(justification: string | undefined, target = 'justification'): TenantError | undefined {
  if (justification !== undefined && justification.length > JUSTIFICATION_MAX_LENGTH) {
    return ROLE_ERRORS.justificationTooLong(JUSTIFICATION_MAX_LENGTH, target);
  }
  return undefined;
}

function maximumEnd(now: string, rule: ExpirationRule): string {
  return addMilliseconds(now, parseDuration(rule.maximumDuration)!);
}

function eligibilityExpirationError(tenant: Tenant, command: AssignEligibleRole, now: string): TenantError | undefined {
  const rule = roleSettingsOf(tenant, command.roleDefinitionId).eligibleAssignmentExpiration;
  if (command.expiresDateTime === undefined) {
    return command.permanent && rule.isExpirationRequired ? ROLE_ERRORS.policyValidationFailed(['ExpirationRule'], 'permanent') : undefined;
  }
  if (command.permanent) {
    return ROLE_ERRORS.permanentAndEndDate();
  }
  if (!isValidInstant(command.expiresDateTime)) {
    return ROLE_ERRORS.invalidEndDate();
  }
  if (compareInstants(command.expiresDateTime, now) <= 0) {
    return ROLE_ERRORS.endBeforeStart();
  }
  if (rule.isExpirationRequired && compareInstants(command.expiresDateTime, maximumEnd(now, rule)) > 0) {
    return ROLE_ERRORS.policyValidationFailed(['ExpirationRule'], 'expiresDateTime');
  }
  return undefined;
}

function eligibilityExpiration(settings: RoleSettings, command: AssignEligibleRole, now: string): ScheduleExpiration {
  if (command.expiresDateTime !== undefined) return { type: 'afterDateTime', endDateTime: command.expiresDateTime };
  const rule = settings.eligibleAssignmentExpiration;
  return !command.permanent && rule.isExpirationRequired
    ? { type: 'afterDateTime', endDateTime: maximumEnd(now, rule) }
    : { type: 'noExpiration', endDateTime: null };
}

function activationHours(settings: RoleSettings, requested: number | undefined): number {
  return requested ?? Math.min(DEFAULT_ACTIVATION_HOURS, activationMaximumHours(settings));
}

/** `PT8H`, or `PT1H30M` for a half hour. */
function hoursToDuration(hours: number): string {
  const whole = Math.floor(hours);
  return `PT${whole}H${hours > whole ? '30M' : ''}`;
}

function expiryLabel(expiration: ScheduleExpiration): 'permanent' | 'timebound' {
  return expiration.type === 'noExpiration' ? 'permanent' : 'timebound';
}

/**
 * Puts an activation in force: a time-bound active assignment that counts until its end (never
 * past the eligibility's own end), with its end scheduled on the simulated clock.
 */
function provisionActivation(
  draft: Draft<Tenant>,
  request: RoleAssignmentScheduleRequest,
  eligible: EligibleRole,
  context: ApplyContext,
  completedBy: 'requestor' | 'PIM',
): void {
  let endDateTime = addMilliseconds(context.now, parseDuration(request.duration!)!);
  const eligibilityEnd = eligible.eligibility.scheduleInfo.expiration.endDateTime;
  if (eligibilityEnd !== null && compareInstants(eligibilityEnd, endDateTime) < 0) endDateTime = eligibilityEnd;
  const instance: RoleAssignmentScheduleInstance = {
    id: context.newId(),
    principalId: request.principalId,
    roleDefinitionId: request.roleDefinitionId,
    directoryScopeId: request.directoryScopeId,
    assignmentType: 'Activated',
    memberType: eligible.memberType,
    roleAssignmentOriginId: eligible.eligibility.id,
    roleAssignmentScheduleId: request.id,
    startDateTime: context.now,
    endDateTime,
  };
  putEntity(draft.roles.roleAssignmentScheduleInstances, instance);
  scheduleActivationEnd(draft, instance, context);
  const targets = [principalTarget(draft, instance.principalId), roleTarget(instance.roleDefinitionId)];
  context.record({
    ...(completedBy === 'PIM' ? { initiatedBy: PIM_INITIATOR } : {}),
    ...activityFields(ROLE_ACTIVITIES['Add member to role completed (PIM activation)']),
    loggedByService: 'PIM',
    targetResources: targets,
  });
  context.record({
    initiatedBy: PIM_INITIATOR,
    ...activityFields(ROLE_ACTIVITIES['Add member to role']),
    loggedByService: 'Core Directory',
    targetResources: targets,
  });
}

function pendingRequestError(tenant: Tenant, requestId: string, context: CommandContext): RoleAssignmentScheduleRequest | TenantError {
  const request = getById(tenant.roles.roleAssignmentScheduleRequests, requestId);
  if (!request) return notFound('roleAssignmentScheduleRequest', requestId);
  if (request.status !== 'PendingApproval') {
    return ROLE_ERRORS.requestNotPending();
  }
  if (context.actor.kind === 'user' && context.actor.userId === request.principalId) {
    return ROLE_ERRORS.selfApproval();
  }
  return request;
}

function decisionError(tenant: Tenant, command: ApproveActivation | DenyActivation, context: CommandContext): TenantError | undefined {
  const licenseError = entraIdP2Error(tenant);
  if (licenseError) return licenseError;
  const request = pendingRequestError(tenant, command.requestId, context);
  if (isError(request)) return request;
  if (!command.justification?.trim()) return ROLE_ERRORS.justificationRequired();
  return justificationError(command.justification);
}

function decide(draft: Draft<Tenant>, command: ApproveActivation | DenyActivation, context: ApplyContext): RoleAssignmentScheduleRequest {
  const request = getById(draft.roles.roleAssignmentScheduleRequests, command.requestId)!;
  const approver = context.actor.kind === 'user' ? getById(draft.directory.users, context.actor.userId) : undefined;
  const approved = command.type === 'pim.approve';
  request.status = approved ? 'Provisioned' : 'Denied';
  request.completedDateTime = context.now;
  request.approval = {
    reviewResult: approved ? 'Approve' : 'Deny',
    reviewedBy: { id: approver?.id ?? '', displayName: approver?.displayName ?? '' },
    reviewedDateTime: context.now,
    justification: command.justification.trim(),
  };
  context.record({
    ...activityFields(ROLE_ACTIVITIES[`Add member to role request ${approved ? 'approved' : 'denied'} (PIM activation)` as const]),
    loggedByService: 'PIM',
    targetResources: [principalTarget(draft, request.principalId), roleTarget(request.roleDefinitionId)],
  });
  return request;
}

function expiryRuleError(setting: AssignmentExpirySetting | undefined, target: string): TenantError | undefined {
  if (setting?.expireAfter === undefined || (ASSIGNMENT_EXPIRY_CHOICES as readonly string[]).includes(setting.expireAfter)) return undefined;
  return ROLE_ERRORS.invalidExpiryChoice(target);
}

function nextExpiryRule(current: ExpirationRule, setting: AssignmentExpirySetting | undefined): ExpirationRule {
  if (!setting) return current;
  return { isExpirationRequired: !setting.allowPermanent, maximumDuration: setting.expireAfter ?? current.maximumDuration };
}

function nextRequirements(current: readonly ActivationRequirement[], command: UpdateRoleSettings): ActivationRequirement[] {
  const wanted = (requirement: ActivationRequirement, setting: boolean | undefined) => setting ?? current.includes(requirement);
  return (['Justification', 'Ticketing'] as const).filter((requirement) =>
    wanted(requirement, requirement === 'Justification' ? command.requireJustification : command.requireTicketInfo),
  );
}

function settingChanges(before: RoleSettings, after: RoleSettings): ModifiedProperty[] {
  const changes: ModifiedProperty[] = [];
  const compare = (displayName: string, oldValue: unknown, newValue: unknown) => {
    const [from, to] = [JSON.stringify(oldValue), JSON.stringify(newValue)];
    if (from !== to) changes.push({ displayName, oldValue: from, newValue: to });
  };
  compare('Expiration_EndUser_Assignment', before.activationMaximumDuration, after.activationMaximumDuration);
  compare('Enablement_EndUser_Assignment', before.activationRequirements, after.activationRequirements);
  compare('Approval_EndUser_Assignment', before.isApprovalRequired, after.isApprovalRequired);
  compare('Expiration_Admin_Eligibility', before.eligibleAssignmentExpiration, after.eligibleAssignmentExpiration);
  compare('Expiration_Admin_Assignment', before.activeAssignmentExpiration, after.activeAssignmentExpiration);
  return changes;
}

export const pimCommands = {
  'pim.assignEligible': defineCommand<AssignEligibleRole>({
    permission: MANAGE_ROLE_ASSIGNMENTS,
    activity: ROLE_ACTIVITIES['Add eligible member to role'],
    validate(tenant, command, context) {
      const scope = command.directoryScopeId ?? TENANT_SCOPE;
      const error =
        entraIdP2Error(tenant) ??
        rolePrincipalError(tenant, command.principalId) ??
        roleScopeError(tenant, command.roleDefinitionId, scope) ??
        justificationError(command.justification);
      if (error) return error;
      if (eligibilitiesOf(tenant, command.principalId).some(sameRole(command.roleDefinitionId, scope))) {
        return ROLE_ERRORS.assignmentExists();
      }
      return eligibilityExpirationError(tenant, command, context.now);
    },
    apply(draft, command, context) {
      const settings = roleSettingsOf(committedState(draft), command.roleDefinitionId);
      const eligibility: RoleEligibilitySchedule = {
        id: context.newId(),
        principalId: command.principalId,
        roleDefinitionId: command.roleDefinitionId,
        directoryScopeId: command.directoryScopeId ?? TENANT_SCOPE,
        memberType: 'Direct',
        status: 'Provisioned',
        scheduleInfo: { startDateTime: context.now, expiration: eligibilityExpiration(settings, command, context.now) },
        createdDateTime: context.now,
        justification: command.justification?.trim() || null,
      };
      putEntity(draft.roles.roleEligibilitySchedules, eligibility);
      scheduleEligibilityEnd(draft, eligibility, context);
      const targets = [principalTarget(draft, eligibility.principalId), roleTarget(eligibility.roleDefinitionId)];
      context.record({
        ...activityFields(ROLE_ACTIVITIES[`Add eligible member to role in PIM completed (${expiryLabel(eligibility.scheduleInfo.expiration)})` as const]),
        loggedByService: 'PIM',
        targetResources: targets,
      });
      return targets;
    },
  }),

  'pim.removeEligible': defineCommand<RemoveEligibleRole>({
    permission: MANAGE_ROLE_ASSIGNMENTS,
    activity: ROLE_ACTIVITIES['Remove eligible member from role'],
    validate(tenant, command) {
      const licenseError = entraIdP2Error(tenant);
      if (licenseError) return licenseError;
      return findEligibility(tenant, command) ? undefined : ROLE_ERRORS.assignmentDoesNotExist();
    },
    apply(draft, command, context) {
      const eligibility = findEligibility(committedState(draft), command)!;
      // Activations already made from it run to their own end, as Graph keeps them as separate
      // schedules; an admin removes those under Active assignments.
      removeEntity(draft.roles.roleEligibilitySchedules, eligibility.id);
      cancelProcessesFor(draft, eligibility.id);
      const targets = [principalTarget(draft, eligibility.principalId), roleTarget(eligibility.roleDefinitionId)];
      context.record({
        ...activityFields(ROLE_ACTIVITIES[`Remove eligible member from role in PIM completed (${expiryLabel(eligibility.scheduleInfo.expiration)})` as const]),
        loggedByService: 'PIM',
        targetResources: targets,
      });
      return targets;
    },
  }),

  'pim.activate': defineCommand<ActivateRole>({
    // Any signed-in user may activate what they are eligible for; validation checks eligibility.
    permission: null,
    activity: null,
    validate(tenant, command, context) {
      const userId = signedInUser(tenant, context);
      if (isError(userId)) return userId;
      const scope = command.directoryScopeId ?? TENANT_SCOPE;
      const licenseError = entraIdP2Error(tenant);
      if (licenseError) return licenseError;
      if (!eligibilityFor(tenant, userId, command.roleDefinitionId, scope)) {
        return ROLE_ERRORS.assignmentDoesNotExist();
      }
      const sameAssignment = sameRole(command.roleDefinitionId, scope);
      if (activationsOf(tenant, userId).some(sameAssignment) || roleAssignmentsOf(tenant, userId).some(sameAssignment)) {
        return ROLE_ERRORS.assignmentExists();
      }
      if (pendingActivationRequests(tenant, userId).some(sameAssignment)) {
        return ROLE_ERRORS.pendingRequest();
      }
      const settings = roleSettingsOf(tenant, command.roleDefinitionId);
      const hours = activationHours(settings, command.durationHours);
      if (!Number.isFinite(hours) || hours < 1 || !Number.isInteger(hours * 2)) {
        return ROLE_ERRORS.invalidActivationDuration();
      }
      const error = justificationError(command.justification);
      if (error) return error;
      const failed: string[] = [];
      if (settings.activationRequirements.includes('Justification') && !command.justification?.trim()) failed.push('JustificationRule');
      if (settings.activationRequirements.includes('Ticketing') && !command.ticketNumber?.trim()) failed.push('TicketingRule');
      if (hours > activationMaximumHours(settings)) failed.push('ExpirationRule');
      return failed.length > 0 ? ROLE_ERRORS.policyValidationFailed(failed) : undefined;
    },
    apply(draft, command, context) {
      const tenant = committedState(draft);
      const userId = (context.actor as { readonly userId: string }).userId;
      const scope = command.directoryScopeId ?? TENANT_SCOPE;
      const settings = roleSettingsOf(tenant, command.roleDefinitionId);
      const request: RoleAssignmentScheduleRequest = {
        id: context.newId(),
        action: 'selfActivate',
        principalId: userId,
        roleDefinitionId: command.roleDefinitionId,
        directoryScopeId: scope,
        justification: command.justification?.trim() || null,
        ticketInfo: command.ticketNumber?.trim() ? { ticketNumber: command.ticketNumber.trim(), ticketSystem: command.ticketSystem?.trim() || null } : null,
        duration: hoursToDuration(activationHours(settings, command.durationHours)),
        status: settings.isApprovalRequired ? 'PendingApproval' : 'Provisioned',
        createdDateTime: context.now,
        completedDateTime: settings.isApprovalRequired ? null : context.now,
        approval: null,
      };
      putEntity(draft.roles.roleAssignmentScheduleRequests, request);
      if (settings.isApprovalRequired) {
        context.record({
          ...activityFields(ROLE_ACTIVITIES['Add member to role approval requested (PIM activation)']),
          loggedByService: 'PIM',
          targetResources: [principalTarget(draft, userId), roleTarget(command.roleDefinitionId)],
        });
        return;
      }
      provisionActivation(draft, request, eligibilityFor(tenant, userId, command.roleDefinitionId, scope)!, context, 'requestor');
    },
  }),

  'pim.deactivate': defineCommand<DeactivateRole>({
    permission: null,
    activity: null,
    validate(tenant, command, context) {
      const userId = signedInUser(tenant, context);
      if (isError(userId)) return userId;
      const licenseError = entraIdP2Error(tenant);
      if (licenseError) return licenseError;
      const instance = activationsOf(tenant, userId).find(sameRole(command.roleDefinitionId, command.directoryScopeId ?? TENANT_SCOPE));
      if (!instance) return ROLE_ERRORS.assignmentDoesNotExist();
      if (compareInstants(context.now, instance.startDateTime) < MINIMUM_ACTIVE_MS) {
        return ROLE_ERRORS.activeDurationTooShort();
      }
      return undefined;
    },
    apply(draft, command, context) {
      const userId = (context.actor as { readonly userId: string }).userId;
      const scope = command.directoryScopeId ?? TENANT_SCOPE;
      const instance = activationsOf(committedState(draft), userId).find(sameRole(command.roleDefinitionId, scope))!;
      removeEntity(draft.roles.roleAssignmentScheduleInstances, instance.id);
      cancelProcessesFor(draft, instance.id);
      putEntity(draft.roles.roleAssignmentScheduleRequests, {
        id: context.newId(),
        action: 'selfDeactivate',
        principalId: userId,
        roleDefinitionId: instance.roleDefinitionId,
        directoryScopeId: scope,
        justification: null,
        ticketInfo: null,
        duration: null,
        status: 'Revoked',
        createdDateTime: context.now,
        completedDateTime: context.now,
        approval: null,
      });
      const targets = [principalTarget(draft, userId), roleTarget(instance.roleDefinitionId)];
      context.record({
        ...activityFields(ROLE_ACTIVITIES['Remove member from role completed (PIM deactivate)']),
        loggedByService: 'PIM',
        targetResources: targets,
      });
      context.record({
        initiatedBy: PIM_INITIATOR,
        ...activityFields(ROLE_ACTIVITIES['Remove member from role']),
        loggedByService: 'Core Directory',
        targetResources: targets,
      });
    },
  }),

  'pim.approve': defineCommand<ApproveActivation>({
    // With no approvers picked, Privileged Role Administrators and Global Administrators approve.
    permission: MANAGE_ROLE_ASSIGNMENTS,
    activity: null,
    validate(tenant, command, context) {
      const error = decisionError(tenant, command, context);
      if (error) return error;
      const request = getById(tenant.roles.roleAssignmentScheduleRequests, command.requestId)!;
      if (!eligibilityFor(tenant, request.principalId, request.roleDefinitionId, request.directoryScopeId)) {
        return ROLE_ERRORS.assignmentDoesNotExist();
      }
      return undefined;
    },
    apply(draft, command, context) {
      const request = decide(draft, command, context);
      const eligible = eligibilityFor(committedState(draft), request.principalId, request.roleDefinitionId, request.directoryScopeId)!;
      provisionActivation(draft, request, eligible, context, 'PIM');
    },
  }),

  'pim.deny': defineCommand<DenyActivation>({
    permission: MANAGE_ROLE_ASSIGNMENTS,
    activity: null,
    validate: decisionError,
    apply(draft, command, context) {
      decide(draft, command, context);
    },
  }),

  'pim.updateRoleSettings': defineCommand<UpdateRoleSettings>({
    permission: MANAGE_ROLE_ASSIGNMENTS,
    activity: null,
    validate(tenant, command) {
      const licenseError = entraIdP2Error(tenant);
      if (licenseError) return licenseError;
      if (!roleTemplateById(command.roleDefinitionId)) return notFound('roleDefinition', command.roleDefinitionId);
      const hours = command.maximumActivationHours;
      if (hours !== undefined && (!Number.isInteger(hours) || hours < 1 || hours > 24)) {
        return ROLE_ERRORS.invalidMaximumActivation();
      }
      return (
        expiryRuleError(command.eligibleAssignmentExpiration, 'eligibleAssignmentExpiration') ??
        expiryRuleError(command.activeAssignmentExpiration, 'activeAssignmentExpiration')
      );
    },
    apply(draft, command, context) {
      const tenant = committedState(draft);
      const before = roleSettingsOf(tenant, command.roleDefinitionId);
      const after: RoleSettings = {
        activationMaximumDuration:
          command.maximumActivationHours === undefined ? before.activationMaximumDuration : hoursToDuration(command.maximumActivationHours),
        activationRequirements: nextRequirements(before.activationRequirements, command),
        isApprovalRequired: command.requireApproval ?? before.isApprovalRequired,
        eligibleAssignmentExpiration: nextExpiryRule(before.eligibleAssignmentExpiration, command.eligibleAssignmentExpiration),
        activeAssignmentExpiration: nextExpiryRule(before.activeAssignmentExpiration, command.activeAssignmentExpiration),
      };
      const editor = context.actor.kind === 'user' ? getById(tenant.directory.users, context.actor.userId) : undefined;
      putEntity(draft.roles.roleManagementPolicies, {
        id: roleManagementPolicyId(tenant, command.roleDefinitionId),
        scopeId: '/',
        scopeType: 'DirectoryRole',
        roleDefinitionId: command.roleDefinitionId,
        lastModifiedDateTime: context.now,
        lastModifiedBy: { id: editor?.id ?? '', displayName: editor?.displayName ?? 'Microsoft Entra ID' },
        ...after,
      });
      context.record({
        ...activityFields(ROLE_ACTIVITIES['Update role setting in PIM']),
        loggedByService: 'PIM',
        targetResources: [{ ...roleTarget(command.roleDefinitionId), modifiedProperties: settingChanges(before, after) }],
      });
    },
  }),
};
