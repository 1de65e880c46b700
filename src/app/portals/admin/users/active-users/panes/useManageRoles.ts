import { useCallback, useState } from 'react';
import { roleTemplateById, type Tenant } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { useTenant, useTenantStore } from '../../../../../tenant-context';
import { selectUserRoles, type UserRoleRow } from '../panel/user-selectors';

export interface RoleChangeOutcome {
  readonly roleName: string;
  readonly change: 'assigned' | 'removed';
  readonly error?: string;
}

/**
 * The behaviour of "Manage admin roles": which directory-wide roles the user holds directly
 * (the ones the pane can change), which they hold otherwise (shown, not changeable), the
 * choice being edited, and saving it.
 */
export function useManageRoles(userId: string) {
  const store = useTenantStore();
  const roles = useTenant(
    useCallback((tenant: Tenant) => selectUserRoles(tenant, userId), [userId]),
    rowsEqual,
  );
  const direct = roles.filter((role) => role.source === 'direct' && role.scope === null).map((role) => role.roleDefinitionId);
  const fixed: readonly UserRoleRow[] = roles.filter((role) => role.source !== 'direct' || role.scope !== null);
  const [adminAccess, setAdminAccess] = useState(direct.length > 0);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(direct));
  const [outcomes, setOutcomes] = useState<readonly RoleChangeOutcome[] | null>(null);

  const wanted = adminAccess ? chosen : new Set<string>();
  const toAssign = [...wanted].filter((id) => !direct.includes(id));
  const toRemove = direct.filter((id) => !wanted.has(id));

  const toggle = (roleDefinitionId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(roleDefinitionId);
    else next.delete(roleDefinitionId);
    setChosen(next);
  };

  /**
   * The one place in these pages where a gesture sends several commands: the portal's pane saves
   * each role the admin ticked or cleared as its own role assignment, so "Save changes" sends a
   * role.assign or role.remove per changed role, in order, and reports how each went.
   */
  const save = () => {
    const results: RoleChangeOutcome[] = [];
    for (const roleDefinitionId of toAssign) {
      const result = store.send({ type: 'role.assign', principalId: userId, roleDefinitionId });
      results.push({ roleName: nameOf(roleDefinitionId), change: 'assigned', ...(result.ok ? {} : { error: result.error.message }) });
    }
    for (const roleDefinitionId of toRemove) {
      const result = store.send({ type: 'role.remove', principalId: userId, roleDefinitionId });
      results.push({ roleName: nameOf(roleDefinitionId), change: 'removed', ...(result.ok ? {} : { error: result.error.message }) });
    }
    setOutcomes(results);
  };

  return {
    adminAccess,
    setAdminAccess,
    chosen,
    toggle,
    fixed,
    dirty: toAssign.length + toRemove.length > 0,
    save,
    outcomes,
  };
}

function nameOf(roleDefinitionId: string): string {
  return roleTemplateById(roleDefinitionId)?.displayName ?? roleDefinitionId;
}
