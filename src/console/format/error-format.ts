import type { Extent } from '../language/ast';
import type { ParseException } from '../language/parse';
import type { ErrorRecord } from '../runtime/errors';

/** PowerShell shortens a long target in CategoryInfo to its first 15 and last 22 characters. */
function ellipsize(text: string): string {
  return text.length > 40 ? `${text.slice(0, 15)}...${text.slice(-22)}` : text;
}

function lineAndColumn(source: string, offset: number): { line: number; column: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, lineStart };
}

/** "At line:1 char:12", the script line, and the tildes under the part the error is about. */
export function positionLines(source: string, extent: Extent): string[] {
  const { line, column, lineStart } = lineAndColumn(source, extent.start);
  const lineEnd = source.indexOf('\n', lineStart);
  const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd).replace(/\r$/, '');
  const underlineEnd = Math.min(extent.end, lineStart + text.length);
  const length = Math.max(1, underlineEnd - extent.start);
  return [`At line:${line} char:${column}`, `+ ${text}`, `+ ${' '.repeat(Math.max(0, column - 1))}${'~'.repeat(length)}`];
}

/** An error as Windows PowerShell's NormalView prints it. */
export function formatErrorRecord(record: ErrorRecord, source: string | null): string {
  const lines: string[] = [];
  const message = record.details ? `${record.message}\n${record.details}` : record.message;
  lines.push(record.invocationName ? `${record.invocationName} : ${message}` : message);
  if (record.extent && source !== null) lines.push(...positionLines(source, record.extent));
  const target = `${ellipsize(record.targetName)}:${record.targetType}`;
  lines.push(`    + CategoryInfo          : ${record.category}: (${target}) [${record.activity}], ${record.reason}`);
  lines.push(`    + FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`);
  lines.push('');
  return lines.join('\n');
}

/** A parse error: the position first, then the message, as PowerShell prints a ParseException. */
export function formatParseError(error: ParseException, source: string): string {
  return [
    ...positionLines(source, error.extent),
    error.message,
    '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
    `    + FullyQualifiedErrorId : ${error.errorId}`,
    '',
  ].join('\n');
}
