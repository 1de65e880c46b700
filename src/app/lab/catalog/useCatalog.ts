import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { SKILL_AREAS, type SkillAreaId } from '../../../scenario';
import { browserTabChannel, isStorageError, SANDBOX_SCENARIO_ID } from '../../../storage';
import { attemptBase } from '../player/player-paths';
import { areasWithScenarios, catalogEntries, DIFFICULTIES, groupByArea, matchesFilter, openSandboxAttempt, SCENARIO_STATUSES, type CatalogFilter, type Difficulty, type ScenarioStatus } from './catalog-model';
import { useLabRuntime } from './lab-runtime-context';
import { useLabData } from './use-lab-data';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const AREA_IDS = Object.keys(SKILL_AREAS) as SkillAreaId[];

/** What went wrong starting or opening an attempt, in words the page shows. */
function describe(error: unknown): { message: string; details: readonly string[] } {
  if (error instanceof Error) {
    const details = (error as { details?: unknown }).details;
    return { message: error.message, details: Array.isArray(details) ? details.map(String) : [] };
  }
  return { message: String(error), details: [] };
}

/**
 * The catalog's behaviour: the scenarios with the learner's standing, the filters (kept in the
 * address, so a filtered catalog can be linked to and Back restores it), and starting, continuing
 * and starting over.
 */
export function useCatalog() {
  const runtime = useLabRuntime();
  const navigate = useNavigate();
  const { state } = useLabData();
  const [params, setParams] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; details: readonly string[] } | null>(null);

  const filter: CatalogFilter = {
    area: oneOf(AREA_IDS, params.get('area')),
    difficulty: oneOf(DIFFICULTIES, params.get('difficulty')),
    status: oneOf(SCENARIO_STATUSES, params.get('status')),
    query: params.get('q') ?? '',
  };

  const setFilter = useCallback(
    (change: Partial<{ area: SkillAreaId | null; difficulty: Difficulty | null; status: ScenarioStatus | null; query: string }>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | null | undefined) => {
            if (value === undefined) return;
            if (value) next.set(key, value);
            else next.delete(key);
          };
          put('area', change.area);
          put('difficulty', change.difficulty);
          put('status', change.status);
          put('q', change.query);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const data = state.status === 'ready' ? state.data : null;
  const entries = useMemo(() => (data ? catalogEntries(data.scenarios, data.attempts) : []), [data]);
  const shown = entries.filter((entry) => matchesFilter(entry, filter));
  const groups = groupByArea(shown);
  const sandbox = data ? openSandboxAttempt(data.attempts) : null;

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setFailure(null);
    try {
      await navigate(attemptBase(await task()));
    } catch (error) {
      setFailure(describe(error));
    } finally {
      // The attempt's page loads afresh; should the catalog stay on screen meanwhile, it stays usable.
      setBusy(false);
    }
  };

  return {
    loading: state.status === 'loading',
    problem: data?.problem ?? null,
    total: entries.length,
    shownCount: shown.length,
    groups,
    areas: areasWithScenarios(entries, filter.area),
    filter,
    setFilter,
    sandbox,
    busy,
    failure,
    dismissFailure: () => setFailure(null),
    start: (scenarioId: string) => run(() => runtime.startAttempt(scenarioId, 'practice')),
    open: (attemptId: string) => navigate(attemptBase(attemptId)),
    openSandbox: () => run(async () => sandbox?.id ?? runtime.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox')),
    /** Ends the free play in progress (kept in History as abandoned) and opens a fresh Contoso. */
    startOver: () =>
      run(async () => {
        if (sandbox) {
          const { store } = await runtime.storage();
          // Already ended in another tab: that ending stands, and a fresh one starts all the same.
          await store.abandonAttempt(sandbox.id).catch((error: unknown) => {
            if (!(isStorageError(error) && error.code === 'AttemptClosed')) throw error;
          });
          const channel = browserTabChannel();
          channel?.post({ type: 'attempt.ended', attemptId: sandbox.id });
          channel?.close();
        }
        return runtime.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
      }),
  };
}

export type CatalogState = ReturnType<typeof useCatalog>;
