import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useDocumentTitle } from '../../shell/Page';
import { RouterLink } from '../../shell/RouterLink';
import { LAB_PATHS } from '../catalog/lab-paths';
import { useLabStyles } from '../catalog/lab-styles';
import { StorageProblem } from '../catalog/StorageProblem';
import { AttemptsTable } from './AttemptsTable';
import { ScoreChart } from './ScoreChart';
import { ScoreTable } from './ScoreTable';
import { useHistory } from './useHistory';
import { WeakestAreas } from './WeakestAreas';

/** `/lab/history`: every attempt, scores over time, and the skill areas to work on next. */
export default function HistoryPage() {
  const styles = useLabStyles();
  const history = useHistory();
  useDocumentTitle('History - Tenant Lab');
  const { notice } = history;

  return (
    <>
      <h1 className={styles.heading}>History</h1>
      <p className={styles.lead}>Everything you have practised in this browser, how your scores have moved, and where to practise next.</p>
      {history.problem && <StorageProblem error={history.problem} />}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>
            {notice.intent === 'success' ? notice.text : notice.error.message}
            {notice.intent === 'error' && notice.error.details.length > 0 && (
              <ul>
                {notice.error.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={history.dismissNotice} />} />
        </MessageBar>
      )}
      {history.damaged.map((damaged) => (
        <MessageBar key={damaged.id} intent="warning" layout="multiline">
          <MessageBarBody>
            An attempt can’t be read ({damaged.id}). {damaged.error.message}
          </MessageBarBody>
        </MessageBar>
      ))}
      {history.loading ? (
        <Spinner label="Loading your history…" />
      ) : (
        <>
          <section className={styles.panel} aria-labelledby="scores-heading">
            <h2 id="scores-heading" className={styles.sectionHeading}>
              Scores over time
            </h2>
            {history.series.length === 0 ? (
              <p className={styles.muted}>No graded attempts yet. Submit a scenario to start your line.</p>
            ) : (
              <>
                <ScoreChart points={history.series} />
                <details>
                  <summary>Show the scores as a table</summary>
                  <ScoreTable points={history.series} />
                </details>
              </>
            )}
          </section>
          <section className={styles.panel} aria-labelledby="weakest-heading">
            <h2 id="weakest-heading" className={styles.sectionHeading}>
              Weakest skill areas
            </h2>
            <WeakestAreas areas={history.areas} />
          </section>
          <section className={styles.panel} aria-labelledby="attempts-heading">
            <h2 id="attempts-heading" className={styles.sectionHeading}>
              All attempts
            </h2>
            {history.attempts.length === 0 ? (
              <p className={styles.muted}>
                No attempts yet. <RouterLink to={LAB_PATHS.catalog}>Pick a scenario in the catalog</RouterLink> to begin.
              </p>
            ) : (
              <AttemptsTable attempts={history.attempts} titles={history.titles} onDelete={(attempt, title) => void history.remove(attempt, title)} onExport={(attempt) => void history.exportAttempt(attempt)} />
            )}
          </section>
        </>
      )}
    </>
  );
}
