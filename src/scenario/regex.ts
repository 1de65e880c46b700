import { unsafePattern } from '../tenant/areas/directory/rules/dynamic/regex-guard';

/**
 * Regular expressions come from scenario files, so they pass the same shape check as a dynamic
 * membership rule's -match pattern (no back-references, no nested quantifiers, a bounded number of
 * ways to split a value), and are shorter: a check names one property value, not a list.
 */
const MAX_PATTERN_LENGTH = 200;

export function compileSafeRegex(pattern: string, ignoreCase: boolean): RegExp | { error: string } {
  if (pattern.length > MAX_PATTERN_LENGTH) return { error: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  let compiled: RegExp;
  try {
    compiled = new RegExp(pattern, ignoreCase ? 'iu' : 'u');
  } catch (error) {
    return { error: `the pattern is not a valid regular expression (${error instanceof Error ? error.message : String(error)})` };
  }
  const unsafe = unsafePattern(pattern);
  return unsafe ? { error: `the pattern can't be evaluated safely: ${unsafe.message}` } : compiled;
}
