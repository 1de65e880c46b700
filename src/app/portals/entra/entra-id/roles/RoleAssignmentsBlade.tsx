import { MessageBar, MessageBarBody, Tab, TabList, Text, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { hasEntraIdP2, roleTemplateById, type RoleTemplate } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { expiredAssignmentsSelector } from '../../../../../views/pim';
import { roleAssignmentRowsSelector } from '../../../../../views/role-management';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { PermissionList } from '../../../shared/roles/PermissionList';
import { AddAssignmentsPane } from './AddAssignmentsPane';
import { AssignmentsTable } from './AssignmentsTable';
import { ExpiredTable } from './ExpiredTable';
import { entraPaths } from '../../paths';

export type Blade = 'assignments' | 'description';

export const BLADE_TITLES: Readonly<Record<Blade, string>> = { assignments: 'Assignments', description: 'Description' };
type AssignmentsTab = 'eligible' | 'active' | 'expired';

const TRAIL = [{ label: 'Roles & admins', to: entraPaths.roles }] as const;

/** The role's Assignments and Description, as Roles & admins and PIM show them. */
export function RoleAssignments({ role, blade, onBladeChange }: { readonly role: RoleTemplate; readonly blade: Blade; readonly onBladeChange: (blade: Blade) => void }) {
  const roleId = role.id;
  const pim = useTenant(hasEntraIdP2);
  const rows = useTenant(useMemo(() => roleAssignmentRowsSelector(roleId), [roleId]), rowsEqual);
  const expired = useTenant(useMemo(() => expiredAssignmentsSelector(roleId), [roleId]), rowsEqual);
  const [tab, setTab] = useState<AssignmentsTab>('eligible');
  const [adding, setAdding] = useState(false);
  const eligible = rows.filter((row) => row.assignmentType === 'Eligible');
  const active = rows.filter((row) => row.assignmentType !== 'Eligible');
  return (
    <>
      <TabList selectedValue={blade} onTabSelect={(_, data) => onBladeChange(data.value as Blade)} aria-label={role.displayName}>
        <Tab value="assignments">Assignments</Tab>
        <Tab value="description">Description</Tab>
      </TabList>
      {blade === 'description' ? (
        <>
          <Text>{role.description}</Text>
          <PermissionList role={role} />
        </>
      ) : (
        <>
          <Toolbar aria-label="Assignments actions">
            <ToolbarButton icon={<AddRegular />} onClick={() => setAdding(true)}>
              Add assignments
            </ToolbarButton>
          </Toolbar>
          {pim ? (
            <>
              <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as AssignmentsTab)} aria-label="Assignment state" size="small">
                <Tab value="eligible">Eligible assignments ({eligible.length})</Tab>
                <Tab value="active">Active assignments ({active.length})</Tab>
                <Tab value="expired">Expired assignments ({expired.length})</Tab>
              </TabList>
              {tab === 'eligible' && <AssignmentsTable label="Eligible assignments" rows={eligible} empty="No eligible assignments." />}
              {tab === 'active' && <AssignmentsTable label="Active assignments" rows={active} empty="No active assignments." />}
              {tab === 'expired' && <ExpiredTable rows={expired} />}
            </>
          ) : (
            <>
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  Eligible and time-bound assignments need Privileged Identity Management, which comes with Microsoft Entra ID P2. This organization has no
                  Microsoft Entra ID P2, so assignments are active and permanent.
                </MessageBarBody>
              </MessageBar>
              <AssignmentsTable label="Assignments" rows={rows} empty="No one is assigned this role." />
            </>
          )}
        </>
      )}
      {adding && <AddAssignmentsPane role={role} onClose={() => setAdding(false)} />}
    </>
  );
}

/** "<Role> | Assignments": who has the role (eligible, active, expired with PIM), and "Add assignments". */
export default function RoleAssignmentsBlade() {
  const { roleId = '' } = useParams();
  const role = roleTemplateById(roleId);
  const [blade, setBlade] = useState<Blade>('assignments');
  if (!role) {
    return (
      <Page title="Role not found" trail={TRAIL}>
        <Text>There's no built-in role with this id.</Text>
      </Page>
    );
  }
  return (
    <Page title={`${role.displayName} | ${BLADE_TITLES[blade]}`} trail={TRAIL}>
      <RoleAssignments key={role.id} role={role} blade={blade} onBladeChange={setBlade} />
    </Page>
  );
}
