import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The architecture's promise, measured: a new area of Microsoft 365 costs one folder under
 * src/tenant/areas and its lines in the areas table, nothing else. A scratch copy of src/ gets
 * the toy area in tests/architecture/toy-area (a slice, one command, one audit activity, one
 * object kind checks can name); the copy must type-check as a whole, run the toy command through
 * dispatch and replay, and prove a scenario whose check names a widget; and the only files that
 * differ from src/ are the toy's folder and the table.
 */

const root = join(import.meta.dirname, '../..');
const fixture = join(import.meta.dirname, 'toy-area');
let copy: string;

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** The table with the toy area in it: its imports, its slice type and its entry. */
function withToyArea(table: string): string {
  const lines = table.split('\n');
  const lastImport = lines.findLastIndex((line) => line.startsWith('import '));
  lines.splice(lastImport + 1, 0, "import { toyArea, type ToySlice } from './toy';");
  const sliceEnd = lines.findIndex((line, index) => index > lines.findIndex((l) => l.startsWith('export interface AreaSlices')) && line === '}');
  lines.splice(sliceEnd, 0, '  readonly toy: ToySlice;');
  const tableEnd = lines.findIndex((line) => line.startsWith('} satisfies'));
  lines.splice(tableEnd, 0, '  toy: toyArea,');
  return lines.join('\n');
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'tenant-lab-toy-area-'));
  cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  mkdirSync(join(copy, 'src/tenant/areas/toy'));
  cpSync(join(fixture, 'index.ts'), join(copy, 'src/tenant/areas/toy/index.ts'));
  const table = join(copy, 'src/tenant/areas/index.ts');
  writeFileSync(table, withToyArea(readFileSync(table, 'utf8')));
  mkdirSync(join(copy, 'tests/architecture'), { recursive: true });
  cpSync(join(fixture, 'check.ts'), join(copy, 'tests/architecture/check.ts'));
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions: object };
  writeFileSync(join(copy, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src', 'tests/architecture/check.ts'] }));
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('adding an area', () => {
  it('touches only its own folder and the areas table', () => {
    const changed = files(join(copy, 'src'))
      .map((path) => relative(copy, path))
      .filter((path) => {
        try {
          return readFileSync(join(root, path), 'utf8') !== readFileSync(join(copy, path), 'utf8');
        } catch {
          return true;
        }
      })
      .sort();
    expect(changed).toEqual(['src/tenant/areas/index.ts', 'src/tenant/areas/toy/index.ts']);
  });

  it('type-checks the whole app with the area in the table', () => {
    // Throws, with tsc's report, if any central switch or type still needed an edit.
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(copy, 'tsconfig.json')], { cwd: copy, stdio: 'pipe' });
  }, 240_000);

  it('runs its command through dispatch and replay, describes it, and grades a check that names its object', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'tests/architecture/check.ts'], { cwd: copy, encoding: 'utf8' });
    const found = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(found).toEqual({
      startWidgets: 0,
      widgetsAfter: 1,
      line: 'Widget Gizmo added',
      duplicate: 'Another widget has that name.',
      replayIdentical: true,
      scenarioProblems: [],
      startPercent: { min: 0, max: 0 },
    });
  }, 120_000);
});
