import { Card, CardHeader, Tab, TabList, Text, Toolbar, ToolbarButton, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowClockwiseRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { auditLogRows, filterAuditLogs, selectAuditLog } from '../../../../../../views/audit-logs';
import type { EntraUserDetails } from '../../../../../../views/entra-user';
import { selectNow } from '../../../../../../views/organization';
import { formatDateTime } from '../../../../../../views/portal-dates';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { entraPaths, entraUserPath } from '../../../paths';
import { DeleteUsersDialog } from '../DeleteUsersDialog';
import type { UsersPageNotice } from '../EntraUsersPage';
import { USER_SECTIONS, fieldValue } from '../user-fields';
import { Facts } from './facts';
import { UserBlade } from './UserBlade';

type OverviewTab = 'overview' | 'monitoring' | 'properties';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingHorizontalM },
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

function Count({ title, value, to }: { readonly title: string; readonly value: number | string; readonly to: string }) {
  const styles = useStyles();
  return (
    <Card role="region" aria-label={title}>
      <CardHeader header={<Text as="h3" className={styles.cardTitle}>{title}</Text>} />
      <RouterLink to={to} className={styles.big}>
        {String(value)}
      </RouterLink>
    </Card>
  );
}

function OverviewTabPanel({ details }: { readonly details: EntraUserDetails }) {
  const styles = useStyles();
  const { user } = details;
  return (
    <>
      <section className={styles.section} aria-labelledby="basic-info">
        <h2 id="basic-info" className={styles.heading}>
          Basic info
        </h2>
        <Facts
          facts={[
            ['User principal name', user.userPrincipalName],
            ['Object ID', user.id],
            ['Created date time', formatDateTime(user.createdDateTime)],
            ['User type', user.userType],
            ['Account enabled', user.accountEnabled ? 'Yes' : 'No'],
            ['Manager', details.managerName ?? ''],
          ]}
        />
      </section>
      <section className={styles.section} aria-labelledby="my-feed">
        <h2 id="my-feed" className={styles.heading}>
          My Feed
        </h2>
        <div className={styles.cards}>
          <Count title="Account status" value={user.accountEnabled ? 'Enabled' : 'Disabled'} to={entraUserPath(user.id, 'edit')} />
          <Count title="Group memberships" value={details.groupCount} to={entraUserPath(user.id, 'groups')} />
          <Count title="Assigned roles" value={details.roleCount} to={entraUserPath(user.id, 'assignedRoles')} />
          <Count title="Licenses" value={details.licenseCount} to={entraUserPath(user.id, 'licenses')} />
          {user.externalUserState && <Count title="B2B invitation" value={user.externalUserState} to={entraUserPath(user.id, 'edit')} />}
        </div>
      </section>
    </>
  );
}

function MonitoringTabPanel({ details }: { readonly details: EntraUserDetails }) {
  const styles = useStyles();
  const log = useTenant(selectAuditLog);
  const now = useTenant(selectNow);
  const recent = useMemo(() => filterAuditLogs(auditLogRows(log), { dateRange: '1m', targetId: details.user.id }, now).slice(0, 5), [log, now, details.user.id]);
  return (
    <section className={styles.section} aria-labelledby="recent-audit">
      <h2 id="recent-audit" className={styles.heading}>
        Recent audit activity
      </h2>
      {recent.length === 0 ? (
        <Text>No audit activity about this user in the last month.</Text>
      ) : (
        <Facts facts={recent.map((row) => [formatDateTime(row.activityDateTime), `${row.activity} (${row.status}) by ${row.initiatedBy}`] as const)} />
      )}
      <RouterLink to={entraUserPath(details.user.id, 'auditLogs')}>View all audit logs</RouterLink>
    </section>
  );
}

function PropertiesTabPanel({ details }: { readonly details: EntraUserDetails }) {
  const styles = useStyles();
  return (
    <>
      {USER_SECTIONS.map((section) => (
        <section key={section.id} className={styles.section} aria-label={section.title}>
          <h2 className={styles.heading}>{section.title}</h2>
          <Facts facts={section.fields.map((field) => [field.label, fieldValue(details.user, field)] as const)} />
          {section.fields.some((field) => field.key) && <RouterLink to={`${entraUserPath(details.user.id, 'edit')}?section=${section.id}`}>{`Edit ${section.title.toLowerCase()}`}</RouterLink>}
        </section>
      ))}
    </>
  );
}

function Overview({ details }: { readonly details: EntraUserDetails }) {
  const navigate = useNavigate();
  const opener = useRestoreFocusTarget();
  const [tab, setTab] = useState<OverviewTab>('overview');
  const [deleting, setDeleting] = useState(false);
  const { user } = details;
  return (
    <>
      <Toolbar aria-label="User actions">
        <ToolbarButton icon={<EditRegular />} onClick={() => navigate(entraUserPath(user.id, 'edit'))}>
          Edit properties
        </ToolbarButton>
        <ToolbarButton icon={<DeleteRegular />} onClick={() => setDeleting(true)} {...opener}>
          Delete
        </ToolbarButton>
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => setTab('overview')}>
          Refresh
        </ToolbarButton>
      </Toolbar>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as OverviewTab)} aria-label={`${user.displayName} overview`}>
        <Tab value="overview">Overview</Tab>
        <Tab value="monitoring">Monitoring</Tab>
        <Tab value="properties">Properties</Tab>
      </TabList>
      {tab === 'overview' && <OverviewTabPanel details={details} />}
      {tab === 'monitoring' && <MonitoringTabPanel details={details} />}
      {tab === 'properties' && <PropertiesTabPanel details={details} />}
      {deleting && (
        <DeleteUsersDialog
          users={[{ id: user.id, displayName: user.displayName }]}
          onCancel={() => setDeleting(false)}
          onDone={(message) => {
            const notice: UsersPageNotice = { notice: message };
            navigate(entraPaths.users, { state: notice });
          }}
        />
      )}
    </>
  );
}

/** A user's Overview: Basic info and My Feed, Monitoring, Properties; Edit properties and Delete. */
export default function UserOverviewPage() {
  return <UserBlade section="overview">{(details) => <Overview key={details.user.id} details={details} />}</UserBlade>;
}
