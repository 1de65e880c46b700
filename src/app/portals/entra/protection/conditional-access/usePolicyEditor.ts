import { useState } from 'react';
import type { BuiltInControl, ConditionalAccessPolicy, ConditionalAccessPolicyInput, TenantError } from '../../../../../tenant';

/** How the Users blade's Include tab reads a policy: None, All users, or selected users and groups. */
export type IncludeMode = 'none' | 'all' | 'select';

const EMPTY: ConditionalAccessPolicyInput = {
  displayName: '',
  state: 'enabledForReportingButNotEnforced',
  conditions: {
    users: { includeUsers: [], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
    applications: { includeApplications: [], excludeApplications: [], includeUserActions: [] },
    clientAppTypes: ['all'],
    platforms: null,
    locations: null,
    signInRiskLevels: [],
    userRiskLevels: [],
  },
  grantControls: null,
  sessionControls: null,
};

export type Users = ConditionalAccessPolicyInput['conditions']['users'];

/**
 * The policy editor's state: the policy as it will be saved, and the choices the blades hold
 * before they mean anything (Select users and groups with nothing picked yet).
 */
export function usePolicyEditor(existing: ConditionalAccessPolicy | undefined) {
  const initial: ConditionalAccessPolicyInput = existing
    ? { displayName: existing.displayName, state: existing.state, conditions: existing.conditions, grantControls: existing.grantControls, sessionControls: existing.sessionControls }
    : EMPTY;
  const [policy, setPolicy] = useState<ConditionalAccessPolicyInput>(initial);
  const users = policy.conditions.users;
  const [includeMode, setIncludeModeState] = useState<IncludeMode>(
    users.includeUsers.includes('All') ? 'all' : users.includeUsers.length + users.includeGroups.length + users.includeRoles.length === 0 ? 'none' : 'select',
  );
  const [allResources, setAllResources] = useState(existing === undefined ? true : policy.conditions.applications.includeApplications.includes('All'));
  const [error, setError] = useState<TenantError | null>(null);
  const [lockoutAcknowledged, setLockoutAcknowledged] = useState(false);
  const [nameTouched, setNameTouched] = useState(false);

  const setConditions = (change: Partial<ConditionalAccessPolicyInput['conditions']>) => setPolicy((current) => ({ ...current, conditions: { ...current.conditions, ...change } }));
  const setUsers = (change: Partial<Users>) => setPolicy((current) => ({ ...current, conditions: { ...current.conditions, users: { ...current.conditions.users, ...change } } }));

  const setIncludeMode = (mode: IncludeMode) => {
    setIncludeModeState(mode);
    // All users and None are values of includeUsers; selecting keeps only the picked ids.
    setUsers({
      includeUsers: mode === 'all' ? ['All'] : policy.conditions.users.includeUsers.filter((id) => id !== 'All' && id !== 'None'),
      ...(mode === 'select' ? {} : { includeGroups: [], includeRoles: [] }),
      ...(mode === 'none' ? { includeUsers: [] } : {}),
    });
  };

  const setGrant = (block: boolean, controls: readonly BuiltInControl[], operator: 'AND' | 'OR') =>
    setPolicy((current) => ({ ...current, grantControls: block ? { operator: 'OR', builtInControls: ['block'] } : controls.length === 0 ? null : { operator, builtInControls: [...controls] } }));

  const applications = allResources ? { ...policy.conditions.applications, includeApplications: ['All'] } : policy.conditions.applications;
  const toSave: ConditionalAccessPolicyInput = { ...policy, displayName: policy.displayName, conditions: { ...policy.conditions, applications } };

  return {
    policy,
    setPolicy,
    toSave,
    includeMode,
    setIncludeMode,
    setUsers,
    setConditions,
    allResources,
    setAllResources,
    setGrant,
    error,
    setError,
    lockoutAcknowledged,
    setLockoutAcknowledged,
    nameError: nameTouched && !policy.displayName.trim() ? 'Name is required.' : undefined,
    touchName: () => setNameTouched(true),
  };
}

export type PolicyEditorState = ReturnType<typeof usePolicyEditor>;
