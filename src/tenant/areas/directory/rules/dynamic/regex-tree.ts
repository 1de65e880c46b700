import { classEscapeSet, RegexCharSet } from './regex-char-set';

/**
 * The structure of a -match pattern, read far enough for the guard in regex-guard.ts: what each
 * position can match, how parts repeat, where alternatives and backreferences are. Offsets are
 * into the pattern; `end` is exclusive. The pattern has already compiled as a JavaScript
 * RegExp, so this reader only meets valid syntax.
 */
export type RegexNode =
  | { readonly kind: 'char'; readonly set: RegexCharSet; readonly start: number; readonly end: number }
  /** `^`, `$`, `\b`, `\B`: they consume nothing, and may fail. */
  | { readonly kind: 'assertion'; readonly start: number; readonly end: number }
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly RegexNode[])[]; readonly lookaround: boolean; readonly start: number; readonly end: number }
  /** `body` followed by a quantifier; `max` is Infinity for `*`, `+` and `{n,}`. */
  | { readonly kind: 'repeat'; readonly body: RegexNode; readonly min: number; readonly max: number; readonly start: number; readonly end: number }
  | { readonly kind: 'backreference'; readonly start: number; readonly end: number };

const QUANTIFIER_BRACES = /^\{(\d+)(,(\d*))?\}/;
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };

class RegexReader {
  private index = 0;

  constructor(private readonly pattern: string) {}

  read(): Extract<RegexNode, { kind: 'group' }> {
    const alternatives = this.alternatives();
    return { kind: 'group', alternatives, lookaround: false, start: 0, end: this.pattern.length };
  }

  private peek(offset = 0): string | undefined {
    return this.pattern[this.index + offset];
  }

  private alternatives(): RegexNode[][] {
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.index += 1;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): RegexNode[] {
    const nodes: RegexNode[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) nodes.push(this.quantified(this.term()));
    return nodes;
  }

  private quantified(body: RegexNode): RegexNode {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      this.index += 1;
    } else {
      const braces = c === '{' ? QUANTIFIER_BRACES.exec(this.pattern.slice(this.index)) : null;
      if (!braces) return body;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.index += braces[0].length;
    }
    if (this.peek() === '?') this.index += 1;
    return { kind: 'repeat', body, min, max, start: body.start, end: this.index };
  }

  private term(): RegexNode {
    const start = this.index;
    const c = this.pattern[this.index]!;
    this.index += 1;
    switch (c) {
      case '^':
      case '$':
        return { kind: 'assertion', start, end: this.index };
      case '.':
        return { kind: 'char', set: RegexCharSet.dot(), start, end: this.index };
      case '(':
        return this.group(start);
      case '[':
        return { kind: 'char', set: this.characterClass(), start, end: this.index };
      case '\\':
        return this.escape(start);
      default:
        return { kind: 'char', set: this.literal(c.charCodeAt(0)), start, end: this.index };
    }
  }

  private literal(code: number): RegexCharSet {
    return new RegexCharSet().add(code).foldCase();
  }

  private group(start: number): RegexNode {
    let lookaround = false;
    if (this.peek() === '?') {
      const lookbehind = this.peek(1) === '<' && (this.peek(2) === '=' || this.peek(2) === '!');
      lookaround = this.peek(1) === '=' || this.peek(1) === '!' || lookbehind;
      if (this.peek(1) === '<' && !lookbehind) this.index = this.pattern.indexOf('>', this.index) + 1;
      else this.index += lookbehind ? 3 : 2;
    }
    const alternatives = this.alternatives();
    this.index += 1; // ')'
    return { kind: 'group', alternatives, lookaround, start, end: this.index };
  }

  private escape(start: number): RegexNode {
    const c = this.pattern[this.index]!;
    this.index += 1;
    if (c === 'b' || c === 'B') return { kind: 'assertion', start, end: this.index };
    if (c >= '1' && c <= '9') {
      while (/\d/.test(this.peek() ?? '')) this.index += 1;
      return { kind: 'backreference', start, end: this.index };
    }
    if (c === 'k' && this.peek() === '<') {
      this.index = this.pattern.indexOf('>', this.index) + 1 || this.pattern.length;
      return { kind: 'backreference', start, end: this.index };
    }
    return { kind: 'char', set: classEscapeSet(c) ?? this.literal(this.escapedCode(c)), start, end: this.index };
  }

  /** The character an escape other than a class escape stands for. */
  private escapedCode(c: string): number {
    const hex = c === 'x' ? /^[0-9a-f]{2}/i.exec(this.pattern.slice(this.index)) : c === 'u' ? /^[0-9a-f]{4}/i.exec(this.pattern.slice(this.index)) : null;
    if (hex) {
      this.index += hex[0].length;
      return Number.parseInt(hex[0], 16);
    }
    if (c === 'c' && /[A-Za-z]/.test(this.peek() ?? '')) {
      this.index += 1;
      return this.pattern.charCodeAt(this.index - 1) % 32;
    }
    if (c >= '0' && c <= '7') {
      const octal = /^[0-7]{0,2}/.exec(this.pattern.slice(this.index))![0];
      this.index += octal.length;
      return Number.parseInt(c + octal, 8);
    }
    return CONTROL_ESCAPES[c] ?? c.charCodeAt(0);
  }

  private characterClass(): RegexCharSet {
    const negated = this.peek() === '^';
    if (negated) this.index += 1;
    const set = new RegexCharSet();
    while (this.peek() !== ']') {
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && typeof from === 'number') {
        this.index += 1;
        const to = this.classAtom();
        if (typeof to === 'number') {
          set.addRange(from, to);
          continue;
        }
        set.add(from).add(0x2d).addSet(to);
        continue;
      }
      if (typeof from === 'number') set.add(from);
      else set.addSet(from);
    }
    this.index += 1; // ']'
    set.foldCase();
    return negated ? new RegexCharSet().complementOf(set) : set;
  }

  /** One character of a class, or the set of a class escape in it. */
  private classAtom(): number | RegexCharSet {
    const c = this.pattern[this.index]!;
    this.index += 1;
    if (c !== '\\') return c.charCodeAt(0);
    const escaped = this.pattern[this.index]!;
    this.index += 1;
    if (escaped === 'b') return 0x08;
    return classEscapeSet(escaped) ?? this.escapedCode(escaped);
  }
}

/** Reads a pattern that compiles as a JavaScript RegExp (without the u flag): the whole is a group. */
export function readRegex(pattern: string): Extract<RegexNode, { kind: 'group' }> {
  return new RegexReader(pattern).read();
}
