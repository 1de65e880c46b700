import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PanelRightContractRegular, PanelRightExpandRegular } from '@fluentui/react-icons';
import type { ScenarioInstance } from '../../../../scenario';
import { useLabSessionState } from '../../session-context';
import { ResetButton, SubmitButton, UndoButton } from '../actions/AttemptActionButtons';
import { MarkdownView } from '../markdown/MarkdownView';
import { AttemptClock } from './AttemptClock';
import { CheckMyWork } from './CheckMyWork';
import { Hints } from './Hints';
import { ResizeHandle } from './ResizeHandle';
import { TaskProgress } from './TaskProgress';
import { useRevealedHints } from './use-revealed-hints';
import { useTaskPaneLayout } from './useTaskPaneLayout';

const useStyles = makeStyles({
  pane: {
    flexShrink: 0,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    boxSizing: 'border-box',
  },
  rail: { flexShrink: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flex: 1, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: 0, color: tokens.colorNeutralForeground3 },
  sectionTitle: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

const PANE_ID = 'lab-task-pane';
const DIFFICULTY = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' } as const;

/**
 * The scenario beside the admin centers: the task, the live progress (practice), the clocks,
 * hints and Check my work (practice), and Undo, Reset and Submit. It collapses to a rail and
 * is resized from the splitter at its left.
 */
export function TaskPane({ instance }: { instance: ScenarioInstance }) {
  const styles = useStyles();
  const layout = useTaskPaneLayout();
  const { attempt } = useLabSessionState();
  const { scenario } = instance;
  const practice = attempt.mode === 'practice';
  // Check my work keeps the answers back until the learner has asked for every hint.
  const [hintsShown, setHintsShown] = useRevealedHints(attempt.id, instance.hints.length);

  if (layout.collapsed) {
    return (
      <aside aria-label="Task" className={styles.rail}>
        <Button appearance="subtle" icon={<PanelRightExpandRegular />} aria-label="Show the task pane" aria-expanded={false} onClick={() => layout.setCollapsed(false)} />
      </aside>
    );
  }
  return (
    <>
      <ResizeHandle width={layout.width} onResize={layout.setWidth} controls={PANE_ID} />
      <aside id={PANE_ID} aria-label="Task" className={styles.pane} style={{ width: layout.width }}>
        <div className={styles.header}>
          <h2 className={styles.title}>{scenario.title}</h2>
          <Button appearance="subtle" icon={<PanelRightContractRegular />} aria-label="Hide the task pane" aria-expanded onClick={() => layout.setCollapsed(true)} />
        </div>
        <p className={styles.meta}>
          {DIFFICULTY[scenario.difficulty]} · about {scenario.expectedMinutes} minutes · {practice ? 'Practice' : 'Exam'}
        </p>
        {practice && <TaskProgress instance={instance} />}
        <AttemptClock />
        <section aria-labelledby="lab-task-heading">
          <h3 id="lab-task-heading" className={styles.sectionTitle}>
            Your task
          </h3>
          <MarkdownView source={instance.task} />
        </section>
        {practice && instance.hints.length > 0 && <Hints hints={instance.hints} shown={hintsShown} onShow={setHintsShown} />}
        {practice && <CheckMyWork instance={instance} revealAnswers={instance.hints.length > 0 && hintsShown >= instance.hints.length} />}
        <div className={styles.actions}>
          <UndoButton />
          <ResetButton />
          <SubmitButton />
        </div>
      </aside>
    </>
  );
}
