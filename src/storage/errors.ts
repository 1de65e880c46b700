/**
 * The catalogue of storage failures. The code is what the UI and tests match; the message is
 * what the learner reads, in plain words: what happened, whether their work is safe, and what to
 * do. A storage failure is never swallowed and never replaced by a silent in-memory fallback.
 */
export const storageErrorCatalog = {
  /** No IndexedDB at all, or the browser refuses to open it (some private windows, blocked site data). */
  Unavailable:
    'Tenant Lab can’t save your work in this browser: its storage (IndexedDB) is turned off or blocked. This happens in some private windows and when a browser blocks site data. Open Tenant Lab in a normal window, or allow this site to store data, so your attempts are kept.',
  QuotaExceeded:
    'Your browser has no space left for Tenant Lab, so your last action was not saved. Free some space (for example, export old attempts from History and delete them), then try again. Everything saved before it is safe.',
  /** This tab wants a newer database version, and an older Tenant Lab tab keeps the old one open. */
  UpgradeBlocked:
    'Tenant Lab was updated, but an older copy is still open in another tab. Close the other Tenant Lab tabs; this one continues as soon as they are closed.',
  /** Another tab opened a newer version; this tab's connection was closed to let it upgrade. */
  VersionChanged: 'A newer version of Tenant Lab was opened in another tab. Reload this tab to keep working; your saved work is safe.',
  /** The data on disk was written by a newer Tenant Lab than this page. */
  VersionTooNew: 'Your saved work was written by a newer version of Tenant Lab than this page. Reload the page to get the newer version.',
  CorruptedRecord:
    'Part of your saved work can’t be read because the stored record is damaged. Export your progress to keep what can still be read, then delete the damaged attempt.',
  AttemptNotFound: 'This attempt is no longer saved in this browser. It may have been deleted in another tab.',
  /** Appending to, undoing in or submitting an attempt that is already submitted or abandoned. */
  AttemptClosed: 'This attempt is finished, so it can’t be changed. Start a new attempt to keep practising.',
  /** The optimistic-concurrency check: the log grew (or shrank) since this tab last read it. */
  AttemptForked:
    'This attempt was changed in another tab, so your last action was not saved. The page now shows the attempt as it is saved.',
  /** A follower tab tried to write. */
  NotWriter: 'This attempt is open in another tab. Changes you make there appear here.',
  InvalidImport: 'This file can’t be imported. Nothing was imported.',
  ExportFailed: 'This attempt can’t be exported as a file.',
  WriteFailed: 'Tenant Lab could not save your last action. Everything saved before it is safe; try again.',
  ReadFailed: 'Tenant Lab could not read your saved work. Reload the page to try again.',
} as const;

export type StorageErrorCode = keyof typeof storageErrorCatalog;

/** A storage failure with the plain-language message the UI shows, and details for the curious. */
export class StorageError extends Error {
  override readonly name: string = 'StorageError';
  readonly code: StorageErrorCode;
  /** Specifics under the message: which record, which field, what the browser said. */
  readonly details: readonly string[];

  constructor(code: StorageErrorCode, details: readonly string[] = [], options: { cause?: unknown } = {}) {
    super(storageErrorCatalog[code], options);
    this.code = code;
    this.details = details;
  }
}

/** The database-level guard against two writers: the loser's append is refused, nothing is written. */
export class AttemptForkedError extends StorageError {
  override readonly name = 'AttemptForkedError';
  readonly expectedSeq: number;
  readonly actualLength: number;

  constructor(attemptId: string, expectedSeq: number, actualLength: number) {
    super('AttemptForked', [`Attempt ${attemptId} holds ${actualLength} commands; this tab expected ${expectedSeq}.`]);
    this.expectedSeq = expectedSeq;
    this.actualLength = actualLength;
  }
}

export function isStorageError(error: unknown): error is StorageError {
  return error instanceof StorageError;
}

/** The names a failure goes by: Dexie wraps the browser's DOMException in `inner`, sometimes twice. */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? (current as { cause?: unknown }).cause;
  }
  return names;
}

/** What the browser itself said: Dexie's wrappers repeat it in their own message, so read the innermost. */
function describe(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && (current as { inner?: unknown }).inner instanceof Error) current = (current as { inner?: unknown }).inner;
  if (current instanceof Error) return `${current.name}: ${current.message}`;
  return String(current);
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'SecurityError', 'InvalidAccessError', 'NotAllowedError']);

/**
 * Maps what the browser or Dexie threw to a catalogued storage error. `during` says whether the
 * failure happened while writing or reading, for the failures that name neither.
 */
export function toStorageError(error: unknown, during: 'open' | 'write' | 'read'): StorageError {
  if (error instanceof StorageError) return error;
  const names = namesOf(error);
  const details = [describe(error)];
  const has = (set: ReadonlySet<string>) => names.some((name) => set.has(name));
  if (has(QUOTA_NAMES)) return new StorageError('QuotaExceeded', details, { cause: error });
  if (names.includes('VersionError')) return new StorageError('VersionTooNew', details, { cause: error });
  if (names.includes('DatabaseClosedError')) return new StorageError('VersionChanged', details, { cause: error });
  if (has(UNAVAILABLE_NAMES)) return new StorageError('Unavailable', details, { cause: error });
  // Firefox's private windows used to refuse IndexedDB with InvalidStateError on open; an
  // UnknownError on open is a broken or blocked profile store. Either way nothing can be saved.
  if (during === 'open') return new StorageError('Unavailable', details, { cause: error });
  return new StorageError(during === 'write' ? 'WriteFailed' : 'ReadFailed', details, { cause: error });
}

/** Runs a storage operation, turning whatever it throws into a catalogued `StorageError`. */
export async function guarded<T>(during: 'write' | 'read', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStorageError(error, during);
  }
}
