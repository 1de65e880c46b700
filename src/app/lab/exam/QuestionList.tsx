import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AttemptRecord } from '../../../storage';
import { attemptBase } from '../player/player-paths';
import type { ExamSitting } from './exam-sitting';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: '2.5em minmax(0, 1fr) auto auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

function progress(attempt: AttemptRecord | undefined): { label: string; color: 'subtle' | 'brand' | 'success' } {
  if (!attempt) return { label: 'Deleted', color: 'subtle' };
  if (attempt.status !== 'inProgress') return { label: 'Submitted', color: 'success' };
  if (attempt.logLength === 0) return { label: 'Not started', color: 'subtle' };
  return { label: `${attempt.logLength} action${attempt.logLength === 1 ? '' : 's'}`, color: 'brand' };
}

/** The exam's scenarios while it runs: each opens in the player, as many times as the learner likes. */
export function QuestionList({ sitting, attempts }: { sitting: ExamSitting; attempts: readonly AttemptRecord[] }) {
  const styles = useStyles();
  const byId = new Map(attempts.map((attempt) => [attempt.id, attempt]));
  return (
    <ol className={styles.list} aria-label="Scenarios in this exam">
      {sitting.questions.map((question, index) => {
        const attempt = byId.get(question.attemptId);
        const state = progress(attempt);
        return (
          <li key={question.attemptId} className={styles.item}>
            <span className={styles.number}>{index + 1}.</span>
            <p className={styles.title}>{question.title}</p>
            <Badge appearance="tint" color={state.color}>
              {state.label}
            </Badge>
            {/* A page load of its own: the player runs with a router based at the attempt. */}
            <Button as="a" href={attemptBase(question.attemptId)} appearance={attempt?.status === 'inProgress' ? 'primary' : 'secondary'} disabled={attempt?.status !== 'inProgress'} aria-label={`Open ${index + 1}. ${question.title}`}>
              Open
            </Button>
          </li>
        );
      })}
    </ol>
  );
}
