import { Link, MessageBar, MessageBarBody, Tab, TabList } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { myRolesEqual, myRolesSelector, type MyEligibleRow } from '../../../../../views/pim';
import { formatDateTime } from '../../../../../views/portal-dates';
import { useSignedInUserId, useTenant, useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
import { ActivatePane } from './ActivatePane';
import { PimLayout } from './PimLayout';
import type { ActivationOutcome } from './useActivate';

type MyTab = 'eligible' | 'active';

function endText(endDateTime: string | null): string {
  return endDateTime ? formatDateTime(endDateTime) : 'Permanent';
}

/** "My roles | Microsoft Entra roles": the signed-in user's eligible and active roles, Activate and Deactivate. */
export default function MyRolesPage() {
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
        <ListTable
          label="Eligible assignments"
          rows={roles.eligible}
          rowId={(row) => `${row.roleDefinitionId}:${row.directoryScopeId}`}
          columns={[
            { id: 'role', header: 'Role', cell: (row) => row.roleName },
            { id: 'scope', header: 'Scope', cell: (row) => row.scope },
            { id: 'membership', header: 'Membership', cell: (row) => (row.groupName ? `Group (${row.groupName})` : row.membership) },
            { id: 'end', header: 'End time', cell: (row) => endText(row.endDateTime) },
            {
              id: 'action',
              header: 'Action',
              cell: (row) =>
                row.state === 'Eligible' ? (
                  <Link as="button" aria-label={`Activate ${row.roleName}`} onClick={() => setActivating(row)}>
                    Activate
                  </Link>
                ) : row.state === 'Activated' ? (
                  'Activated'
                ) : (
                  'Pending approval'
                ),
            },
          ]}
          empty="You have no eligible role assignments."
          fitContent
        />
      ) : (
        <ListTable
          label="Active assignments"
          rows={roles.active}
          rowId={(row) => row.sourceId}
          columns={[
            { id: 'role', header: 'Role', cell: (row) => row.roleName },
            { id: 'scope', header: 'Scope', cell: (row) => row.scope },
            { id: 'membership', header: 'Membership', cell: (row) => row.membership },
            { id: 'state', header: 'State', cell: (row) => row.state },
            { id: 'end', header: 'End time', cell: (row) => endText(row.endDateTime) },
            {
              id: 'action',
              header: 'Action',
              cell: (row) =>
                row.state === 'Activated' && (
                  <Link as="button" aria-label={`Deactivate ${row.roleName}`} onClick={() => deactivate(row.roleDefinitionId, row.directoryScopeId, row.roleName)}>
                    Deactivate
                  </Link>
                ),
            },
          ]}
          empty="You have no active role assignments."
          fitContent
        />
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
