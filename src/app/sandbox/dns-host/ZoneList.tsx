import { rowsEqual } from '../../../views/equality';
import { selectDnsZoneRows } from '../../../views/domains';
import { HostLink } from './HostLink';
import { useTenant } from '../../tenant-context';
import { dnsHostPath } from './dns-host-paths';
import { useDnsHostStyles } from './dns-host-styles';

/** "Your domains": every zone the learner owns at the host, each opening its records. */
export function ZoneList({ from }: { readonly from: string | null }) {
  const styles = useDnsHostStyles();
  const zones = useTenant(selectDnsZoneRows, rowsEqual);
  return (
    <section className={styles.panel} aria-labelledby="zones-heading">
      <h2 id="zones-heading" className={styles.heading}>
        Your domains
      </h2>
      {zones.length === 0 ? (
        <p className={styles.note}>You don't have any domains here yet. Adding a domain in the Microsoft 365 admin center registers it here for you.</p>
      ) : (
        <table className={styles.table} aria-label="Your domains">
          <thead>
            <tr>
              <th className={styles.th}>Domain</th>
              <th className={styles.th}>Records</th>
              <th className={styles.th}>In your Microsoft 365 organization</th>
            </tr>
          </thead>
          <tbody>
            {zones.map((zone) => (
              <tr key={zone.name}>
                <td className={styles.td}>
                  <HostLink to={dnsHostPath(zone.name, from ?? undefined)} className={styles.link}>
                    {zone.name}
                  </HostLink>
                </td>
                <td className={styles.td}>{zone.recordCount}</td>
                <td className={styles.td}>{zone.inTenant ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
