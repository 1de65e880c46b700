import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { grade, type AttemptEvidence, type ScenarioInstance } from '../../../../scenario';
import type { Tenant } from '../../../../tenant';
import { RouterLink } from '../../../shell/RouterLink';
import { useDocumentTitle } from '../../../shell/Page';
import { ExamResultsGate } from '../../exam/ExamResultsGate';
import { MAIN_CONTENT_ID } from '../../../shell/SkipLink';
import { useTenant } from '../../../tenant-context';
import type { LabSession } from '../../../../session/lab-session';
import { useLabSession, useLabSessionState } from '../../session-context';
import { formatElapsed } from '../task-pane/AttemptClock';
import { solutionLines } from '../changes/solution-lines';
import { CheckList, pointsText } from '../checks/CheckList';
import { LAB_HOME } from '../player-paths';
import { ExportAttemptButton } from './ExportAttemptButton';
import { useWhatChanged } from './useWhatChanged';
import { adminPaths } from '../../../portals/admin/paths';

const useStyles = makeStyles({
  main: { flex: 1, overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground2, ':focus': { outline: 'none' } },
  page: { maxWidth: '880px', padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXXL} ${tokens.spacingVerticalXXXL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  heading: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  card: { backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  score: { margin: 0, fontSize: tokens.fontSizeHero900, lineHeight: tokens.lineHeightHero900, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'left', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  links: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
});

const wholeTenant = (tenant: Tenant) => tenant;

/** A submitted attempt's results: score, skill areas, every check's feedback, the reference solution and what changed. */
export default function ResultsPage() {
  const styles = useStyles();
  const session = useLabSession();
  const { attempt } = useLabSessionState();
  useDocumentTitle('Results - Tenant Lab');
  const body =
    !session.instance ? (
      <p>Free play has no task, so there is nothing to grade.</p>
    ) : attempt.status !== 'submitted' ? (
      <p>
        This attempt isn’t submitted yet. <RouterLink to={adminPaths.home} inline>Back to the admin center</RouterLink>
      </p>
    ) : attempt.mode === 'exam' && attempt.examId ? (
      <ExamResultsGate examId={attempt.examId}>
        <Results session={session} instance={session.instance} />
      </ExamResultsGate>
    ) : (
      <Results session={session} instance={session.instance} />
    );
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
      <div className={styles.page}>
        <h1 className={styles.heading}>Results{session.instance ? `: ${session.instance.scenario.title}` : ''}</h1>
        {body}
      </div>
    </main>
  );
}

function Results({ session, instance }: { session: LabSession; instance: ScenarioInstance }) {
  const styles = useStyles();
  const { attempt } = useLabSessionState();
  const tenant = useTenant(wholeTenant);
  const [evidence, setEvidence] = useState<AttemptEvidence>({});
  useEffect(() => {
    let current = true;
    void session.evidence().then((found) => current && setEvidence(found));
    return () => {
      current = false;
    };
  }, [session, tenant]);
  const report = useMemo(() => grade(instance, tenant, evidence), [instance, tenant, evidence]);
  const solution = useMemo(() => solutionLines(instance), [instance]);
  const changes = useWhatChanged(session);
  return (
    <>
      <section className={styles.card} aria-labelledby="results-score">
        <h2 id="results-score" className={styles.cardTitle}>
          Your score
        </h2>
        <p className={styles.score}>{report.percent}%</p>
        <p className={styles.muted}>
          {pointsText(report.earned, report.total)}{report.complete ? ': every check passes.' : '.'} Time spent: {formatElapsed(attempt.activeMs)}.
        </p>
      </section>

      <section className={styles.card} aria-labelledby="results-areas">
        <h2 id="results-areas" className={styles.cardTitle}>
          By skill area
        </h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Skill area</th>
              <th scope="col">Exam domain</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {report.skillAreas.map((area) => (
              <tr key={area.id}>
                <td>{area.title}</td>
                <td>{area.domainTitle}</td>
                <td>
                  {area.earned} of {area.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={styles.card} aria-labelledby="results-checks">
        <h2 id="results-checks" className={styles.cardTitle}>
          Checks
        </h2>
        <CheckList checks={report.checks} label="Checks" />
      </section>

      <section className={styles.card} aria-labelledby="results-changes">
        <h2 id="results-changes" className={styles.cardTitle}>
          What you changed
        </h2>
        {changes.status === 'loading' && <p role="status">Reading your changes…</p>}
        {changes.status === 'failed' && <p role="alert">{changes.error.message}</p>}
        {changes.status === 'ready' &&
          (changes.lines.length === 0 ? (
            <p className={styles.muted}>You made no changes to the tenant.</p>
          ) : (
            <ol className={styles.lines} aria-label="What you changed">
              {changes.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ol>
          ))}
      </section>

      <section className={styles.card} aria-labelledby="results-solution">
        <h2 id="results-solution" className={styles.cardTitle}>
          Reference solution
        </h2>
        <p className={styles.muted}>One way to do it, in the order the steps were made:</p>
        <ol className={styles.lines} aria-label="Reference solution">
          {solution.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </section>

      <div className={styles.links}>
        <ExportAttemptButton session={session} />
        <RouterLink to={adminPaths.home}>Look around the tenant</RouterLink>
        <Link href={LAB_HOME}>Back to the scenarios</Link>
      </div>
    </>
  );
}
