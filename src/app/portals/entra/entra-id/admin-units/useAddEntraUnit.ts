import { useState } from 'react';
import { administrativeUnitScope, roleTemplateById } from '../../../../../tenant';
import { useTenantStore } from '../../../../tenant-context';
import type { ItemOutcome } from '../../../../kit/Feedback';
import type { ScopedAdmin } from '../../../admin/roles/administrative-units/useAddUnitWizard';

export type EntraUnitTab = 'properties' | 'roles' | 'review';

export const ENTRA_UNIT_TABS: readonly { readonly id: EntraUnitTab; readonly label: string }[] = [
  { id: 'properties', label: 'Properties' },
  { id: 'roles', label: 'Assign roles' },
  { id: 'review', label: 'Review + create' },
];

/**
 * Entra's "Add administrative unit": Properties (name, description, restricted management),
 * Assign roles, Review + create. "Create" creates the unit, then assigns each role over it.
 */
export function useAddEntraUnit() {
  const store = useTenantStore();
  const [tab, setTab] = useState<EntraUnitTab>('properties');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [admins, setAdmins] = useState<readonly ScopedAdmin[]>([]);
  const [nameTouched, setNameTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<readonly ItemOutcome[] | null>(null);
  const nameError = nameTouched && !name.trim() ? 'Name is required.' : undefined;

  const goTo = (next: EntraUnitTab) => {
    if (next !== 'properties' && !name.trim()) {
      setNameTouched(true);
      setTab('properties');
      return;
    }
    setTab(next);
  };

  const create = () => {
    const created = store.send({ type: 'administrativeUnit.create', displayName: name, description: description || null, isMemberManagementRestricted: restricted });
    if (!created.ok) {
      setError(created.error.message);
      return;
    }
    const unitId = created.audit[0]!.targetResources[0]!.id;
    setError(null);
    setOutcomes(
      admins.map((admin) => {
        const result = store.send({ type: 'role.assign', principalId: admin.principal.id, roleDefinitionId: admin.roleDefinitionId, directoryScopeId: administrativeUnitScope(unitId) });
        return { id: `${admin.roleDefinitionId}:${admin.principal.id}`, name: `${roleTemplateById(admin.roleDefinitionId)?.displayName ?? admin.roleDefinitionId}: ${admin.principal.displayName}`, error: result.ok ? null : result.error.message };
      }),
    );
  };

  return { tab, goTo, name, setName, description, setDescription, restricted, setRestricted, admins, setAdmins, nameError, touchName: () => setNameTouched(true), error, outcomes, create };
}

export type AddEntraUnitState = ReturnType<typeof useAddEntraUnit>;
