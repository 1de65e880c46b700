import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import { toArray } from '../../../../../tenant';
import { shallowEqual } from '../../../../../views/equality';
import { useListStyles } from '../../../../kit/list-styles';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { entraPaths } from '../../paths';

/** Conditional Access > Overview: how many policies are on, report-only and off, and where to go next. */
export default function ConditionalAccessOverviewPage() {
  const styles = useListStyles();
  const navigate = useNavigate();
  const counts = useTenant((tenant) => {
    const policies = toArray(tenant.access.conditionalAccessPolicies);
    return {
      on: policies.filter((policy) => policy.state === 'enabled').length,
      reportOnly: policies.filter((policy) => policy.state === 'enabledForReportingButNotEnforced').length,
      off: policies.filter((policy) => policy.state === 'disabled').length,
      locations: tenant.access.namedLocations.size,
      securityDefaults: tenant.access.securityDefaultsEnabled,
    };
  }, shallowEqual);
  const link = (to: string, label: string) => (
    <Link href={to} onClick={(event) => { event.preventDefault(); navigate(to); }}>
      {label}
    </Link>
  );
  return (
    <Page title="Conditional Access" heading="Conditional Access | Overview">
      {counts.securityDefaults && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>Security defaults are enabled. Conditional Access policies can be created in report-only mode, but must wait for security defaults to be disabled before they are turned on. {link(entraPaths.properties, 'Manage security defaults')}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-label="Policy summary">
        <h2 className={styles.sectionHeading}>Policy summary</h2>
        <dl className={styles.facts}>
          <dt className={styles.term}>Enabled</dt>
          <dd className={styles.definition}>{counts.on}</dd>
          <dt className={styles.term}>Report-only</dt>
          <dd className={styles.definition}>{counts.reportOnly}</dd>
          <dt className={styles.term}>Off</dt>
          <dd className={styles.definition}>{counts.off}</dd>
          <dt className={styles.term}>Named locations</dt>
          <dd className={styles.definition}>{counts.locations}</dd>
        </dl>
      </section>
      <section className={styles.section} aria-label="Manage">
        <h2 className={styles.sectionHeading}>Manage</h2>
        <Text>{link(entraPaths.conditionalAccessPolicies, 'Policies')}</Text>
        <Text>{link(entraPaths.namedLocations, 'Named locations')}</Text>
        <Text>{link(entraPaths.whatIf, 'What If')}</Text>
        <Text>{link(entraPaths.signInLogs, 'Sign-in logs')}</Text>
        <Text>{link(entraPaths.perUserMfa, 'Per-user MFA')}</Text>
      </section>
    </Page>
  );
}
