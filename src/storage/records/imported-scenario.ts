/** A scenario file the learner imported, kept as the text they chose so the loader's positions still apply. */
export interface ImportedScenarioRecord {
  readonly schemaVersion: typeof IMPORTED_SCENARIO_SCHEMA_VERSION;
  /** The scenario's own id, from its file. */
  readonly id: string;
  readonly source: string;
  /** The file name it came from, when it came from a file. */
  readonly fileName?: string;
  readonly importedAt: string;
}

export const IMPORTED_SCENARIO_SCHEMA_VERSION = 1;
