import type { ApplyContext } from '../../../command';
import { TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Group, Tenant } from '../../../model';
import { membershipRuleError } from '../rules/dynamic-membership';
import { groupAddressConflict, groupMailError } from '../rules/group-addresses';
import {
  descriptionError,
  displayNameError,
  groupKindOf,
  mailNicknameError,
  supportsDynamicMembership,
} from '../rules/group-types';
import { defaultDomain } from '../../../selectors';
import { membersError, ownersError, unique } from './group-common';

/**
 * A new group, shaped as Graph's POST /groups takes it. The Microsoft 365 admin center's wizards
 * send the same command for each kind: a Microsoft 365 group (`groupTypes: ['Unified']`), a
 * security group, a mail-enabled security group, a distribution list.
 */
export interface CreateGroup {
  readonly type: 'group.create';
  readonly displayName: string;
  readonly description?: string | null;
  readonly mailEnabled: boolean;
  readonly securityEnabled: boolean;
  readonly groupTypes?: readonly ('Unified' | 'DynamicMembership')[];
  /**
   * The alias: required for mail-enabled groups. A security group without one gets a generated
   * alias, as the Entra admin center gives it.
   */
  readonly mailNickname?: string;
  /** The domain of a mail-enabled group's email address; the tenant's default domain if omitted. */
  readonly mailDomain?: string;
  /** Microsoft 365 groups only; Public unless the group is role-assignable. */
  readonly visibility?: 'Public' | 'Private';
  readonly membershipRule?: string;
  readonly membershipRuleProcessingState?: 'On' | 'Paused';
  /** Settable at creation only ("Microsoft Entra roles can be assigned to the group"). */
  readonly isAssignableToRole?: boolean;
  /** Omitted: the signed-in admin owns a new Microsoft 365 group or distribution list, as in Graph. */
  readonly ownerIds?: readonly string[];
  readonly memberIds?: readonly string[];
  readonly allowExternalSenders?: boolean;
}

function addressOf(command: CreateGroup, fallbackDomain: string): string {
  return `${command.mailNickname}@${command.mailDomain ?? fallbackDomain}`;
}

export function createGroupError(tenant: Tenant, command: CreateGroup): TenantError | undefined {
  const groupTypes = command.groupTypes ?? [];
  const error = displayNameError(command.displayName) ?? descriptionError(command.description);
  if (error) return error;
  if (typeof command.mailEnabled !== 'boolean') return TENANT_ERRORS.requiredProperty('mailEnabled', 'Group');
  if (typeof command.securityEnabled !== 'boolean') return TENANT_ERRORS.requiredProperty('securityEnabled', 'Group');
  const kind = groupKindOf({ groupTypes, mailEnabled: command.mailEnabled, securityEnabled: command.securityEnabled });
  if (!kind) return TENANT_ERRORS.invalidProperty(groupTypes.includes('Unified') ? 'mailEnabled' : 'securityEnabled', 'Group');

  if (command.mailEnabled && command.mailNickname === undefined) return TENANT_ERRORS.requiredProperty('mailNickname', 'Group');
  if (command.mailNickname !== undefined) {
    const nicknameError = mailNicknameError(command.mailNickname);
    if (nicknameError) return nicknameError;
  }
  if (command.mailEnabled) {
    const mail = addressOf(command, defaultDomain(tenant)?.id ?? '');
    const mailError = groupMailError(tenant, mail) ?? groupAddressConflict(tenant, { mailNickname: command.mailNickname!, mail });
    if (mailError) return mailError;
  } else if (command.mailDomain !== undefined) {
    return TENANT_ERRORS.invalidProperty('mail', 'Group');
  }
  if (command.allowExternalSenders !== undefined && !command.mailEnabled) return TENANT_ERRORS.invalidProperty('allowExternalSenders', 'Group');

  if (command.visibility !== undefined) {
    if (kind !== 'microsoft365' || (command.visibility !== 'Public' && command.visibility !== 'Private')) return TENANT_ERRORS.invalidProperty('visibility', 'Group');
    if (command.isAssignableToRole && command.visibility === 'Public') return TENANT_ERRORS.invalidProperty('visibility', 'Group');
  }

  if (command.isAssignableToRole) {
    // Role-assignable groups are security principals with assigned membership: a security group
    // or a security-enabled Microsoft 365 group.
    if (!command.securityEnabled || (kind !== 'security' && kind !== 'microsoft365')) return TENANT_ERRORS.invalidProperty('isAssignableToRole', 'Group');
  }

  const dynamic = groupTypes.includes('DynamicMembership');
  if (dynamic) {
    if (!supportsDynamicMembership(kind)) {
      return DIRECTORY_ERRORS.dynamicNotForKind();
    }
    if (command.isAssignableToRole) {
      return DIRECTORY_ERRORS.dynamicNotRoleAssignable();
    }
    if (command.membershipRule === undefined) return TENANT_ERRORS.requiredProperty('membershipRule', 'Group');
    const ruleError = membershipRuleError(command.membershipRule, kind);
    if (ruleError) return ruleError;
    const state = command.membershipRuleProcessingState;
    if (state !== undefined && state !== 'On' && state !== 'Paused') return TENANT_ERRORS.invalidProperty('membershipRuleProcessingState', 'Group');
    if ((command.memberIds ?? []).length > 0) {
      return DIRECTORY_ERRORS.dynamicMembersAdded();
    }
  } else if (command.membershipRule !== undefined || command.membershipRuleProcessingState !== undefined) {
    return TENANT_ERRORS.invalidProperty('membershipRule', 'Group');
  }

  const ownerError = ownersError(tenant, unique(command.ownerIds ?? []), []);
  if (ownerError) return ownerError;
  return membersError(tenant, candidateGroup(command, kind === 'microsoft365'), unique(command.memberIds ?? []), []);
}

/** The group as it would be, for the nesting checks that need its kind before it exists. */
function candidateGroup(command: CreateGroup, isMicrosoft365: boolean): Group {
  return {
    id: '',
    displayName: command.displayName,
    description: null,
    mailNickname: command.mailNickname ?? '',
    mail: null,
    mailEnabled: command.mailEnabled,
    securityEnabled: command.securityEnabled,
    groupTypes: command.groupTypes ?? [],
    membershipRule: null,
    membershipRuleProcessingState: null,
    isAssignableToRole: command.isAssignableToRole === true,
    visibility: isMicrosoft365 ? 'Public' : null,
    allowExternalSenders: false,
    autoSubscribeNewMembers: false,
    createdDateTime: '',
    deletedDateTime: null,
    assignedLicenses: [],
    memberIds: [],
    ownerIds: [],
  };
}

export function newGroup(command: CreateGroup, context: ApplyContext, fallbackDomain: string): Group {
  const id = context.newId();
  const groupTypes = command.groupTypes ?? [];
  const kind = groupKindOf({ groupTypes, mailEnabled: command.mailEnabled, securityEnabled: command.securityEnabled });
  const dynamic = groupTypes.includes('DynamicMembership');
  // The Entra admin center gives a security group an alias like `1a2b3c4d-5`.
  const mailNickname = command.mailNickname ?? `${id.slice(0, 8)}-${id.slice(9, 10)}`;
  const actorOwns = context.actor.kind === 'user' && (kind === 'microsoft365' || kind === 'distribution' || kind === 'mailEnabledSecurity');
  return {
    id,
    displayName: command.displayName.trim(),
    description: command.description ?? null,
    mailNickname,
    mail: command.mailEnabled ? addressOf(command, fallbackDomain) : null,
    mailEnabled: command.mailEnabled,
    securityEnabled: command.securityEnabled,
    // Unified first, as Graph lists them.
    groupTypes: [...(groupTypes.includes('Unified') ? (['Unified'] as const) : []), ...(dynamic ? (['DynamicMembership'] as const) : [])],
    membershipRule: dynamic ? command.membershipRule! : null,
    membershipRuleProcessingState: dynamic ? (command.membershipRuleProcessingState ?? 'On') : null,
    isAssignableToRole: command.isAssignableToRole === true,
    visibility: kind === 'microsoft365' ? (command.visibility ?? (command.isAssignableToRole ? 'Private' : 'Public')) : null,
    allowExternalSenders: command.allowExternalSenders ?? false,
    autoSubscribeNewMembers: false,
    createdDateTime: context.now,
    deletedDateTime: null,
    assignedLicenses: [],
    memberIds: dynamic ? [] : unique(command.memberIds ?? []),
    ownerIds: command.ownerIds !== undefined ? unique(command.ownerIds) : actorOwns && context.actor.kind === 'user' ? [context.actor.userId] : [],
  };
}
