import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, prove } from '../../src/scenario';

const root = join(__dirname, '../../scenarios');

function scenarioFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return scenarioFiles(path);
    return /\.(ya?ml|json)$/.test(entry.name) ? [path] : [];
  });
}

const files = scenarioFiles(root).map((path) => relative(join(root, '..'), path));

describe('every scenario in scenarios/', () => {
  it('there are at least twelve', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s loads from the folder of its main skill area, its solution earns full marks, its untouched start scores 0%, and its wrong attempts score as declared', (file) => {
    const result = loadScenario(readFileSync(join(root, '..', file), 'utf8'), file);
    if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
    const { scenario } = result.loaded;
    expect(basename(dirname(file))).toBe(scenario.skillAreas[0]);
    expect(basename(file).replace(/\.(ya?ml|json)$/, '')).toBe(scenario.id);
    const proof = prove(result.loaded);
    expect(proof.problems.map(formatProblem)).toEqual([]);
    expect(proof.startPercent.max).toBe(0);
  });

  it('no two scenarios share an id', () => {
    const ids = files.map((file) => basename(file).replace(/\.(ya?ml|json)$/, ''));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
