import { useCallback, useEffect, useRef, useState } from 'react';
import { browserTabChannel, toStorageError, type AttemptRecord, type DamagedAttempt, type StorageError, type TabMessage } from '../../../storage';
import type { ScenarioSummary } from '../../../session/scenario-sources';
import { useLabRuntime } from './lab-runtime-context';

export interface LabData {
  readonly scenarios: readonly ScenarioSummary[];
  /** Newest first. Empty when storage can't be read (see `problem`). */
  readonly attempts: readonly AttemptRecord[];
  readonly damaged: readonly DamagedAttempt[];
  /** Why the learner's attempts can't be shown, in the storage layer's words. */
  readonly problem: StorageError | null;
}

export type LabDataState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly data: LabData };

/** The data with the attempts' log lengths as other tabs last reported them. */
function withLogLengths(data: LabData, lengths: ReadonlyMap<string, number>): LabData {
  if (!data.attempts.some((attempt) => lengths.has(attempt.id) && lengths.get(attempt.id) !== attempt.logLength)) return data;
  const attempts = data.attempts.map((attempt) => {
    const logLength = lengths.get(attempt.id);
    return logLength === undefined || logLength === attempt.logLength ? attempt : { ...attempt, logLength };
  });
  return { ...data, attempts };
}

/**
 * The scenarios and the learner's attempts, read when the page opens, whenever this tab comes
 * back into view, when this tab starts an attempt, and when another tab says an attempt started or ended (submitted, abandoned,
 * deleted): what the lab's pages show of an attempt (status, score, dates) changes only then.
 * While the learner plays in another tab, each command's message only moves that attempt's log
 * length, which is updated in place without reading storage again: a reread per command would
 * cost the playing tab's machine tens of milliseconds for every click. A message about an
 * attempt not listed yet (started where no message was sent) reads everything again.
 *
 * The scenarios are shown even when storage fails: the catalog still works, in memory, and says why.
 */
export function useLabData(): { readonly state: LabDataState; readonly reload: () => Promise<void> } {
  const runtime = useLabRuntime();
  const [state, setState] = useState<LabDataState>({ status: 'loading' });
  /** Log lengths heard since the last read began: newer than (or as new as) what that read finds. */
  const heardLengths = useRef(new Map<string, number>());
  const listed = useRef<ReadonlySet<string> | null>(null);

  const reload = useCallback(async () => {
    heardLengths.current = new Map();
    const heard = heardLengths.current;
    const scenarios = await runtime.scenarios.list();
    let data: LabData;
    try {
      const { attempts, damaged } = await runtime.listAttempts();
      data = withLogLengths({ scenarios, attempts, damaged, problem: null }, heard);
    } catch (error) {
      data = { scenarios, attempts: [], damaged: [], problem: toStorageError(error, 'read') };
    }
    listed.current = new Set([...data.attempts.map((attempt) => attempt.id), ...data.damaged.map((damaged) => damaged.id)]);
    setState({ status: 'ready', data });
  }, [runtime]);

  useEffect(() => {
    let live = true;
    const refresh = () => {
      if (live) void reload();
    };
    const hear = (message: TabMessage) => {
      if (message.type === 'attempt.started' || message.type === 'attempt.ended') return refresh();
      heardLengths.current.set(message.attemptId, message.length);
      // Still reading: the read in flight takes the length heard. Not listed: an attempt this tab hasn't read yet.
      if (!listed.current) return;
      if (!listed.current.has(message.attemptId)) return refresh();
      const lengths = new Map([[message.attemptId, message.length]]);
      setState((current) => (current.status === 'ready' ? { status: 'ready', data: withLogLengths(current.data, lengths) } : current));
    };
    refresh();
    const channel = browserTabChannel();
    const unlisten = channel?.listen(hear);
    const unlistenHere = runtime.onAttemptStarted(refresh);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      unlisten?.();
      unlistenHere();
      channel?.close();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload, runtime]);

  return { state, reload };
}
