import { makeStyles } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { LAB_PATHS } from './catalog/lab-paths';
import { DnsHostStripLink } from '../sandbox/dns-host/DnsHostStripLink';
import { OnPremisesStripLink } from '../sandbox/on-premises/OnPremisesStripLink';
import { selectNow } from '../../views/organization';
import { OnDemandMenu } from '../shell/OnDemandMenu';
import { useTenant, useTenantStore } from '../tenant-context';
import type { FastForwardOption } from './fast-forward';
import type { FastForwardMenuProps } from './FastForwardMenu';
import { formatInstant } from './format-instant';

/*
 * The sandbox's own controls, drawn on purpose unlike Microsoft's portals (monospace, paper
 * yellow, a dashed edge), so a learner never mistakes the clock for a portal feature.
 */
const useStyles = makeStyles({
  strip: {
    display: 'flex',
    alignItems: 'center',
    // One line at every width a learner uses (1280 px and up): the note gives way, with an ellipsis.
    flexWrap: 'nowrap',
    columnGap: '10px',
    whiteSpace: 'nowrap',
    padding: '3px 12px',
    backgroundColor: '#fdf6d8',
    color: '#3b3200',
    borderBottom: '2px dashed #b08800',
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '11px',
    lineHeight: '20px',
  },
  brand: { fontWeight: 700, letterSpacing: '0.08em', textTransform: 'uppercase' },
  note: { color: '#6b5d00', minWidth: '3em', overflow: 'hidden', textOverflow: 'ellipsis' },
  clock: { marginLeft: 'auto' },
  link: { color: 'inherit', fontWeight: 700, ':focus-visible': { outline: '2px solid #3b3200', outlineOffset: '1px' } },
  button: {
    font: 'inherit',
    color: 'inherit',
    backgroundColor: '#fff',
    border: '1px solid #b08800',
    borderRadius: '2px',
    padding: '0 8px',
    cursor: 'pointer',
    ':hover': { backgroundColor: '#f6e7a6' },
    ':focus-visible': { outline: '2px solid #3b3200', outlineOffset: '1px' },
  },
  status: { minWidth: '1px' },
});

const loadFastForwardMenu = () => import('./FastForwardMenu').then((module) => module.FastForwardMenu);

/** The strip's look, for controls a page puts in it (the player's save state, Start over). */
export const useLabStripStyles = useStyles;

/**
 * The strip above every page: what the sandbox is, the way to the lab's scenarios and exams,
 * the simulated clock, and fast-forward.
 * `children` are the attempt's own controls, shown after the note.
 */
export function LabStrip({ children }: { children?: ReactNode } = {}) {
  const styles = useStyles();
  const store = useTenantStore();
  const now = useTenant(selectNow);
  const location = useLocation();
  const [announcement, setAnnouncement] = useState('');

  const fastForward = (option: FastForwardOption) => {
    const result = store.fastForward(option.duration);
    setAnnouncement(
      result.ok ? `Fast-forwarded ${option.label}. Simulated time is now ${formatInstant(result.tenant.clock.now)}.` : result.error.message,
    );
  };

  return (
    <section aria-label="Tenant Lab" className={styles.strip}>
      <span className={styles.brand}>Tenant Lab</span>
      <span className={styles.note} title="Practice sandbox, not Microsoft. Nothing leaves this browser.">
        Sandbox, not Microsoft
      </span>
      {children}
      {/* A plain address: the lab's pages lie outside an attempt's router. */}
      <a href={LAB_PATHS.catalog} className={styles.link}>
        Scenarios &amp; exams
      </a>
      <DnsHostStripLink from={location.pathname + location.search} className={styles.button} />
      <OnPremisesStripLink from={location.pathname} className={styles.button} />
      <span className={styles.clock}>
        Simulated time: <time dateTime={now}>{formatInstant(now)}</time>
      </span>
      <OnDemandMenu<FastForwardMenuProps>
        load={loadFastForwardMenu}
        menuProps={{ onFastForward: fastForward }}
        renderTrigger={(props) => (
          <button {...props} type="button" className={styles.button}>
            Fast-forward ▾
          </button>
        )}
      />
      <span role="status" aria-live="polite" className={styles.status}>
        {announcement}
      </span>
    </section>
  );
}
