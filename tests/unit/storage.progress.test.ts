import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grade, instantiate, loadScenario, parseAttempt, replayAttempt, runSteps, type ScenarioInstance } from '../../src/scenario';
import type { AttemptStore} from '../../src/storage';
import { LAST_OPENED_SETTING, PROGRESS_FORMAT, ScenarioLibrary, SettingsStore, StorageError } from '../../src/storage';
import { replay } from '../../src/tenant';
import { appendAll, Browser, contosoAdminId, contosoFixture, learnerLog, resumeAttempt } from './storage.support';

const json = (value: unknown) => JSON.stringify(value);

/** One browser's worth of progress: a submitted practice attempt, one in progress, settings and an imported scenario. */
async function browserWithProgress(): Promise<{ store: AttemptStore; ids: string[] }> {
  const store = await new Browser().store();
  const submitted = await store.createAttempt({ scenarioId: 'onboard-licensed-user', variablesSeed: 3, mode: 'practice', userId: contosoAdminId() });
  await appendAll(store, submitted.id, learnerLog(40));
  await store.submitAttempt(submitted.id, { score: { earned: 9, total: 9, percent: 100, skillAreas: [{ id: 'users-and-groups', earned: 9, total: 9 }] }, activeMs: 300_000 });
  const inProgress = await store.createAttempt({ scenarioId: 'sandbox', variablesSeed: 0, mode: 'sandbox', userId: contosoAdminId() });
  await appendAll(store, inProgress.id, learnerLog(15, 100));
  await new SettingsStore(store.db).set('taskPane.width', 380);
  await new ScenarioLibrary(store.db, () => new Date('2026-02-01T00:00:00.000Z')).save({ id: 'my-scenario', source: 'schemaVersion: 1\nid: my-scenario\n', fileName: 'my-scenario.yaml' });
  return { store, ids: [submitted.id, inProgress.id] };
}

async function everything(store: AttemptStore) {
  const { db } = store;
  return {
    attempts: await db.attempts.count(),
    log: await db.commandLog.count(),
    settings: (await db.settings.toArray()).filter((setting) => setting.key !== LAST_OPENED_SETTING),
    scenarios: await db.importedScenarios.count(),
  };
}

describe('exporting and importing all progress', () => {
  it('progress exported from one browser imports into another with every attempt, log, setting and scenario', async () => {
    const { store: source, ids } = await browserWithProgress();
    const exported = await source.exportAllProgress();
    expect(exported.damaged).toEqual([]);
    expect(exported.file).toMatchObject({ format: PROGRESS_FORMAT, formatVersion: 1 });
    expect(exported.file.settings.map((setting) => setting.key)).toEqual(['taskPane.width']);

    const target = await new Browser().store();
    const summary = await target.importAllProgress(JSON.stringify(exported.file));
    expect(summary).toEqual({ attemptsImported: 2, attemptsSkipped: [], settingsImported: 1, scenariosImported: 1, scenariosSkipped: [] });
    expect((await target.listAttempts()).attempts).toEqual((await source.listAttempts()).attempts);
    for (const id of ids) {
      const [mine, theirs] = await Promise.all([resumeAttempt(source, id, contosoFixture()), resumeAttempt(target, id, contosoFixture())]);
      expect((await target.loadAttempt(id)).log).toEqual((await source.loadAttempt(id)).log);
      expect(json(theirs.tenant)).toBe(json(mine.tenant));
    }
    expect(await new SettingsStore(target.db).get('taskPane.width')).toBe(380);
    expect(await new ScenarioLibrary(target.db).list()).toEqual(await new ScenarioLibrary(source.db).list());
  });

  it('importing the same progress again keeps what is already here and says what it skipped', async () => {
    const { store: source, ids } = await browserWithProgress();
    const file = (await source.exportAllProgress()).file;
    const target = await new Browser().store();
    await target.importAllProgress(file);
    await target.appendCommand(ids[1]!, learnerLog(1, 500)[0]!, 15);

    const summary = await target.importAllProgress(file);
    expect({ ...summary, attemptsSkipped: [...summary.attemptsSkipped].sort() }).toEqual({
      attemptsImported: 0,
      attemptsSkipped: [...ids].sort(),
      settingsImported: 1,
      scenariosImported: 0,
      scenariosSkipped: ['my-scenario'],
    });
    expect((await target.getAttempt(ids[1]!)).logLength).toBe(16);
  });

  it('a progress file written before the attempts’ migration is migrated as it is imported', async () => {
    const target = await new Browser().store();
    const log = learnerLog(4);
    const file = {
      format: PROGRESS_FORMAT,
      formatVersion: 1,
      exportedAt: '2026-01-10T08:00:00.000Z',
      attempts: [
        {
          attempt: { schemaVersion: 1, id: 'old-one', scenarioId: 'onboard-licensed-user', variablesSeed: 5, mode: 'practice', status: 'inProgress', startedAt: '2026-01-09T08:00:00.000Z', updatedAt: '2026-01-09T08:05:00.000Z', activeMs: 0, userId: contosoAdminId() },
          log,
        },
      ],
      settings: [],
      importedScenarios: [],
    };
    await target.importAllProgress(file);
    expect(await target.getAttempt('old-one')).toMatchObject({ schemaVersion: 2, logLength: 4 });
    expect(json((await resumeAttempt(target, 'old-one', contosoFixture())).tenant)).toBe(json(replay(contosoFixture(), log)));
  });

  it('a damaged attempt is left out of the export and listed, so the rest can still be saved', async () => {
    const { store, ids } = await browserWithProgress();
    await store.db.commandLog.delete([ids[0]!, 7]);
    const exported = await store.exportAllProgress();
    expect(exported.file.attempts.map(({ attempt }) => attempt.id)).toEqual([ids[1]]);
    expect(exported.damaged.map((damaged) => [damaged.id, damaged.error.code])).toEqual([[ids[0], 'CorruptedRecord']]);
  });

  describe('a malformed file is refused whole, with the reason, and nothing is imported', () => {
    const refusals: [string, (file: Record<string, unknown>) => unknown, string][] = [
      ['not JSON', () => '{"format": "tenant-lab/progress",', 'The file is not JSON'],
      ['another kind of file', () => ({ format: 'tenant-lab/attempt', formatVersion: 1 }), 'This is not a Tenant Lab progress file'],
      ['an attempt with an unknown status', (file) => withAttempt(file, 1, (entry) => ({ ...entry, attempt: { ...entry.attempt, status: 'paused' } })), 'attempts[1].attempt.status:'],
      ['a log shorter than its attempt says', (file) => withAttempt(file, 1, (entry) => ({ ...entry, log: entry.log.slice(1) })), 'attempts[1].log: the attempt says it holds '],
      [
        'a command this version does not know',
        (file) => withAttempt(file, 0, (entry) => ({ ...entry, log: [{ command: { type: 'user.teleport' }, actor: entry.log[0]!.actor }, ...entry.log.slice(1)] })),
        "attempts[0].log[0].command.type: 'user.teleport' is not a command this version of Tenant Lab knows",
      ],
      ['the same attempt twice', (file) => ({ ...file, attempts: [...(file.attempts as unknown[]), (file.attempts as unknown[])[0]] }), 'appears twice'],
      ['a setting that is not JSON data', (file) => ({ ...file, settings: [{ key: 'x', value: Number.NaN }] }), 'settings[0].value:'],
    ];

    it.each(refusals)('%s', async (_, spoil, reason) => {
      const { store: source } = await browserWithProgress();
      const file = JSON.parse(JSON.stringify((await source.exportAllProgress()).file)) as Record<string, unknown>;
      const target = await new Browser().store();
      await new SettingsStore(target.db).set('theme', 'dark');
      const before = await everything(target);

      const failure = await target.importAllProgress(spoil(file)).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StorageError);
      expect((failure as StorageError).code).toBe('InvalidImport');
      expect((failure as StorageError).message).toBe('This file can’t be imported. Nothing was imported.');
      expect((failure as StorageError).details.join('\n')).toContain(reason);
      expect(await everything(target)).toEqual(before);
    });
  });
});

type FileAttempt = { attempt: Record<string, unknown>; log: { command: { type: string }; actor: unknown }[] };

function withAttempt(file: Record<string, unknown>, index: number, change: (entry: FileAttempt) => FileAttempt): Record<string, unknown> {
  const attempts = [...(file.attempts as FileAttempt[])];
  attempts[index] = change(attempts[index]!);
  return { ...file, attempts };
}

describe('exporting one attempt for the CLI’s grade', () => {
  const loaded = loadScenario(readFileSync('scenarios/users-and-groups/onboard-licensed-user.yaml', 'utf8'), 'onboard-licensed-user.yaml');

  function instance(seed: number): ScenarioInstance {
    if (!loaded.ok) throw new Error('The scenario does not load.');
    const prepared = instantiate(loaded.loaded.scenario, { seed });
    if (!prepared.ok) throw new Error('The scenario does not instantiate.');
    return prepared.instance;
  }

  it('an exported attempt replays and grades exactly as it did in the browser', async () => {
    const seed = 1234;
    const start = instance(seed);
    const store = await new Browser().store();
    const attempt = await store.createAttempt({ scenarioId: start.scenario.id, variablesSeed: seed, mode: 'practice', userId: start.actor.kind === 'user' ? start.actor.userId : '' });
    const solution = runSteps(start.start, start.solution, start.actor, ['solution'], true);
    // Half the work, as a learner who stops part-way: the grade must match, whatever it is.
    const half = solution.log.slice(0, Math.ceil(solution.log.length / 2));
    await appendAll(store, attempt.id, half);
    const inBrowser = grade(start, replay(start.start, half));

    const file = await store.exportAttempt(attempt.id, { learner: 'Megan Bowen' });
    expect(file).toMatchObject({ format: 'tenant-lab/attempt', formatVersion: 1, scenarioId: 'onboard-licensed-user', seed, learner: 'Megan Bowen', startedDateTime: attempt.startedAt });
    const parsed = parseAttempt(JSON.stringify(file, null, 2));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const replayed = replayAttempt(instance(parsed.attempt.seed), parsed.attempt);
    expect(replayed.problems).toEqual([]);
    expect(grade(instance(seed), replayed.final)).toEqual(inBrowser);
    expect(json(replayed.final)).toBe(json(replay(start.start, half)));
  });

  it('free play has no scenario to grade, so it is exported with all progress instead', async () => {
    const store = await new Browser().store();
    const attempt = await store.createAttempt({ scenarioId: 'sandbox', variablesSeed: 0, mode: 'sandbox', userId: contosoAdminId() });
    await expect(store.exportAttempt(attempt.id)).rejects.toMatchObject({
      code: 'ExportFailed',
      details: ['Free play has no scenario, so there is nothing for grade to check. Export your progress instead.'],
    });
  });
});
