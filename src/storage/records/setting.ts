/** A learner preference or app state worth keeping across visits (last attempt, pane width...). */
export interface SettingRecord {
  readonly schemaVersion: typeof SETTING_SCHEMA_VERSION;
  readonly key: string;
  /** Any structured-cloneable value; the setting's owner validates it when reading. */
  readonly value: unknown;
}

export const SETTING_SCHEMA_VERSION = 1;
