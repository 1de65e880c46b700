import { RuleSyntaxFailure } from './syntax-error';

export type Token =
  | { readonly type: 'lparen' | 'rparen' | 'lbracket' | 'rbracket' | 'comma' | 'end'; readonly position: number; readonly length: number }
  /** A hyphenated word: `-eq`, `-and`, `-p30d`; `name` is lower case without the hyphen. */
  | { readonly type: 'operator'; readonly name: string; readonly text: string; readonly position: number; readonly length: number }
  /** A bare word, dots included: `user.department`, `and`, `null`, `$null`, `_`, `Direct`. */
  | { readonly type: 'word'; readonly text: string; readonly position: number; readonly length: number }
  | { readonly type: 'string'; readonly value: string; readonly position: number; readonly length: number }
  /** Something starting with a digit or a minus and a digit: `50001`, `-5`, `2020-06-10T18:13:20Z`. */
  | { readonly type: 'literal'; readonly text: string; readonly position: number; readonly length: number };

/**
 * Hyphen-minus, and the dashes PowerShell also accepts (en dash, em dash, horizontal bar): the
 * docs' own examples contain `–eq`, which word processors produce, and the rule language
 * follows PowerShell's operator style.
 */
const DASHES = new Set(['-', '\u2013', '\u2014', '\u2015']);
const CURLY_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u2018', '\u2019']);
const SYMBOL_OPERATORS: Readonly<Record<string, string>> = {
  '=': '-eq',
  '==': '-eq',
  '!=': '-ne',
  '<>': '-ne',
  '<=': '-le',
  '>=': '-ge',
  '&&': '-and',
  '||': '-or',
  '!': '-not',
};

const isWordStart = (c: string) => /[A-Za-z_$]/.test(c);
const isWordPart = (c: string) => /[A-Za-z0-9_$.]/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLiteralPart = (c: string) => /[0-9A-Za-z:.+-]/.test(c);

function readQuoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start]!;
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (quote === '"' && c === '`' && i + 1 < text.length) {
      // A backtick escapes the next character, as in PowerShell: `" is a literal quotation mark.
      value += text[i + 1];
      i += 2;
    } else if (c === quote) {
      // Inside single quotes, two single quotes stand for one.
      if (quote === "'" && text[i + 1] === "'") {
        value += "'";
        i += 2;
      } else {
        return { value, end: i + 1 };
      }
    } else {
      value += c;
      i += 1;
    }
  }
  throw new RuleSyntaxFailure(`Missing closing quotation mark (${quote}).`, start, text.length - start);
}

/** Splits a rule into tokens; the last is always `end`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const start = i;
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',') {
      const type = c === '(' ? 'lparen' : c === ')' ? 'rparen' : c === '[' ? 'lbracket' : c === ']' ? 'rbracket' : 'comma';
      tokens.push({ type, position: start, length: 1 });
      i += 1;
    } else if (c === '"' || c === "'") {
      const { value, end } = readQuoted(text, start);
      tokens.push({ type: 'string', value, position: start, length: end - start });
      i = end;
    } else if (CURLY_QUOTES.has(c)) {
      throw new RuleSyntaxFailure(
        `Binary expression is not in right format: use straight quotation marks (") around values, not curly ones (${c}).`,
        start,
        1,
      );
    } else if (DASHES.has(c) && i + 1 < text.length && /[A-Za-z]/.test(text[i + 1]!)) {
      i += 1;
      while (i < text.length && /[A-Za-z0-9]/.test(text[i]!)) i += 1;
      tokens.push({ type: 'operator', name: text.slice(start + 1, i).toLowerCase(), text: text.slice(start, i), position: start, length: i - start });
    } else if (isDigit(c) || (DASHES.has(c) && i + 1 < text.length && isDigit(text[i + 1]!))) {
      i += 1;
      while (i < text.length && isLiteralPart(text[i]!)) i += 1;
      tokens.push({ type: 'literal', text: text.slice(start, i), position: start, length: i - start });
    } else if (isWordStart(c)) {
      while (i < text.length && isWordPart(text[i]!)) i += 1;
      tokens.push({ type: 'word', text: text.slice(start, i), position: start, length: i - start });
    } else if (/[=!<>&|]/.test(c)) {
      while (i < text.length && /[=!<>&|]/.test(text[i]!)) i += 1;
      const symbol = text.slice(start, i);
      const instead = SYMBOL_OPERATORS[symbol];
      throw new RuleSyntaxFailure(`Invalid operator '${symbol}'.${instead ? ` Use ${instead}.` : ''}`, start, i - start);
    } else if (c === '`') {
      throw new RuleSyntaxFailure(
        'A backtick only escapes a character inside double quotation marks: for the value "Sales" with its quotation marks, write "`"Sales`"".',
        start,
        1,
      );
    } else {
      throw new RuleSyntaxFailure(`Unexpected character '${c}'.`, start, 1);
    }
  }
  tokens.push({ type: 'end', position: text.length, length: 0 });
  return tokens;
}
