import { formatDate } from '../runtime/dates';
import { toText } from '../runtime/conversion';
import { PSDateTime, PSHashtable, type PSValue } from '../runtime/values';

/** $FormatEnumerationLimit: how many items of a collection a table or list shows before "...". */
export const ENUMERATION_LIMIT = 4;

/** A value as a table cell or list entry shows it: collections in braces, dates short, null empty. */
export function cellText(value: PSValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof PSDateTime) return formatDate(value, 'short');
  if (Array.isArray(value)) {
    const shown = value.slice(0, ENUMERATION_LIMIT).map((item) => cellText(item));
    return `{${shown.join(', ')}${value.length > ENUMERATION_LIMIT ? '...' : ''}}`;
  }
  if (value instanceof PSHashtable) return `{${value.keys().slice(0, ENUMERATION_LIMIT).join(', ')}${value.size > ENUMERATION_LIMIT ? '...' : ''}}`;
  return toText(value).replace(/\r?\n/g, ' ');
}

export function isNumeric(value: PSValue | undefined): boolean {
  return typeof value === 'number';
}
