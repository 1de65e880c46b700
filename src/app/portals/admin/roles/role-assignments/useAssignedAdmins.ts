import { useMemo, useState } from 'react';
import type { RoleHolderRow } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { assignedAdminsSelector } from '../../../../../views/role-management';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import type { ItemOutcome } from '../../../../kit/Feedback';

/** Who may be given or relieved of the role through this tab: users and role-assignable groups. */
export interface PrincipalToAdd {
  readonly id: string;
  readonly displayName: string;
}

/**
 * The "Assigned" tab's behaviour: its rows, the ticked ones, and adding or removing admins, one
 * `role.assign` or `role.remove` per principal so that a refusal names whom it was for.
 */
export function useAssignedAdmins(roleId: string) {
  const store = useTenantStore();
  const rows = useTenant(useMemo(() => assignedAdminsSelector(roleId), [roleId]), rowsEqual);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<{ readonly verb: 'added' | 'removed'; readonly items: readonly ItemOutcome[] } | null>(null);

  const add = (principals: readonly PrincipalToAdd[]) => {
    setOutcomes({
      verb: 'added',
      items: principals.map((principal) => {
        const result = store.send({ type: 'role.assign', principalId: principal.id, roleDefinitionId: roleId });
        return { id: principal.id, name: principal.displayName, error: result.ok ? null : result.error.message };
      }),
    });
  };

  const remove = () => {
    const ticked = rows.filter((row) => selected.has(row.sourceId));
    setOutcomes({
      verb: 'removed',
      items: ticked.map((row: RoleHolderRow) => {
        const result = store.send({ type: 'role.remove', assignmentId: row.sourceId });
        return { id: row.sourceId, name: row.displayName, error: result.ok ? null : result.error.message };
      }),
    });
    setSelected(new Set());
  };

  return { rows, selected, setSelected, outcomes, add, remove };
}
