import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { MAIN_CONTENT_ID } from '../../shell/SkipLink';
import { dnsHostPath, returnPath } from './dns-host-paths';
import { useDnsHostStyles } from './dns-host-styles';
import { HostLink } from './HostLink';
import { ZoneList } from './ZoneList';
import { ZoneRecords } from './ZoneRecords';
import { adminPaths } from '../../portals/admin/paths';
import { portalOfPath, usePortals, type PortalEntry } from '../../shell/portal';

const DEFAULT_RETURN = adminPaths.domains;

function portalName(portals: readonly PortalEntry[], path: string): string {
  return portalOfPath(portals, path)?.name ?? 'Microsoft 365 admin center';
}

/**
 * The Tenant Lab DNS host at `/dns` and `/dns/<zone>`: the learner's registrar, outside both
 * portals, with its own frame and a way back to the page they came from.
 */
export default function DnsHostPage() {
  const styles = useDnsHostStyles();
  const { zoneName } = useParams();
  const [params] = useSearchParams();
  const portals = usePortals();
  const from = returnPath(params.get('from'), portals);
  const back = from ?? DEFAULT_RETURN;
  useEffect(() => {
    document.title = zoneName ? `${zoneName} - DNS host - Tenant Lab` : 'DNS host - Tenant Lab';
  }, [zoneName]);

  return (
    <div className={styles.frame}>
      <header className={styles.header}>
        <p className={styles.brand}>Tenant Lab DNS host</p>
        <span className={styles.tagline}>Stands in for your domain registrar. Part of the sandbox, not Microsoft 365.</span>
        <HostLink to={back} className={styles.back}>
          ← Back to the {portalName(portals, back)}
        </HostLink>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
        <h1 className={styles.heading}>{zoneName ? `Manage DNS: ${zoneName}` : 'DNS management'}</h1>
        {zoneName && (
          <p className={styles.note}>
            <HostLink to={dnsHostPath(undefined, from ?? undefined)} className={styles.link}>
              All your domains
            </HostLink>
          </p>
        )}
        {zoneName ? <ZoneRecords zoneName={zoneName} /> : <ZoneList from={from} />}
      </main>
    </div>
  );
}
