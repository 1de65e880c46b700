import type { PSValue } from '../runtime/values';
import { cellText } from './cells';

export interface ListEntry {
  readonly label: string;
  readonly value: PSValue | undefined;
}

function wrap(text: string, width: number): string[] {
  if (width <= 0 || text.length <= width) return [text];
  const lines: string[] = [];
  for (let start = 0; start < text.length; start += width) lines.push(text.slice(start, start + width));
  return lines;
}

/**
 * Format-List's output: each object's properties as "Name : value", names padded to the
 * longest, long values wrapped under their column, a blank line around each object.
 */
export function renderList(objects: readonly (readonly ListEntry[])[], consoleWidth: number): string[] {
  const lines: string[] = [''];
  for (const entries of objects) {
    const labelWidth = Math.max(0, ...entries.map((entry) => entry.label.length));
    const valueWidth = consoleWidth - labelWidth - 4;
    for (const entry of entries) {
      const [first, ...rest] = wrap(cellText(entry.value), valueWidth);
      lines.push(`${entry.label.padEnd(labelWidth)} : ${first ?? ''}`.replace(/\s+$/, ''));
      for (const more of rest) lines.push(`${' '.repeat(labelWidth + 3)}${more}`);
    }
    lines.push('');
  }
  lines.push('');
  return lines;
}
