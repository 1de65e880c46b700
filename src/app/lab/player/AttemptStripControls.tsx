import { mergeClasses, makeStyles } from '@fluentui/react-components';
import { ExamStripTimer } from '../exam/ExamStripTimer';
import { useLabStripStyles } from '../LabStrip';
import { saveStatus, type SaveStatus } from '../../../session/session-state';
import { useLabSession, useLabSessionState } from '../session-context';
import { StartOverButton, UndoButton } from './actions/AttemptActionButtons';

const useStyles = makeStyles({
  saved: { whiteSpace: 'nowrap' },
  unsaved: { fontWeight: 700, color: '#8a1c00' },
});

const SAVE_TEXT: Record<SaveStatus, string> = {
  saving: 'Saving…',
  saved: 'All changes saved',
  unsaved: 'Not saved: kept in this tab only',
};

/**
 * The attempt's part of the lab strip: whether the work is saved and,
 * in free play (which has no task pane), Undo and Start over.
 */
export function AttemptStripControls() {
  const styles = useStyles();
  const strip = useLabStripStyles();
  const session = useLabSession();
  const state = useLabSessionState();
  const status = saveStatus(state);
  return (
    <>
      {/* Plain text, not a live region: it changes with every command; failures speak up in their own bar. */}
      <span className={mergeClasses(styles.saved, status === 'unsaved' && styles.unsaved)} data-save-status={status}>
        {SAVE_TEXT[status]}
      </span>
      {state.attempt.mode === 'exam' && state.attempt.examId && <ExamStripTimer examId={state.attempt.examId} />}
      {!session.instance && (
        <>
          <UndoButton className={strip.button} />
          <StartOverButton className={strip.button} />
        </>
      )}
    </>
  );
}
