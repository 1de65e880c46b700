import type { Extent } from '../language/ast';
import { toText, typeNameOf } from './conversion';
import { DOTNET_MESSAGES, scriptError } from './errors';
import { PSCustomObject, PSDateTime, PSHashtable, PSObject, type PSValue } from './values';

/** Arrays made as lists (`[System.Collections.Generic.List[object]]::new()`), which may grow with Add. */
export const GROWABLE = new WeakSet<PSValue[]>();

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dateProperty(date: PSDateTime, name: string): PSValue | undefined {
  const d = new Date(date.epochMs);
  switch (name) {
    case 'year': return d.getUTCFullYear();
    case 'month': return d.getUTCMonth() + 1;
    case 'day': return d.getUTCDate();
    case 'hour': return d.getUTCHours();
    case 'minute': return d.getUTCMinutes();
    case 'second': return d.getUTCSeconds();
    case 'dayofweek': return DAY_NAMES[d.getUTCDay()]!;
    case 'date': return new PSDateTime(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    case 'ticks': return date.epochMs * 10_000 + 621355968000000000;
    default: return undefined;
  }
}

/** `$value.PSObject.Properties`, the reflection scripts use to walk an object's properties. */
function psObjectView(value: PSValue): PSCustomObject {
  const properties = value instanceof PSObject
    ? value.propertyNames().map((name) => PSCustomObject.from({ Name: name, Value: value.get(name) ?? null, MemberType: 'NoteProperty' }))
    : [];
  return PSCustomObject.from({ Properties: properties, TypeNames: [...(value instanceof PSObject ? value.typeNames : [typeNameOf(value)])] });
}

/**
 * `$value.Name`. Objects and hashtables answer by name without case; arrays answer Count and
 * Length, and otherwise enumerate the member over their items (`$users.DisplayName`); a member
 * nothing has is $null, as PowerShell gives outside strict mode.
 */
export function getMember(value: PSValue, name: string): PSValue {
  const lower = name.toLowerCase();
  if (lower === 'psobject' && value !== null) return psObjectView(value);
  if (value === null) return lower === 'count' || lower === 'length' ? 0 : null;
  if (value instanceof PSObject) {
    const found = value.get(name);
    if (found !== undefined) return found;
    return lower === 'count' ? 1 : null;
  }
  if (value instanceof PSHashtable) {
    const found = value.get(name);
    if (found !== undefined) return found;
    if (lower === 'count') return value.size;
    if (lower === 'keys') return value.keys();
    if (lower === 'values') return value.pairs().map(([, item]) => item);
    return null;
  }
  if (Array.isArray(value)) {
    if (lower === 'count' || lower === 'length') return value.length;
    const results: PSValue[] = [];
    for (const item of value) {
      const member = getMember(item, name);
      if (Array.isArray(member)) results.push(...member);
      else if (member !== null) results.push(member);
    }
    return results.length === 0 ? null : results.length === 1 ? results[0]! : results;
  }
  if (typeof value === 'string' && lower === 'length') return value.length;
  if (value instanceof PSDateTime) return dateProperty(value, lower) ?? null;
  return lower === 'count' ? 1 : null;
}

/** `$object.Name = value`. */
export function setMember(target: PSValue, name: string, value: PSValue, extent: Extent | null): void {
  if (target instanceof PSHashtable) {
    target.set(name, value);
    return;
  }
  if (target instanceof PSObject && target.set(name, value)) return;
  if (target === null) throw scriptError(DOTNET_MESSAGES.propertyNotFound(name), 'PropertyNotFound', extent);
  throw scriptError(DOTNET_MESSAGES.propertyNotFound(name), 'PropertyAssignmentException', extent);
}

/** `$value[index]`: arrays by position (negative from the end), hashtables by key, strings by character. */
export function getIndex(target: PSValue, index: PSValue, extent: Extent | null): PSValue {
  if (target === null) throw scriptError('Cannot index into a null array.', 'NullArray', extent);
  if (Array.isArray(index)) return index.map((item) => getIndex(target, item, extent));
  if (target instanceof PSHashtable) return target.get(toText(index)) ?? null;
  if (target instanceof PSObject) return target.get(toText(index)) ?? null;
  const position = typeof index === 'number' ? Math.trunc(index) : Number(toText(index));
  if (Number.isNaN(position)) return null;
  if (Array.isArray(target)) return target[position < 0 ? target.length + position : position] ?? null;
  if (typeof target === 'string') return target[position < 0 ? target.length + position : position] ?? null;
  return position === 0 || position === -1 ? target : null;
}

export function setIndex(target: PSValue, index: PSValue, value: PSValue, extent: Extent | null): void {
  if (target instanceof PSHashtable) {
    target.set(toText(index), value);
    return;
  }
  if (Array.isArray(target)) {
    const position = Math.trunc(Number(toText(index)));
    const actual = position < 0 ? target.length + position : position;
    if (actual < 0 || actual >= target.length) throw scriptError('Index was outside the bounds of the array.', 'IndexOutOfRange', extent, 'OperationStopped');
    target[actual] = value;
    return;
  }
  throw scriptError(`Unable to index into an object of type ${typeNameOf(target)}.`, 'CannotIndex', extent);
}
