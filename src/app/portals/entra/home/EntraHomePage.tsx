import { Card, CardHeader, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { auditLogRows, filterAuditLogs, selectAuditLog } from '../../../../views/audit-logs';
import { selectEntraHome, recommendationsOf, type Recommendation } from '../../../../views/entra-home';
import { userRoleAssignmentsSelector } from '../../../../views/entra-user';
import { rowsEqual, shallowEqual } from '../../../../views/equality';
import { selectNow } from '../../../../views/organization';
import { formatDateTime } from '../../../../views/portal-dates';
import { ListTable, type ListColumn } from '../../../kit/ListTable';
import { Page } from '../../../shell/Page';
import { RouterLink } from '../../../shell/RouterLink';
import { useSignedInUserId, useTenant } from '../../../tenant-context';
import { Facts } from '../entra-id/users/user/facts';
import { entraPaths, entraUserPath } from '../paths';

type HomeTab = 'overview' | 'monitoring' | 'properties' | 'recommendations' | 'tutorials';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '960px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalM },
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

function OverviewTab() {
  const styles = useStyles();
  const home = useTenant(selectEntraHome, shallowEqual);
  const me = useSignedInUserId();
  const roles = useTenant(
    useMemo(() => userRoleAssignmentsSelector(me), [me]),
    rowsEqual,
  );
  return (
    <>
      <section className={styles.section} aria-labelledby="basic-information">
        <h2 id="basic-information" className={styles.heading}>
          Basic information
        </h2>
        <Facts
          facts={[
            ['Name', home.name],
            ['Tenant ID', home.tenantId],
            ['Primary domain', home.primaryDomain],
            ['License', home.license],
            ['Users', <RouterLink key="users" to={entraPaths.users}>{home.users.toLocaleString('en-US')}</RouterLink>],
            ['Groups', <RouterLink key="groups" to={entraPaths.groups}>{home.groups.toLocaleString('en-US')}</RouterLink>],
          ]}
        />
      </section>
      <section className={styles.section} aria-labelledby="my-feed">
        <h2 id="my-feed" className={styles.heading}>
          My feed
        </h2>
        <div className={styles.cards}>
          <Card role="region" aria-label="Your role">
            <CardHeader header={<Text as="h3" className={styles.cardTitle}>Your role</Text>} />
            <Text>{roles.length === 0 ? 'No administrator roles' : roles.map((role) => role.roleName).join(', ')}</Text>
            <RouterLink to={entraUserPath(me, 'assignedRoles')}>View role information</RouterLink>
          </Card>
          <Card role="region" aria-label="Microsoft Entra Connect">
            <CardHeader header={<Text as="h3" className={styles.cardTitle}>Microsoft Entra Connect</Text>} />
            <Text>{home.syncedUsers > 0 ? `Enabled: ${home.syncedUsers} users synchronized from on-premises` : 'Not enabled'}</Text>
          </Card>
        </div>
      </section>
    </>
  );
}

function MonitoringTab() {
  const styles = useStyles();
  const log = useTenant(selectAuditLog);
  const now = useTenant(selectNow);
  const week = useMemo(() => filterAuditLogs(auditLogRows(log), { dateRange: '7d' }, now), [log, now]);
  const failures = week.filter((row) => row.status === 'Failure').length;
  const byActivity = new Map<string, number>();
  for (const row of week) byActivity.set(row.activity, (byActivity.get(row.activity) ?? 0) + 1);
  const top = [...byActivity].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  return (
    <section className={styles.section} aria-labelledby="audit-summary">
      <h2 id="audit-summary" className={styles.heading}>
        Audit logs, last 7 days
      </h2>
      <Facts
        facts={[
          ['Activities', week.length.toLocaleString('en-US')],
          ['Failures', failures.toLocaleString('en-US')],
          ['Latest', week[0] ? `${week[0].activity}, ${formatDateTime(week[0].activityDateTime)}` : 'None'],
        ]}
      />
      {top.length > 0 && (
        <>
          <h3 className={styles.cardTitle}>Most frequent activities</h3>
          <Facts facts={top.map(([activity, count]) => [activity, count.toLocaleString('en-US')] as const)} />
        </>
      )}
      <RouterLink to={entraPaths.auditLogs}>View audit logs</RouterLink>
    </section>
  );
}

function PropertiesTab() {
  const styles = useStyles();
  const home = useTenant(selectEntraHome, shallowEqual);
  const country = new Intl.DisplayNames(['en'], { type: 'region' }).of(home.countryLetterCode) ?? home.countryLetterCode;
  return (
    <section className={styles.section} aria-labelledby="tenant-properties">
      <h2 id="tenant-properties" className={styles.heading}>
        Tenant properties
      </h2>
      <Facts
        facts={[
          ['Name', home.name],
          ['Country or region', country],
          ['Notification language', home.preferredLanguage],
          ['Tenant ID', home.tenantId],
          ['Technical contact', home.technicalContact],
          ['Created', formatDateTime(home.createdDateTime)],
          ['Domain names', <RouterLink key="domains" to={entraPaths.domains}>{String(home.domains)}</RouterLink>],
        ]}
      />
    </section>
  );
}

const recommendationColumns: readonly ListColumn<Recommendation>[] = [
  { id: 'name', header: 'Recommendation', cell: (row) => row.name, width: '30%' },
  { id: 'resources', header: 'Impacted resources', cell: (row) => row.impactedResources, width: '14%' },
  { id: 'status', header: 'Status', cell: (row) => row.status, width: '12%' },
  { id: 'detail', header: 'Details', cell: (row) => row.detail },
];

function RecommendationsTab() {
  const styles = useStyles();
  const home = useTenant(selectEntraHome, shallowEqual);
  const rows = recommendationsOf(home);
  return (
    <section className={styles.section} aria-labelledby="recommendations">
      <h2 id="recommendations" className={styles.heading}>
        Recommendations
      </h2>
      <Text className={styles.muted}>Recommendations compare the tenant's configuration with Microsoft's best practices.</Text>
      <ListTable label="Recommendations" rows={rows} rowId={(row) => row.name} columns={recommendationColumns} />
      <RouterLink to={entraPaths.roles}>Review Global Administrator assignments in Roles & admins</RouterLink>
    </section>
  );
}

const TUTORIALS = [
  { title: 'Add users', text: 'Create a user in the directory, or invite an external user as a guest.', to: entraPaths.users },
  { title: 'Create groups', text: 'Group users to assign licenses, roles and access in one step.', to: entraPaths.newGroup },
  { title: 'Assign roles', text: 'Give admins the least privileged role that does their job.', to: entraPaths.roles },
  { title: 'Add a custom domain', text: 'Verify a domain you own so users can sign in with it.', to: entraPaths.domains },
  { title: 'Review audit logs', text: "See who changed what in the directory, and each change's old and new values.", to: entraPaths.auditLogs },
] as const;

function TutorialsTab() {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="tutorials">
      <h2 id="tutorials" className={styles.heading}>
        Tutorials
      </h2>
      <div className={styles.cards}>
        {TUTORIALS.map((tutorial) => (
          <Card key={tutorial.title} role="region" aria-label={tutorial.title}>
            <CardHeader header={<Text as="h3" className={styles.cardTitle}>{tutorial.title}</Text>} />
            <Text>{tutorial.text}</Text>
            <RouterLink to={tutorial.to}>Get started</RouterLink>
          </Card>
        ))}
      </div>
    </section>
  );
}

/** Entra's Home: the Microsoft Entra ID overview, with its tabs Overview, Monitoring, Properties, Recommendations and Tutorials. */
export default function EntraHomePage() {
  const [tab, setTab] = useState<HomeTab>('overview');
  return (
    <Page>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as HomeTab)} aria-label="Overview">
        <Tab value="overview">Overview</Tab>
        <Tab value="monitoring">Monitoring</Tab>
        <Tab value="properties">Properties</Tab>
        <Tab value="recommendations">Recommendations</Tab>
        <Tab value="tutorials">Tutorials</Tab>
      </TabList>
      {tab === 'overview' && <OverviewTab />}
      {tab === 'monitoring' && <MonitoringTab />}
      {tab === 'properties' && <PropertiesTab />}
      {tab === 'recommendations' && <RecommendationsTab />}
      {tab === 'tutorials' && <TutorialsTab />}
    </Page>
  );
}
