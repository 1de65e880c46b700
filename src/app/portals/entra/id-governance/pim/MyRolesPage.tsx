import { Link, MessageBar, MessageBarBody, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { myRolesEqual, myRolesSelector, type MyEligibleRow } from '../../../../../views/pim';
import { formatDateTime } from '../../../../../views/portal-dates';
import { useSignedInUserId, useTenant, useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { ActivatePane } from './ActivatePane';
import { PimLayout } from './PimLayout';
import type { ActivationOutcome } from './useActivate';

type MyTab = 'eligible' | 'active';

function endText(endDateTime: string | null): string {
  return endDateTime ? formatDateTime(endDateTime) : 'Permanent';
}

/** "My roles | Microsoft Entra roles": the signed-in user's eligible and active roles, Activate and Deactivate. */
export default function MyRolesPage() {
  const styles = useListStyles();
  const store = useTenantStore();
  const userId = useSignedInUserId();
  const roles = useTenant(useMemo(() => myRolesSelector(userId), [userId]), myRolesEqual);
  const [tab, setTab] = useState<MyTab>('eligible');
  const [activating, setActivating] = useState<MyEligibleRow | null>(null);
  const [banner, setBanner] = useState<ActivationOutcome | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const deactivate = (roleDefinitionId: string, directoryScopeId: string, roleName: string) => {
    const result = store.send({ type: 'pim.deactivate', roleDefinitionId, directoryScopeId });
    setBanner(null);
    setFeedback(result.ok ? { ok: true, message: `${roleName} was deactivated.` } : { ok: false, title: 'Deactivation failed', message: result.error.message });
  };

  return (
    <PimLayout title="My roles">
      {banner === 'activated' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Your active roles have changed.{' '}
            <Link as="button" inline onClick={() => setTab('active')}>
              Click here to view your active roles
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {banner === 'pending' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>Your request is pending approval. The role is activated once an approver approves it.</MessageBarBody>
        </MessageBar>
      )}
      <FeedbackBar feedback={feedback} />
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as MyTab)} aria-label="My roles | Microsoft Entra roles">
        <Tab value="eligible">Eligible assignments</Tab>
        <Tab value="active">Active assignments</Tab>
      </TabList>
      {tab === 'eligible' ? (
        <div className={styles.surface}>
          <Table aria-label="Eligible assignments" size="small" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Scope</TableHeaderCell>
                <TableHeaderCell>Membership</TableHeaderCell>
                <TableHeaderCell>End time</TableHeaderCell>
                <TableHeaderCell>Action</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {roles.eligible.map((row) => (
                <TableRow key={`${row.roleDefinitionId}:${row.directoryScopeId}`}>
                  <TableCell>{row.roleName}</TableCell>
                  <TableCell>{row.scope}</TableCell>
                  <TableCell>{row.groupName ? `Group (${row.groupName})` : row.membership}</TableCell>
                  <TableCell>{endText(row.endDateTime)}</TableCell>
                  <TableCell>
                    {row.state === 'Eligible' ? (
                      <Link as="button" aria-label={`Activate ${row.roleName}`} onClick={() => setActivating(row)}>
                        Activate
                      </Link>
                    ) : row.state === 'Activated' ? (
                      'Activated'
                    ) : (
                      'Pending approval'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {roles.eligible.length === 0 && <Text>You have no eligible role assignments.</Text>}
        </div>
      ) : (
        <div className={styles.surface}>
          <Table aria-label="Active assignments" size="small" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Scope</TableHeaderCell>
                <TableHeaderCell>Membership</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
                <TableHeaderCell>End time</TableHeaderCell>
                <TableHeaderCell>Action</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {roles.active.map((row) => (
                <TableRow key={row.sourceId}>
                  <TableCell>{row.roleName}</TableCell>
                  <TableCell>{row.scope}</TableCell>
                  <TableCell>{row.membership}</TableCell>
                  <TableCell>{row.state}</TableCell>
                  <TableCell>{endText(row.endDateTime)}</TableCell>
                  <TableCell>
                    {row.state === 'Activated' && (
                      <Link as="button" aria-label={`Deactivate ${row.roleName}`} onClick={() => deactivate(row.roleDefinitionId, row.directoryScopeId, row.roleName)}>
                        Deactivate
                      </Link>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {roles.active.length === 0 && <Text>You have no active role assignments.</Text>}
        </div>
      )}
      {activating && (
        <ActivatePane
          row={activating}
          onActivated={(outcome) => {
            setActivating(null);
            setFeedback(null);
            setBanner(outcome);
          }}
          onClose={() => setActivating(null)}
        />
      )}
    </PimLayout>
  );
}
