import type { Extent, ScriptNode } from './ast';
import { parse as parseGenerated, SyntaxError as GeneratedSyntaxError } from './parser.generated.js';
import { foldOperators } from './precedence';

/** PowerShell's parser messages, by the error id PowerShell reports in FullyQualifiedErrorId. */
/** PowerShell's words for a token the parser did not expect (the runtime raises them too). */
export const unexpectedToken = (token: string | null) => `Unexpected token '${token}' in expression or statement.`;

const MESSAGES: Readonly<Record<string, (detail: string | null) => string>> = {
  TerminatorExpectedAtEndOfString: (terminator) => `The string is missing the terminator: ${terminator}.`,
  MissingEndCurlyBrace: () => "Missing closing '}' in statement block or type definition.",
  MissingOpenParenthesisInIfStatement: () => "Missing '(' after 'if' in if statement.",
  IfStatementMissingCondition: () => "Missing condition in if statement after 'if ('.",
  MissingStatementBlock: () => 'Missing statement block after if ( condition ).',
  MissingStatementBlockAfterElse: () => "Missing statement block after 'else' keyword.",
  MissingOpenParenthesisAfterKeyword: () => "Missing opening '(' after keyword 'foreach'.",
  MissingVariableNameAfterForeach: () => 'Missing variable name after foreach.',
  MissingInInForeach: () => "Missing 'in' after variable in foreach loop.",
  MissingForeachExpression: () => "Missing foreach loop expression after 'in'.",
  MissingEndParenthesisAfterForeach: () => "Missing closing ')' after expression in 'foreach' statement.",
  MissingForeachStatement: () => 'Missing statement body in foreach loop.',
  MissingEndParenthesisAfterStatement: (keyword) => `Missing closing ')' after expression in '${keyword}' statement.`,
  MissingLoopCondition: (keyword) => `Missing condition in '${keyword}' loop.`,
  MissingLoopStatement: (keyword) => `Missing statement body in ${keyword} loop.`,
  MissingWhileOrUntilInDoWhile: () => 'Missing while or until keyword in do loop.',
  MissingCatchOrFinally: () => 'The Try statement is missing its Catch or Finally block.',
  ExpectedValueExpression: (operator) => `You must provide a value expression following the '${operator}' operator.`,
  MissingExpressionAfterToken: () => "Missing expression after ','.",
  MissingExpressionAfterOperator: (operator) => `Missing expression after unary operator '${operator}'.`,
  EmptyPipeElement: () => 'An empty pipe element is not allowed.',
  ExpressionsMustBeFirstInPipeline: () => 'Expressions are only allowed as the first element of a pipeline.',
  MissingArrayIndexExpression: () => 'Array index expression is missing or not valid.',
  MissingEndSquareBracket: () => "Missing ']' after array index expression.",
  MissingPropertyName: () => 'Missing property name after reference operator.',
  MissingEndParenthesisInMethodCall: () => "Missing ')' in method call.",
  ExpectedExpression: () => "An expression was expected after '('.",
  MissingEndParenthesisInExpression: () => "Missing closing ')' in expression.",
  MissingEndParenthesisInSubexpression: () => "Missing closing ')' in subexpression.",
  IncompleteHashLiteral: () => 'The hash literal was incomplete.',
  MissingEqualsInHashLiteral: () => "Missing '=' operator after key in hash literal.",
  MissingHashEntryValue: () => "Missing statement after '=' in hash literal.",
  EndSquareBracketExpectedAtEndOfType: () => 'Missing ] at end of attribute or type literal.',
  MissingEndOfBlockComment: () => "Missing closing '#>' for the block comment.",
  UnexpectedToken: unexpectedToken,
};

/** Errors that only mean the input stops too early; the terminal then asks for more lines (`>>`). */
const ALWAYS_INCOMPLETE = new Set([
  'TerminatorExpectedAtEndOfString',
  'MissingEndCurlyBrace',
  'IncompleteHashLiteral',
  'MissingEndParenthesisInExpression',
  'MissingEndParenthesisInSubexpression',
  'MissingEndOfBlockComment',
]);

/** Errors that mean the input stops too early only when nothing follows them. */
const INCOMPLETE_AT_END = new Set([
  'ExpectedValueExpression',
  'EmptyPipeElement',
  'MissingExpressionAfterToken',
  'MissingExpressionAfterOperator',
  'MissingStatementBlock',
  'MissingStatementBlockAfterElse',
  'MissingForeachStatement',
  'MissingForeachExpression',
  'MissingLoopStatement',
  'MissingLoopCondition',
  'MissingWhileOrUntilInDoWhile',
  'MissingCatchOrFinally',
  'MissingHashEntryValue',
  'MissingEndParenthesisInMethodCall',
  'MissingEndParenthesisAfterStatement',
  'MissingEndParenthesisAfterForeach',
]);

/** A parse error, positioned and worded as PowerShell's ParseException. */
export class ParseException extends Error {
  constructor(
    readonly errorId: string,
    message: string,
    readonly extent: Extent,
    /** True when more input could complete the script, so a console should prompt with `>>`. */
    readonly incomplete: boolean,
  ) {
    super(message);
    this.name = 'ParseException';
  }
}

interface Failure {
  readonly psParseFailure: true;
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly detail: string | null;
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { psParseFailure?: unknown }).psParseFailure === true;
}

/** Only whitespace and comments follow `offset`. */
function nothingAfter(source: string, offset: number): boolean {
  return source.slice(offset).replace(/#[^\r\n]*/g, '').trim() === '';
}

function fromFailure(source: string, failure: Failure): ParseException {
  const word = MESSAGES[failure.id];
  const message = word ? word(failure.detail) : `Unexpected token in expression or statement.`;
  const start = Math.min(failure.start, source.length);
  const end = Math.max(start, Math.min(failure.end, source.length));
  const incomplete = ALWAYS_INCOMPLETE.has(failure.id) || (INCOMPLETE_AT_END.has(failure.id) && nothingAfter(source, failure.end));
  return new ParseException(failure.id, message, { start, end }, incomplete);
}

/** The token at `offset` as PowerShell would name it: the run of characters up to a delimiter. */
function tokenAt(source: string, offset: number): { text: string; start: number } {
  let start = offset;
  while (start < source.length && /[ \t]/.test(source[start]!)) start++;
  const rest = source.slice(start);
  const match = /^(?:[-\u2013\u2014\u2015]?[A-Za-z0-9_.:\\/@$*?%]+|\S)/.exec(rest);
  return { text: match ? match[0] : rest.slice(0, 1), start };
}

function fromSyntaxError(source: string, error: GeneratedSyntaxError): ParseException {
  const offset = error.location.start.offset;
  if (error.found === null || nothingAfter(source, offset)) {
    return new ParseException('IncompleteStatement', 'The statement is incomplete.', { start: Math.max(0, source.length - 1), end: source.length }, true);
  }
  const token = tokenAt(source, offset);
  return new ParseException('UnexpectedToken', unexpectedToken(token.text), { start: token.start, end: token.start + token.text.length }, false);
}

/**
 * Parses a script of the console's PowerShell subset. Malformed input never throws anything but
 * a ParseException carrying PowerShell's message and the extent it is about.
 */
export function parseScript(source: string): ScriptNode {
  try {
    return parseGenerated(source, { fold: foldOperators });
  } catch (error) {
    if (isFailure(error)) throw fromFailure(source, error);
    if (error instanceof GeneratedSyntaxError) throw fromSyntaxError(source, error);
    // Brackets nested thousands deep exhaust the parser's stack; say so rather than crash.
    if (error instanceof RangeError) throw new ParseException('ScriptTooComplex', 'The script is nested too deeply to parse.', { start: 0, end: Math.min(1, source.length) }, false);
    throw error;
  }
}
