import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'minmax(200px, max-content) 1fr', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
});

/** Label and value pairs, as the portal's Overview and details panes list them. */
export function Facts({ label, facts }: { readonly label?: string; readonly facts: readonly (readonly [string, ReactNode])[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts} aria-label={label}>
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value === '' || value === null ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}
