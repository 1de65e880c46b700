import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../scenario/json-schema';

/** `npm run scenario-schema`: writes the JSON Schema editors use to autocomplete scenario files. */
const path = new URL('../../schemas/scenario.schema.json', import.meta.url);
writeFileSync(path, scenarioJsonSchema());
process.stdout.write(`Wrote ${path.pathname}\n`);
