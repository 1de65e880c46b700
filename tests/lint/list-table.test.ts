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

/** Pages written before the rule reached them; each leaves this list when it moves to ListTable. */
const NOT_YET_CONVERTED: readonly string[] = [
  'src/app/portals/entra/monitoring/audit-logs/AuditDetailsPane.tsx',
  'src/app/portals/entra/monitoring/sign-in-logs/SignInLogsPage.tsx',
  'src/app/portals/entra/entra-id/connect/EntraConnectPage.tsx',
  'src/app/portals/entra/protection/conditional-access/WhatIfPage.tsx',
  'src/app/portals/entra/protection/conditional-access/NamedLocationsPage.tsx',
  'src/app/portals/entra/protection/authentication-methods/AuthenticationMethodsPage.tsx',
];

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
  it('no page renders a Fluent <Table> of its own outside the allow-list', () => {
    expect(withTables.filter((file) => !NOT_YET_CONVERTED.includes(file))).toEqual([]);
  });

  it('the allow-list names only files that still render their own table', () => {
    expect(NOT_YET_CONVERTED.filter((file) => !withTables.includes(file))).toEqual([]);
  });

  it('the scan sees the kit table itself', () => {
    expect(rendersTable(join(ROOT, KIT_TABLE))).toBe(true);
  });
});
