import { Badge, Link, makeStyles, mergeClasses, ProgressBar, tokens } from '@fluentui/react-components';
import { PASS_PERCENT } from '../catalog/catalog-model';
import { attemptBase, RESULTS_PATH } from '../player/player-paths';
import { useLabStyles } from '../catalog/lab-styles';
import { formatDateTime, REAL_TIME_LABEL } from '../history/format-date';
import { PASSING_SCORE, SCALE_MAX, type ExamReport } from './exam-report';
import type { ExamSitting } from './exam-sitting';

const useStyles = makeStyles({
  summary: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXXL}`, alignItems: 'center' },
  score: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  figure: { margin: 0, fontSize: '56px', lineHeight: '64px', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  outOf: { fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  scale: { gridColumn: '1 / -1', position: 'relative', height: '48px' },
  track: { position: 'absolute', left: 0, right: 0, top: '8px', height: '12px', borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorNeutralBackground5, overflow: 'hidden' },
  fill: { height: '100%', borderRadius: tokens.borderRadiusCircular },
  passFill: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  failFill: { backgroundColor: tokens.colorPaletteRedBackground3 },
  mark: { position: 'absolute', top: 0, height: '28px', width: '2px', backgroundColor: tokens.colorNeutralForeground1 },
  markLabel: { position: 'absolute', top: '30px', transform: 'translateX(-50%)', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  areas: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  area: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}` },
  areaBar: { gridColumn: '1 / -1' },
  percent: { fontVariantNumeric: 'tabular-nums' },
});

function percentOf(earned: number, total: number): string {
  return total === 0 ? '—' : `${Math.floor((earned * 100) / total)}%`;
}

/** The exam score report: a scaled score against the pass mark, each skill area, each scenario with a Review of its feedback. */
export function ExamReportView({ sitting, report }: { sitting: ExamSitting; report: ExamReport }) {
  const styles = useStyles();
  const lab = useLabStyles();
  const fill = `${(report.scaledScore * 100) / SCALE_MAX}%`;
  return (
    <>
      <section className={lab.panel} aria-labelledby="report-heading">
        <h2 id="report-heading" className={lab.sectionHeading}>
          Score report
        </h2>
        <div className={styles.summary}>
          <div className={styles.score}>
            <p className={styles.figure} aria-label={`Your score: ${report.scaledScore} out of ${SCALE_MAX}`}>
              {report.scaledScore}
              <span className={styles.outOf}> / {SCALE_MAX}</span>
            </p>
            <Badge size="large" appearance="filled" color={report.passed ? 'success' : 'danger'}>
              {report.passed ? 'Pass' : 'Fail'}
            </Badge>
          </div>
          <dl className={styles.facts}>
            <dt className={styles.term}>Passing score</dt>
            <dd className={styles.value}>{PASSING_SCORE}</dd>
            <dt className={styles.term}>Points</dt>
            <dd className={styles.value}>
              {report.earned} of {report.total}
            </dd>
            <dt className={styles.term}>Started ({REAL_TIME_LABEL})</dt>
            <dd className={styles.value}>{formatDateTime(sitting.startedAt)}</dd>
            <dt className={styles.term}>Ended ({REAL_TIME_LABEL})</dt>
            <dd className={styles.value}>
              {sitting.endedAt && formatDateTime(sitting.endedAt)} {sitting.endedBy === 'time' ? '(time ran out)' : '(ended by you)'}
            </dd>
          </dl>
          <div className={styles.scale} role="img" aria-label={`Score ${report.scaledScore} on a scale to ${SCALE_MAX}; the pass mark is ${PASSING_SCORE}.`}>
            <div className={styles.track}>
              <div className={mergeClasses(styles.fill, report.passed ? styles.passFill : styles.failFill)} style={{ width: fill }} />
            </div>
            <div className={styles.mark} style={{ left: `${(PASSING_SCORE * 100) / SCALE_MAX}%` }} />
            <span className={styles.markLabel} style={{ left: `${(PASSING_SCORE * 100) / SCALE_MAX}%` }} aria-hidden>
              Pass {PASSING_SCORE}
            </span>
          </div>
        </div>
      </section>
      <section className={lab.panel} aria-labelledby="areas-heading">
        <h2 id="areas-heading" className={lab.sectionHeading}>
          Performance by skill area
        </h2>
        <ul className={styles.areas}>
          {report.areas.map((area) => (
            <li key={area.id} className={styles.area}>
              <span id={`area-result-${area.id}`}>{area.title}</span>
              <span className={styles.percent}>
                {area.percent}% <span className={lab.muted}>({area.earned} of {area.total} points)</span>
              </span>
              <ProgressBar className={styles.areaBar} thickness="large" value={area.total === 0 ? 0 : area.earned / area.total} color={area.percent >= PASS_PERCENT ? 'success' : 'error'} aria-labelledby={`area-result-${area.id}`} aria-valuetext={`${area.percent}%`} />
            </li>
          ))}
        </ul>
      </section>
      <section className={lab.panel} aria-labelledby="results-heading">
        <h2 id="results-heading" className={lab.sectionHeading}>
          Scenario results
        </h2>
        <table className={lab.table}>
          <caption className={lab.visuallyHidden}>Each scenario’s result</caption>
          <thead>
            <tr>
              <th scope="col" className={lab.th}>
                #
              </th>
              <th scope="col" className={lab.th}>
                Scenario
              </th>
              <th scope="col" className={`${lab.th} ${lab.numeric}`}>
                Points
              </th>
              <th scope="col" className={`${lab.th} ${lab.numeric}`}>
                Score
              </th>
              <th scope="col" className={lab.th}>
                <span className={lab.visuallyHidden}>Review</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.questions.map((result, index) => (
              <tr key={result.question.attemptId}>
                <td className={lab.td}>{index + 1}</td>
                <th scope="row" className={`${lab.td} ${lab.rowHeader}`}>
                  {result.question.title}
                </th>
                <td className={`${lab.td} ${lab.numeric}`}>{result.attempt ? `${result.earned} of ${result.total}` : '—'}</td>
                <td className={`${lab.td} ${lab.numeric}`}>{result.attempt ? percentOf(result.earned, result.total) : 'Deleted'}</td>
                <td className={lab.td}>
                  {result.attempt && (
                    <Link href={attemptBase(result.attempt.id) + RESULTS_PATH} aria-label={`Review ${index + 1}. ${result.question.title}`}>
                      Review
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
