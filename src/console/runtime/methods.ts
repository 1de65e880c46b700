import type { Extent } from '../language/ast';
import { castTo, resolveType, typeNotFound } from './casts';
import { valuesEqual } from './comparison';
import { roundHalfEven, toNumber, toText, typeNameOf } from './conversion';
import { formatCustomDate } from './dates';
import { DOTNET_MESSAGES, scriptError } from './errors';
import { formatComposite } from './format-operator';
import { GROWABLE } from './members';
import { PSCustomObject, PSDateTime, PSHashtable, type PSType, type PSValue } from './values';

/** What method calls need from the session: the simulated clock, for [datetime]::Now. */
export interface MethodContext {
  now(): PSDateTime;
}

function methodNotFound(value: PSValue, name: string, extent: Extent | null): Error {
  return scriptError(DOTNET_MESSAGES.methodNotFound(typeNameOf(value), name), 'MethodNotFound', extent);
}

function argumentCountError(name: string, count: number, extent: Extent | null): Error {
  return scriptError(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodCountCouldNotFindBest', extent);
}

function exceptionCalling(name: string, args: readonly PSValue[], message: string, extent: Extent | null): Error {
  return scriptError(`Exception calling "${name}" with "${args.length}" argument(s): "${message}"`, 'MethodInvocationException', extent, 'NotSpecified');
}

function stringMethod(text: string, name: string, args: readonly PSValue[], extent: Extent | null): PSValue | undefined {
  const arg = (i: number) => toText(args[i] ?? null);
  switch (name) {
    case 'toupper': case 'toupperinvariant': return text.toUpperCase();
    case 'tolower': case 'tolowerinvariant': return text.toLowerCase();
    case 'trim': return args.length === 0 ? text.trim() : text.replace(new RegExp(`^[${escapeClass(arg(0))}]+|[${escapeClass(arg(0))}]+$`, 'g'), '');
    case 'trimstart': return args.length === 0 ? text.trimStart() : text.replace(new RegExp(`^[${escapeClass(arg(0))}]+`), '');
    case 'trimend': return args.length === 0 ? text.trimEnd() : text.replace(new RegExp(`[${escapeClass(arg(0))}]+$`), '');
    case 'split': {
      const separators = args.length === 0 ? [' '] : Array.isArray(args[0]) ? (args[0] as PSValue[]).map((item) => toText(item)) : [...arg(0)];
      return text.split(new RegExp(separators.map((separator) => escapeRegex(separator)).join('|')));
    }
    case 'replace': return text.split(arg(0)).join(arg(1));
    case 'contains': return text.includes(arg(0));
    case 'startswith': return text.startsWith(arg(0));
    case 'endswith': return text.endsWith(arg(0));
    case 'indexof': return text.indexOf(arg(0));
    case 'lastindexof': return text.lastIndexOf(arg(0));
    case 'substring': {
      const start = toNumber(args[0] ?? null, extent);
      const length = args.length > 1 ? toNumber(args[1]!, extent) : text.length - start;
      if (start < 0 || start > text.length || length < 0 || start + length > text.length) {
        throw exceptionCalling('Substring', args, 'startIndex cannot be larger than length of string.\r\nParameter name: startIndex', extent);
      }
      return text.substr(start, length);
    }
    case 'padleft': return text.padStart(toNumber(args[0] ?? null, extent), args.length > 1 ? arg(1) : ' ');
    case 'padright': return text.padEnd(toNumber(args[0] ?? null, extent), args.length > 1 ? arg(1) : ' ');
    case 'insert': return text.slice(0, toNumber(args[0] ?? null, extent)) + arg(1) + text.slice(toNumber(args[0] ?? null, extent));
    case 'remove': return text.slice(0, toNumber(args[0] ?? null, extent)) + (args.length > 1 ? text.slice(toNumber(args[0]!, extent) + toNumber(args[1]!, extent)) : '');
    case 'equals': return text === arg(0);
    case 'tochararray': return [...text];
    default: return undefined;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeClass(text: string): string {
  return text.replace(/[\]\\^-]/g, '\\$&');
}

function arrayMethod(array: PSValue[], name: string, args: readonly PSValue[], extent: Extent | null): PSValue | undefined {
  switch (name) {
    case 'contains': return array.some((item) => valuesEqual(item, args[0] ?? null, true));
    case 'indexof': return array.findIndex((item) => valuesEqual(item, args[0] ?? null, true));
    case 'add':
      if (!GROWABLE.has(array)) throw exceptionCalling('Add', args, DOTNET_MESSAGES.fixedSizeCollection, extent);
      array.push(args[0] ?? null);
      return null;
    case 'remove': {
      if (!GROWABLE.has(array)) throw exceptionCalling('Remove', args, DOTNET_MESSAGES.fixedSizeCollection, extent);
      const index = array.findIndex((item) => valuesEqual(item, args[0] ?? null, true));
      if (index >= 0) array.splice(index, 1);
      return index >= 0;
    }
    case 'toarray': return [...array];
    default: return undefined;
  }
}

function hashtableMethod(table: PSHashtable, name: string, args: readonly PSValue[], extent: Extent | null): PSValue | undefined {
  const key = toText(args[0] ?? null);
  switch (name) {
    case 'containskey': return table.has(key);
    case 'containsvalue': return table.pairs().some(([, value]) => valuesEqual(value, args[0] ?? null));
    case 'add':
      if (table.has(key)) throw exceptionCalling('Add', args, DOTNET_MESSAGES.duplicateKey(key), extent);
      table.set(key, args[1] ?? null);
      return null;
    case 'remove': table.delete(key); return null;
    case 'clear': for (const existing of table.keys()) table.delete(existing); return null;
    case 'getenumerator': return table.pairs().map(([k, v]) => PSCustomObject.from({ Name: k, Key: k, Value: v }, ['System.Collections.DictionaryEntry']));
    case 'clone': return table.copy();
    default: return undefined;
  }
}

function dateMethod(date: PSDateTime, name: string, args: readonly PSValue[], extent: Extent | null): PSValue | undefined {
  const amount = () => toNumber(args[0] ?? null, extent, 'System.Double');
  const shift = (ms: number) => new PSDateTime(date.epochMs + ms);
  switch (name) {
    case 'adddays': return shift(amount() * 86_400_000);
    case 'addhours': return shift(amount() * 3_600_000);
    case 'addminutes': return shift(amount() * 60_000);
    case 'addseconds': return shift(amount() * 1000);
    case 'addmonths': case 'addyears': {
      const d = new Date(date.epochMs);
      if (name === 'addmonths') d.setUTCMonth(d.getUTCMonth() + amount());
      else d.setUTCFullYear(d.getUTCFullYear() + amount());
      return new PSDateTime(d.getTime());
    }
    case 'tostring': return args.length > 0 ? formatCustomDate(date, toText(args[0]!)) : toText(date);
    case 'touniversaltime': case 'tolocaltime': return date;
    default: return undefined;
  }
}

/** `$value.Method(args)` on the .NET types a script meets. */
export function invokeMethod(target: PSValue, name: string, args: readonly PSValue[], extent: Extent | null): PSValue {
  if (target === null) throw scriptError('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', extent);
  const lower = name.toLowerCase();
  if (lower === 'gettype') return PSCustomObject.from({ Name: typeNameOf(target).split('.').pop()!, FullName: typeNameOf(target) }, ['System.RuntimeType']);
  if (lower === 'tostring' && !(target instanceof PSDateTime)) {
    if (typeof target === 'number' && args.length > 0) return formatComposite(`{0:${toText(args[0]!)}}`, [target], extent);
    return toText(target);
  }
  let result: PSValue | undefined;
  if (typeof target === 'string') result = stringMethod(target, lower, args, extent);
  else if (Array.isArray(target)) result = arrayMethod(target, lower, args, extent);
  else if (target instanceof PSHashtable) result = hashtableMethod(target, lower, args, extent);
  else if (target instanceof PSDateTime) result = dateMethod(target, lower, args, extent);
  if (result === undefined) throw methodNotFound(target, name, extent);
  return result;
}

function staticMath(name: string, args: readonly PSValue[], extent: Extent | null): PSValue | undefined {
  const n = (i: number) => toNumber(args[i] ?? null, extent, 'System.Double');
  switch (name) {
    case 'round': {
      const digits = args.length > 1 ? n(1) : 0;
      const factor = 10 ** digits;
      return roundHalfEven(Number((n(0) * factor).toPrecision(15))) / factor;
    }
    case 'floor': return Math.floor(n(0));
    case 'ceiling': return Math.ceil(n(0));
    case 'truncate': return Math.trunc(n(0));
    case 'abs': return Math.abs(n(0));
    case 'max': return Math.max(n(0), n(1));
    case 'min': return Math.min(n(0), n(1));
    case 'pow': return n(0) ** n(1);
    case 'sqrt': return Math.sqrt(n(0));
    default: return undefined;
  }
}

/** `[type]::Member(args)` and `[type]::Property`. */
export function invokeStatic(type: PSType, name: string, args: readonly PSValue[] | null, extent: Extent | null, context: MethodContext): PSValue {
  const full = resolveType(type.name);
  if (!full) throw typeNotFound(type.name, extent);
  const lower = name.toLowerCase();
  let result: PSValue | undefined;
  if (full === 'System.Math') result = args ? staticMath(lower, args, extent) : lower === 'pi' ? Math.PI : undefined;
  else if (full === 'System.String') {
    const text = toText(args?.[0] ?? null);
    if (lower === 'isnullorempty') result = args?.[0] === null || text === '';
    else if (lower === 'isnullorwhitespace') result = text.trim() === '';
    else if (lower === 'join' && args) result = (Array.isArray(args[1]) ? args[1] : args.slice(1)).map((item) => toText(item)).join(text);
    else if (lower === 'empty') result = '';
    else if (lower === 'format' && args) result = formatComposite(text, args.slice(1), extent);
  } else if (full === 'System.DateTime') {
    if (lower === 'now' || lower === 'utcnow') result = context.now();
    else if (lower === 'today') result = getDateOnly(context.now());
    else if (lower === 'parse' && args) result = castTo('datetime', args[0] ?? null, extent);
  } else if (full === 'System.Int32') {
    if (lower === 'maxvalue') result = 2147483647;
    else if (lower === 'minvalue') result = -2147483648;
    else if (lower === 'parse' && args) result = castTo('int', args[0] ?? null, extent);
  } else if (full === 'System.Guid' && lower === 'newguid') {
    result = PSCustomObject.from({ Guid: globalThis.crypto.randomUUID() }, ['System.Guid']);
  } else if (full === 'System.Collections.Generic.List' && lower === 'new') {
    const list: PSValue[] = [];
    GROWABLE.add(list);
    result = list;
  }
  if (result === undefined) {
    if (args) throw argumentCountError(name, args.length, extent);
    return null;
  }
  return result;
}

function getDateOnly(date: PSDateTime): PSDateTime {
  const d = new Date(date.epochMs);
  return new PSDateTime(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
