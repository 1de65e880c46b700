import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useLabRuntime } from '../catalog/lab-runtime-context';
import { examSittingPath } from '../catalog/lab-paths';
import { useLabSession } from '../session-context';
import { endExam, loadSitting } from './exam-actions';
import type { ExamSitting } from './exam-sitting';
import { formatRemaining, speakRemaining, useCountdown } from './useCountdown';

const useStyles = makeStyles({
  timer: { fontWeight: 700, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  low: { color: '#8a1c00' },
  link: { color: 'inherit', ':focus-visible': { outline: '2px solid #3b3200', outlineOffset: '1px' } },
});

/** Opens a page of the app's own (the exam's), leaving the player's router. */
function openPage(path: string): void {
  window.location.assign(path);
}

/**
 * The exam's countdown in the lab strip, on every page of an exam question. When the time is up
 * this question is submitted through the player (so commands not yet committed are committed
 * first), the exam's other questions from storage, and the learner is taken to the score report.
 */
export function ExamStripTimer({ examId }: { examId: string }) {
  const styles = useStyles();
  const runtime = useLabRuntime();
  const session = useLabSession();
  const [sitting, setSitting] = useState<ExamSitting | null>(null);

  useEffect(() => {
    let live = true;
    loadSitting(runtime, examId)
      .then((found) => {
        if (live) setSitting(found);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [runtime, examId]);

  const timeUp = useCallback(async () => {
    if (!sitting) return;
    await endExam(runtime, sitting, 'time', {
      submitOpen: async (attemptId) => attemptId === session.attemptId && (await session.submit()) !== null,
    }).catch(() => undefined);
    openPage(examSittingPath(examId));
  }, [examId, runtime, session, sitting]);

  const running = sitting !== null && sitting.endedAt === undefined;
  const remaining = useCountdown(running ? Date.parse(sitting.deadline) : null, () => void timeUp());
  const path = examSittingPath(examId);

  if (!sitting) return null;
  if (!running || remaining === null) {
    return (
      <a href={path} className={styles.link}>
        Exam ended: see the score report
      </a>
    );
  }
  return (
    <>
      <span role="timer" aria-label={`Exam time left: ${speakRemaining(remaining)}`} className={mergeClasses(styles.timer, remaining <= 60_000 && styles.low)}>
        <span aria-hidden>Exam time left {formatRemaining(remaining)}</span>
      </span>
      <a href={path} className={styles.link}>
        Exam overview
      </a>
    </>
  );
}
