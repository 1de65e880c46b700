/**
 * The characters one position of a regular expression can match, as far as the -match guard
 * needs to know: each ASCII character exactly, and everything beyond ASCII as one flag. Two
 * sets that share nothing can't both consume the same character, which is what tells the
 * guard that two repetitions can't trade characters between them.
 */
export class RegexCharSet {
  private readonly ascii = new Uint32Array(4);
  private beyondAscii = false;

  static any(): RegexCharSet {
    return new RegexCharSet().addRange(0, 0x10ffff);
  }

  /** `.`: anything but a line terminator. */
  static dot(): RegexCharSet {
    return RegexCharSet.any().complementOf(new RegexCharSet().add(0x0a).add(0x0d));
  }

  add(code: number): this {
    return this.addRange(code, code);
  }

  addRange(from: number, to: number): this {
    for (let code = from; code <= Math.min(to, 0x7f); code++) this.ascii[code >> 5]! |= 1 << (code & 31);
    if (to > 0x7f) this.beyondAscii = true;
    return this;
  }

  addSet(other: RegexCharSet): this {
    for (let word = 0; word < 4; word++) this.ascii[word]! |= other.ascii[word]!;
    this.beyondAscii ||= other.beyondAscii;
    return this;
  }

  /** Everything `other` doesn't match; beyond ASCII it may still match something, so the flag stays on. */
  complementOf(other: RegexCharSet): this {
    for (let word = 0; word < 4; word++) this.ascii[word] = ~other.ascii[word]! >>> 0;
    this.beyondAscii = true;
    return this;
  }

  /** Adds the other case of every ASCII letter, as the `i` flag matches it. */
  foldCase(): this {
    for (let code = 0x41; code <= 0x5a; code++) {
      if (this.has(code) || this.has(code + 0x20)) this.add(code).add(code + 0x20);
    }
    return this;
  }

  intersects(other: RegexCharSet): boolean {
    for (let word = 0; word < 4; word++) if ((this.ascii[word]! & other.ascii[word]!) !== 0) return true;
    return this.beyondAscii && other.beyondAscii;
  }

  private has(code: number): boolean {
    return (this.ascii[code >> 5]! & (1 << (code & 31))) !== 0;
  }
}

const DIGITS = () => new RegexCharSet().addRange(0x30, 0x39);
const WORD = () => DIGITS().addRange(0x41, 0x5a).addRange(0x61, 0x7a).add(0x5f);
/** JavaScript's \s: ASCII white space, and Unicode spaces beyond ASCII. */
const SPACE = () => new RegexCharSet().addRange(0x09, 0x0d).add(0x20).addRange(0xa0, 0xa0);

/** The set of a class escape (`\d`, `\W`, ...), or undefined when the letter isn't one. */
export function classEscapeSet(letter: string): RegexCharSet | undefined {
  switch (letter) {
    case 'd':
      return DIGITS();
    case 'D':
      return new RegexCharSet().complementOf(DIGITS());
    case 'w':
      return WORD();
    case 'W':
      return new RegexCharSet().complementOf(WORD());
    case 's':
      return SPACE();
    case 'S':
      return new RegexCharSet().complementOf(SPACE());
    default:
      return undefined;
  }
}
