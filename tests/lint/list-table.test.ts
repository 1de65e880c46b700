import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * One list table: the portals' tables are ListTable (src/app/kit/ListTable.tsx), so sorting,
 * selection, opening a row and the count behave the same on every page. A page that renders
 * Fluent's <Table> itself is a second table to keep in step.
 */

const ROOT = resolve(__dirname, '../..');
const APP = join(ROOT, 'src/app');
const KIT_TABLE = 'src/app/kit/ListTable.tsx';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx$/.test(name) ? [path] : [];
  });
}

const rendersTable = (file: string) => /<Table[\s>]/.test(readFileSync(file, 'utf8'));
const withTables = sourceFiles(APP)
  .filter(rendersTable)
  .map((file) => relative(ROOT, file))
  .filter((file) => file !== KIT_TABLE);

describe('one list table', () => {
  it('no page renders a Fluent <Table> of its own', () => {
    expect(withTables).toEqual([]);
  });

  it('the scan sees the kit table itself', () => {
    expect(rendersTable(join(ROOT, KIT_TABLE))).toBe(true);
  });
});
