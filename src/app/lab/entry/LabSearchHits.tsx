import { makeStyles, tokens } from '@fluentui/react-components';
import { LAB_EDGE, LAB_INK, LAB_PAPER } from '../catalog/lab-styles';
import { labEntryPointsFor } from './lab-entry-points';

const useStyles = makeStyles({
  // The lab's paper and dashed edge: these results are Tenant Lab's, not the portal's.
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: LAB_PAPER,
    color: LAB_INK,
    border: `1px dashed ${LAB_EDGE}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  link: { color: LAB_INK, fontWeight: tokens.fontWeightSemibold },
  detail: { marginLeft: tokens.spacingHorizontalS },
});

/** The header search's hits among Tenant Lab's own pages, shown apart from the portal's. */
export function LabSearchHits({ query }: { query: string }) {
  const styles = useStyles();
  const hits = labEntryPointsFor(query);
  if (hits.length === 0) return null;
  return (
    <section className={styles.section} aria-label="Tenant Lab pages">
      <h2 className={styles.heading}>Tenant Lab (practice sandbox, not Microsoft)</h2>
      <ul className={styles.list}>
        {hits.map((hit) => (
          <li key={hit.href}>
            <a className={styles.link} href={hit.href}>
              {hit.label}
            </a>
            <span className={styles.detail}>{hit.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
