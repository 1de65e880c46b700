import { Badge, Link, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { rowsEqual } from '../../../../../views/equality';
import { expiredAssignmentsSelector, selectAllAssignments, selectPimRoles, selectRoleSettings } from '../../../../../views/pim';
import { useTenant } from '../../../../tenant-context';
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
    <div className={styles.surface}>
      <Table aria-label="Roles" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Role</TableHeaderCell>
            <TableHeaderCell>Eligible</TableHeaderCell>
            <TableHeaderCell>Active</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {roles.map((role) => (
            <TableRow key={role.roleDefinitionId}>
              <TableCell>
                <span className={styles.nameCell}>
                  <Link as="button" onClick={() => navigate(pimRolePath(role.roleDefinitionId))}>
                    {role.roleName}
                  </Link>
                  {role.isPrivileged && (
                    <Badge appearance="tint" color="warning" size="small">
                      PRIVILEGED
                    </Badge>
                  )}
                </span>
              </TableCell>
              <TableCell>{role.eligible}</TableCell>
              <TableCell>{role.active}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
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
  const styles = useListStyles();
  const rows = useTenant(selectRoleSettings, rowsEqual);
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <>
      <div className={styles.surface}>
        <Table aria-label="Role settings" size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Role</TableHeaderCell>
              <TableHeaderCell>Modified</TableHeaderCell>
              <TableHeaderCell>Activation maximum duration</TableHeaderCell>
              <TableHeaderCell>Require justification</TableHeaderCell>
              <TableHeaderCell>Require approval</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.roleDefinitionId}>
                <TableCell>
                  <Link as="button" onClick={() => setOpened(row.roleDefinitionId)}>
                    {row.roleName}
                  </Link>
                </TableCell>
                <TableCell>{row.modified ? 'Yes' : 'No'}</TableCell>
                <TableCell>{row.settings.activationMaximumDuration.replace(/^PT(\d+)H$/, '$1 hours')}</TableCell>
                <TableCell>{row.settings.activationRequirements.includes('Justification') ? 'Yes' : 'No'}</TableCell>
                <TableCell>{row.settings.isApprovalRequired ? 'Yes' : 'No'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
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
