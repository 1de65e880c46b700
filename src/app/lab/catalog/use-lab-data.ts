import { useCallback, useEffect, useState } from 'react';
import { browserTabChannel, toStorageError, type AttemptRecord, type DamagedAttempt, type StorageError } from '../../../storage';
import type { ScenarioSummary } from '../session/scenario-sources';
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

/**
 * The scenarios and the learner's attempts, read when the page opens and again whenever another
 * tab says an attempt moved or ended, or this tab comes back into view. The scenarios are shown
 * even when storage fails: the catalog still works, in memory, and says why.
 */
export function useLabData(): { readonly state: LabDataState; readonly reload: () => Promise<void> } {
  const runtime = useLabRuntime();
  const [state, setState] = useState<LabDataState>({ status: 'loading' });

  const reload = useCallback(async () => {
    const scenarios = await runtime.scenarios.list();
    try {
      const { attempts, damaged } = await runtime.listAttempts();
      setState({ status: 'ready', data: { scenarios, attempts, damaged, problem: null } });
    } catch (error) {
      setState({ status: 'ready', data: { scenarios, attempts: [], damaged: [], problem: toStorageError(error, 'read') } });
    }
  }, [runtime]);

  useEffect(() => {
    let live = true;
    const refresh = () => {
      if (live) void reload();
    };
    refresh();
    const channel = browserTabChannel();
    const unlisten = channel?.listen(refresh);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      unlisten?.();
      channel?.close();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  return { state, reload };
}
