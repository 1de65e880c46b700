/** How much of a long line is shown around the problem. */
const WINDOW = 100;

export interface SourceExcerpt {
  /** The line as shown: tabs as single spaces, cut to a window around the column. */
  readonly text: string;
  /** Spaces up to the column, then a caret under it. */
  readonly caret: string;
}

/**
 * The line a problem points at, with a caret under its column, as plain text. Long lines (a
 * minified JSON file is one line) are cut to a window around the column, marked with ellipses.
 */
export function sourceExcerpt(source: string, line: number, column: number): SourceExcerpt | null {
  const lines = source.split(/\r\n|\r|\n/);
  const raw = lines[line - 1];
  if (raw === undefined) return null;
  const text = raw.replace(/\t/g, ' ');
  const index = Math.max(0, Math.min(column - 1, text.length));
  const start = text.length > WINDOW ? Math.max(0, Math.min(index - WINDOW / 2, text.length - WINDOW)) : 0;
  const end = Math.min(text.length, start + WINDOW);
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  return { text: before + text.slice(start, end) + after, caret: `${' '.repeat(before.length + index - start)}^` };
}
