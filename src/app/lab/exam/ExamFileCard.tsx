import { Badge, Card, makeStyles, tokens } from '@fluentui/react-components';
import { TimerRegular } from '@fluentui/react-icons';
import { examTimeLimitMs, type ExamFile } from './exam-file';
import type { ExamPlan } from './exam-plan';
import { describeScenarioSet, describeTimeLimit } from './exam-sources';
import { StartExamButton } from './StartExamButton';
import type { ExamChoice } from './useExams';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, height: '100%', boxSizing: 'border-box' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  text: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  set: { margin: 0, color: tokens.colorNeutralForeground3, flexGrow: 1 },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  meta: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function scenarioCount(exam: ExamFile): number {
  return exam.scenarios?.length ?? (exam.draw ?? []).reduce((sum, draw) => sum + draw.count, 0);
}

export interface ExamFileCardProps {
  readonly choice: Extract<ExamChoice, { ok: true }>;
  readonly busy: boolean;
  readonly onStart: (plan: ExamPlan) => void;
  /** Marks an instructor's file, loaded from disk, apart from the shipped ones. */
  readonly fromFile?: boolean;
}

/** One exam file: its title, what it holds, its time limit, and the way to start it. */
export function ExamFileCard({ choice, busy, onStart, fromFile }: ExamFileCardProps) {
  const styles = useStyles();
  const { exam } = choice;
  const titleId = `exam-${exam.id}-${fromFile ? 'file' : 'shipped'}`;
  return (
    <Card className={styles.card} role="article" aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {exam.title}
      </h3>
      {exam.description && <p className={styles.text}>{exam.description}</p>}
      <p className={styles.set}>{describeScenarioSet(exam)}</p>
      <div className={styles.footer}>
        <span className={styles.meta}>
          <TimerRegular aria-hidden /> {describeTimeLimit(examTimeLimitMs(exam))}
          {fromFile && (
            <Badge appearance="tint" color="important">
              {choice.fileName}
            </Badge>
          )}
        </span>
        <StartExamButton plan={choice.plan} title={exam.title} timeLimitMs={examTimeLimitMs(exam)} scenarioCount={scenarioCount(exam)} disabled={busy} onStart={onStart} />
      </div>
    </Card>
  );
}
