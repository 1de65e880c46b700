import type { TenantLabDatabase } from './database';
import { guarded } from './errors';
import { SETTING_SCHEMA_VERSION } from './records/setting';

/** Learner preferences and app state kept across visits, by key. Values are structured-cloneable data. */
export class SettingsStore {
  constructor(private readonly db: TenantLabDatabase) {}

  /** The stored value, or undefined; the caller validates it, since an older build may have written it. */
  get(key: string): Promise<unknown> {
    return guarded('read', async () => (await this.db.settings.get(key))?.value);
  }

  set(key: string, value: unknown): Promise<void> {
    return guarded('write', async () => {
      await this.db.settings.put({ schemaVersion: SETTING_SCHEMA_VERSION, key, value });
    });
  }

  delete(key: string): Promise<void> {
    return guarded('write', () => this.db.settings.delete(key));
  }
}
