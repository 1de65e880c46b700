import { instantiate, type ScenarioInstance } from '../scenario';
import {
  AttemptStore,
  browserTabChannel,
  browserTabLocks,
  StoredAttemptLog,
  openDatabase,
  SANDBOX_SCENARIO_ID,
  ScenarioLibrary,
  SettingsStore,
  StorageError,
  toStorageError,
  type AttemptList,
  type AttemptMode,
  type OpenDatabaseOptions,
  type TabChannel,
  type TabLocks,
} from '../storage';
import { CONTOSO_ADMIN_UPN, createContosoTenant, findUserByUserPrincipalName, type Tenant } from '../tenant';
import { LabSession } from './lab-session';
import { memoryAttemptLog } from './memory-log';
import { readScenario, ScenarioSources, type BuiltInScenarios } from './scenario-sources';
import { browserStorage, WriteAheadLog, type KeyValueStorage } from './wal';

export interface LabRuntimeOptions {
  /** The scenario files shipped with Tenant Lab (the page's bundle, or files read from disk). */
  readonly builtInScenarios?: BuiltInScenarios;
  readonly database?: OpenDatabaseOptions;
  /** Where commands are written ahead; defaults to the page's localStorage. */
  readonly storage?: KeyValueStorage | null;
  readonly locks?: TabLocks | null;
  readonly channel?: TabChannel | null;
  /** The wall clock, for attempt ids kept in memory; tests pass a fixed one. */
  readonly now?: () => Date;
  /** A monotonic clock for the time spent on an attempt. */
  readonly clock?: () => number;
  /** Draws a new attempt's variables seed; tests pass a fixed one. */
  readonly seed?: () => number;
}

/** The stores over the learner's database. */
export interface LabStorage {
  readonly store: AttemptStore;
  readonly settings: SettingsStore;
  readonly library: ScenarioLibrary;
}

/** Why an attempt can't be opened, beyond storage: its scenario is gone or can't be read. */
export class AttemptOpenError extends Error {
  override readonly name = 'AttemptOpenError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The setting that remembers where the learner was: a path under /lab. */
const LAST_LOCATION_SETTING = 'lab.lastLocation';

const MEMORY_PREFIX = 'memory.';

/** Attempts kept in memory are named by what they are, so their address alone can rebuild them. */
function memoryAttemptId(scenarioId: string, mode: AttemptMode, seed: number): string {
  return `${MEMORY_PREFIX}${mode}.${seed >>> 0}.${scenarioId}`;
}

function parseMemoryAttemptId(attemptId: string): { scenarioId: string; mode: AttemptMode; seed: number } | null {
  const match = /^memory\.(practice|exam|sandbox)\.(\d{1,10})\.([a-z0-9-]+)$/.exec(attemptId);
  return match ? { mode: match[1] as AttemptMode, seed: Number(match[2]) >>> 0, scenarioId: match[3]! } : null;
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

let contoso: Tenant | undefined;

/** Free play's start, built once: states are immutable, and its digest is worked out once too. */
function sandboxStart(): { start: Tenant; userId: string } {
  contoso ??= createContosoTenant();
  return { start: contoso, userId: findUserByUserPrincipalName(contoso, CONTOSO_ADMIN_UPN)!.id };
}

/**
 * The learner's lab in this page: their database (opened once), the scenarios they can play,
 * and the attempts they start and open. When the browser offers no usable IndexedDB, attempts
 * run in memory and every session says so.
 */
export class LabRuntime {
  readonly scenarios: ScenarioSources;
  private opened: Promise<LabStorage> | undefined;
  private readonly sessions = new Map<string, Promise<LabSession>>();
  private readonly attemptListeners = new Set<() => void>();
  private readonly locks: TabLocks | null;
  private readonly channel: TabChannel | null;

  constructor(private readonly options: LabRuntimeOptions = {}) {
    this.scenarios = new ScenarioSources(options.builtInScenarios ?? {}, () => this.storageOrNull().then((storage) => storage?.library ?? null));
    this.locks = options.locks !== undefined ? options.locks : browserTabLocks();
    this.channel = options.channel !== undefined ? options.channel : browserTabChannel();
  }

  /** The database's stores; rejects with the storage layer's error when nothing can be stored. */
  storage(): Promise<LabStorage> {
    this.opened ??= openDatabase(this.options.database).then((db) => {
      const now = this.options.now;
      return { store: new AttemptStore(db, now ? { now } : {}), settings: new SettingsStore(db), library: new ScenarioLibrary(db, now) };
    });
    return this.opened;
  }

  async storageOrNull(): Promise<LabStorage | null> {
    try {
      return await this.storage();
    } catch {
      return null;
    }
  }

  /** Why nothing can be stored, or null when storage works. */
  async storageProblem(): Promise<StorageError | null> {
    try {
      await this.storage();
      return null;
    } catch (error) {
      return toStorageError(error, 'open');
    }
  }

  /** Starts an attempt and returns its id; free play is `SANDBOX_SCENARIO_ID` in `sandbox` mode. */
  async startAttempt(scenarioId: string, mode: AttemptMode, options: { readonly examId?: string } = {}): Promise<string> {
    const seed = scenarioId === SANDBOX_SCENARIO_ID ? 0 : (this.options.seed ?? randomSeed)() >>> 0;
    // Started now, so a scenario that can't be read fails here rather than when the learner opens it.
    const { userId } = await this.attemptStart(scenarioId, seed);
    const storage = await this.storageOrNull();
    if (!storage) return memoryAttemptId(scenarioId, mode, seed);
    const attempt = await storage.store.createAttempt({ scenarioId, variablesSeed: seed, mode, userId, ...(options.examId === undefined ? {} : { examId: options.examId }) });
    this.channel?.post({ type: 'attempt.started', attemptId: attempt.id });
    for (const listener of this.attemptListeners) listener();
    return attempt.id;
  }

  /**
   * Free play on Contoso, the tenant the app opens at `/`: the free play in progress (the newest,
   * as the catalog's Continue free play opens), or a new one. Kept like any attempt, so the demo
   * tenant keeps the learner's changes across reloads until they start over.
   */
  async freePlayAttempt(): Promise<string> {
    const storage = await this.storageOrNull();
    const attempts = storage ? (await storage.store.listAttempts()).attempts : [];
    const open = attempts.find((attempt) => attempt.scenarioId === SANDBOX_SCENARIO_ID && attempt.status === 'inProgress');
    return open?.id ?? this.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
  }

  /** Hears this tab start an attempt (other tabs say so on the channel): lists of attempts show one more. */
  onAttemptStarted(listener: () => void): () => void {
    this.attemptListeners.add(listener);
    return () => this.attemptListeners.delete(listener);
  }

  async listAttempts(): Promise<AttemptList> {
    return (await this.storage()).store.listAttempts();
  }

  /**
   * The attempt open in this tab, opened on first use and shared after: a tab holds an attempt
   * once (a second open would find its own lock taken and follow itself).
   */
  attemptSession(attemptId: string): Promise<LabSession> {
    let session = this.sessions.get(attemptId);
    if (!session) {
      session = this.openAttempt(attemptId);
      this.sessions.set(attemptId, session);
      session.catch(() => this.sessions.delete(attemptId));
    }
    return session;
  }

  /**
   * Submits an attempt this tab has open, after committing what it has not committed yet; false
   * when this tab doesn't have it open (its stored log is then the whole of it).
   */
  async submitOpenAttempt(attemptId: string): Promise<boolean> {
    const open = this.sessions.get(attemptId);
    if (!open) return false;
    const session = await open.catch(() => null);
    if (!session) return false;
    return (await session.submit()) !== null;
  }

  /**
   * Opens an attempt in this tab: its start rebuilt from the scenario and seed, its log resumed
   * (snapshot and tail), anything written ahead and not committed committed, and the tab made the
   * attempt's writer, or a follower when another tab has it.
   */
  async openAttempt(attemptId: string): Promise<LabSession> {
    const memory = parseMemoryAttemptId(attemptId);
    if (memory) return this.openInMemory(attemptId, memory);
    const storage = await this.storage();
    const record = await storage.store.getAttempt(attemptId);
    const { start, instance } = await this.attemptStart(record.scenarioId, record.variablesSeed);
    const log = await StoredAttemptLog.open({ store: storage.store, attemptId, fixture: start, locks: this.locks, channel: this.channel });
    return LabSession.open({
      log,
      start,
      instance,
      wal: new WriteAheadLog(this.options.storage !== undefined ? this.options.storage : browserStorage(), attemptId),
      unsaved: null,
      ...(this.options.clock ? { clock: this.options.clock } : {}),
    });
  }

  /** Remembers where the learner is, so reopening Tenant Lab brings them back. */
  async rememberLocation(path: string): Promise<void> {
    const storage = await this.storageOrNull();
    await storage?.settings.set(LAST_LOCATION_SETTING, path);
  }

  /** Where the learner was, if it was in the lab. */
  async lastLocation(): Promise<string | null> {
    const storage = await this.storageOrNull();
    const value = await storage?.settings.get(LAST_LOCATION_SETTING).catch(() => undefined);
    return typeof value === 'string' && /^\/lab(\/|$)/.test(value) ? value : null;
  }

  private async openInMemory(attemptId: string, { scenarioId, mode, seed }: { scenarioId: string; mode: AttemptMode; seed: number }): Promise<LabSession> {
    const unsaved = (await this.storageProblem()) ?? new StorageError('Unavailable', ['This attempt was started while storage was unavailable.']);
    const { start, userId, instance } = await this.attemptStart(scenarioId, seed);
    const startedAt = (this.options.now ?? (() => new Date()))().toISOString();
    return LabSession.open({
      log: memoryAttemptLog({ id: attemptId, scenarioId, variablesSeed: seed, mode, startedAt, userId }, start, this.options.now),
      start,
      instance,
      wal: null,
      unsaved,
      ...(this.options.clock ? { clock: this.options.clock } : {}),
    });
  }

  /** The attempt's starting tenant and the admin it signs in as: the scenario drawn with the seed, or Contoso for free play. */
  private async attemptStart(scenarioId: string, seed: number): Promise<{ start: Tenant; userId: string; instance: ScenarioInstance | null }> {
    if (scenarioId === SANDBOX_SCENARIO_ID) return { ...sandboxStart(), instance: null };
    const found = await this.scenarios.find(scenarioId);
    if (!found) throw new AttemptOpenError(`The scenario ${scenarioId} is not available in this browser. It may have been an imported file that was deleted.`);
    const read = readScenario(found.source);
    if (!read.ok) throw new AttemptOpenError(`The scenario ${scenarioId} can’t be read.`, read.problems);
    const prepared = instantiate(read.scenario, { seed });
    if (!prepared.ok) throw new AttemptOpenError(`The scenario ${scenarioId} can’t be started.`, prepared.problems.map((problem) => problem.message));
    const { instance } = prepared;
    return { start: instance.start, userId: instance.actor.kind === 'user' ? instance.actor.userId : '', instance };
  }
}
