import { Badge, Tab, TabList, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { rowsEqual } from '../../../../../views/equality';
import { expiredAssignmentsSelector, selectAllAssignments, selectPimRoles, selectRoleSettings } from '../../../../../views/pim';
import { useTenant } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { AssignmentsTable } from '../../entra-id/roles/AssignmentsTable';
import { ExpiredTable } from '../../entra-id/roles/ExpiredTable';
import { PimLayout } from './PimLayout';
import { RoleSettingsPane } from './RoleSettingsPane';
import { pimRolePath } from '../../paths';

type Blade = 'roles' | 'assignments' | 'settings';
type AssignmentsTab = 'eligible' | 'active' | 'expired';

const TITLES: Readonly<Record<Blade, string>> = { roles: 'Roles', assignments: 'Assignments', settings: 'Role settings' };
const selectAllExpired = expiredAssignmentsSelector(null);

function RolesList() {
  const styles = useListStyles();
  const navigate = useNavigate();
  const roles = useTenant(selectPimRoles, rowsEqual);
  return (
    <ListTable
      label="Roles"
      rows={roles}
      rowId={(role) => role.roleDefinitionId}
      columns={[
        {
          id: 'role',
          header: 'Role',
          cell: (role, { openLink }) => (
            <span className={styles.nameCell}>
              {openLink(role.roleName)}
              {role.isPrivileged && (
                <Badge appearance="tint" color="warning" size="small">
                  PRIVILEGED
                </Badge>
              )}
            </span>
          ),
        },
        { id: 'eligible', header: 'Eligible', cell: (role) => role.eligible },
        { id: 'active', header: 'Active', cell: (role) => role.active },
      ]}
      onOpen={(role) => navigate(pimRolePath(role.roleDefinitionId))}
    />
  );
}

function AllAssignments() {
  const rows = useTenant(selectAllAssignments, rowsEqual);
  const expired = useTenant(selectAllExpired, rowsEqual);
  const [tab, setTab] = useState<AssignmentsTab>('eligible');
  const eligible = rows.filter((row) => row.assignmentType === 'Eligible');
  const active = rows.filter((row) => row.assignmentType !== 'Eligible');
  return (
    <>
      <Text>To add an assignment, open the role under Roles, then select Add assignments.</Text>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as AssignmentsTab)} aria-label="Assignment state" size="small">
        <Tab value="eligible">Eligible assignments ({eligible.length})</Tab>
        <Tab value="active">Active assignments ({active.length})</Tab>
        <Tab value="expired">Expired assignments ({expired.length})</Tab>
      </TabList>
      {tab === 'eligible' && <AssignmentsTable label="Eligible assignments" rows={eligible} withRole empty="No eligible assignments." />}
      {tab === 'active' && <AssignmentsTable label="Active assignments" rows={active} withRole empty="No active assignments." />}
      {tab === 'expired' && <ExpiredTable rows={expired} withRole />}
    </>
  );
}

function SettingsList() {
  const rows = useTenant(selectRoleSettings, rowsEqual);
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <>
      <ListTable
        label="Role settings"
        rows={rows}
        rowId={(row) => row.roleDefinitionId}
        columns={[
          { id: 'role', header: 'Role', cell: (row, { openLink }) => openLink(row.roleName) },
          { id: 'modified', header: 'Modified', cell: (row) => (row.modified ? 'Yes' : 'No') },
          { id: 'duration', header: 'Activation maximum duration', cell: (row) => row.settings.activationMaximumDuration.replace(/^PT(\d+)H$/, '$1 hours') },
          { id: 'justification', header: 'Require justification', cell: (row) => (row.settings.activationRequirements.includes('Justification') ? 'Yes' : 'No') },
          { id: 'approval', header: 'Require approval', cell: (row) => (row.settings.isApprovalRequired ? 'Yes' : 'No') },
        ]}
        onOpen={(row) => setOpened(row.roleDefinitionId)}
        fitContent
      />
      {opened && <RoleSettingsPane roleId={opened} onClose={() => setOpened(null)} />}
    </>
  );
}

/** PIM > "Microsoft Entra roles": Roles, Assignments and Role settings (`?tab=`). */
export default function PimEntraRolesPage() {
  const [params, setParams] = useSearchParams();
  const tab: Blade = params.get('tab') === 'assignments' ? 'assignments' : params.get('tab') === 'settings' ? 'settings' : 'roles';
  return (
    <PimLayout title={`Microsoft Entra roles | ${TITLES[tab]}`}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setParams(data.value === 'roles' ? {} : { tab: String(data.value) })} aria-label="Microsoft Entra roles">
        <Tab value="roles">Roles</Tab>
        <Tab value="assignments">Assignments</Tab>
        <Tab value="settings">Role settings</Tab>
      </TabList>
      {tab === 'roles' && <RolesList />}
      {tab === 'assignments' && <AllAssignments />}
      {tab === 'settings' && <SettingsList />}
    </PimLayout>
  );
}
