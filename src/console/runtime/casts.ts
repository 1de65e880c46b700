import type { Extent } from '../language/ast';
import { conversionError, isTruthy, numberOrNull, roundHalfEven, toText, typeNameOf } from './conversion';
import { DOTNET_MESSAGES, scriptError } from './errors';
import { PSCustomObject, PSDateTime, PSHashtable, PSObject, ScriptBlockValue, type PSValue } from './values';

/** The type names a script may write, by their short and full spellings, to the .NET full name. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  string: 'System.String',
  int: 'System.Int32', int32: 'System.Int32', long: 'System.Int64', int64: 'System.Int64', byte: 'System.Byte',
  double: 'System.Double', decimal: 'System.Decimal', float: 'System.Single', single: 'System.Single',
  bool: 'System.Boolean', boolean: 'System.Boolean',
  array: 'System.Array', 'object[]': 'System.Object[]', 'string[]': 'System.String[]', 'int[]': 'System.Int32[]',
  hashtable: 'System.Collections.Hashtable', ordered: 'System.Collections.Specialized.OrderedDictionary',
  pscustomobject: 'System.Management.Automation.PSCustomObject', psobject: 'System.Management.Automation.PSObject',
  datetime: 'System.DateTime', object: 'System.Object', guid: 'System.Guid', char: 'System.Char', regex: 'System.Text.RegularExpressions.Regex',
  scriptblock: 'System.Management.Automation.ScriptBlock', math: 'System.Math', void: 'System.Void', type: 'System.Type',
};

/** The .NET full name a type literal stands for, or null when the console does not know the type. */
export function resolveType(name: string): string | null {
  const lower = name.toLowerCase();
  const short = lower.startsWith('system.') ? lower.slice('system.'.length) : lower;
  if (TYPE_ALIASES[lower]) return TYPE_ALIASES[lower];
  const full = Object.values(TYPE_ALIASES).find((value) => value.toLowerCase() === lower || value.toLowerCase() === `system.${short}`);
  if (full) return full;
  if (lower.startsWith('system.collections.generic.list[')) return 'System.Collections.Generic.List';
  return null;
}

export function typeNotFound(name: string, extent: Extent | null): Error {
  return scriptError(DOTNET_MESSAGES.typeNotFound(name), 'TypeNotFound', extent, 'InvalidOperation', name);
}

function toInteger(value: PSValue, type: string, extent: Extent | null): number {
  if (value instanceof PSDateTime || value instanceof PSObject) throw conversionError(value, type, `Invalid cast from '${typeNameOf(value)}' to '${type}'.`, extent);
  const number = numberOrNull(value);
  if (number === null) throw conversionError(value, type, DOTNET_MESSAGES.badNumberFormat, extent);
  return roundHalfEven(number);
}

function toDate(value: PSValue, extent: Extent | null): PSDateTime {
  if (value instanceof PSDateTime) return value;
  const parsed = typeof value === 'string' ? PSDateTime.parse(value) : null;
  if (!parsed) throw conversionError(value, 'System.DateTime', DOTNET_MESSAGES.badDateTime, extent);
  return parsed;
}

function toHashtable(value: PSValue, ordered: boolean, extent: Extent | null, type: string): PSHashtable {
  if (value instanceof PSHashtable) {
    if (!ordered) return value;
    const table = new PSHashtable(true);
    for (const [key, item] of value.pairs()) table.set(key, item);
    return table;
  }
  throw conversionError(value, type, `Only hash literals can be converted to ${ordered ? '[ordered]' : '[hashtable]'}.`, extent);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `[type]value`, converting as PowerShell does, or raising the error PowerShell raises. */
export function castTo(typeName: string, value: PSValue, extent: Extent | null): PSValue {
  const type = resolveType(typeName);
  if (!type) throw typeNotFound(typeName, extent);
  switch (type) {
    case 'System.String': return value === null ? '' : toText(value);
    case 'System.Int32': case 'System.Int64': case 'System.Byte': return toInteger(value, type, extent);
    case 'System.Double': case 'System.Decimal': case 'System.Single': {
      const number = numberOrNull(value);
      if (number === null) throw conversionError(value, type, DOTNET_MESSAGES.badNumberFormat, extent);
      return number;
    }
    case 'System.Boolean': return isTruthy(value);
    case 'System.Array': case 'System.Object[]': case 'System.Collections.Generic.List': return value === null ? [] : Array.isArray(value) ? value : [value];
    case 'System.String[]': return (Array.isArray(value) ? value : value === null ? [] : [value]).map((item) => toText(item));
    case 'System.Int32[]': return (Array.isArray(value) ? value : value === null ? [] : [value]).map((item) => toInteger(item, 'System.Int32', extent));
    case 'System.Collections.Hashtable': return toHashtable(value, false, extent, type);
    case 'System.Collections.Specialized.OrderedDictionary': return toHashtable(value, true, extent, type);
    case 'System.Management.Automation.PSCustomObject': case 'System.Management.Automation.PSObject': {
      if (!(value instanceof PSHashtable)) return value;
      const object = new PSCustomObject();
      for (const [key, item] of value.pairs()) object.add(key, item);
      return object;
    }
    case 'System.DateTime': return toDate(value, extent);
    case 'System.Guid': {
      const text = toText(value);
      if (!GUID.test(text)) throw conversionError(value, type, 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).', extent);
      return text.toLowerCase();
    }
    case 'System.Char': return typeof value === 'number' ? String.fromCharCode(value) : toText(value).slice(0, 1);
    case 'System.Management.Automation.ScriptBlock':
      if (value instanceof ScriptBlockValue) return value;
      throw conversionError(value, type, 'Only script blocks can be converted to [scriptblock].', extent);
    case 'System.Void': return null;
    default: return value;
  }
}

/** `value -is [type]`. */
export function isOfType(value: PSValue, typeName: string, extent: Extent | null): boolean {
  const type = resolveType(typeName);
  if (!type) throw typeNotFound(typeName, extent);
  const actual = typeNameOf(value);
  if (type === 'System.Object') return value !== null;
  if (type === 'System.Array' || type === 'System.Object[]') return Array.isArray(value);
  if (type === 'System.Management.Automation.PSObject') return value instanceof PSObject;
  if (type === 'System.Double') return typeof value === 'number';
  return actual === type;
}
