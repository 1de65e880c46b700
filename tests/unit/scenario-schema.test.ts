import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_KINDS, formatProblem, loadScenario, prove, SKILL_AREAS } from '../../src/scenario';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';
import { REFERENCE_KINDS } from '../../src/scenario/references';

const root = join(__dirname, '../..');

describe('the published scenario schema and guide', () => {
  it('schemas/scenario.schema.json is what npm run scenario-schema generates from the zod schema', () => {
    expect(readFileSync(join(root, 'schemas/scenario.schema.json'), 'utf8')).toBe(scenarioJsonSchema());
  });

  const guide = readFileSync(join(root, 'docs/scenario-authoring.md'), 'utf8');

  it('the complete example in the guide is a valid scenario that proves', () => {
    const example = /## A complete example, explained\n\n```yaml\n([\s\S]*?)```/.exec(guide)![1]!;
    const result = loadScenario(example, 'guide-example.yaml');
    if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
    expect(prove(result.loaded).problems.map(formatProblem)).toEqual([]);
  });

  it.each([...CHECK_KINDS])('the authoring guide documents the %s check', (kind) => {
    expect(guide).toContain(`\`${kind}\``);
  });

  it.each(Object.keys(REFERENCE_KINDS))('the authoring guide documents the %s reference', (kind) => {
    expect(guide).toContain(`{ ${kind}: `);
  });

  it.each(Object.keys(SKILL_AREAS))('the authoring guide lists the %s skill area', (id) => {
    expect(guide).toContain(`| \`${id}\` |`);
  });
});
