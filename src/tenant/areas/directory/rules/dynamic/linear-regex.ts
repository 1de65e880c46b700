import { RE2JS, RE2JSException, RE2JSSyntaxException } from 're2js';

/*
 * Regular expressions written by instructors (scenario checks) and admins (dynamic membership
 * rules' -match and -notMatch) are evaluated on values learners type, in the page and the CLI. A
 * backtracking engine can take exponential time on a pattern such as (a+)+$, and no shape check
 * models every construct that does so. RE2 (here its JavaScript port, re2js) guarantees time
 * linear in the value's length for every pattern it accepts, so nothing is guessed from the
 * pattern's shape: a pattern either compiles to an automaton or is refused.
 *
 * RE2 has no backreferences and no lookaround, since neither can be matched in linear time.
 * Entra evaluates -match with .NET, which has both; a rule that uses them is refused here with
 * a message that says so, at the construct.
 */

/** A refused pattern: why, and where in the pattern (offsets into the pattern, end exclusive). */
export interface PatternRefusal {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface LinearPattern {
  /** Whether the pattern matches anywhere in the value, as .NET's Regex.IsMatch and JavaScript's test do. */
  test(value: string): boolean;
}

/**
 * The cost of one evaluation is about the automaton's size times the value's length. RE2 already
 * caps a counted repetition at 1,000; this caps what repetitions multiply out to, so that a
 * 256-character value stays within 5 ms whatever the pattern (tests/unit/linear-regex.fuzz.test.ts
 * measures it): \p{L}{1,100} is 202 instructions and is refused; ^[^@]+@contoso\.com$ is about 30,
 * and a list of eight domain names about 80.
 */
const MAX_INSTRUCTIONS = 200;

/** A construct RE2 cannot run, found before RE2 reports it in its own words. */
function unsupportedConstruct(pattern: string): PatternRefusal | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) {
        let end = i + 2;
        while (end < pattern.length && /\d/.test(pattern[end]!)) end += 1;
        return backreference(pattern, i, end);
      }
      if (!inClass && next === 'k' && pattern[i + 2] === '<') {
        const close = pattern.indexOf('>', i + 3);
        return backreference(pattern, i, close < 0 ? pattern.length : close + 1);
      }
      i += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') {
      inClass = true;
      // A ] right after [ or [^ is a literal member of the class.
      if (pattern[i + 1] === '^') i += 1;
      if (pattern[i + 1] === ']') i += 1;
      continue;
    }
    if (char === '(' && pattern[i + 1] === '?') {
      const opener = /^\(\?(?:<[=!]|[=!>])/.exec(pattern.slice(i))?.[0];
      if (opener) {
        const kind = opener === '(?>' ? 'atomic groups' : opener.includes('<') ? 'lookbehind' : 'lookahead';
        return {
          message: `${kind} such as '${opener}' ${kind === 'lookahead' || kind === 'lookbehind' ? 'is' : 'are'} not supported: patterns are evaluated in linear time (RE2 syntax), which rules out lookaround and backtracking constructs`,
          start: i,
          end: i + opener.length,
        };
      }
    }
  }
  return undefined;
}

function backreference(pattern: string, start: number, end: number): PatternRefusal {
  return {
    message: `backreferences such as '${pattern.slice(start, end)}' are not supported: patterns are evaluated in linear time (RE2 syntax), which rules out backreferences`,
    start,
    end,
  };
}

/** \uXXXX, which .NET and JavaScript write, is \x{XXXX} to RE2. Positions after it shift by one or two; refusals that follow are rare enough. */
function translateEscapes(pattern: string): string {
  return pattern.replace(/\\\\|\\u([0-9A-Fa-f]{4})/g, (whole, hex: string | undefined) => (hex ? `\\x{${hex}}` : whole));
}

function syntaxRefusal(pattern: string, error: RE2JSSyntaxException): PatternRefusal {
  const fragment = error.getPattern() ?? '';
  const found = fragment ? pattern.indexOf(fragment) : -1;
  const start = found < 0 ? 0 : found;
  const end = found < 0 ? pattern.length : found + fragment.length;
  return { message: `${error.getDescription()}${fragment ? ` at '${fragment}'` : ''}`, start, end };
}

function instructionCount(compiled: RE2JS): number {
  const program = (compiled.re2Input as { prog?: { inst?: readonly unknown[] } }).prog;
  return program?.inst?.length ?? 0;
}

/**
 * Compiles a pattern for linear-time matching, or says why it can't be. `maxLength` bounds the
 * pattern's own length (a check names one value; a rule may list a few).
 */
export function compileLinearPattern(pattern: string, options: { readonly ignoreCase: boolean; readonly maxLength: number }): LinearPattern | PatternRefusal {
  if (pattern.length > options.maxLength) {
    return { message: `the pattern is ${pattern.length.toLocaleString('en-US')} characters long; use at most ${options.maxLength}`, start: 0, end: pattern.length };
  }
  const unsupported = unsupportedConstruct(pattern);
  if (unsupported) return unsupported;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(translateEscapes(pattern), options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) return syntaxRefusal(pattern, error);
    if (error instanceof RE2JSException) return { message: error.message, start: 0, end: pattern.length };
    throw error;
  }
  if (instructionCount(compiled) > MAX_INSTRUCTIONS) {
    return {
      message: `the pattern is too large once its repetitions are counted out (over ${MAX_INSTRUCTIONS} steps); use smaller counts in {n,m}, or + and * instead`,
      start: 0,
      end: pattern.length,
    };
  }
  return { test: (value) => compiled.test(value) };
}

export function isPatternRefusal(value: LinearPattern | PatternRefusal): value is PatternRefusal {
  return 'message' in value;
}
