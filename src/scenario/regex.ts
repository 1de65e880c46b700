import { compileLinearPattern, isPatternRefusal, type LinearPattern } from '../tenant/areas/directory/rules/dynamic/linear-regex';

/**
 * Regular expressions from scenario files run on the same linear-time engine as a dynamic
 * membership rule's -match (RE2 syntax), and are shorter: a check names one property value.
 */
const MAX_PATTERN_LENGTH = 200;

export type ScenarioPattern = LinearPattern;

export function compileScenarioPattern(pattern: string, ignoreCase: boolean): ScenarioPattern | { error: string; start: number; end: number } {
  const compiled = compileLinearPattern(pattern, { ignoreCase, maxLength: MAX_PATTERN_LENGTH });
  if (!isPatternRefusal(compiled)) return compiled;
  return { error: `the pattern can't be used: ${compiled.message} (character ${compiled.start + 1} of the pattern)`, start: compiled.start, end: compiled.end };
}

export function isPatternError(value: ScenarioPattern | { error: string }): value is { error: string; start: number; end: number } {
  return 'error' in value;
}
