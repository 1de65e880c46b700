import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Tenant } from '../../../../../tenant';
import { connectStatus, jsonEqual, syncErrorRows } from '../../../../../views/hybrid';
import { formatDateTime } from '../../../../../views/portal-dates';
import { ListTable } from '../../../../kit/ListTable';
import { Page } from '../../../../shell/Page';
import { RouterLink } from '../../../../shell/RouterLink';
import { useTenant } from '../../../../tenant-context';
import { onPremisesPaths } from '../../../../sandbox/on-premises/on-premises-paths';

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalL },
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, textTransform: 'uppercase', color: tokens.colorNeutralForeground3, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
  detail: { color: tokens.colorNeutralForeground3 },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

const selectStatus = (tenant: Tenant) => connectStatus(tenant);
const selectErrors = (tenant: Tenant) => syncErrorRows(tenant);

function enabled(on: boolean): string {
  return on ? 'Enabled' : 'Disabled';
}

/** Entra ID > Entra Connect > Connect Sync: sync status, user sign-in features, and the sync errors to fix on-premises. */
export default function EntraConnectPage() {
  const styles = useStyles();
  const status = useTenant(selectStatus, jsonEqual);
  const errors = useTenant(selectErrors, jsonEqual);
  return (
    <Page>
      <div className={styles.stack}>
        <section className={styles.surface} aria-labelledby="connect-sync">
          <h2 id="connect-sync" className={styles.heading}>
            Microsoft Entra Connect Sync
          </h2>
          <dl className={styles.grid}>
            <dt>Sync Status</dt>
            <dd>{status.configured ? 'Enabled' : 'Not installed'}</dd>
            <dt>Last Sync</dt>
            <dd>{status.lastSyncDateTime ? formatDateTime(status.lastSyncDateTime) : 'Sync has never run'}</dd>
            <dt>Password Hash Sync</dt>
            <dd>{enabled(status.passwordHashSync)}</dd>
            <dt>Password writeback</dt>
            <dd>{enabled(status.passwordWriteback)}</dd>
            {status.stagingMode && (
              <>
                <dt>Staging mode</dt>
                <dd>Enabled: the server imports and synchronizes but exports nothing</dd>
              </>
            )}
            {status.lastRunStatus === 'stopped-deletion-threshold-exceeded' && (
              <>
                <dt>Export</dt>
                <dd>Export to Microsoft Entra ID was Stopped. Accidental delete threshold was reached.</dd>
              </>
            )}
          </dl>
          {!status.configured && (
            <Text>
              Install Microsoft Entra Connect Sync on a server that can reach your domain controllers.{' '}
              <RouterLink to={onPremisesPaths.connect}>Open the on-premises Entra Connect server (sandbox)</RouterLink>
            </Text>
          )}
          <h2 className={styles.heading}>User sign-in</h2>
          <dl className={styles.grid}>
            <dt>Federation</dt>
            <dd>
              {enabled(status.federatedDomains > 0)} <span className={styles.detail}>{status.federatedDomains} domains</span>
            </dd>
            <dt>Seamless single sign-on</dt>
            <dd>{enabled(status.seamlessSingleSignOn)}</dd>
            <dt>Pass-through authentication</dt>
            <dd>{enabled(status.passThroughAuthentication)}</dd>
          </dl>
        </section>
        <section className={styles.surface} aria-labelledby="sync-errors">
          <h2 id="sync-errors" className={styles.heading}>
            Sync errors (Microsoft Entra Connect Health)
          </h2>
          {errors.length === 0 ? (
            <Text>No sync errors.</Text>
          ) : (
            <ListTable
              label="Sync errors"
              rows={errors}
              rowId={(error) => error.id}
              appearance="plain"
              columns={[
                { id: 'category', header: 'Category', cell: (error) => error.category },
                { id: 'errorType', header: 'Error type', cell: (error) => error.errorType },
                { id: 'object', header: 'On-premises object to fix', cell: (error) => error.object },
                { id: 'attribute', header: 'Attribute', cell: (error) => error.attribute },
                { id: 'value', header: 'Value', cell: (error) => error.value },
                { id: 'conflictingObject', header: 'Existing object', cell: (error) => error.conflictingObject },
                {
                  id: 'details',
                  header: 'Details',
                  cell: (error) => (
                    <>
                      {error.message} <span className={styles.detail}>First seen {formatDateTime(error.firstOccurredDateTime)}.</span>
                    </>
                  ),
                },
              ]}
            />
          )}
          <Text>
            Fix the values in your on-premises directory; the next sync cycle clears the error.{' '}
            <Link href="https://aka.ms/aadconnecthealth" target="_blank" rel="noreferrer">
              Microsoft Entra Connect Health
            </Link>
          </Text>
        </section>
      </div>
    </Page>
  );
}
