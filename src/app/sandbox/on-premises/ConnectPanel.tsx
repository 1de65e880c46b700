import { useMemo, useState, type FormEvent } from 'react';
import type { Tenant } from '../../../tenant';
import { containerRows, jsonEqual, schedulerLines, syncErrorRows } from '../../../views/hybrid';
import { useTenant } from '../../tenant-context';
import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import { ConnectWizard } from './ConnectWizard';
import { ServerMessageLine } from './ServerMessageLine';
import { useServerCommand } from './use-server-command';

const selectSync = (tenant: Tenant) => tenant.sync;
const selectOnPremises = (tenant: Tenant) => tenant.onPremises;
const selectErrors = (tenant: Tenant) => syncErrorRows(tenant);
const selectScheduler = (tenant: Tenant) => schedulerLines(tenant);

const STATUS_TEXT: Record<string, string> = {
  success: 'success',
  'completed-export-errors': 'completed-export-errors',
  'stopped-deletion-threshold-exceeded': 'stopped-deletion-threshold-exceeded',
  'staging-no-export': 'success (staging mode: nothing exported)',
};

/** The Entra Connect server: the wizard, and the ADSync PowerShell operations as a panel of the same operations. */
export function ConnectPanel() {
  const styles = useDnsHostStyles();
  const sync = useTenant(selectSync);
  const onPremises = useTenant(selectOnPremises);
  const errors = useTenant(selectErrors, jsonEqual);
  const scheduler = useTenant(selectScheduler, jsonEqual);
  const server = useServerCommand();
  const containers = useMemo(() => containerRows(onPremises), [onPremises]);
  const [wizard, setWizard] = useState(false);
  const [interval, setInterval] = useState('');
  const [threshold, setThreshold] = useState(String(sync.deletionPrevention.threshold));

  if (!onPremises.forest) return <p className={styles.banner}>There is no Active Directory forest yet. Promote the domain controller in Active Directory Users and Computers first.</p>;
  if (!sync.configuration || wizard) {
    return (
      <>
        <ServerMessageLine message={server.message} />
        <ConnectWizard configuration={sync.configuration} containers={containers} server={server} onDone={() => setWizard(false)} />
      </>
    );
  }
  const setSchedulerInterval = (event: FormEvent) => {
    event.preventDefault();
    const minutes = interval.trim() === '' ? null : Number(interval);
    server.run({ type: 'sync.setScheduler', customizedSyncCycleInterval: minutes }, 'Set-ADSyncScheduler completed.');
  };
  const enableThreshold = (event: FormEvent) => {
    event.preventDefault();
    server.run({ type: 'sync.setDeletionThreshold', enabled: true, threshold: Number(threshold) }, `Enable-ADSyncExportDeletionThreshold -DeletionThreshold ${threshold} completed.`);
  };

  return (
    <>
      <ServerMessageLine message={server.message} />
      <section className={styles.panel} aria-labelledby="adsync-title">
        <h2 id="adsync-title" className={styles.subheading}>
          ADSync PowerShell
        </h2>
        <div className={styles.rowActions}>
          <button type="button" className={styles.button} onClick={() => server.run({ type: 'sync.startCycle', policyType: 'Delta' }, 'Start-ADSyncSyncCycle -PolicyType Delta: Result Success')}>
            Start-ADSyncSyncCycle -PolicyType Delta
          </button>
          <button type="button" className={styles.button} onClick={() => server.run({ type: 'sync.startCycle', policyType: 'Initial' }, 'Start-ADSyncSyncCycle -PolicyType Initial: Result Success')}>
            Start-ADSyncSyncCycle -PolicyType Initial
          </button>
          <button type="button" className={styles.button} onClick={() => setWizard(true)}>
            Open the Microsoft Entra Connect wizard
          </button>
        </div>
        <h3 className={styles.subheading}>Get-ADSyncScheduler</h3>
        <dl aria-label="Get-ADSyncScheduler">
          {scheduler.map(([name, value]) => (
            <div key={name}>
              <dt className={styles.label}>{name}</dt>
              <dd>{value || '(empty)'}</dd>
            </div>
          ))}
        </dl>
        <form className={styles.rowActions} onSubmit={setSchedulerInterval} aria-label="Set-ADSyncScheduler">
          <label className={styles.field}>
            <span className={styles.label}>-CustomizedSyncCycleInterval (minutes; empty for the default)</span>
            <input className={styles.input} inputMode="numeric" value={interval} onChange={(event) => setInterval(event.target.value)} />
          </label>
          <button type="submit" className={styles.button}>
            Set-ADSyncScheduler
          </button>
          <button
            type="button"
            className={styles.button}
            onClick={() =>
              server.run(
                { type: 'sync.setScheduler', syncCycleEnabled: !sync.scheduler.syncCycleEnabled },
                `Set-ADSyncScheduler -SyncCycleEnabled $${String(!sync.scheduler.syncCycleEnabled)} completed.`,
              )
            }
          >
            Set-ADSyncScheduler -SyncCycleEnabled ${String(!sync.scheduler.syncCycleEnabled)}
          </button>
        </form>
        <h3 className={styles.subheading}>Get-ADSyncExportDeletionThreshold</h3>
        <p>
          {sync.deletionPrevention.enabled ? `DeletionPrevention: Enabled, ThresholdCount: ${sync.deletionPrevention.threshold}` : 'DeletionPrevention: Disabled'}
        </p>
        <form className={styles.rowActions} onSubmit={enableThreshold} aria-label="Enable-ADSyncExportDeletionThreshold">
          <label className={styles.field}>
            <span className={styles.label}>-DeletionThreshold</span>
            <input className={styles.input} inputMode="numeric" value={threshold} onChange={(event) => setThreshold(event.target.value)} />
          </label>
          <button type="submit" className={styles.button}>
            Enable-ADSyncExportDeletionThreshold
          </button>
          <button type="button" className={styles.button} onClick={() => server.run({ type: 'sync.setDeletionThreshold', enabled: false }, 'Disable-ADSyncExportDeletionThreshold completed.')}>
            Disable-ADSyncExportDeletionThreshold
          </button>
        </form>
      </section>
      <section className={styles.panel} aria-labelledby="operations-title">
        <h2 id="operations-title" className={styles.subheading}>
          Synchronization Service Manager: Operations
        </h2>
        <table className={styles.table} aria-label="Sync runs">
          <thead>
            <tr>
              <th className={styles.th}>Start time</th>
              <th className={styles.th}>Profile</th>
              <th className={styles.th}>Status</th>
              <th className={styles.th}>Adds</th>
              <th className={styles.th}>Updates</th>
              <th className={styles.th}>Deletes</th>
              <th className={styles.th}>Export errors</th>
            </tr>
          </thead>
          <tbody>
            {[...sync.runs].reverse().map((run) => (
              <tr key={run.id}>
                <td className={styles.td}>{run.startDateTime}</td>
                <td className={styles.td}>{run.policyType}</td>
                <td className={styles.td}>{STATUS_TEXT[run.status]}</td>
                <td className={styles.td}>{run.adds}</td>
                <td className={styles.td}>{run.updates}</td>
                <td className={styles.td}>{run.deletes}</td>
                <td className={styles.td}>{run.exportErrors}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {errors.length > 0 && (
          <>
            <h3 className={styles.subheading}>Export errors</h3>
            <ul aria-label="Export errors">
              {errors.map((error) => (
                <li key={error.id}>
                  {error.errorType} on {error.object}: {error.attribute} {error.value}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
