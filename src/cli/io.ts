import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Where a command writes: results to `out`, problems to `err`. Tests pass their own. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class UsageError extends Error {}

const SCENARIO_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Scenario files named on the command line: files as given, directories searched recursively, in a stable order. */
export function scenarioFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string, named: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) visit(join(path, entry), false);
      }
    } else if (named || SCENARIO_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return files;
}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
