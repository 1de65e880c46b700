import { useState } from 'react';
import { toStorageError, type DamagedAttempt, type ImportSummary, type StorageError } from '../../../storage';
import { useLabRuntime } from '../catalog/lab-runtime-context';
import { downloadText } from './download';
import { readTextFile } from './read-file';

export type ProgressNotice =
  | { readonly kind: 'exported'; readonly fileName: string; readonly attempts: number; readonly damaged: readonly DamagedAttempt[] }
  | { readonly kind: 'imported'; readonly fileName: string; readonly summary: ImportSummary }
  | { readonly kind: 'refused'; readonly fileName: string; readonly error: StorageError }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'failed'; readonly error: StorageError };

/** The progress file's name: the date it was exported, so several sort by age. */
function progressFileName(now: Date): string {
  return `tenant-lab-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** Moving everything to another browser: export all progress as one file, import such a file here. */
export function useProgressTransfer(onImported: () => void) {
  const runtime = useLabRuntime();
  const [notice, setNotice] = useState<ProgressNotice | null>(null);
  const [busy, setBusy] = useState(false);

  const guard = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };

  return {
    notice,
    busy,
    dismiss: () => setNotice(null),
    exportAll: () =>
      guard(async () => {
        try {
          const { store } = await runtime.storage();
          const { file, damaged } = await store.exportAllProgress();
          const fileName = progressFileName(new Date(file.exportedAt));
          downloadText(fileName, JSON.stringify(file));
          setNotice({ kind: 'exported', fileName, attempts: file.attempts.length, damaged });
        } catch (error) {
          setNotice({ kind: 'failed', error: toStorageError(error, 'read') });
        }
      }),
    importFile: (file: File) =>
      guard(async () => {
        const read = await readTextFile(file);
        if (!read.ok) {
          setNotice({ kind: 'unreadable', message: read.message });
          return;
        }
        try {
          const { store } = await runtime.storage();
          const summary = await store.importAllProgress(read.text);
          setNotice({ kind: 'imported', fileName: file.name, summary });
          onImported();
        } catch (error) {
          const storageError = toStorageError(error, 'write');
          setNotice(storageError.code === 'InvalidImport' ? { kind: 'refused', fileName: file.name, error: storageError } : { kind: 'failed', error: storageError });
        }
      }),
  };
}
