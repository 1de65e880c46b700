import { Link, Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { examSittingPath } from '../catalog/lab-paths';
import { useLabRuntime } from '../catalog/lab-runtime-context';
import { loadSitting } from './exam-actions';
import type { ExamSitting } from './exam-sitting';
import { useCountdown } from './useCountdown';

/**
 * Keeps an exam question's results (its checks, feedback and reference solution) back until the
 * exam has ended, as a real exam does: a learner who submits one question early learns nothing
 * that helps with the others.
 */
export function ExamResultsGate({ examId, children }: { examId: string; children: ReactNode }) {
  const runtime = useLabRuntime();
  const [sitting, setSitting] = useState<ExamSitting | null | 'loading'>('loading');
  useEffect(() => {
    let live = true;
    loadSitting(runtime, examId)
      .catch(() => null)
      .then((found) => {
        if (live) setSitting(found);
      });
    return () => {
      live = false;
    };
  }, [runtime, examId]);

  const running = sitting !== 'loading' && sitting !== null && sitting.endedAt === undefined;
  const remaining = useCountdown(running ? Date.parse(sitting.deadline) : null);

  if (sitting === 'loading') return <Spinner size="small" label="Loading…" />;
  // A sitting this browser doesn't hold (its attempts were imported alone) can't be running here.
  if (!running || remaining === 0) return children;
  return (
    <p>
      Submitted. This question’s result, with each check’s feedback and the reference solution, is shown once the exam ends, in its score report.{' '}
      <Link href={examSittingPath(examId)} inline>
        Back to the exam
      </Link>
    </p>
  );
}
