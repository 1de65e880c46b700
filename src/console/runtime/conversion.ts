import type { Extent } from '../language/ast';
import { DOTNET_MESSAGES, scriptError } from './errors';
import { formatDate } from './dates';
import { PSCustomObject, PSDateTime, PSHashtable, PSType, ScriptBlockValue, type PSValue } from './values';

/** A number as PowerShell prints it: whole numbers plainly, others to 15 significant digits. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const precise = Number(value.toPrecision(15));
  const exponent = Math.floor(Math.log10(Math.abs(precise)));
  if (exponent >= 15 || exponent < -5) {
    const [mantissa, power] = precise.toExponential().split('e');
    const sign = power!.startsWith('-') ? '-' : '+';
    return `${mantissa!.toUpperCase()}E${sign}${power!.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(precise);
}

/** The .NET full name of a value's type, as GetType().FullName and error messages give it. */
export function typeNameOf(value: PSValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= 2147483647 ? 'System.Int32' : Number.isInteger(value) ? 'System.Int64' : 'System.Double';
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof PSHashtable) return value.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  if (value instanceof ScriptBlockValue) return 'System.Management.Automation.ScriptBlock';
  if (value instanceof PSType) return 'System.RuntimeType';
  if (value instanceof PSDateTime) return 'System.DateTime';
  return value.typeName;
}

/** A value converted to text the way PowerShell converts it in strings and -join. */
export function toText(value: PSValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.map((item) => toText(item)).join(' ');
  if (value instanceof PSHashtable) return typeNameOf(value);
  if (value instanceof ScriptBlockValue) return value.toString();
  if (value instanceof PSType) return value.name;
  if (value instanceof PSDateTime) return formatDate(value, 'invariant');
  const display = value.displayText();
  if (display !== null) return display;
  if (value instanceof PSCustomObject && value.typeName === 'System.Management.Automation.PSCustomObject') {
    return `@{${value.propertyNames().map((name) => `${name}=${toText(value.get(name) ?? null)}`).join('; ')}}`;
  }
  return value.typeName;
}

/** PowerShell's truth: empty strings, zero, $null and empty arrays are false; a one-item array is its item. */
export function isTruthy(value: PSValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length === 0 ? false : value.length === 1 ? isTruthy(value[0]) : true;
  return true;
}

const NUMBER_PATTERN = /^\s*[+-]?(?:0x[0-9a-f]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*$/i;

/** The number a value stands for, or null when it is not one ("abc", an object). */
export function numberOrNull(value: PSValue | undefined): number | null {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    if (value.trim() === '') return 0;
    if (!NUMBER_PATTERN.test(value)) return null;
    const trimmed = value.trim();
    return /^[+-]?0x/i.test(trimmed) ? parseInt(trimmed, 16) : Number(trimmed);
  }
  if (Array.isArray(value) && value.length === 1) return numberOrNull(value[0]);
  return null;
}

function quoteValue(value: PSValue): string {
  return toText(value);
}

export function conversionError(value: PSValue, targetType: string, reason: string, extent: Extent | null): Error {
  return scriptError(`Cannot convert value "${quoteValue(value)}" to type "${targetType}". Error: "${reason}"`, 'InvalidArgument', extent, 'InvalidArgument');
}

/** A number for arithmetic, or the error PowerShell gives for text that is not one. */
export function toNumber(value: PSValue, extent: Extent | null, targetType = 'System.Int32'): number {
  const number = numberOrNull(value);
  if (number === null) throw conversionError(value, targetType, DOTNET_MESSAGES.badNumberFormat, extent);
  return number;
}

/** .NET's rounding to the nearest even number, which [int] casts use: [int]2.5 is 2. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
