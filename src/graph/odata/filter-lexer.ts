import { createToken, Lexer, type TokenType } from 'chevrotain';

/** The tokens of OData's $filter syntax, as Graph reads them (keywords without case). */

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Slash = createToken({ name: 'Slash', pattern: /\// });
/** A quote inside a string is written twice: 'O''Brien'. */
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /'(?:[^']|'')*'/ });
export const GuidLiteral = createToken({ name: 'GuidLiteral', pattern: /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![\w-])/ });
export const DateTimeLiteral = createToken({
  name: 'DateTimeLiteral',
  pattern: /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?(?![\w-])/,
});
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])/ });
export const Identifier = createToken({ name: 'Identifier', pattern: /\$?[A-Za-z_][A-Za-z0-9_.]*/ });

function keyword(name: string, word: string): TokenType {
  return createToken({ name, pattern: new RegExp(`${word}(?![A-Za-z0-9_$.])`, 'i'), longer_alt: Identifier });
}

export const And = keyword('And', 'and');
export const Or = keyword('Or', 'or');
export const Not = keyword('Not', 'not');
export const In = keyword('In', 'in');
export const Any = keyword('Any', 'any');
export const All = keyword('All', 'all');
export const True = keyword('True', 'true');
export const False = keyword('False', 'false');
export const Null = keyword('Null', 'null');
export const Eq = keyword('Eq', 'eq');
export const Ne = keyword('Ne', 'ne');
export const Gt = keyword('Gt', 'gt');
export const Ge = keyword('Ge', 'ge');
export const Lt = keyword('Lt', 'lt');
export const Le = keyword('Le', 'le');

export const COMPARISON_TOKENS = [Eq, Ne, Gt, Ge, Lt, Le] as const;

export const FILTER_TOKENS: TokenType[] = [
  WhiteSpace,
  LParen,
  RParen,
  Comma,
  Colon,
  Slash,
  StringLiteral,
  GuidLiteral,
  DateTimeLiteral,
  NumberLiteral,
  And,
  Or,
  Not,
  In,
  Any,
  All,
  True,
  False,
  Null,
  Eq,
  Ne,
  Gt,
  Ge,
  Lt,
  Le,
  Identifier,
];

export const filterLexer = new Lexer(FILTER_TOKENS, { positionTracking: 'onlyOffset', ensureOptimizations: false });
