import { Dropdown, Field, Link, Option, SearchBox, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import type { SignIn } from '../../../../../tenant';
import { POLICY_RESULT_LABELS, selectSignIns, signInStatus } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { formatDateTime } from '../../../../../views/portal-dates';
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

function PoliciesTable({ policies, label }: { readonly policies: SignIn['appliedConditionalAccessPolicies']; readonly label: string }) {
  if (policies.length === 0) return <Text>No policies.</Text>;
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Policy name</TableHeaderCell>
          <TableHeaderCell>Grant controls</TableHeaderCell>
          <TableHeaderCell>Session controls</TableHeaderCell>
          <TableHeaderCell>Result</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {policies.map((policy) => (
          <TableRow key={policy.id}>
            <TableCell>{policy.displayName}</TableCell>
            <TableCell>{policy.enforcedGrantControls.join(', ')}</TableCell>
            <TableCell>{policy.enforcedSessionControls.join(', ')}</TableCell>
            <TableCell>{POLICY_RESULT_LABELS[policy.result]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
            ['Conditional Access', signIn.conditionalAccessStatus === 'notApplied' ? 'Not Applied' : signIn.conditionalAccessStatus === 'success' ? 'Success' : 'Failure'],
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
      <Text className={styles.muted}>{rows.length === 1 ? '1 sign-in' : `${rows.length} sign-ins`}</Text>
      <div className={styles.surface}>
        <Table aria-label="User sign-ins (interactive)" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Date</TableHeaderCell>
              <TableHeaderCell>User</TableHeaderCell>
              <TableHeaderCell>Application</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>IP address</TableHeaderCell>
              <TableHeaderCell>Location</TableHeaderCell>
              <TableHeaderCell>Conditional Access</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((signIn) => (
              <TableRow key={signIn.id}>
                <TableCell>
                  <Link as="button" onClick={() => setOpen(signIn)}>
                    {formatDateTime(signIn.createdDateTime)}
                  </Link>
                </TableCell>
                <TableCell>{signIn.userDisplayName}</TableCell>
                <TableCell>{signIn.appDisplayName}</TableCell>
                <TableCell>{signInStatus(signIn)}</TableCell>
                <TableCell>{signIn.ipAddress}</TableCell>
                <TableCell>{signIn.location.countryOrRegion}</TableCell>
                <TableCell>{signIn.conditionalAccessStatus === 'notApplied' ? 'Not Applied' : signIn.conditionalAccessStatus === 'success' ? 'Success' : 'Failure'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && <Text>No sign-ins found.</Text>}
      </div>
      {open && <SignInDetails signIn={open} onClose={() => setOpen(null)} />}
    </Page>
  );
}
