import type { Actor } from '../../../actor';
import { getById, putEntity, removeEntity, toArray } from '../../../collection';
import { defineCommand } from '../../../command';
import { notFound } from '../../../errors';
import type { ModifiedProperty, TargetResource, Tenant } from '../../../model';
import { ACCESS_ACTIVITIES } from '../activities';
import { ACCESS_ERRORS } from '../errors';
import type { ConditionalAccessPolicy, ConditionalAccessPolicyInput } from '../model/policy';
import { policyInputError, risksLockout } from '../rules/policy-input';

export interface CreateConditionalAccessPolicy {
  readonly type: 'conditionalAccess.createPolicy';
  readonly policy: ConditionalAccessPolicyInput;
  /** The admin saw the lockout warning and chose to save anyway. */
  readonly acknowledgeLockoutWarning?: boolean;
}

export interface UpdateConditionalAccessPolicy {
  readonly type: 'conditionalAccess.updatePolicy';
  readonly policyId: string;
  readonly policy: ConditionalAccessPolicyInput;
  readonly acknowledgeLockoutWarning?: boolean;
}

/** Turns a policy On, Off or Report-only without opening the editor. */
export interface SetConditionalAccessPolicyState {
  readonly type: 'conditionalAccess.setPolicyState';
  readonly policyId: string;
  readonly state: ConditionalAccessPolicy['state'];
  readonly acknowledgeLockoutWarning?: boolean;
}

export interface DeleteConditionalAccessPolicy {
  readonly type: 'conditionalAccess.deletePolicy';
  readonly policyId: string;
}

/** Conditional Access Administrator and Security Administrator hold these (Global Administrator too). */
const CREATE = 'microsoft.directory/conditionalAccessPolicies/create';
const UPDATE = 'microsoft.directory/conditionalAccessPolicies/basic/update';
const DELETE = 'microsoft.directory/conditionalAccessPolicies/delete';

function policyTarget(policy: ConditionalAccessPolicy, modifiedProperties: readonly ModifiedProperty[] = []): TargetResource {
  return { id: policy.id, displayName: policy.displayName, type: 'Policy', modifiedProperties };
}

/** The audit record's modified property: the policy as JSON, before and after, as Entra logs it. */
function policyJson(policy: ConditionalAccessPolicy | null): string | null {
  return policy === null ? null : JSON.stringify(policy);
}

function savingError(tenant: Tenant, policy: ConditionalAccessPolicyInput, acknowledged: boolean | undefined, actor: Actor) {
  const inputError = policyInputError(tenant, policy);
  if (inputError) return inputError;
  // Report-only and Off still save: only enforcing a policy competes with security defaults.
  if (policy.state === 'enabled' && tenant.access.securityDefaultsEnabled) return ACCESS_ERRORS.securityDefaultsEnabled();
  if (!acknowledged && risksLockout(tenant, policy, actor)) return ACCESS_ERRORS.lockoutRisk();
  return undefined;
}

export const conditionalAccessCommands = {
  'conditionalAccess.createPolicy': defineCommand<CreateConditionalAccessPolicy>({
    permission: CREATE,
    activity: ACCESS_ACTIVITIES['Add conditional access policy'],
    validate: (tenant, command, context) => savingError(tenant, command.policy, command.acknowledgeLockoutWarning, context.actor),
    apply(draft, command, context) {
      const policy: ConditionalAccessPolicy = { ...command.policy, displayName: command.policy.displayName.trim(), id: context.newId(), createdDateTime: context.now, modifiedDateTime: null };
      putEntity(draft.access.conditionalAccessPolicies, policy);
      return [policyTarget(policy, [{ displayName: 'ConditionalAccessPolicy', oldValue: null, newValue: policyJson(policy) }])];
    },
  }),

  'conditionalAccess.updatePolicy': defineCommand<UpdateConditionalAccessPolicy>({
    permission: UPDATE,
    activity: ACCESS_ACTIVITIES['Update conditional access policy'],
    validate(tenant, command, context) {
      if (!getById(tenant.access.conditionalAccessPolicies, command.policyId)) return notFound('conditionalAccessPolicy', command.policyId);
      return savingError(tenant, command.policy, command.acknowledgeLockoutWarning, context.actor);
    },
    apply(draft, command, context) {
      const before = getById(draft.access.conditionalAccessPolicies, command.policyId)!;
      const oldValue = policyJson(before);
      const policy: ConditionalAccessPolicy = { ...command.policy, displayName: command.policy.displayName.trim(), id: before.id, createdDateTime: before.createdDateTime, modifiedDateTime: context.now };
      putEntity(draft.access.conditionalAccessPolicies, policy);
      return [policyTarget(policy, [{ displayName: 'ConditionalAccessPolicy', oldValue, newValue: policyJson(policy) }])];
    },
  }),

  'conditionalAccess.setPolicyState': defineCommand<SetConditionalAccessPolicyState>({
    permission: UPDATE,
    activity: ACCESS_ACTIVITIES['Update conditional access policy'],
    validate(tenant, command, context) {
      const policy = getById(tenant.access.conditionalAccessPolicies, command.policyId);
      if (!policy) return notFound('conditionalAccessPolicy', command.policyId);
      return savingError(tenant, { ...policy, state: command.state }, command.acknowledgeLockoutWarning, context.actor);
    },
    apply(draft, command, context) {
      const policy = getById(draft.access.conditionalAccessPolicies, command.policyId)!;
      const oldValue = policy.state;
      const updated = { ...policy, state: command.state, modifiedDateTime: context.now };
      putEntity(draft.access.conditionalAccessPolicies, updated);
      return [policyTarget(updated, [{ displayName: 'State', oldValue, newValue: command.state }])];
    },
  }),

  'conditionalAccess.deletePolicy': defineCommand<DeleteConditionalAccessPolicy>({
    permission: DELETE,
    activity: ACCESS_ACTIVITIES['Delete conditional access policy'],
    validate: (tenant, command) => (getById(tenant.access.conditionalAccessPolicies, command.policyId) ? undefined : notFound('conditionalAccessPolicy', command.policyId)),
    apply(draft, command) {
      const policy = getById(draft.access.conditionalAccessPolicies, command.policyId)!;
      removeEntity(draft.access.conditionalAccessPolicies, policy.id);
      return [policyTarget(policy, [{ displayName: 'ConditionalAccessPolicy', oldValue: policyJson(policy), newValue: null }])];
    },
  }),
};

/** Policies that name a location, for refusing to delete it. */
export function policiesUsingLocation(tenant: Tenant, locationId: string): readonly ConditionalAccessPolicy[] {
  return toArray(tenant.access.conditionalAccessPolicies).filter((policy) => {
    const locations = policy.conditions.locations;
    return locations !== null && (locations.includeLocations.includes(locationId) || locations.excludeLocations.includes(locationId));
  });
}
