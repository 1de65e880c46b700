import type { TenantLabDatabase } from './database';
import { guarded } from './errors';
import { IMPORTED_SCENARIO_SCHEMA_VERSION, type ImportedScenarioRecord } from './records/imported-scenario';

/**
 * The scenario files a learner imported. The text is kept as chosen; the caller validates it
 * with the scenario loader before saving, and again when loading it (a newer schema may differ).
 */
export class ScenarioLibrary {
  constructor(
    private readonly db: TenantLabDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Saves the scenario under its id, replacing an earlier import of the same scenario. */
  save(scenario: { readonly id: string; readonly source: string; readonly fileName?: string }): Promise<ImportedScenarioRecord> {
    const record: ImportedScenarioRecord = {
      schemaVersion: IMPORTED_SCENARIO_SCHEMA_VERSION,
      id: scenario.id,
      source: scenario.source,
      ...(scenario.fileName === undefined ? {} : { fileName: scenario.fileName }),
      importedAt: this.now().toISOString(),
    };
    return guarded('write', async () => {
      await this.db.importedScenarios.put(record);
      return record;
    });
  }

  list(): Promise<ImportedScenarioRecord[]> {
    return guarded('read', () => this.db.importedScenarios.toArray());
  }

  delete(id: string): Promise<void> {
    return guarded('write', () => this.db.importedScenarios.delete(id));
  }
}
