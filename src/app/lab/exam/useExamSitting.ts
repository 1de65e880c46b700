import { useCallback, useEffect, useMemo, useState } from 'react';
import { browserTabChannel, toStorageError, type AttemptRecord, type StorageError } from '../../../storage';
import { useLabRuntime } from '../catalog/lab-runtime-context';
import { endExam, loadSitting, type OpenAttemptSubmitter } from './exam-actions';
import { examReport } from './exam-report';
import type { ExamSitting } from './exam-sitting';
import { useCountdown } from './useCountdown';

export type SittingState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly error: StorageError }
  | { readonly status: 'ready'; readonly sitting: ExamSitting; readonly attempts: readonly AttemptRecord[] };

/**
 * One sitting: loaded with its attempts, counted down to its stored deadline, and ended when the
 * time is up (whichever page notices first, this one included, ends it; ending twice is harmless).
 * Another tab ending it or submitting a question reloads it here.
 */
export function useExamSitting(sittingId: string, submitOpen?: OpenAttemptSubmitter) {
  const runtime = useLabRuntime();
  const [state, setState] = useState<SittingState>({ status: 'loading' });
  const [ending, setEnding] = useState(false);

  const load = useCallback(async (): Promise<SittingState> => {
    try {
      const sitting = await loadSitting(runtime, sittingId);
      if (!sitting) return { status: 'missing' };
      const { store } = await runtime.storage();
      const { attempts } = await store.listAttempts({ examId: sittingId });
      return { status: 'ready', sitting, attempts };
    } catch (error) {
      return { status: 'failed', error: toStorageError(error, 'read') };
    }
  }, [runtime, sittingId]);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void load().then((next) => {
        if (live) setState(next);
      });
    refresh();
    const channel = browserTabChannel();
    const unlisten = channel?.listen(refresh);
    return () => {
      live = false;
      unlisten?.();
      channel?.close();
    };
  }, [load]);

  const sitting = state.status === 'ready' ? state.sitting : null;
  const running = sitting !== null && sitting.endedAt === undefined;

  const end = useCallback(
    async (by: 'learner' | 'time') => {
      if (!sitting || sitting.endedAt !== undefined) return;
      setEnding(true);
      try {
        await endExam(runtime, sitting, by, submitOpen ? { submitOpen } : {});
        setState(await load());
      } catch (error) {
        setState({ status: 'failed', error: toStorageError(error, 'write') });
      } finally {
        setEnding(false);
      }
    },
    [load, runtime, sitting, submitOpen],
  );

  const remainingMs = useCountdown(running ? Date.parse(sitting.deadline) : null, () => void end('time'));
  const report = useMemo(() => (state.status === 'ready' && state.sitting.endedAt !== undefined ? examReport(state.sitting, state.attempts) : null), [state]);

  return { state, remainingMs, running, ending, report, end };
}
