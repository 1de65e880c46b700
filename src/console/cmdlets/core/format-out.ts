import { renderList } from '../../format/list';
import { FormattedText } from '../../format/formatted-text';
import { formatAsText } from '../../format/out-default';
import { renderTable } from '../../format/table';
import { toText } from '../../runtime/conversion';
import { PSCustomObject, PSHashtable, PSObject, type PSValue } from '../../runtime/values';
import type { CmdletContext, CmdletDefinition, Run } from '../types';
import { propertyArguments, propertyNamesOf, propertySpecs, type PropertySpec } from './properties';

function inputOf(context: CmdletContext): PSValue[] {
  const items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : [...context.input];
  return items.flatMap((item) => (Array.isArray(item) ? item : [item])).filter((item) => item !== null);
}

/** The columns a type shows by default, when Format-Table is given no -Property. */
function defaultProperties(context: CmdletContext, sample: PSValue, kind: 'table' | 'list'): PSValue[] {
  if (sample instanceof PSObject) {
    for (const name of sample.typeNames) {
      const view = context.services.views[name];
      if (view?.kind === 'table' && kind === 'table') return [...view.columns];
    }
  }
  return [...propertyNamesOf(sample)];
}

/** Reads each spec for each item into a plain object whose properties are the columns. */
function* readRows(context: CmdletContext, items: readonly PSValue[], specs: readonly PropertySpec[]): Run<PSCustomObject[]> {
  const rows: PSCustomObject[] = [];
  for (const item of items) {
    yield* context.tick();
    const row = new PSCustomObject();
    for (const spec of specs) row.add(spec.label, yield* spec.read(context, item));
    rows.push(row);
  }
  return rows;
}

export const formatTable: CmdletDefinition = {
  name: 'Format-Table',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.FormatTableCommand',
  synopsis: 'Formats the output as a table.',
  description: 'The Format-Table cmdlet formats the output of a command as a table with the selected properties of the object in each column. Its output is formatting data for display: pipe objects, not a table, to Export-Csv.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects to format.' },
    { name: 'Property', type: 'object[]', position: 0, description: 'Specifies the object properties that appear in the display and the order in which they appear.' },
    { name: 'AutoSize', type: 'switch', description: 'Indicates that the cmdlet adjusts the column size and number of columns based on the width of the data.' },
    { name: 'HideTableHeaders', type: 'switch', description: 'Omits the column headings from the table.' },
    { name: 'Wrap', type: 'switch', description: 'Displays text that exceeds the column width on the next line.' },
  ],
  examples: [{ code: 'Get-MgUser -All -Property DisplayName,Department,UsageLocation | Format-Table DisplayName, Department, UsageLocation', remarks: 'Shows three properties as a table.' }],
  *run(context) {
    const items = inputOf(context);
    if (items.length === 0) return;
    if (items.every((item) => item instanceof PSHashtable)) {
      const rows = items.flatMap((item) => (item as PSHashtable).pairs().map(([Name, Value]) => PSCustomObject.from({ Name, Value })));
      context.output(new FormattedText(renderTable(rows, ['Name', 'Value'].map(column), context.width, { hideHeaders: context.parameters.switch('HideTableHeaders') })));
      return;
    }
    const specs = propertySpecs(context, propertyArguments(context) ?? defaultProperties(context, items[0]!, 'table'), items[0]!);
    const rows = yield* readRows(context, items, specs);
    context.output(new FormattedText(renderTable(rows, specs.map((spec) => column(spec.label)), context.width, { hideHeaders: context.parameters.switch('HideTableHeaders') })));
  },
};

function column(name: string) {
  return { header: name, value: (row: PSValue) => (row instanceof PSObject ? row.get(name) : undefined) };
}

export const formatList: CmdletDefinition = {
  name: 'Format-List',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.FormatListCommand',
  synopsis: 'Formats the output as a list of properties in which each property appears on a new line.',
  description: 'The Format-List cmdlet formats the output of a command as a list of properties in which each property is displayed on a separate line. `Format-List *` shows every property.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects to format.' },
    { name: 'Property', type: 'object[]', position: 0, description: 'Specifies the object properties that appear in the display and the order in which they appear.' },
  ],
  examples: [{ code: 'Get-MgUser -UserId AdeleV@contoso.com -Property DisplayName,UsageLocation,AssignedLicenses | Format-List DisplayName, UsageLocation, AssignedLicenses', remarks: 'Shows one user as a list.' }],
  *run(context) {
    const items = inputOf(context);
    if (items.length === 0) return;
    const entries: { label: string; value: PSValue }[][] = [];
    for (const item of items) {
      const specs = propertySpecs(context, propertyArguments(context) ?? defaultProperties(context, item, 'list'), item);
      const [row] = yield* readRows(context, [item], specs);
      entries.push(specs.map((spec) => ({ label: spec.label, value: row!.get(spec.label) ?? null })));
    }
    context.output(new FormattedText(renderList(entries, context.width)));
  },
};

export const outString: CmdletDefinition = {
  name: 'Out-String',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.OutStringCommand',
  synopsis: 'Outputs input objects as a string.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects to be written to a string.' },
    { name: 'Stream', type: 'switch', description: 'Indicates that the cmdlet sends a separate string for each line of an input object.' },
    { name: 'Width', type: 'int', description: 'Specifies the number of characters in each line of output.' },
  ],
  run(context) {
    const text = formatAsText(inputOf(context), context.parameters.int('Width') ?? context.width, context.services.views);
    if (context.parameters.switch('Stream')) for (const line of text.split('\n')) context.output(line);
    else context.output(`${text}\n`);
  },
};

export const outNull: CmdletDefinition = {
  name: 'Out-Null',
  module: 'Microsoft.PowerShell.Core',
  implementation: 'Microsoft.PowerShell.Commands.OutNullCommand',
  synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.',
  parameters: [{ name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the object to be sent to null (removed from pipeline).' }],
  run() {},
};

export const outHost: CmdletDefinition = {
  name: 'Out-Host',
  module: 'Microsoft.PowerShell.Core',
  implementation: 'Microsoft.PowerShell.Commands.OutHostCommand',
  synopsis: 'Sends output to the command line.',
  parameters: [{ name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects that are written to the console.' }],
  run(context) {
    const text = formatAsText(inputOf(context), context.width, context.services.views);
    if (text !== '') context.writeHost(text);
  },
};

export const outFile: CmdletDefinition = {
  name: 'Out-File',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.OutFileCommand',
  synopsis: 'Sends output to a file.',
  parameters: [
    { name: 'FilePath', type: 'string', aliases: ['Path'], position: 0, mandatory: true, description: 'Specifies the path to the output file.' },
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects to be written to the file.' },
    { name: 'Append', type: 'switch', description: 'Adds the output to the end of an existing file.' },
    { name: 'Encoding', type: 'string', description: 'Specifies the type of encoding for the target file.' },
    { name: 'Width', type: 'int', description: 'Specifies the maximum number of characters in each line of output.' },
  ],
  run(context) {
    const path = context.parameters.string('FilePath') ?? '';
    const text = `${formatAsText(inputOf(context), context.parameters.int('Width') ?? context.width, context.services.views)}\n`;
    const existing = context.parameters.switch('Append') ? (context.services.files.read(path)?.content ?? '') : '';
    context.services.files.write(path, existing + text);
  },
};

/** The text of a Write-Host argument: arrays joined by the separator. */
export function hostText(value: PSValue, separator: string): string {
  return Array.isArray(value) ? value.map((item) => hostText(item, separator)).join(separator) : toText(value);
}
