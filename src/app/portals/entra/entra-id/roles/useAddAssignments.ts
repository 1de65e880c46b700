import { useMemo, useState } from 'react';
import { addDays, hasEntraIdP2, parseDuration, TENANT_SCOPE } from '../../../../../tenant';
import { selectNow } from '../../../../../views/organization';
import { roleSettingsSelector } from '../../../../../views/pim';
import type { PrincipalOption } from '../../../../../views/role-management';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import type { ItemOutcome } from '../../../../kit/Feedback';

export type AssignmentType = 'Eligible' | 'Active';
export type PaneTab = 'membership' | 'setting';

/** `2026-03-02T09:00:00.000Z` → `2026-03-02T09:00`, the value of a datetime-local box (read as UTC). */
export function toLocalInput(instant: string): string {
  return instant.slice(0, 16);
}

export function fromLocalInput(value: string): string {
  return `${value}:00.000Z`;
}

/**
 * "Add assignments" on a role: who (Membership), and with PIM how (Setting: Eligible or Active,
 * permanent or until a date, a justification). Each member is one command: `pim.assignEligible`
 * for an eligible assignment, `role.assign` for an active one.
 */
export function useAddAssignments(roleDefinitionId: string) {
  const store = useTenantStore();
  const pim = useTenant(hasEntraIdP2);
  const now = useTenant(selectNow);
  const settings = useTenant(useMemo(() => roleSettingsSelector(roleDefinitionId), [roleDefinitionId]));
  const eligibleRule = settings.eligibleAssignmentExpiration;
  const [tab, setTab] = useState<PaneTab>('membership');
  const [scopeId, setScopeId] = useState<string>(TENANT_SCOPE);
  const [members, setMembers] = useState<readonly PrincipalOption[]>([]);
  const [assignmentType, setAssignmentType] = useState<AssignmentType>('Eligible');
  const [permanent, setPermanent] = useState(!eligibleRule.isExpirationRequired);
  // The end date starts at the longest the role's settings allow, or a year.
  const [endsAt, setEndsAt] = useState(() => toLocalInput(addDays(now, eligibleRule.isExpirationRequired ? (parseDuration(eligibleRule.maximumDuration) ?? 0) / 86_400_000 : 365)));
  const [justification, setJustification] = useState('');
  const [membersTouched, setMembersTouched] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly ItemOutcome[] | null>(null);
  const membersError = membersTouched && members.length === 0 ? 'Select at least one member.' : undefined;

  const next = () => {
    setMembersTouched(true);
    if (members.length > 0) setTab('setting');
  };

  const assign = () => {
    setMembersTouched(true);
    if (members.length === 0) {
      setTab('membership');
      return;
    }
    const directoryScopeId = scopeId;
    setOutcomes(
      members.map((member) => {
        const result =
          pim && assignmentType === 'Eligible'
            ? store.send({
                type: 'pim.assignEligible',
                principalId: member.id,
                roleDefinitionId,
                directoryScopeId,
                ...(justification.trim() ? { justification: justification.trim() } : {}),
                ...(permanent ? { permanent: true } : { expiresDateTime: fromLocalInput(endsAt) }),
              })
            : store.send({ type: 'role.assign', principalId: member.id, roleDefinitionId, directoryScopeId });
        return { id: member.id, name: member.displayName, error: result.ok ? null : result.error.message };
      }),
    );
  };

  return {
    pim,
    settings,
    tab,
    setTab,
    scopeId,
    setScopeId,
    members,
    setMembers,
    membersError,
    assignmentType,
    setAssignmentType,
    permanent,
    setPermanent,
    endsAt,
    setEndsAt,
    justification,
    setJustification,
    outcomes,
    next,
    assign,
  };
}

export type AddAssignmentsState = ReturnType<typeof useAddAssignments>;
