import { formatDate } from '../runtime/dates';
import { toText } from '../runtime/conversion';
import { ErrorRecordObject } from '../runtime/error-object';
import { PSCustomObject, PSDateTime, PSHashtable, PSObject, type PSValue } from '../runtime/values';
import { FormattedText } from './formatted-text';
import { renderList, type ListEntry } from './list';
import { renderTable, type Column } from './table';
import type { FormatView, ViewTable } from './views';

/** A property of a row object, read as a table column reads it. */
export function propertyColumn(name: string): Column {
  return { header: name, value: (row) => (row instanceof PSObject ? row.get(name) : row instanceof PSHashtable ? row.get(name) : undefined) };
}

const HASHTABLE_COLUMNS: readonly Column[] = [
  { header: 'Name', value: (row) => (Array.isArray(row) ? row[0] : null) },
  { header: 'Value', value: (row) => (Array.isArray(row) ? row[1] : null) },
];

/** A custom object with up to four properties shows as a table; with five or more, as a list. */
function defaultView(value: PSObject, views: ViewTable): FormatView {
  for (const name of value.typeNames) {
    const view = views[name];
    if (view) return view;
  }
  const names = value.propertyNames();
  return names.length <= 4 ? { kind: 'table', columns: names } : { kind: 'list' };
}

export function listEntries(value: PSObject, properties?: readonly string[]): ListEntry[] {
  return (properties ?? value.propertyNames()).map((label) => ({ label, value: value.get(label) }));
}

/** Turns one group of like objects into lines, by its view. */
function renderGroup(group: readonly PSValue[], width: number, views: ViewTable): string[] {
  const first = group[0]!;
  if (first instanceof PSHashtable) {
    const rows = group.flatMap((table) => (table as PSHashtable).pairs().map(([key, value]) => [key, value] as PSValue[]));
    return renderTable(rows, HASHTABLE_COLUMNS, width);
  }
  const object = first as PSObject;
  const view = defaultView(object, views);
  if (view.kind === 'table') return renderTable(group, view.columns.map(propertyColumn), width);
  return renderList(group.map((item) => listEntries(item as PSObject, view.properties)), width);
}

function shapeOf(value: PSValue): string {
  if (value instanceof PSHashtable) return 'hashtable';
  if (value instanceof PSCustomObject) return `${value.typeName}|${value.propertyNames().join(',')}`;
  if (value instanceof PSObject) return value.typeName;
  return 'scalar';
}

/**
 * Out-Default: what the console does with a statement's output. Text and numbers print at once;
 * objects wait with others of their shape so a run of them shares one table, and print when the
 * shape changes, when anything else is written, or when the statement ends.
 */
export class OutputFormatter {
  private pending: PSValue[] = [];
  private pendingShape = '';

  constructor(
    private readonly emit: (text: string) => void,
    private readonly emitError: (record: ErrorRecordObject) => void,
    private readonly width: () => number,
    private readonly views: ViewTable,
  ) {}

  write(value: PSValue): void {
    if (Array.isArray(value)) {
      for (const item of value) this.write(item);
      return;
    }
    if (value === null) return;
    if (value instanceof ErrorRecordObject) {
      this.flush();
      this.emitError(value);
      return;
    }
    if (value instanceof FormattedText) {
      this.flush();
      this.emit(value.lines.join('\n'));
      return;
    }
    const shape = shapeOf(value);
    if (shape === 'scalar') {
      this.flush();
      this.emit(value instanceof PSDateTime ? `\n${formatDate(value, 'long')}\n` : toText(value));
      return;
    }
    if (shape !== this.pendingShape) this.flush();
    this.pendingShape = shape;
    this.pending.push(value);
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const group = this.pending;
    this.pending = [];
    this.pendingShape = '';
    this.emit(renderGroup(group, this.width(), this.views).join('\n'));
  }
}

/** The text Out-Default would show for these values, for Out-String and Out-File. */
export function formatAsText(values: readonly PSValue[], width: number, views: ViewTable): string {
  const parts: string[] = [];
  const formatter = new OutputFormatter(
    (text) => parts.push(text),
    (record) => parts.push(record.record.message),
    () => width,
    views,
  );
  for (const value of values) formatter.write(value);
  formatter.flush();
  return parts.join('\n');
}
