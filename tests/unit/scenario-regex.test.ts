import { describe, expect, it } from 'vitest';
import { compileSafeRegex } from '../../src/scenario/regex';

describe('regular expressions from scenario files', () => {
  it.each(['^[A-Z]{2}$', '^\\w+@contoso\\.com$', '^(Sales|Marketing)$', '(ab){2}', '(x(a+))+', 'department', '^[^@]+@[a-z.]+$'])('accepts %s', (pattern) => {
    expect(compileSafeRegex(pattern, false)).toBeInstanceOf(RegExp);
  });

  it.each([
    ['(a+)+', 'repeats a part that itself repeats or has alternatives'],
    ['(\\d+)*$', 'repeats a part that itself repeats or has alternatives'],
    ['([a-z]+)+@', 'repeats a part that itself repeats or has alternatives'],
    ['(a|aa)*', 'repeats a part that itself repeats or has alternatives'],
    ['^(a?a?)*$', "'(a?a?)*' repeats a part"],
    ['(a){2,}b(c+){1,9}', "'(c+){1,9}' repeats a part"],
    ['.*.*.*x', 'too many ways'],
    ['(a)\\1', 'backreferences'],
    ['(?<x>a)\\k<x>', 'backreferences'],
    ['[', 'not a valid regular expression'],
    ['a'.repeat(201), 'longer than 200 characters'],
  ])('rejects %s', (pattern, message) => {
    const result = compileSafeRegex(pattern, false);
    expect(result).not.toBeInstanceOf(RegExp);
    expect((result as { error: string }).error).toContain(message);
  });

  it('matches without case when asked', () => {
    expect((compileSafeRegex('^sales$', true) as RegExp).test('SALES')).toBe(true);
  });
});
