import type { Extent } from '../language/ast';
import { isTruthy, toNumber, toText, typeNameOf } from './conversion';
import { DOTNET_MESSAGES, scriptError } from './errors';
import { formatComposite } from './format-operator';
import { compileRegex, replaceAll, splitByRegex } from './regex';
import { PSHashtable, type PSValue } from './values';

/** `+`: numbers add, text joins, arrays concatenate, hashtables merge. */
export function add(left: PSValue, right: PSValue, extent: Extent | null): PSValue {
  if (left === null) return right;
  if (Array.isArray(left)) return Array.isArray(right) ? [...left, ...right] : [...left, right];
  if (typeof left === 'string') return left + toText(right);
  if (left instanceof PSHashtable) {
    if (!(right instanceof PSHashtable)) throw scriptError('A hash table can only be added to another hash table.', 'AddHashTableToNonHashTable', extent);
    const merged = left.copy();
    for (const [key, value] of right.pairs()) {
      if (merged.has(key)) throw scriptError(DOTNET_MESSAGES.duplicateKey(key), 'ArgumentException', extent, 'OperationStopped');
      merged.set(key, value);
    }
    return merged;
  }
  if (typeof left === 'number' || typeof left === 'boolean') return toNumber(left, extent) + toNumber(right, extent, typeNameOf(left));
  throw scriptError(DOTNET_MESSAGES.methodNotFound(typeNameOf(left), 'op_Addition'), 'MethodNotFound', extent);
}

export function arithmetic(operator: '-' | '*' | '/' | '%', left: PSValue, right: PSValue, extent: Extent | null): PSValue {
  if (operator === '*' && typeof left === 'string') return left.repeat(Math.max(0, toNumber(right, extent)));
  if (operator === '*' && Array.isArray(left)) {
    const times = Math.max(0, toNumber(right, extent));
    return Array.from({ length: times }, () => left).flat();
  }
  if (typeof left !== 'number' && typeof left !== 'boolean' && left !== null && typeof left !== 'string') {
    const names = { '-': 'op_Subtraction', '*': 'op_Multiply', '/': 'op_Division', '%': 'op_Modulus' } as const;
    throw scriptError(DOTNET_MESSAGES.methodNotFound(typeNameOf(left), names[operator]), 'MethodNotFound', extent);
  }
  const a = toNumber(left, extent);
  const b = toNumber(right, extent);
  switch (operator) {
    case '-': return a - b;
    case '*': return a * b;
    case '/':
      if (b === 0) throw scriptError(DOTNET_MESSAGES.divideByZero, 'RuntimeException', extent, 'NotSpecified');
      return a / b;
    case '%':
      if (b === 0) throw scriptError(DOTNET_MESSAGES.divideByZero, 'RuntimeException', extent, 'NotSpecified');
      return a % b;
  }
}

/** `1..5`: the whole numbers from one end to the other, in either direction. */
export function range(from: PSValue, to: PSValue, extent: Extent | null): PSValue[] {
  const start = Math.round(toNumber(from, extent));
  const end = Math.round(toNumber(to, extent));
  const length = Math.abs(end - start) + 1;
  if (length > 50_000_000) throw scriptError('The range is too large.', 'RangeTooLarge', extent);
  const step = start <= end ? 1 : -1;
  return Array.from({ length }, (_, i) => start + i * step);
}

export function replace(left: PSValue, right: PSValue, caseSensitive: boolean, extent: Extent | null): PSValue {
  const [pattern, replacement] = Array.isArray(right) ? [right[0] ?? null, right[1] ?? null] : [right, null];
  const regex = compileRegex(toText(pattern), caseSensitive, extent);
  const apply = (value: PSValue) => replaceAll(regex, toText(value), toText(replacement));
  return Array.isArray(left) ? left.map(apply) : apply(left);
}

export function split(left: PSValue, right: PSValue | undefined, caseSensitive: boolean, extent: Extent | null): PSValue[] {
  const items = Array.isArray(left) ? left : [left];
  if (right === undefined) return items.flatMap((item) => toText(item).trim().split(/\s+/).filter((part) => part !== ''));
  const regex = compileRegex(toText(right), caseSensitive, extent);
  return items.flatMap((item) => splitByRegex(regex, toText(item)));
}

export function join(left: PSValue, separator: PSValue | undefined): string {
  const items = Array.isArray(left) ? left : left === null ? [] : [left];
  return items.map((item) => toText(item)).join(separator === undefined ? '' : toText(separator));
}

export function format(left: PSValue, right: PSValue, extent: Extent | null): string {
  return formatComposite(toText(left), Array.isArray(right) ? right : [right], extent);
}

export function logical(operator: '-and' | '-or' | '-xor', left: PSValue, right: () => PSValue): boolean {
  const a = isTruthy(left);
  if (operator === '-and') return a && isTruthy(right());
  if (operator === '-or') return a || isTruthy(right());
  return a !== isTruthy(right());
}
