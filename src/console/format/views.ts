/** How objects of a type show by default, as PowerShell's format files declare for their types. */
export type FormatView =
  | { readonly kind: 'table'; readonly columns: readonly string[] }
  | { readonly kind: 'list'; readonly properties?: readonly string[] };

export type ViewTable = Readonly<Record<string, FormatView>>;

/** The views of PowerShell's own types the console's cmdlets output. */
export const CORE_VIEWS: ViewTable = {
  'System.Collections.DictionaryEntry': { kind: 'table', columns: ['Name', 'Value'] },
  'Microsoft.PowerShell.Commands.GenericMeasureInfo': { kind: 'list', properties: ['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'Property'] },
  'Microsoft.PowerShell.Commands.GroupInfo': { kind: 'table', columns: ['Count', 'Name', 'Group'] },
  'System.Management.Automation.CmdletInfo': { kind: 'table', columns: ['CommandType', 'Name', 'Version', 'Source'] },
  'System.Management.Automation.AliasInfo': { kind: 'table', columns: ['CommandType', 'Name', 'Version', 'Source'] },
  'System.IO.FileInfo': { kind: 'table', columns: ['Mode', 'LastWriteTime', 'Length', 'Name'] },
  'Microsoft.PowerShell.Commands.HistoryInfo': { kind: 'table', columns: ['Id', 'CommandLine'] },
  'System.RuntimeType': { kind: 'table', columns: ['Name', 'FullName'] },
  'Microsoft.PowerShell.Commands.MemberDefinition': { kind: 'table', columns: ['Name', 'MemberType', 'Definition'] },
  'System.Management.Automation.PSVariable': { kind: 'table', columns: ['Name', 'Value'] },
};
