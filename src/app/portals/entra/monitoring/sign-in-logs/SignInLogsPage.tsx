import { Dropdown, Field, Option, SearchBox, Tab, TabList, Text } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import type { SignIn } from '../../../../../tenant';
import { POLICY_RESULT_LABELS, selectSignIns, signInStatus } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { formatDateTime } from '../../../../../views/portal-dates';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';

type Status = 'all' | 'Success' | 'Failure' | 'Interrupted';
type DetailTab = 'basic' | 'device' | 'authentication' | 'conditionalAccess' | 'reportOnly';

function Facts({ facts }: { readonly facts: readonly [string, string][] }) {
  const styles = useListStyles();
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The sign-in's Conditional Access outcome as the log's column and Basic info say it. */
function conditionalAccessStatus(signIn: SignIn): string {
  return signIn.conditionalAccessStatus === 'notApplied' ? 'Not Applied' : signIn.conditionalAccessStatus === 'success' ? 'Success' : 'Failure';
}

function PoliciesTable({ policies, label }: { readonly policies: SignIn['appliedConditionalAccessPolicies']; readonly label: string }) {
  if (policies.length === 0) return <Text>No policies.</Text>;
  return (
    <ListTable
      label={label}
      rows={policies}
      rowId={(policy) => policy.id}
      appearance="plain"
      columns={[
        { id: 'name', header: 'Policy name', cell: (policy) => policy.displayName },
        { id: 'grant', header: 'Grant controls', cell: (policy) => policy.enforcedGrantControls.join(', ') },
        { id: 'session', header: 'Session controls', cell: (policy) => policy.enforcedSessionControls.join(', ') },
        { id: 'result', header: 'Result', cell: (policy) => POLICY_RESULT_LABELS[policy.result] },
      ]}
    />
  );
}

/** A sign-in's Activity Details: Basic info, Device info, Authentication Details, Conditional Access and Report-only. */
function SignInDetails({ signIn, onClose }: { readonly signIn: SignIn; readonly onClose: () => void }) {
  const [tab, setTab] = useState<DetailTab>('basic');
  const enforced = signIn.appliedConditionalAccessPolicies.filter((policy) => !policy.result.startsWith('reportOnly'));
  const reportOnly = signIn.appliedConditionalAccessPolicies.filter((policy) => policy.result.startsWith('reportOnly'));
  return (
    <SidePane title="Activity Details: Sign-ins" size="large" onClose={onClose}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as DetailTab)}>
        <Tab value="basic">Basic info</Tab>
        <Tab value="device">Device info</Tab>
        <Tab value="authentication">Authentication Details</Tab>
        <Tab value="conditionalAccess">Conditional Access</Tab>
        <Tab value="reportOnly">Report-only</Tab>
      </TabList>
      {tab === 'basic' && (
        <Facts
          facts={[
            ['Date', formatDateTime(signIn.createdDateTime)],
            ['Request ID', signIn.id],
            ['User', signIn.userDisplayName],
            ['Username', signIn.userPrincipalName],
            ['Application', signIn.appDisplayName],
            ['Application ID', signIn.appId],
            ['Status', signInStatus(signIn)],
            ['Sign-in error code', String(signIn.status.errorCode)],
            ['Failure reason', signIn.status.errorCode === 0 ? 'Other.' : signIn.status.failureReason],
            ['Client app', signIn.clientAppUsed],
            ['IP address', signIn.ipAddress],
            ['Location', signIn.location.countryOrRegion],
            ['Conditional Access', conditionalAccessStatus(signIn)],
          ]}
        />
      )}
      {tab === 'device' && (
        <Facts
          facts={[
            ['Device ID', signIn.deviceDetail.deviceId],
            ['Device name', signIn.deviceDetail.displayName],
            ['Operating System', signIn.deviceDetail.operatingSystem],
            ['Compliant', signIn.deviceDetail.isCompliant ? 'Yes' : 'No'],
            ['Join Type', signIn.deviceDetail.trustType],
          ]}
        />
      )}
      {tab === 'authentication' && (
        <Facts
          facts={[
            ['Authentication requirement', signIn.authenticationRequirement === 'multiFactorAuthentication' ? 'Multifactor authentication' : 'Single-factor authentication'],
            ['Authentication method', signIn.mfaDetail?.authMethod ?? 'Password'],
            ['Result detail', signIn.status.additionalDetails],
          ]}
        />
      )}
      {tab === 'conditionalAccess' && <PoliciesTable policies={enforced} label="Conditional Access policies" />}
      {tab === 'reportOnly' && <PoliciesTable policies={reportOnly} label="Report-only policies" />}
    </SidePane>
  );
}

/** Monitoring & health > Sign-in logs: user sign-ins, filtered by status, user and application, each with its details. */
export default function SignInLogsPage() {
  const styles = useListStyles();
  const signIns = useTenant(selectSignIns, rowsEqual);
  const [status, setStatus] = useState<Status>('all');
  const [query, setQuery] = useState('');
  const [app, setApp] = useState('all');
  const [open, setOpen] = useState<SignIn | null>(null);
  const needle = useDeferredValue(query).trim().toLowerCase();
  const apps = [...new Set(signIns.map((signIn) => signIn.appDisplayName))].sort();
  const rows = signIns.filter(
    (signIn) =>
      (status === 'all' || signInStatus(signIn) === status) &&
      (app === 'all' || signIn.appDisplayName === app) &&
      (!needle || signIn.userDisplayName.toLowerCase().includes(needle) || signIn.userPrincipalName.toLowerCase().includes(needle)),
  );
  return (
    <Page title="Sign-in logs">
      <div className={styles.bar}>
        <SearchBox className={styles.search} placeholder="Search by user name or user principal name" aria-label="User" value={query} onChange={(_, data) => setQuery(data.value)} />
        <Field label="Status" orientation="horizontal">
          <Dropdown value={status === 'all' ? 'All' : status} selectedOptions={[status]} onOptionSelect={(_, data) => setStatus((data.optionValue ?? 'all') as Status)}>
            <Option value="all">All</Option>
            <Option value="Success">Success</Option>
            <Option value="Failure">Failure</Option>
            <Option value="Interrupted">Interrupted</Option>
          </Dropdown>
        </Field>
        <Field label="Application" orientation="horizontal">
          <Dropdown value={app === 'all' ? 'All' : app} selectedOptions={[app]} onOptionSelect={(_, data) => setApp(data.optionValue ?? 'all')}>
            <Option value="all">All</Option>
            {apps.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <ListTable
        label="User sign-ins (interactive)"
        rows={rows}
        rowId={(signIn) => signIn.id}
        onOpen={setOpen}
        columns={[
          { id: 'date', header: 'Date', cell: (signIn, { openLink }) => openLink(formatDateTime(signIn.createdDateTime)) },
          { id: 'user', header: 'User', cell: (signIn) => signIn.userDisplayName },
          { id: 'application', header: 'Application', cell: (signIn) => signIn.appDisplayName },
          { id: 'status', header: 'Status', cell: (signIn) => signInStatus(signIn) },
          { id: 'ipAddress', header: 'IP address', cell: (signIn) => signIn.ipAddress },
          { id: 'location', header: 'Location', cell: (signIn) => signIn.location.countryOrRegion },
          { id: 'conditionalAccess', header: 'Conditional Access', cell: (signIn) => conditionalAccessStatus(signIn) },
        ]}
        count={(shown) => (shown === 1 ? '1 sign-in' : `${shown} sign-ins`)}
        empty="No sign-ins found."
      />
      {open && <SignInDetails signIn={open} onClose={() => setOpen(null)} />}
    </Page>
  );
}
