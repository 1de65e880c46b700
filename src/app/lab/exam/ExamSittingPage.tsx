import { Button, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../shell/Page';
import { RouterLink } from '../../shell/RouterLink';
import { ConfirmDialog } from '../catalog/ConfirmDialog';
import { LAB_PATHS } from '../catalog/lab-paths';
import { useLabStyles } from '../catalog/lab-styles';
import { StorageProblem } from '../catalog/StorageProblem';
import { ExamCountdown } from './ExamCountdown';
import { ExamReportView } from './ExamReportView';
import { QuestionList } from './QuestionList';
import { useExamSitting } from './useExamSitting';

const useStyles = makeStyles({
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  sticky: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground2, paddingBlock: tokens.spacingVerticalS },
});

/** `/lab/exam/<sitting>`: the running exam with its countdown, or its score report once ended. */
export default function ExamSittingPage() {
  const lab = useLabStyles();
  const styles = useStyles();
  const { sittingId = '' } = useParams();
  const exam = useExamSitting(sittingId);
  const [confirming, setConfirming] = useState(false);
  const { state } = exam;
  useDocumentTitle(`${state.status === 'ready' ? state.sitting.title : 'Exam'} - Tenant Lab`);

  if (state.status === 'loading') return <Spinner label="Loading the exam…" />;
  if (state.status === 'failed') return <StorageProblem error={state.error} title="The exam can’t be loaded." />;
  if (state.status === 'missing') {
    return (
      <>
        <h1 className={lab.heading}>Exam not found</h1>
        <p>
          This exam is not saved in this browser. <RouterLink to={LAB_PATHS.exams}>See your exams</RouterLink>.
        </p>
      </>
    );
  }

  const { sitting, attempts } = state;
  return (
    <>
      <div className={mergeClasses(styles.top, exam.running && styles.sticky)}>
        <h1 className={lab.heading}>{sitting.title}</h1>
        {exam.running && exam.remainingMs !== null && <ExamCountdown remainingMs={exam.remainingMs} size="large" />}
      </div>
      {exam.running ? (
        <>
          <p className={lab.lead}>
            Open each scenario, do the work, and come back here for the next. Hints and Check my work are off until the end. When the time is up, every scenario is submitted as it stands.
          </p>
          {exam.ending && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>Submitting your exam…</MessageBarBody>
            </MessageBar>
          )}
          <QuestionList sitting={sitting} attempts={attempts} />
          <div>
            <Button disabled={exam.ending} onClick={() => setConfirming(true)}>
              End exam now
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title="End the exam now?"
            confirmLabel="End exam"
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              void exam.end('learner');
            }}
          >
            Every scenario is submitted as it stands and graded, and you can’t go back to them.
          </ConfirmDialog>
        </>
      ) : (
        exam.report && <ExamReportView sitting={sitting} report={exam.report} />
      )}
    </>
  );
}
