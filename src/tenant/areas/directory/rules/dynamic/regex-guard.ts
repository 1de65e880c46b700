import { RegexCharSet } from './regex-char-set';
import { readRegex, type RegexNode } from './regex-tree';

/*
 * Why -match patterns are checked before a rule is accepted.
 *
 * Entra evaluates -match with .NET regular expressions and documents no limit beyond "any regular
 * expression" (entra-docs, users/groups-dynamic-membership.md, "Using the -match operator").
 * Here a rule is evaluated in the page, by the browser's backtracking RegExp, over every user of
 * the tenant (50,000 in the benchmarks), on every change that touches them. A pattern such as
 * (a+)+$ takes exponential time on a value like "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!" and would hang
 * the page. There is no timer to stop a RegExp (and the core must not read the clock), so the
 * guard is decided from the pattern's shape alone, the same way for every run:
 *
 * 1. At most 512 characters: the check below stays cheap, and a list of values belongs in -in.
 * 2. No backreferences (\1, \k<name>): matching them is NP-hard in general.
 * 3. No nested quantifiers: a part repeated more than once (*, +, {n,m} with m > 1) may not
 *    itself contain alternatives (|), nor a variable quantifier (*, +, ?, {n,m}) unless a fixed
 *    character the quantified run can't take closes it, as in (\w+\.)+ or (ba+)+: then each
 *    repetition ends at that character and the value splits one way only. This excludes the
 *    exponential shapes: (a+)+, (a|a)*, (\w+\s?)*, (\w+\.?)+, (.*a){20}.
 * 4. A bounded number of ways to split a value. What remains can still be polynomial: .*.*.*x
 *    tries every way of cutting a value into three runs. For each chain of variable parts that can
 *    take the same characters one after the other (nothing between them that the first can't also
 *    take), the product of their choices (a run of up to 256 characters for *, +, {n,}; m - n + 1
 *    for {n,m}; 2 for ?; the sum over alternatives for (x|y)) must stay within 256 × 256. A pattern
 *    without ^ is tried from every position, which counts as one more run before it. A variable
 *    part followed only by parts that can match nothing (a trailing .*) never backtracks and counts
 *    once. So .*vid, ^Da.*, .*?ago.*, ^.*\s.*$, [a-z]+@[a-z]+\.com pass; .*.*x and a*a*b don't.
 *    At 256 × 256 a 256-character value costs about 65,000 steps, and ordinary values far fewer.
 */

const MAX_MATCH_PATTERN_LENGTH = 512;
/** How long a run of one repeated part is counted as: a value of up to 256 characters. */
const RUN = 256;
const MAX_SPLITS = RUN * RUN;

/** A refused pattern: why, and where in the pattern (offsets into the pattern, end exclusive). */
interface UnsafePattern {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** One step of a sequence, as the split count sees it. */
interface Step {
  /** How many ways this step can match at one place; 1 for a fixed step. */
  readonly choices: number;
  readonly set: RegexCharSet;
  /** Whether it can match the empty string. */
  readonly optional: boolean;
  /** An assertion or lookaround: consumes nothing, can fail. */
  readonly zeroWidth: boolean;
  /** A repeated fixed part: its choices are only how long a run it takes. */
  readonly run: boolean;
  readonly start: number;
  readonly end: number;
}

function charsOf(node: RegexNode, into = new RegexCharSet()): RegexCharSet {
  switch (node.kind) {
    case 'char':
      return into.addSet(node.set);
    case 'group':
      for (const alternative of node.alternatives) for (const child of alternative) charsOf(child, into);
      return into;
    case 'repeat':
      return charsOf(node.body, into);
    default:
      return into;
  }
}

/** Whether a part has more than one way to match: a variable quantifier or alternatives. */
function varies(node: RegexNode): boolean {
  switch (node.kind) {
    case 'group':
      return node.alternatives.length > 1 || node.alternatives.some((alternative) => alternative.some(varies));
    case 'repeat':
      return node.min !== node.max || varies(node.body);
    default:
      return false;
  }
}

/** A backreference or nested quantifier in the part, or undefined. */
function unsafeStructure(node: RegexNode, pattern: string): UnsafePattern | undefined {
  const found = { start: node.start, end: node.end };
  const text = pattern.slice(node.start, node.end);
  switch (node.kind) {
    case 'backreference':
      return { ...found, message: `backreferences such as '${text}' can take exponentially long to evaluate and aren't supported here` };
    case 'group':
      for (const alternative of node.alternatives) {
        for (const child of alternative) {
          const unsafe = unsafeStructure(child, pattern);
          if (unsafe) return unsafe;
        }
      }
      return undefined;
    case 'repeat': {
      const inner = unsafeStructure(node.body, pattern);
      if (inner) return inner;
      if (node.max > 1 && varies(node.body) && !separatesIterations(stepsOf([node.body]))) {
        return { ...found, message: `'${text}' repeats a part that itself repeats or has alternatives (a nested quantifier), which can take exponentially long to evaluate; repeat one level only` };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Whether a repeated part that varies still splits a value one way only: it has no alternatives,
 * and each of its runs is closed, before it comes round to itself in the next repetition and
 * before any other run that shares its characters, by a fixed character it can't take itself:
 * \w+ by \. in (\w+\.)+, a+ by the next repetition's b in (ba+)+.
 */
function separatesIterations(steps: readonly Step[]): boolean {
  const twice = [...steps, ...steps];
  const reach = reaches(twice);
  return steps.every((step, j) => {
    if (step.choices === 1) return true;
    if (!step.run || reach[j]! >= j + steps.length) return false;
    return twice.slice(j + 1, reach[j]).every((later) => later.choices === 1 || !later.set.intersects(step.set));
  });
}

/** The steps of a sequence, with plain groups opened up so their parts take part in chains. */
function stepsOf(nodes: readonly RegexNode[]): Step[] {
  return nodes.flatMap((node): Step[] => {
    const base = { start: node.start, end: node.end };
    switch (node.kind) {
      case 'char':
        return [{ ...base, choices: 1, set: node.set, optional: false, zeroWidth: false, run: false }];
      case 'assertion':
      case 'backreference':
        return [{ ...base, choices: 1, set: new RegexCharSet(), optional: true, zeroWidth: true, run: false }];
      case 'group': {
        const alternatives = node.alternatives.map(stepsOf);
        if (alternatives.length === 1 && !node.lookaround) return alternatives[0]!;
        const choices = alternatives.reduce((sum, steps) => sum + worstChain(steps, false).count, 0);
        const optional = node.lookaround || alternatives.some((steps) => steps.every((step) => step.optional));
        return [{ ...base, choices, set: charsOf(node), optional, zeroWidth: node.lookaround, run: false }];
      }
      case 'repeat': {
        if (node.max === 0) return [];
        const body = stepsOf([node.body]);
        if (node.min === 1 && node.max === 1) return body;
        const optional = node.min === 0 || body.every((step) => step.optional);
        const run = !varies(node.body);
        // A part repeated more than once that varies has separated iterations (unsafeStructure): count it as a run too.
        const choices = node.max === 1 && !run ? 1 + worstChain(body, false).count : node.max === Infinity ? RUN : Math.min(node.max - node.min + 1, RUN);
        return [{ ...base, choices, set: charsOf(node), optional, zeroWidth: false, run: run || node.max > 1 }];
      }
    }
  });
}

/**
 * How far each varying step can lead on: the index of the first later fixed, consuming step
 * that it could not have taken itself (the steps' length when there is none). Up to there, a
 * later step sharing characters with it can trade characters with it.
 */
function reaches(steps: readonly Step[]): number[] {
  return steps.map((step, j) => {
    if (step.choices === 1) return j;
    let k = j + 1;
    while (k < steps.length) {
      const between = steps[k]!;
      if (between.choices === 1 && !between.optional && !between.zeroWidth && !between.set.intersects(step.set)) break;
      k += 1;
    }
    return k;
  });
}

/**
 * The chain of steps that splits a value in the most ways, and that number (the product of their
 * choices). Step j leads on to a later step i when they share characters and j reaches i. With
 * `trailing`, a step followed only by optional steps counts once: it never backtracks.
 */
function worstChain(steps: readonly Step[], trailing: boolean): { count: number; chain: Step[] } {
  const reach = reaches(steps);
  const countsOnce: boolean[] = [];
  let restOptional = true;
  for (let i = steps.length - 1; i >= 0; i--) {
    countsOnce[i] = trailing && restOptional && steps[i]!.run;
    restOptional &&= steps[i]!.optional && !steps[i]!.zeroWidth;
  }
  const count: number[] = [];
  const previous: (number | undefined)[] = [];
  let worst: number | undefined;
  steps.forEach((step, i) => {
    let before: number | undefined;
    for (let j = 0; j < i; j++) {
      if (reach[j]! >= i && steps[j]!.choices > 1 && steps[j]!.set.intersects(step.set) && (before === undefined || count[j]! > count[before]!)) before = j;
    }
    count[i] = (countsOnce[i] ? 1 : step.choices) * (before === undefined ? 1 : count[before]!);
    previous[i] = before;
    if (step.choices > 1 && (worst === undefined || count[i]! > count[worst]!)) worst = i;
  });
  const chain: Step[] = [];
  for (let i = worst; i !== undefined; i = previous[i]) chain.unshift(steps[i]!);
  return { count: worst === undefined ? 1 : count[worst]!, chain };
}

/** A run tried from every position of the value, as a pattern without ^ is. */
const UNANCHORED_START: Step = { choices: RUN, set: RegexCharSet.any(), optional: true, zeroWidth: false, run: true, start: 0, end: 0 };

/**
 * Why a -match pattern can't be evaluated safely over every user, or undefined when it can.
 * The pattern must already compile as a JavaScript RegExp.
 */
export function unsafePattern(pattern: string): UnsafePattern | undefined {
  if (pattern.length > MAX_MATCH_PATTERN_LENGTH) {
    return { message: `the pattern is ${pattern.length.toLocaleString('en-US')} characters long; use at most ${MAX_MATCH_PATTERN_LENGTH}, or -in for a list of values`, start: 0, end: pattern.length };
  }
  const tree = readRegex(pattern);
  const unsafe = unsafeStructure(tree, pattern);
  if (unsafe) return unsafe;
  const first = tree.alternatives.length === 1 ? tree.alternatives[0]![0] : undefined;
  const anchored = first?.kind === 'assertion' && pattern[first.start] === '^';
  const steps = anchored ? stepsOf([tree]) : [UNANCHORED_START, ...stepsOf([tree])];
  const { count, chain } = worstChain(steps, true);
  if (count <= MAX_SPLITS) return undefined;
  const parts = chain.filter((step) => step !== UNANCHORED_START);
  const names = parts.map((step) => `'${pattern.slice(step.start, step.end)}'`);
  const listed =
    names.length === 1 ? names[0]! : names.length <= 3 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : `the ${names.length} repetitions in '${pattern.slice(parts[0]!.start, parts[parts.length - 1]!.end)}'`;
  const where = chain[0] === UNANCHORED_START ? ', tried from every position since the pattern has no ^,' : '';
  return {
    message:
      parts.length === 1
        ? `${listed}${where} can match a value in too many ways to evaluate over every user; use fewer repetitions`
        : `${listed}${where} can take the same characters one after the other, so a value can be split between them in too many ways to evaluate over every user; anchor the pattern with ^ or use fewer repetitions`,
    start: parts[0]!.start,
    end: parts[parts.length - 1]!.end,
  };
}
