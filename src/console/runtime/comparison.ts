import type { Extent } from '../language/ast';
import { conversionError, numberOrNull, toText, typeNameOf } from './conversion';
import { DOTNET_MESSAGES, scriptError } from './errors';
import { compileRegex, firstMatch, type RegexMatch } from './regex';
import { PSDateTime, type PSValue } from './values';
import { wildcardMatch } from './wildcard';

/**
 * PowerShell's comparison operators. Text compares without case unless the operator says `c`
 * (-ceq); the left operand decides the type the right one is converted to; a collection on the
 * left filters instead of answering true or false.
 */
export interface ComparisonOutcome {
  readonly value: PSValue;
  /** Set by a scalar -match that matched, for $Matches. */
  readonly matches?: RegexMatch;
}

interface Flavour {
  readonly base: string;
  readonly caseSensitive: boolean;
}

export function flavourOf(operator: string): Flavour {
  const word = operator.slice(1);
  if (word.length > 2 && (word[0] === 'c' || word[0] === 'i') && KNOWN.has(word.slice(1))) return { base: word.slice(1), caseSensitive: word[0] === 'c' };
  return { base: word, caseSensitive: false };
}

const KNOWN = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace', 'split']);

function textOf(value: PSValue, caseSensitive: boolean): string {
  const text = toText(value);
  return caseSensitive ? text : text.toLowerCase();
}

/** `left -eq right` for one left value, with PowerShell's conversion of the right operand. */
export function valuesEqual(left: PSValue, right: PSValue, caseSensitive = false): boolean {
  if (left === null) return right === null;
  if (right === null) return false;
  if (typeof left === 'string') return textOf(left, caseSensitive) === textOf(right, caseSensitive);
  if (typeof left === 'number') {
    if (typeof right === 'number') return left === right;
    const number = numberOrNull(right);
    return number !== null && typeof right !== 'boolean' ? number === left : typeof right === 'boolean' ? (left !== 0) === right : false;
  }
  if (typeof left === 'boolean') {
    if (typeof right === 'boolean') return left === right;
    if (typeof right === 'string') return right.length > 0 === left;
    if (typeof right === 'number') return (right !== 0) === left;
    return left;
  }
  if (left instanceof PSDateTime) return right instanceof PSDateTime ? left.epochMs === right.epochMs : typeof right === 'string' && PSDateTime.parse(right)?.epochMs === left.epochMs;
  return left === right;
}

/** -1, 0 or 1 for the ordering operators, or the error PowerShell gives for values it cannot compare. */
export function compareValues(left: PSValue, right: PSValue, caseSensitive: boolean, extent: Extent | null): number {
  if (left === null && right === null) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  if (typeof left === 'number') {
    const number = typeof right === 'number' ? right : numberOrNull(right);
    if (number === null) {
      const error = conversionError(right, typeNameOf(left), DOTNET_MESSAGES.badNumberFormat, extent);
      throw scriptError(`Could not compare "${toText(left)}" to "${toText(right)}". Error: "${error.message}"`, 'ComparisonFailure', extent);
    }
    return left < number ? -1 : left > number ? 1 : 0;
  }
  if (left instanceof PSDateTime) {
    const other = right instanceof PSDateTime ? right : typeof right === 'string' ? PSDateTime.parse(right) : null;
    if (!other) throw scriptError(`Could not compare "${toText(left)}" to "${toText(right)}".`, 'ComparisonFailure', extent);
    return Math.sign(left.epochMs - other.epochMs);
  }
  if (typeof left === 'boolean') return Number(left) - Number(typeof right === 'boolean' ? right : numberOrNull(right) !== 0);
  const a = textOf(left, caseSensitive);
  const b = textOf(right, caseSensitive);
  return a < b ? -1 : a > b ? 1 : 0;
}

function scalarTest(base: string, left: PSValue, right: PSValue, caseSensitive: boolean, extent: Extent | null): boolean {
  switch (base) {
    case 'eq': return valuesEqual(left, right, caseSensitive);
    case 'ne': return !valuesEqual(left, right, caseSensitive);
    case 'gt': return compareValues(left, right, caseSensitive, extent) > 0;
    case 'ge': return compareValues(left, right, caseSensitive, extent) >= 0;
    case 'lt': return compareValues(left, right, caseSensitive, extent) < 0;
    case 'le': return compareValues(left, right, caseSensitive, extent) <= 0;
    case 'like': return wildcardMatch(toText(right), toText(left), caseSensitive);
    case 'notlike': return !wildcardMatch(toText(right), toText(left), caseSensitive);
    case 'match': return compileRegex(toText(right), caseSensitive, extent).test(toText(left));
    case 'notmatch': return !compileRegex(toText(right), caseSensitive, extent).test(toText(left));
    default: throw scriptError(`The operator '-${base}' is not supported.`, 'OperatorNotSupported', extent);
  }
}

function asList(value: PSValue): PSValue[] {
  return Array.isArray(value) ? value : [value];
}

/** Evaluates one comparison-family operator (not -replace/-split/-join, which live in operators.ts). */
export function compare(operator: string, left: PSValue, right: PSValue, extent: Extent | null): ComparisonOutcome {
  const { base, caseSensitive } = flavourOf(operator);
  if (base === 'contains' || base === 'notcontains') {
    const found = asList(left).some((item) => valuesEqual(item, right, caseSensitive));
    return { value: base === 'contains' ? found : !found };
  }
  if (base === 'in' || base === 'notin') {
    const found = asList(right).some((item) => valuesEqual(item, left, caseSensitive));
    return { value: base === 'in' ? found : !found };
  }
  if (Array.isArray(left)) return { value: left.filter((item) => scalarTest(base, item, right, caseSensitive, extent)) };
  if (base === 'match') {
    const found = firstMatch(compileRegex(toText(right), caseSensitive, extent), toText(left));
    return found ? { value: true, matches: found } : { value: false };
  }
  return { value: scalarTest(base, left, right, caseSensitive, extent) };
}
