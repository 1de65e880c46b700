import type { PSValue } from '../runtime/values';
import { cellText, isNumeric } from './cells';

/** A column: its header and how to read its value from a row object. */
export interface Column {
  readonly header: string;
  readonly value: (row: PSValue) => PSValue | undefined;
  /** Right-aligned, as numbers are; decided from the data when not given. */
  readonly alignRight?: boolean;
}

function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  if (width <= 3) return text.slice(0, width);
  return `${text.slice(0, width - 3)}...`;
}

/**
 * Format-Table's output in Windows PowerShell's style: a blank line, the headers, dashes as long
 * as each header, the rows, a blank line. Columns are sized to their content; when they do not
 * fit the console, the widest give way and their text ends in "...".
 */
export function renderTable(rows: readonly PSValue[], columns: readonly Column[], consoleWidth: number, options: { hideHeaders?: boolean } = {}): string[] {
  if (columns.length === 0) return [];
  const cells = rows.map((row) => columns.map((column) => cellText(column.value(row))));
  const right = columns.map((column) => {
    if (column.alignRight !== undefined) return column.alignRight;
    const values = rows.map((row) => column.value(row));
    return values.some(isNumeric) && values.every((value) => value === null || value === undefined || isNumeric(value));
  });
  const widths = columns.map((column, c) => Math.max(column.header.length, ...cells.map((row) => row[c]!.length)));
  const available = Math.max(columns.length * 4, consoleWidth - 1);
  let total = widths.reduce((sum, width) => sum + width, 0) + columns.length - 1;
  while (total > available) {
    const widest = widths.indexOf(Math.max(...widths));
    const floor = Math.max(4, columns[widest]!.header.length > 12 ? 8 : columns[widest]!.header.length);
    if (widths[widest]! <= floor) break;
    const cut = Math.min(total - available, widths[widest]! - floor);
    widths[widest] = widths[widest]! - cut;
    total -= cut;
  }
  const line = (texts: readonly string[]) =>
    texts
      .map((text, c) => {
        const fitted = truncate(text, widths[c]!);
        const last = c === texts.length - 1;
        return right[c] ? fitted.padStart(widths[c]!) : last ? fitted : fitted.padEnd(widths[c]!);
      })
      .join(' ')
      .replace(/\s+$/, '');
  const lines = [''];
  if (!options.hideHeaders) {
    lines.push(line(columns.map((column) => column.header)));
    lines.push(line(columns.map((column, c) => '-'.repeat(Math.min(column.header.length, widths[c]!)))));
  }
  for (const row of cells) lines.push(line(row));
  lines.push('');
  return lines;
}
