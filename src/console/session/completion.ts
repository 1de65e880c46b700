import { allParameters } from '../runtime/binder';
import type { ConsoleSession } from './console-session';

export interface Completion {
  /** The part of the line the chosen candidate replaces. */
  readonly start: number;
  readonly end: number;
  readonly candidates: readonly string[];
}

const TOKEN_START = /[\s|;({=,]/;

function sortedUnique(values: readonly string[]): string[] {
  return [...new Map(values.map((value) => [value.toLowerCase(), value])).values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

function startsWith(value: string, prefix: string): boolean {
  return value.toLowerCase().startsWith(prefix.toLowerCase());
}

/**
 * Tab completion as PowerShell offers it: command names at the start of a pipeline element,
 * parameter names after a dash, variable names after `$`, parameter values from a ValidateSet,
 * and otherwise the files in the home directory.
 */
export function complete(session: ConsoleSession, line: string, cursor: number): Completion {
  let start = cursor;
  while (start > 0 && !TOKEN_START.test(line[start - 1]!)) start--;
  const token = line.slice(start, cursor);
  const segment = line.slice(0, start).split(/[|;{(]/).pop() ?? '';
  const words = segment.trim().split(/\s+/).filter(Boolean);
  const commands = session.services.commands;
  const commandName = words[0];
  const definition = commandName ? commands.find(commands.alias(commandName) ?? commandName) : undefined;

  if (token.startsWith('$')) {
    const names = session.interpreter.scope.names().filter((name) => startsWith(name, token.slice(1)));
    return { start, end: cursor, candidates: sortedUnique(['_', 'true', 'false', 'null', ...names].filter((name) => startsWith(name, token.slice(1))).map((name) => `$${name}`)) };
  }
  if (words.length === 0) {
    const names = [...commands.all().map((command) => command.name), ...commands.aliases().map(([alias]) => alias), ...session.interpreter.functions.keys()];
    return { start, end: cursor, candidates: sortedUnique(names.filter((name) => startsWith(name, token))) };
  }
  if (token.startsWith('-') && definition) {
    const names = allParameters(definition).map((parameter) => `-${parameter.name}`);
    return { start, end: cursor, candidates: names.filter((name) => startsWith(name, token)) };
  }
  const previous = words[words.length - 1];
  if (definition && previous?.startsWith('-')) {
    const parameter = allParameters(definition).find((candidate) => startsWith(candidate.name, previous.slice(1)));
    if (parameter?.validateSet) return { start, end: cursor, candidates: parameter.validateSet.filter((value) => startsWith(value, token)) };
  }
  const prefix = session.services.files.normalize(token);
  const files = session.services.files.list().filter((file) => startsWith(file.name, prefix)).map((file) => `./${file.name}`);
  return { start, end: cursor, candidates: files };
}
