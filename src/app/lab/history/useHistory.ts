import { useMemo, useState } from 'react';
import { browserTabChannel, toStorageError, type AttemptRecord, type StorageError } from '../../../storage';
import { useLabRuntime } from '../catalog/lab-runtime-context';
import { useLabData } from '../catalog/use-lab-data';
import { downloadAttempt } from '../files/export-attempt';
import { scoreSeries, weakestAreas } from './history-model';

export type HistoryNotice = { readonly intent: 'success'; readonly text: string } | { readonly intent: 'error'; readonly error: StorageError };

/** The history page's behaviour: every attempt, the score line, weakest areas, delete and export. */
export function useHistory() {
  const runtime = useLabRuntime();
  const { state, reload } = useLabData();
  const [notice, setNotice] = useState<HistoryNotice | null>(null);
  const data = state.status === 'ready' ? state.data : null;

  const titles = useMemo(() => new Map((data?.scenarios ?? []).map((scenario) => [scenario.id, scenario.title])), [data]);
  const series = useMemo(() => (data ? scoreSeries(data.attempts, titles) : []), [data, titles]);
  const areas = useMemo(() => (data ? weakestAreas(data.attempts, data.scenarios) : []), [data]);

  return {
    loading: state.status === 'loading',
    problem: data?.problem ?? null,
    attempts: data?.attempts ?? [],
    damaged: data?.damaged ?? [],
    titles,
    series,
    areas,
    notice,
    dismissNotice: () => setNotice(null),
    /** Deletes the attempt with its log; tabs that have it open are told it ended. */
    async remove(attempt: AttemptRecord, title: string) {
      try {
        const { store } = await runtime.storage();
        await store.deleteAttempt(attempt.id);
        const channel = browserTabChannel();
        channel?.post({ type: 'attempt.ended', attemptId: attempt.id });
        channel?.close();
        await reload();
        setNotice({ intent: 'success', text: `Deleted the attempt at ${title}.` });
      } catch (error) {
        setNotice({ intent: 'error', error: toStorageError(error, 'write') });
      }
    },
    async exportAttempt(attempt: AttemptRecord) {
      try {
        const { store } = await runtime.storage();
        const name = await downloadAttempt(store, attempt);
        setNotice({ intent: 'success', text: `Saved ${name}.` });
      } catch (error) {
        setNotice({ intent: 'error', error: toStorageError(error, 'read') });
      }
    },
  };
}
