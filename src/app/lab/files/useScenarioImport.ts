import { useCallback, useEffect, useState } from 'react';
import { loadScenario, type ScenarioProblem } from '../../../scenario';
import { toStorageError, type ImportedScenarioRecord, type StorageError } from '../../../storage';
import { useLabRuntime } from '../catalog/lab-runtime-context';
import type { LabRuntime } from '../../../session/lab-runtime';
import { readScenario } from '../../../session/scenario-sources';
import { readTextFile } from './read-file';

export type ScenarioImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking'; readonly fileName: string }
  | { readonly status: 'unreadable'; readonly message: string }
  | { readonly status: 'invalid'; readonly fileName: string; readonly source: string; readonly problems: readonly ScenarioProblem[] }
  | { readonly status: 'imported'; readonly fileName: string; readonly id: string; readonly title: string; readonly replaced: 'built-in' | 'imported' | null }
  | { readonly status: 'failed'; readonly error: StorageError };

export interface ImportedScenarioRow {
  readonly record: ImportedScenarioRecord;
  /** From the file; the id when the file no longer reads (a newer schema). */
  readonly title: string;
}

interface ImportedListing {
  readonly rows: readonly ImportedScenarioRow[];
  readonly problem: StorageError | null;
}

/** The imported scenarios with the titles their files give, by title. */
async function listImported(runtime: LabRuntime): Promise<ImportedListing> {
  try {
    const { library } = await runtime.storage();
    const rows = (await library.list())
      .map((record) => {
        const read = readScenario(record.source);
        return { record, title: read.ok ? read.scenario.title : record.id };
      })
      .sort((a, b) => a.title.localeCompare(b.title));
    return { rows, problem: null };
  } catch (error) {
    return { rows: [], problem: toStorageError(error, 'read') };
  }
}

/** Lets the browser paint "Checking…" before the loader proves the file, which can take a moment. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Importing scenario files: each is proved by the scenario loader (schema, every variable draw,
 * the solution scoring 100%) and saved only when it loads without a single problem.
 */
export function useScenarioImport() {
  const runtime = useLabRuntime();
  const [state, setState] = useState<ScenarioImportState>({ status: 'idle' });
  const [listing, setListing] = useState<ImportedListing>({ rows: [], problem: null });

  const refresh = useCallback(async () => setListing(await listImported(runtime)), [runtime]);

  useEffect(() => {
    let live = true;
    void listImported(runtime).then((result) => {
      if (live) setListing(result);
    });
    return () => {
      live = false;
    };
  }, [runtime]);

  const importFile = async (file: File) => {
    setState({ status: 'checking', fileName: file.name });
    const read = await readTextFile(file, 1024 * 1024);
    if (!read.ok) {
      setState({ status: 'unreadable', message: read.message });
      return;
    }
    await nextFrame();
    const result = loadScenario(read.text, file.name);
    if (!result.ok) {
      setState({ status: 'invalid', fileName: file.name, source: read.text, problems: result.problems });
      return;
    }
    const { scenario } = result.loaded;
    try {
      const existing = await runtime.scenarios.find(scenario.id);
      const { library } = await runtime.storage();
      await library.save({ id: scenario.id, source: read.text, fileName: file.name });
      await refresh();
      setState({ status: 'imported', fileName: file.name, id: scenario.id, title: scenario.title, replaced: existing?.origin ?? null });
    } catch (error) {
      setState({ status: 'failed', error: toStorageError(error, 'write') });
    }
  };

  const remove = async (id: string) => {
    try {
      const { library } = await runtime.storage();
      await library.delete(id);
    } catch (error) {
      setState({ status: 'failed', error: toStorageError(error, 'write') });
    }
    await refresh();
  };

  return { state, imported: listing.rows, listProblem: listing.problem, importFile, remove, dismiss: () => setState({ status: 'idle' }) };
}
