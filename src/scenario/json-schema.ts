import { z } from 'zod';
import { ScenarioFile } from './schema';

/** The scenario schema as JSON Schema (draft 2020-12), formatted as committed in `schemas/`. */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(ScenarioFile, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'https://tenant-lab.example/schemas/scenario.schema.json' }, null, 2)}\n`;
}
