import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/*
 * Drawn like the lab strip above the portal (paper yellow, dashed edge, monospace), never like a
 * portal message, so a learner can tell what the sandbox says about itself from what Microsoft's
 * portal would say.
 */
const useStyles = makeStyles({
  note: {
    padding: '6px 10px',
    backgroundColor: '#fdf6d8',
    color: '#3b3200',
    border: '2px dashed #b08800',
    borderRadius: '2px',
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '12px',
    lineHeight: '18px',
  },
  brand: { fontWeight: 700, letterSpacing: '0.08em', textTransform: 'uppercase', marginRight: '8px' },
});

/** What the sandbox does differently from the real portal at this spot (a simulated checkout). */
export function LabNote({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <aside className={styles.note} aria-label="Tenant Lab note">
      <span className={styles.brand}>Tenant Lab</span>
      {children}
    </aside>
  );
}
