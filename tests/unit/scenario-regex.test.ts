import { describe, expect, it } from 'vitest';
import { compileScenarioPattern, isPatternError, type ScenarioPattern } from '../../src/scenario/regex';

function compiled(pattern: string, ignoreCase = false): ScenarioPattern {
  const result = compileScenarioPattern(pattern, ignoreCase);
  if (isPatternError(result)) throw new Error(result.error);
  return result;
}

describe('regular expressions from scenario files', () => {
  it.each(['^[A-Z]{2}$', '^\\w+@contoso\\.com$', '^(Sales|Marketing)$', '(ab){2}', '(x(a+))+', 'department', '^[^@]+@[a-z.]+$', '(a+)+', '.*.*.*x'])('accepts %s', (pattern) => {
    expect(isPatternError(compileScenarioPattern(pattern, false))).toBe(false);
  });

  it.each([
    ['(a)\\1', "backreferences such as '\\1' are not supported", 4],
    ['(?<x>a)\\k<x>', "backreferences such as '\\k<x>'", 8],
    ['^(?=x)', "lookahead such as '(?='", 2],
    ['[', 'missing closing ]', 1],
    ['a'.repeat(201), 'use at most 200', 1],
  ])('refuses %s, saying why and where', (pattern, message, character) => {
    const result = compileScenarioPattern(pattern, false);
    if (!isPatternError(result)) throw new Error('should be refused');
    expect(result.error).toContain(message);
    expect(result.error).toContain(`(character ${character} of the pattern)`);
  });

  it('matches anywhere in the value, and without case when asked', () => {
    expect(compiled('^sales$', true).test('SALES')).toBe(true);
    expect(compiled('^sales$').test('SALES')).toBe(false);
    expect(compiled('ale').test('Sales')).toBe(true);
  });
});
