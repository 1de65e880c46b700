import { formatProblem, readScenario as readScenarioFile, type ScenarioFile, type SkillAreaId } from '../scenario';
import type { ScenarioLibrary } from '../storage';

/** The scenario files shipped with Tenant Lab, by path, each read as text only when wanted. */
export type BuiltInScenarios = Readonly<Record<string, () => Promise<string>>>;

export type ScenarioOrigin = 'built-in' | 'imported';

/** What a list of scenarios shows. */
export interface ScenarioSummary {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly difficulty: ScenarioFile['difficulty'];
  readonly expectedMinutes: number;
  readonly skillAreas: readonly SkillAreaId[];
  readonly origin: ScenarioOrigin;
}

export type ScenarioRead = { readonly ok: true; readonly scenario: ScenarioFile } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads a scenario file for playing: its syntax, schema and rules, without running it. The full
 * proof (every variable draw, the solution scoring 100%) is the loader's job when a file is
 * shipped or imported; a player that ran it on every open would spend most of a second on it.
 * Nothing in a scenario is executed either way, and checks guard their own patterns.
 */
export function readScenario(source: string, file = '<scenario>'): ScenarioRead {
  const result = readScenarioFile(source, file);
  return result.ok ? { ok: true, scenario: result.loaded.scenario } : { ok: false, problems: result.problems.map(formatProblem) };
}

function summarize(scenario: ScenarioFile, origin: ScenarioOrigin): ScenarioSummary {
  const { id, title, summary, difficulty, expectedMinutes, skillAreas } = scenario;
  return { id, title, summary, difficulty, expectedMinutes, skillAreas, origin };
}

interface ScenarioText {
  readonly source: string;
  readonly origin: ScenarioOrigin;
}

/** Where scenario files come from: the shipped ones, and those the learner imported (when storage works). */
export class ScenarioSources {
  constructor(
    private readonly builtIn: BuiltInScenarios,
    private readonly library: () => Promise<ScenarioLibrary | null>,
  ) {}

  /** The scenario's file text: an import of the same id stands in for the shipped file, as the learner chose it. */
  async find(id: string): Promise<ScenarioText | null> {
    const library = await this.library();
    const imported = library ? (await library.list()).find((record) => record.id === id) : undefined;
    if (imported) return { source: imported.source, origin: 'imported' };
    // Shipped files are named after their id; the id inside is what counts.
    for (const [path, load] of Object.entries(this.builtIn)) {
      if (!path.endsWith(`/${id}.yaml`)) continue;
      const source = await load();
      const read = readScenario(source);
      if (read.ok && read.scenario.id === id) return { source, origin: 'built-in' };
    }
    return null;
  }

  /** Every scenario that can be played, shipped ones first; files that don't read are left out. */
  async list(): Promise<ScenarioSummary[]> {
    const library = await this.library();
    const imported = library ? await library.list() : [];
    const importedIds = new Set(imported.map((record) => record.id));
    const shipped = await Promise.all(Object.values(this.builtIn).map((load) => load()));
    const summaries: ScenarioSummary[] = [];
    for (const source of shipped) {
      const read = readScenario(source);
      if (read.ok && !importedIds.has(read.scenario.id)) summaries.push(summarize(read.scenario, 'built-in'));
    }
    for (const record of imported) {
      const read = readScenario(record.source);
      if (read.ok) summaries.push(summarize(read.scenario, 'imported'));
    }
    return summaries;
  }
}
