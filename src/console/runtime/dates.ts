import type { PSDateTime } from './values';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * A .NET custom date format ("yyyy-MM-dd HH:mm"), in UTC: the console's dates come from the
 * simulated clock, which keeps UTC.
 */
export function formatCustomDate(date: PSDateTime, format: string): string {
  const d = new Date(date.epochMs);
  const hours12 = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const tokens: Record<string, () => string> = {
    yyyy: () => String(d.getUTCFullYear()),
    yy: () => pad(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()]!,
    MMM: () => MONTHS[d.getUTCMonth()]!.slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1),
    M: () => String(d.getUTCMonth() + 1),
    dddd: () => DAYS[d.getUTCDay()]!,
    ddd: () => DAYS[d.getUTCDay()]!.slice(0, 3),
    dd: () => pad(d.getUTCDate()),
    d: () => String(d.getUTCDate()),
    HH: () => pad(d.getUTCHours()),
    H: () => String(d.getUTCHours()),
    hh: () => pad(hours12),
    h: () => String(hours12),
    mm: () => pad(d.getUTCMinutes()),
    m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()),
    s: () => String(d.getUTCSeconds()),
    fff: () => pad(d.getUTCMilliseconds(), 3),
    tt: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    zzz: () => '+00:00',
    K: () => 'Z',
  };
  const pattern = /yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|fff|tt|zzz|K|'[^']*'|"[^"]*"|\\./g;
  return format.replace(pattern, (token) => {
    if (token.startsWith("'") || token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith('\\')) return token.slice(1);
    return tokens[token]!();
  });
}

/** A date as PowerShell shows it: in a string, in a table cell, or on its own line. */
export function formatDate(date: PSDateTime, style: 'invariant' | 'short' | 'long'): string {
  if (style === 'invariant') return formatCustomDate(date, 'MM/dd/yyyy HH:mm:ss');
  if (style === 'short') return formatCustomDate(date, 'M/d/yyyy h:mm:ss tt');
  return formatCustomDate(date, 'dddd, MMMM d, yyyy h:mm:ss tt');
}
