import type { Extent } from '../language/ast';
import { numberOrNull, toText } from './conversion';
import { formatCustomDate } from './dates';
import { scriptError } from './errors';
import { PSDateTime, type PSValue } from './values';

function grouped(value: number, decimals: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** .NET's standard numeric formats (N2, D3, F1, P0, X, C) and custom date formats. */
function formatValue(value: PSValue, spec: string): string {
  if (value instanceof PSDateTime) return formatCustomDate(value, spec);
  const number = typeof value === 'number' ? value : numberOrNull(value);
  const match = /^([NnDdFfPpXxCcEe])(\d*)$/.exec(spec);
  if (number === null || !match) return toText(value);
  const kind = match[1]!.toUpperCase();
  const digits = match[2] === '' ? null : Number(match[2]);
  switch (kind) {
    case 'N': return grouped(number, digits ?? 2);
    case 'D': return (number < 0 ? '-' : '') + String(Math.abs(Math.trunc(number))).padStart(digits ?? 0, '0');
    case 'F': return number.toFixed(digits ?? 2);
    case 'P': return `${grouped(number * 100, digits ?? 2)} %`;
    case 'X': {
      const hex = Math.trunc(number).toString(16);
      return (match[1] === 'X' ? hex.toUpperCase() : hex).padStart(digits ?? 0, '0');
    }
    case 'C': return (number < 0 ? '-$' : '$') + grouped(Math.abs(number), digits ?? 2);
    default: return number.toExponential(digits ?? 6).toUpperCase();
  }
}

/** `"{0,-10} {1:N2}" -f $a, $b`: .NET composite formatting. */
export function formatComposite(template: string, args: readonly PSValue[], extent: Extent | null): string {
  let result = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '{' && template[i + 1] === '{') {
      result += '{';
      i++;
    } else if (c === '}' && template[i + 1] === '}') {
      result += '}';
      i++;
    } else if (c === '{') {
      const close = template.indexOf('}', i);
      const item = close === -1 ? null : /^(\d+)(?:,(-?\d+))?(?::(.*))?$/.exec(template.slice(i + 1, close));
      if (!item) throw scriptError('Error formatting a string: Input string was not in a correct format..', 'FormatError', extent);
      const index = Number(item[1]);
      if (index >= args.length) {
        throw scriptError('Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..', 'FormatError', extent);
      }
      const text = item[3] !== undefined ? formatValue(args[index]!, item[3]) : toText(args[index]!);
      const width = item[2] === undefined ? 0 : Number(item[2]);
      result += width < 0 ? text.padEnd(-width) : text.padStart(width);
      i = close;
    } else result += c;
  }
  return result;
}
