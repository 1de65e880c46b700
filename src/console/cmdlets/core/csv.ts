import Papa from 'papaparse';
import { toText } from '../../runtime/conversion';
import { PSCustomObject, PSHashtable, PSObject, type PSValue } from '../../runtime/values';
import type { CmdletContext, CmdletDefinition } from '../types';

/**
 * CSV through papaparse, with PowerShell 7's conventions (Cloud Shell runs PowerShell 7): every
 * field quoted, no #TYPE line unless -IncludeTypeInformation, values read back as text.
 */

/** A value as Export-Csv writes it: its ToString(), so an array is "System.Object[]", as in PowerShell. */
function csvText(value: PSValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof PSHashtable) return 'System.Collections.Hashtable';
  return toText(value);
}

function propertiesOf(item: PSValue): readonly string[] {
  if (item instanceof PSObject) return item.propertyNames();
  if (item instanceof PSHashtable) return ['IsReadOnly', 'IsFixedSize', 'IsSynchronized', 'Keys', 'Values', 'SyncRoot', 'Count'];
  if (typeof item === 'string') return ['Length'];
  return [];
}

function readProperty(item: PSValue, name: string): PSValue | undefined {
  if (item instanceof PSObject) return item.get(name);
  if (item instanceof PSHashtable) return name === 'Count' ? item.size : name === 'Keys' ? item.keys() : name === 'IsReadOnly' || name === 'IsFixedSize' || name === 'IsSynchronized' ? false : undefined;
  if (typeof item === 'string' && name === 'Length') return item.length;
  return undefined;
}

/** The lines ConvertTo-Csv and Export-Csv write for these objects. */
export function toCsvLines(items: readonly PSValue[], delimiter: string, includeType: boolean, withHeader = true): string[] {
  const present = items.filter((item) => item !== null);
  if (present.length === 0) return [];
  const columns = propertiesOf(present[0]!);
  const rows = present.map((item) => columns.map((column) => csvText(readProperty(item, column))));
  const text = Papa.unparse({ fields: [...columns], data: rows }, { quotes: true, delimiter, newline: '\n', header: withHeader });
  const lines = text === '' ? [] : text.split('\n');
  const first = present[0]!;
  const typeName = first instanceof PSObject ? first.typeName : 'System.String';
  return includeType ? [`#TYPE ${typeName}`, ...lines] : lines;
}

/** Objects from CSV text: the first row names the properties unless -Header does. */
export function fromCsv(context: CmdletContext, text: string, delimiter: string, header?: readonly string[]): PSCustomObject[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const body = lines[0]?.startsWith('#TYPE') ? lines.slice(1).join('\n') : lines.join('\n');
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy', header: false });
  const rows = parsed.data;
  if (rows.length === 0) return [];
  const names = header ? [...header] : rows[0]!.map((name, index) => (name.trim() === '' ? `H${index + 1}` : name));
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase())) {
      context.fail({ message: `The member "${name}" is already present.`, category: 'InvalidOperation', reason: 'ExtendedTypeSystemException', fullyQualifiedErrorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd' });
    }
    seen.add(name.toLowerCase());
  }
  return rows.slice(header ? 0 : 1).map((row) => {
    const object = new PSCustomObject();
    names.forEach((name, index) => object.add(name, index < row.length ? row[index]! : null));
    return object;
  });
}

function delimiterOf(context: CmdletContext): string {
  return context.parameters.string('Delimiter') || ',';
}

function notFound(context: CmdletContext, path: string): never {
  return context.fail({
    message: `Could not find file '${context.services.files.fullPath(path)}'.`,
    category: 'OpenError',
    reason: 'FileNotFoundException',
    fullyQualifiedErrorId: 'FileOpenFailure',
  });
}

const PATH = { name: 'Path', type: 'string', position: 0, mandatory: true, description: 'Specifies the path to the CSV file.' } as const;
const DELIMITER = { name: 'Delimiter', type: 'string', description: 'Specifies the delimiter that separates the property values. The default is a comma (,).' } as const;

export const importCsv: CmdletDefinition = {
  name: 'Import-Csv',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.ImportCsvCommand',
  synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.',
  description: 'The Import-Csv cmdlet creates table-like custom objects from the items in CSV files. Each column becomes a property, and each row an object whose property values are text. In the console, files come from the home directory: upload them with the Upload button.',
  parameters: [{ ...PATH, aliases: ['LiteralPath', 'PSPath'] }, DELIMITER, { name: 'Header', type: 'string[]', description: 'Specifies an alternate column header row for the imported file.' }, { name: 'Encoding', type: 'string', description: 'Specifies the encoding for the imported CSV file.' }],
  examples: [{ code: '$users = Import-Csv ./users.csv', remarks: 'Reads the uploaded users.csv into objects.' }],
  run(context) {
    const path = context.parameters.string('Path') ?? '';
    const file = context.services.files.read(path);
    if (!file) return notFound(context, path);
    for (const object of fromCsv(context, file.content, delimiterOf(context), context.parameters.strings('Header'))) context.output(object);
  },
};

export const exportCsv: CmdletDefinition = {
  name: 'Export-Csv',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.ExportCsvCommand',
  synopsis: 'Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.',
  description: 'The Export-Csv cmdlet creates a CSV file of the objects that you submit. Each object is a row; the properties of the first object are the columns. Select the properties first (Select-Object): a Format-Table result is formatting data, not your objects. Download the file with the Download button.',
  parameters: [
    { ...PATH, aliases: ['LiteralPath'] },
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects to export as CSV strings.' },
    DELIMITER,
    { name: 'NoTypeInformation', type: 'switch', aliases: ['NTI'], description: 'Removes the #TYPE information header from the output. This parameter became the default in PowerShell 6.0.' },
    { name: 'IncludeTypeInformation', type: 'switch', aliases: ['ITI'], description: 'Writes the #TYPE line with the type of the objects.' },
    { name: 'Append', type: 'switch', description: 'Adds the CSV output to the end of the specified file.' },
    { name: 'Force', type: 'switch', description: 'Overwrites a read-only file.' },
    { name: 'NoClobber', type: 'switch', description: 'Prevents an existing file from being overwritten.' },
    { name: 'Encoding', type: 'string', description: 'Specifies the encoding for the exported CSV file.' },
  ],
  examples: [{ code: 'Get-MgUser -All -Property DisplayName,Department | Select-Object DisplayName, Department | Export-Csv ./report.csv', remarks: 'Writes a report the learner can download.' }],
  run(context) {
    const path = context.parameters.string('Path') ?? '';
    const items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : context.input;
    const files = context.services.files;
    const existing = files.read(path);
    if (existing && context.parameters.switch('NoClobber') && !context.parameters.switch('Append')) {
      return context.fail({ message: `The file '${files.fullPath(path)}' already exists.`, category: 'ResourceUnavailable', reason: 'IOException', fullyQualifiedErrorId: 'NoClobber' });
    }
    const append = context.parameters.switch('Append') && existing !== undefined && existing.content.trim() !== '';
    const lines = toCsvLines(items, delimiterOf(context), context.parameters.switch('IncludeTypeInformation') && !append, !append);
    const content = append ? `${existing!.content.replace(/\n?$/, '\n')}${lines.join('\n')}\n` : lines.length > 0 ? `${lines.join('\n')}\n` : '';
    files.write(path, content);
  },
};

export const convertToCsv: CmdletDefinition = {
  name: 'ConvertTo-Csv',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.ConvertToCsvCommand',
  synopsis: 'Converts .NET objects into a series of character-separated value (CSV) strings.',
  parameters: [
    { name: 'InputObject', type: 'object', position: 0, pipeline: true, description: 'Specifies the objects that are converted to CSV strings.' },
    DELIMITER,
    { name: 'NoTypeInformation', type: 'switch', aliases: ['NTI'], description: 'Removes the #TYPE information header from the output.' },
    { name: 'IncludeTypeInformation', type: 'switch', aliases: ['ITI'], description: 'Writes the #TYPE line.' },
  ],
  run(context) {
    const items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : context.input;
    for (const line of toCsvLines(items, delimiterOf(context), context.parameters.switch('IncludeTypeInformation'))) context.output(line);
  },
};

export const convertFromCsv: CmdletDefinition = {
  name: 'ConvertFrom-Csv',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.ConvertFromCsvCommand',
  synopsis: 'Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.',
  parameters: [
    { name: 'InputObject', type: 'object', position: 0, pipeline: true, description: 'Specifies the CSV strings to be converted to objects.' },
    DELIMITER,
    { name: 'Header', type: 'string[]', description: 'Specifies an alternate column header row for the imported string.' },
  ],
  examples: [{ code: "$rows = @'\nUserPrincipalName,JobTitle\nAdeleV@contoso.com,Retail Manager\n'@ | ConvertFrom-Csv", remarks: 'Builds objects from CSV text typed into the console.' }],
  run(context) {
    const given = context.parameters.get('InputObject');
    const items = given !== undefined ? (Array.isArray(given) ? given : [given]) : context.input;
    const text = items.map((item) => toText(item)).join('\n');
    for (const object of fromCsv(context, text, delimiterOf(context), context.parameters.strings('Header'))) context.output(object);
  },
};
