import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The app's module graph, read from the sources: every relative import, static or dynamic (a
 * lazy page is still a dependency of whatever imports it). Type-only imports are left out, since
 * they vanish when compiled.
 */

const ROOT = resolve(__dirname, '../..');
const APP = join(ROOT, 'src/app');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The files a module imports at run time, resolved to paths. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      const named = node.importClause?.namedBindings;
      const onlyTypes = !node.importClause?.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((specifier) => specifier.startsWith('.')).flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

const graph = new Map(sourceFiles(APP).map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(ROOT, file);

/** The strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next)) continue;
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.map(name).sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) connect(node);
  return found;
}

describe("the app's module graph", () => {
  it('finds a cycle when there is one', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c']]);
  });

  it('reads static, dynamic and re-exported imports, and leaves type-only ones out', () => {
    const routes = join(APP, 'portals/admin/routes.tsx');
    expect(graph.get(routes)).toContain(join(APP, 'portals/admin/paths.ts'));
    expect(graph.get(routes)).toContain(join(APP, 'portals/admin/home/HomePage.tsx'));
    expect(graph.get(join(APP, 'shell/page-routes.tsx'))).not.toContain(join(APP, 'shell/portal.ts'));
  });

  it('has no import cycle in src/app', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps route tables, navs and portal modules out of the pages: pages link with paths.ts', () => {
    const tables = /\/src\/app\/portals\/(.+\/(routes\.tsx|nav\.ts)|[^/]+\/(portal|entry)\.ts|index\.ts)$/;
    const offenders = [...graph].flatMap(([file, imports]) =>
      file.includes('/src/app/portals/') && !tables.test(file) ? imports.filter((imported) => tables.test(imported)).map((imported) => `${name(file)} -> ${name(imported)}`) : [],
    );
    expect(offenders).toEqual([]);
  });
});
