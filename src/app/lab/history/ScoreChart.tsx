import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { PASS_PERCENT } from '../catalog/catalog-model';
import { formatDateTime, formatShortDate } from './format-date';
import type { ScorePoint } from './history-model';

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { left: 44, right: 16, top: 16, bottom: 36 };
const TICKS = [0, 25, 50, 75, 100] as const;

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: `${WIDTH}px`, height: 'auto', display: 'block', overflow: 'visible' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  pass: { stroke: tokens.colorPaletteGreenBorderActive, strokeWidth: 1.5, strokeDasharray: '6 4' },
  passText: { fill: tokens.colorPaletteGreenForeground1, fontSize: '12px', fontFamily: tokens.fontFamilyBase, fontWeight: tokens.fontWeightSemibold },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: 2.5, strokeLinejoin: 'round', strokeLinecap: 'round' },
  point: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorBrandForeground1, strokeWidth: 2.5 },
  pointPassed: { fill: tokens.colorBrandForeground1 },
});

const x = (index: number, count: number) => PLOT.left + (count <= 1 ? (WIDTH - PLOT.left - PLOT.right) / 2 : (index * (WIDTH - PLOT.left - PLOT.right)) / (count - 1));
const y = (percent: number) => PLOT.top + ((100 - percent) * (HEIGHT - PLOT.top - PLOT.bottom)) / 100;

/** One sentence that says what the line shows, for the chart's accessible description. */
function describeSeries(points: readonly ScorePoint[]): string {
  if (points.length === 0) return 'No graded attempts yet.';
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const best = Math.max(...points.map((point) => point.percent));
  const average = Math.round(points.reduce((sum, point) => sum + point.percent, 0) / points.length);
  return `${points.length} graded attempt${points.length === 1 ? '' : 's'} from ${formatDateTime(first.at)} to ${formatDateTime(last.at)}. Latest ${last.percent}%, best ${best}%, average ${average}%. The pass mark is ${PASS_PERCENT}%.`;
}

/**
 * Scores over time, drawn by hand as SVG: one point per graded attempt in the order they were
 * submitted (evenly spaced, so a busy afternoon doesn't squash into one spot), the pass mark as
 * a dashed line. Screen readers get the summary; the table beside it has every value.
 */
export function ScoreChart({ points }: { points: readonly ScorePoint[] }) {
  const styles = useStyles();
  const titleId = useId();
  const descId = useId();
  const coords = points.map((point, index) => ({ point, cx: x(index, points.length), cy: y(point.percent) }));
  const labelled = points.length <= 1 ? coords : [coords[0]!, coords[coords.length - 1]!];
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.svg} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>Scores over time</title>
      <desc id={descId}>{describeSeries(points)}</desc>
      {TICKS.map((tick) => (
        <g key={tick}>
          <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} className={styles.grid} />
          <text x={PLOT.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className={styles.axisText}>
            {tick}%
          </text>
        </g>
      ))}
      <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(PASS_PERCENT)} y2={y(PASS_PERCENT)} className={styles.pass} />
      <text x={WIDTH - PLOT.right} y={y(PASS_PERCENT) + 16} textAnchor="end" className={styles.passText}>
        Pass {PASS_PERCENT}%
      </text>
      {coords.length > 1 && <polyline points={coords.map(({ cx, cy }) => `${cx},${cy}`).join(' ')} className={styles.line} data-testid="score-line" />}
      {coords.map(({ point, cx, cy }) => (
        <circle key={point.attemptId} cx={cx} cy={cy} r={5} className={mergeClasses(styles.point, point.percent >= PASS_PERCENT && styles.pointPassed)} data-percent={point.percent}>
          <title>{`${point.title}: ${point.percent}% on ${formatDateTime(point.at)}`}</title>
        </circle>
      ))}
      {labelled.map(({ point, cx }, index) => (
        <text key={point.attemptId} x={cx} y={HEIGHT - 12} textAnchor={labelled.length === 1 ? 'middle' : index === 0 ? 'start' : 'end'} className={styles.axisText}>
          {formatShortDate(point.at)}
        </text>
      ))}
    </svg>
  );
}
