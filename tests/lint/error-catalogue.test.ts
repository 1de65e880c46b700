import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Each refusal's wording lives once, in an error catalogue: src/tenant/errors.ts (shared and core
 * refusals) or an area's src/tenant/areas/<area>/errors.ts. Everywhere else names a catalogue
 * entry, so `tenantError(` is called only in those files, and no two entries write the same message.
 */

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function isCatalogue(path: string): boolean {
  return path === 'src/tenant/errors.ts' || /^src\/tenant\/areas\/[^/]+\/errors\.ts$/.test(path);
}

interface ErrorCall {
  readonly line: number;
  /** The message argument as written in the source. */
  readonly message: string;
}

function tenantErrorCalls(path: string, text: string): ErrorCall[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const calls: ErrorCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'tenantError') {
      calls.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, message: node.arguments[1]?.getText(source) ?? '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

/** `tenantError(` calls outside the catalogue files, as `path:line`. */
function callsOutsideCatalogues(files: readonly { readonly path: string; readonly text: string }[]): string[] {
  return files.filter(({ path }) => !isCatalogue(path)).flatMap(({ path, text }) => tenantErrorCalls(path, text).map(({ line }) => `${path}:${line}`));
}

/** Messages written as the same literal by more than one catalogue entry. */
function repeatedMessages(files: readonly { readonly path: string; readonly text: string }[]): string[] {
  const seen = new Map<string, string>();
  const repeated: string[] = [];
  for (const { path, text } of files.filter((file) => isCatalogue(file.path))) {
    for (const { line, message } of tenantErrorCalls(path, text)) {
      if (!/^['"`]/.test(message)) continue;
      const where = `${path}:${line}`;
      const first = seen.get(message);
      if (first) repeated.push(`${message} (${first} and ${where})`);
      else seen.set(message, where);
    }
  }
  return repeated;
}

const project = sourceFiles(SRC).map((file) => ({ path: relative(ROOT, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }));

describe('the error catalogue', () => {
  it('is the only place that calls tenantError', () => {
    expect(callsOutsideCatalogues(project)).toEqual([]);
  });

  it('writes each message once', () => {
    expect(repeatedMessages(project)).toEqual([]);
  });

  it('flags an inline message outside the catalogues, on one line or several', () => {
    const inline = "return tenantError('InvalidValue', 'No changes were given.', 'changes');";
    const multiline = "return tenantError(\n  'InvalidValue',\n  `Unknown command '${type}'.`,\n);";
    expect(callsOutsideCatalogues([{ path: 'src/tenant/areas/directory/commands/users.ts', text: inline }])).toEqual(['src/tenant/areas/directory/commands/users.ts:1']);
    expect(callsOutsideCatalogues([{ path: 'src/session/lab-session.ts', text: multiline }])).toEqual(['src/session/lab-session.ts:1']);
    expect(callsOutsideCatalogues([{ path: 'src/tenant/areas/directory/errors.ts', text: inline }])).toEqual([]);
  });

  it('flags a message two catalogue entries both write', () => {
    const entry = "export const E = { a: () => tenantError('InvalidValue', 'Display name is required.', 'displayName') };";
    const files = [
      { path: 'src/tenant/errors.ts', text: entry },
      { path: 'src/tenant/areas/roles/errors.ts', text: entry },
    ];
    expect(repeatedMessages(files)).toEqual(["'Display name is required.' (src/tenant/errors.ts:1 and src/tenant/areas/roles/errors.ts:1)"]);
  });
});
