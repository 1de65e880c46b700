import { makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { PASS_PERCENT } from '../catalog/catalog-model';
import { catalogAreaPath } from '../catalog/lab-paths';
import { useLabStyles } from '../catalog/lab-styles';
import { RouterLink } from '../../shell/RouterLink';
import type { AreaAverage } from './history-model';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  item: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, alignItems: 'center' },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  figure: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  bar: { gridColumn: '1 / -1' },
  links: { gridColumn: '1 / -1', margin: 0, display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, fontSize: tokens.fontSizeBase200 },
});

/** Skill areas by the learner's average, weakest first, each with the scenarios to practise it. */
export function WeakestAreas({ areas }: { areas: readonly AreaAverage[] }) {
  const lab = useLabStyles();
  const styles = useStyles();
  if (areas.length === 0) return <p className={lab.muted}>Submit an attempt to see how you do in each skill area.</p>;
  return (
    <ol className={styles.list}>
      {areas.map((area) => (
        <li key={area.area} className={styles.item}>
          <p className={styles.title} id={`weak-${area.area}`}>
            {area.title}
          </p>
          <span className={styles.figure}>
            {area.average}% <span className={lab.muted}>over {area.attempts} attempt{area.attempts === 1 ? '' : 's'}</span>
          </span>
          <ProgressBar
            className={styles.bar}
            value={area.average / 100}
            thickness="large"
            color={area.average >= PASS_PERCENT ? 'success' : area.average >= PASS_PERCENT / 2 ? 'warning' : 'error'}
            aria-labelledby={`weak-${area.area}`}
            aria-valuetext={`${area.average}%`}
          />
          <p className={styles.links}>
            <span className={lab.muted}>Practise:</span>
            {area.scenarios.slice(0, 4).map((scenario) => (
              <RouterLink key={scenario.id} to={catalogAreaPath(area.area, scenario.title)}>
                {scenario.title}
              </RouterLink>
            ))}
            <RouterLink to={catalogAreaPath(area.area)}>All {area.scenarios.length} in this area</RouterLink>
          </p>
        </li>
      ))}
    </ol>
  );
}
