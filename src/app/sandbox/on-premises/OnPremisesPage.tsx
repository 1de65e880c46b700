import { useEffect } from 'react';
import { useParams } from 'react-router';
import { MAIN_CONTENT_ID } from '../../shell/SkipLink';
import { adminPaths } from '../../portals/admin/paths';
import { entraPaths } from '../../portals/entra/paths';
import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import { HostLink } from '../dns-host/HostLink';
import { AducPanel } from './AducPanel';
import { ConnectPanel } from './ConnectPanel';
import { onPremisesPaths } from './on-premises-paths';

const TOOLS = {
  aduc: { title: 'Active Directory Users and Computers', server: 'DC01' },
  connect: { title: 'Microsoft Entra Connect Sync', server: 'AADCONNECT01' },
} as const;

/**
 * The Tenant Lab on-premises server at `/on-premises/aduc` and `/on-premises/connect`: the
 * learner's domain controller and Entra Connect server, drawn as the sandbox's own tool (like the
 * DNS host), never as a Microsoft cloud portal.
 */
export default function OnPremisesPage() {
  const styles = useDnsHostStyles();
  const { tool } = useParams();
  const current = tool === 'connect' ? 'connect' : 'aduc';
  useEffect(() => {
    document.title = `${TOOLS[current].title} - On-premises server - Tenant Lab`;
  }, [current]);
  return (
    <div className={styles.frame}>
      <header className={styles.header}>
        <p className={styles.brand}>Tenant Lab on-premises server</p>
        <span className={styles.tagline}>Stands in for your Windows servers ({TOOLS[current].server}). Part of the sandbox, not Microsoft 365.</span>
        <HostLink to={entraPaths.home} className={styles.back}>
          Microsoft Entra admin center
        </HostLink>
        <HostLink to={adminPaths.home} className={styles.back}>
          Microsoft 365 admin center
        </HostLink>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
        <nav aria-label="Server consoles" className={styles.rowActions}>
          {(Object.keys(TOOLS) as (keyof typeof TOOLS)[]).map((key) => (
            <HostLink key={key} to={onPremisesPaths[key]} className={styles.link}>
              {key === current ? `▸ ${TOOLS[key].title}` : TOOLS[key].title}
            </HostLink>
          ))}
        </nav>
        <h1 className={styles.heading}>{TOOLS[current].title}</h1>
        {current === 'aduc' ? <AducPanel /> : <ConnectPanel />}
      </main>
    </div>
  );
}
