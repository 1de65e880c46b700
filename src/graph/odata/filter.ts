import type { IToken } from 'chevrotain';
import { badRequest } from '../errors';
import type { FilterExpression } from './filter-ast';
import { filterLexer, LParen, Not, RParen } from './filter-lexer';
import { filterParser } from './filter-parser';

/**
 * How deep a filter may nest (parentheses, `not`, lambdas). ODataLib refuses deeper expressions
 * with its recursion-limit message; a lower bound than its own keeps a hostile filter from ever
 * reaching the parser's stack.
 */
export const MAX_FILTER_DEPTH = 100;

/** ODataLib's words for a bad $filter, under Graph's "Invalid filter clause" (400 BadRequest). */
function invalidFilter(message: string): Error {
  return badRequest(`Invalid filter clause: ${message}`, 'BadRequest');
}

function depthOf(tokens: readonly IToken[]): number {
  let depth = 0;
  let deepest = 0;
  let nots = 0;
  for (const token of tokens) {
    if (token.tokenType === LParen) depth += 1;
    else if (token.tokenType === RParen) depth -= 1;
    else if (token.tokenType === Not) nots += 1;
    deepest = Math.max(deepest, depth + nots);
  }
  return deepest;
}

function syntaxError(text: string, error: { readonly token: IToken; readonly message: string }): Error {
  const { token } = error;
  const atEnd = token.tokenType.name === 'EOF' || Number.isNaN(token.startOffset);
  const position = atEnd ? text.length : token.startOffset;
  // A group or argument list left open, or a term where an operator was due.
  if (error.message.includes('--> RParen <--')) return invalidFilter(`')' or operator expected at position ${position} in '${text}'.`);
  if (atEnd) return invalidFilter(`Expression expected at position ${position} in '${text}'.`);
  return invalidFilter(`Syntax error at position ${position} in '${text}'.`);
}

/** Parses a $filter value into its expression tree, or throws Graph's 400 with what was wrong and where. */
export function parseFilter(text: string): FilterExpression {
  if (text.trim() === '') throw invalidFilter(`Expression expected at position 0 in '${text}'.`);
  const lexed = filterLexer.tokenize(text);
  const lexError = lexed.errors[0];
  if (lexError) {
    const offset = lexError.offset;
    const character = text.charAt(offset);
    if (character === "'") throw invalidFilter(`There is an unterminated string literal at position ${offset} in '${text}'.`);
    throw invalidFilter(`Syntax error: character '${character}' is not valid at position ${offset} in '${text}'.`);
  }
  if (depthOf(lexed.tokens) > MAX_FILTER_DEPTH) throw invalidFilter('Recursion depth exceeded allowed limit.');
  filterParser.input = lexed.tokens;
  let expression: FilterExpression;
  try {
    expression = filterParser.expression();
  } catch (error) {
    // The depth guard above should make this unreachable; a stack overflow is still a bad filter, never a crash.
    if (error instanceof RangeError) throw invalidFilter('Recursion depth exceeded allowed limit.');
    throw error;
  }
  const parseError = filterParser.errors[0];
  if (parseError) throw syntaxError(text, parseError);
  return expression;
}
