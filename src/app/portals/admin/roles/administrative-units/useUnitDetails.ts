import { useMemo, useState } from 'react';
import { administrativeUnitScope } from '../../../../../tenant';
import { detailsEqual } from '../../../../../views/groups';
import { unitDetailsSelector } from '../../../../../views/administrative-units';
import type { PrincipalOption } from '../../../../../views/role-management';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import type { Feedback } from '../../../../kit/Feedback';

/** A unit's details pane: its members and scoped admins, each change one command. */
export function useUnitDetails(unitId: string) {
  const store = useTenantStore();
  const unit = useTenant(useMemo(() => unitDetailsSelector(unitId), [unitId]), detailsEqual);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const report = (ok: boolean, message: string) => setFeedback({ ok, message });

  return {
    unit,
    feedback,
    clearFeedback: () => setFeedback(null),
    addMembers(members: readonly PrincipalOption[]) {
      const result = store.send({ type: 'administrativeUnit.addMembers', administrativeUnitId: unitId, memberIds: members.map((member) => member.id) });
      report(result.ok, result.ok ? `Added ${members.map((member) => member.displayName).join(', ')}.` : result.error.message);
    },
    removeMember(member: PrincipalOption) {
      const result = store.send({ type: 'administrativeUnit.removeMember', administrativeUnitId: unitId, memberId: member.id });
      report(result.ok, result.ok ? `Removed ${member.displayName}.` : result.error.message);
    },
    assignAdmins(roleDefinitionId: string, roleName: string, people: readonly PrincipalOption[]) {
      const failures: string[] = [];
      for (const person of people) {
        const result = store.send({ type: 'role.assign', principalId: person.id, roleDefinitionId, directoryScopeId: administrativeUnitScope(unitId) });
        if (!result.ok) failures.push(`${person.displayName}: ${result.error.message}`);
      }
      report(failures.length === 0, failures.length === 0 ? `${roleName} assigned to ${people.map((person) => person.displayName).join(', ')} over this unit.` : failures.join(' '));
    },
    removeAssignment(assignmentId: string, label: string) {
      const result = store.send({ type: 'role.remove', assignmentId });
      report(result.ok, result.ok ? `Removed ${label}.` : result.error.message);
    },
    deleteUnit(): boolean {
      const result = store.send({ type: 'administrativeUnit.delete', administrativeUnitId: unitId });
      if (!result.ok) report(false, result.error.message);
      return result.ok;
    },
  };
}

export type UnitDetailsState = ReturnType<typeof useUnitDetails>;
