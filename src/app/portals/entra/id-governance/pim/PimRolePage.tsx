import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useParams } from 'react-router';
import { roleTemplateById } from '../../../../../tenant';
import { BLADE_TITLES, RoleAssignments, type Blade } from '../../entra-id/roles/RoleAssignmentsBlade';
import { entraPaths } from '../../paths';
import { PimLayout } from './PimLayout';

const TRAIL = [
  { label: 'Privileged Identity Management', to: entraPaths.pim },
  { label: 'Microsoft Entra roles', to: entraPaths.pimEntraRoles },
] as const;

/**
 * A role opened from PIM's Microsoft Entra roles: its assignments inside PIM, which keeps its
 * breadcrumb and its menu (the role's page under Roles & admins has neither).
 */
export default function PimRolePage() {
  const { roleId = '' } = useParams();
  const role = roleTemplateById(roleId);
  const [blade, setBlade] = useState<Blade>('assignments');
  if (!role) {
    return (
      <PimLayout title="Role not found" trail={TRAIL}>
        <Text>There's no built-in role with this id.</Text>
      </PimLayout>
    );
  }
  return (
    <PimLayout title={`${role.displayName} | ${BLADE_TITLES[blade]}`} trail={TRAIL}>
      <RoleAssignments key={role.id} role={role} blade={blade} onBladeChange={setBlade} />
    </PimLayout>
  );
}
