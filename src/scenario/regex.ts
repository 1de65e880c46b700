/**
 * Regular expressions come from scenario files, so they are held to a subset that cannot
 * backtrack catastrophically: at most 200 characters, no back-references, and no repeated group
 * (`*`, `+` or `{n,}`) that itself contains a repetition or an alternation — the shapes behind
 * ReDoS, such as `(a+)+` and `(a|a)*`. Values tested are tenant properties (at most a few hundred
 * characters), which bounds the rest.
 */
const MAX_PATTERN_LENGTH = 200;

export function compileSafeRegex(pattern: string, ignoreCase: boolean): RegExp | { error: string } {
  if (pattern.length > MAX_PATTERN_LENGTH) return { error: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  if (/\\[1-9]|\\k</.test(pattern)) return { error: 'back-references (\\1, \\k<name>) are not allowed in patterns' };
  const risky = riskyRepetition(pattern);
  if (risky) return { error: risky };
  try {
    return new RegExp(pattern, ignoreCase ? 'iu' : 'u');
  } catch (error) {
    return { error: `the pattern is not a valid regular expression (${error instanceof Error ? error.message : String(error)})` };
  }
}

function riskyRepetition(pattern: string): string | undefined {
  // For each open group: whether it holds a repetition or an alternation so far.
  const groups: { repeats: boolean; alternates: boolean }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    const innermost = groups[groups.length - 1];
    if (char === '\\' || char === '[') {
      // An escape or a character class is one atom; it may itself be repeated.
      i = char === '\\' ? i + 1 : endOfClass(pattern, i);
      if (innermost && isRepetition(pattern, i + 1)) innermost.repeats = true;
    } else if (char === '(') {
      groups.push({ repeats: false, alternates: false });
    } else if (char === ')') {
      const closed = groups.pop();
      const repeated = isRepetition(pattern, i + 1);
      if (closed && repeated && (closed.repeats || closed.alternates)) {
        return `a repeated group contains ${closed.repeats ? 'a repetition' : 'alternatives'} (like (a+)+ or (a|b)*), which can take exponential time; rewrite it without the outer repetition`;
      }
      const parent = groups[groups.length - 1];
      if (closed && parent) {
        parent.repeats ||= closed.repeats || repeated;
        parent.alternates ||= closed.alternates;
      }
    } else if (innermost) {
      if (char === '|') innermost.alternates = true;
      if (isRepetition(pattern, i + 1)) innermost.repeats = true;
    }
  }
  return undefined;
}

/** `*`, `+` and ranged `{n,m}` repeat; `?` and `{n}` do not multiply the ways to match. */
function isRepetition(pattern: string, at: number): boolean {
  const char = pattern[at];
  return char === '*' || char === '+' || (char === '{' && /^\{\d+,\d*\}/.test(pattern.slice(at)));
}

function endOfClass(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']' && i > start + 1) return i;
  }
  return pattern.length;
}
