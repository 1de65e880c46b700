import { useState } from 'react';
import { administrativeUnitScope, roleTemplateById } from '../../../../../tenant';
import type { PrincipalOption } from '../../../../../views/role-management';
import { useTenantStore } from '../../../../tenant-context';
import type { ItemOutcome } from '../../../../kit/Feedback';

export const UNIT_STEPS = ['basics', 'members', 'roles', 'review'] as const;
export type UnitStep = (typeof UNIT_STEPS)[number];
export type UnitView = UnitStep | 'done';

export const STEP_LABELS: Readonly<Record<UnitStep, string>> = {
  basics: 'Basics',
  members: 'Add members',
  roles: 'Assign admins to scoped roles',
  review: 'Review and finish',
};

/** The admin center lets the wizard add up to 20 users and groups; more can be added afterwards. */
export const MAX_MEMBERS = 20;

export interface ScopedAdmin {
  readonly roleDefinitionId: string;
  readonly principal: PrincipalOption;
}

export interface UnitFields {
  readonly name: string;
  readonly description: string;
  readonly members: readonly PrincipalOption[];
  readonly admins: readonly ScopedAdmin[];
}

/**
 * "Add administrative unit": the fields of each step, and on "Add" the commands a real tenant runs
 * in turn: create the unit, add its members, assign each scoped admin. A refusal of the first
 * stops on the review step; later refusals are listed on the last step beside what was done.
 */
export function useAddUnitWizard() {
  const store = useTenantStore();
  const [view, setView] = useState<UnitView>('basics');
  const [fields, setFields] = useState<UnitFields>({ name: '', description: '', members: [], admins: [] });
  const [nameTouched, setNameTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<readonly ItemOutcome[]>([]);
  const index = view === 'done' ? UNIT_STEPS.length : UNIT_STEPS.indexOf(view);
  const nameError = fields.name.trim() ? undefined : 'Enter a name.';

  const next = () => {
    if (view === 'basics' && nameError) {
      setNameTouched(true);
      return;
    }
    if (index < UNIT_STEPS.length - 1) setView(UNIT_STEPS[index + 1]!);
  };

  const add = () => {
    const created = store.send({ type: 'administrativeUnit.create', displayName: fields.name, description: fields.description || null });
    if (!created.ok) {
      setError(created.error.message);
      return;
    }
    const unitId = created.audit[0]!.targetResources[0]!.id;
    const results: ItemOutcome[] = [];
    if (fields.members.length > 0) {
      const added = store.send({ type: 'administrativeUnit.addMembers', administrativeUnitId: unitId, memberIds: fields.members.map((member) => member.id) });
      results.push({ id: 'members', name: fields.members.length === 1 ? '1 member' : `${fields.members.length} members`, error: added.ok ? null : added.error.message });
    }
    for (const admin of fields.admins) {
      const assigned = store.send({ type: 'role.assign', principalId: admin.principal.id, roleDefinitionId: admin.roleDefinitionId, directoryScopeId: administrativeUnitScope(unitId) });
      const roleName = roleTemplateById(admin.roleDefinitionId)?.displayName ?? admin.roleDefinitionId;
      results.push({ id: `${admin.roleDefinitionId}:${admin.principal.id}`, name: `${roleName}: ${admin.principal.displayName}`, error: assigned.ok ? null : assigned.error.message });
    }
    setError(null);
    setOutcomes(results);
    setView('done');
  };

  return {
    view,
    index,
    fields,
    error,
    outcomes,
    nameError: nameTouched ? nameError : undefined,
    update: (changes: Partial<UnitFields>) => setFields((current) => ({ ...current, ...changes })),
    touchName: () => setNameTouched(true),
    goTo: (step: UnitStep) => setView(step),
    next,
    back: () => index > 0 && view !== 'done' && setView(UNIT_STEPS[index - 1]!),
    add,
  };
}

export type AddUnitWizardState = ReturnType<typeof useAddUnitWizard>;
