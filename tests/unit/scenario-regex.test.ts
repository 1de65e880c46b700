import { describe, expect, it } from 'vitest';
import { compileSafeRegex } from '../../src/scenario/regex';

describe('regular expressions from scenario files', () => {
  it.each(['^[A-Z]{2}$', '^\\w+@contoso\\.com$', '^(Sales|Marketing)$', '(ab){2}', 'department', '^[^@]+@[a-z.]+$'])('accepts %s', (pattern) => {
    expect(compileSafeRegex(pattern, false)).toBeInstanceOf(RegExp);
  });

  it.each([
    ['(a+)+', 'a repeated group contains a repetition'],
    ['(\\d+)*$', 'a repeated group contains a repetition'],
    ['([a-z]+)+@', 'a repeated group contains a repetition'],
    ['(a|aa)*', 'a repeated group contains alternatives'],
    ['(x(a+))+', 'a repeated group contains a repetition'],
    ['(a){2,}b(c+){1,9}', 'a repeated group contains a repetition'],
    ['(a)\\1', 'back-references'],
    ['(?<x>a)\\k<x>', 'back-references'],
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
