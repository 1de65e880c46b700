import { FormattedText } from '../../format/formatted-text';
import { renderTable } from '../../format/table';
import { castTo } from '../../runtime/casts';
import { toText, typeNameOf } from '../../runtime/conversion';
import { formatCustomDate } from '../../runtime/dates';
import { DOTNET_MESSAGES } from '../../runtime/errors';
import { GROWABLE } from '../../runtime/members';
import { PSCustomObject, PSHashtable, PSObject, type PSValue } from '../../runtime/values';
import type { CmdletDefinition } from '../types';

export const getDate: CmdletDefinition = {
  name: 'Get-Date',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.GetDateCommand',
  synopsis: 'Gets the current date and time.',
  description: "In the console, the current date and time are the simulated tenant clock's, in UTC.",
  parameters: [
    { name: 'Date', type: 'datetime', position: 0, description: 'Specifies a date and time.' },
    { name: 'Format', type: 'string', description: 'Displays the date and time in the .NET format indicated by the format specifier.' },
  ],
  run(context) {
    const date = context.parameters.date('Date') ?? context.services.now();
    const format = context.parameters.string('Format');
    context.output(format ? formatCustomDate(date, format === 'o' ? "yyyy-MM-dd'T'HH:mm:ss.fff'0000Z'" : format === 's' ? "yyyy-MM-dd'T'HH:mm:ss" : format) : date);
  },
};

/** The Azure AD model types the Entra module's examples build with New-Object, and their properties. */
const ENTRA_TYPES: Readonly<Record<string, Readonly<Record<string, PSValue>>>> = {
  'microsoft.open.azuread.model.passwordprofile': { Password: null, ForceChangePasswordNextLogin: null, EnforceChangePasswordPolicy: null },
  'microsoft.open.azuread.model.assignedlicense': { SkuId: null, DisabledPlans: null },
  'microsoft.open.azuread.model.assignedlicenses': { AddLicenses: null, RemoveLicenses: null },
};

export const newObject: CmdletDefinition = {
  name: 'New-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.NewObjectCommand',
  synopsis: 'Creates an instance of a Microsoft .NET Framework or COM object.',
  parameters: [
    { name: 'TypeName', type: 'string', position: 0, mandatory: true, description: 'Specifies the fully qualified name of the .NET class.' },
    { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], position: 1, description: "Specifies an array of arguments to pass to the constructor of the .NET class." },
    { name: 'Property', type: 'hashtable', description: 'Sets property values and invokes methods of the new object.' },
  ],
  examples: [{ code: '$passwordProfile = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile', remarks: 'Creates the password profile New-EntraUser takes.' }],
  run(context) {
    const typeName = context.parameters.string('TypeName') ?? '';
    const lower = typeName.toLowerCase().replace(/^system\./, '');
    const properties = context.parameters.hashtable('Property');
    let object: PSValue;
    const entraType = ENTRA_TYPES[typeName.toLowerCase()];
    if (entraType) object = PSCustomObject.from(entraType, [typeName]);
    else if (lower === 'psobject' || lower === 'management.automation.psobject' || lower === 'pscustomobject') object = new PSCustomObject();
    else if (lower.startsWith('collections.generic.list') || lower === 'collections.arraylist') {
      const list: PSValue[] = [];
      GROWABLE.add(list);
      context.output(list);
      return;
    } else if (lower === 'collections.hashtable') object = new PSHashtable();
    else if (lower === 'datetime') object = castTo('datetime', context.parameters.get('ArgumentList') ?? null, context.extent);
    else {
      return context.fail({ message: `Cannot find type [${typeName}]: verify that the assembly containing this type is loaded.`, category: 'InvalidType', reason: 'PSArgumentException', fullyQualifiedErrorId: 'TypeNotFound' });
    }
    for (const [key, value] of properties?.pairs() ?? []) {
      if (object instanceof PSHashtable) object.set(key, value);
      else if (object instanceof PSCustomObject && !object.set(key, value)) {
        if (entraType) return context.fail({ message: DOTNET_MESSAGES.propertyNotFound(key), category: 'InvalidOperation', reason: 'SetValueInvocationException', fullyQualifiedErrorId: 'InvalidOperationException' });
        object.add(key, value);
      }
    }
    context.output(object);
  },
};

export const getMember: CmdletDefinition = {
  name: 'Get-Member',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.GetMemberCommand',
  synopsis: 'Gets the properties and methods of objects.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the object whose members are retrieved.' },
    { name: 'Name', type: 'string[]', position: 0, description: 'Specifies the names of one or more properties or methods of the object.' },
    { name: 'MemberType', type: 'string', description: 'Specifies the member type that this cmdlet gets.' },
  ],
  run(context) {
    const items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : context.input;
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const item of items) {
      const typeName = typeNameOf(item);
      if (seen.has(typeName)) continue;
      seen.add(typeName);
      const names = item instanceof PSObject ? [...item.propertyNames()].sort((a, b) => a.localeCompare(b)) : item instanceof PSHashtable ? ['Count', 'Keys', 'Values'] : typeof item === 'string' ? ['Length'] : [];
      const memberType = item instanceof PSCustomObject && typeName === 'System.Management.Automation.PSCustomObject' ? 'NoteProperty' : 'Property';
      const rows = names.map((name) => {
        const value = item instanceof PSObject ? item.get(name) ?? null : null;
        const type = value === null ? 'System.Object' : typeNameOf(value);
        return PSCustomObject.from({ Name: name, MemberType: memberType, Definition: memberType === 'NoteProperty' ? `${type.split('.').pop()} ${name}=${toText(value)}` : `${type.split('.').pop()} ${name} {get;set;}` });
      });
      lines.push('', `   TypeName: ${typeName}`, ...renderTable(rows, ['Name', 'MemberType', 'Definition'].map((column) => ({ header: column, value: (row: PSValue) => (row instanceof PSObject ? row.get(column) : null) })), context.width));
    }
    context.output(new FormattedText(lines));
  },
};

export const getHistory: CmdletDefinition = {
  name: 'Get-History',
  module: 'Microsoft.PowerShell.Core',
  implementation: 'Microsoft.PowerShell.Commands.GetHistoryCommand',
  synopsis: 'Gets a list of the commands entered during the current session.',
  parameters: [{ name: 'Count', type: 'int', position: 1, description: 'Specifies the number of the most recent history entries that this cmdlet gets.' }],
  run(context) {
    const history = context.services.history();
    const count = context.parameters.int('Count') ?? history.length;
    history.slice(Math.max(0, history.length - count)).forEach((line, index, shown) => {
      context.output(PSCustomObject.from({ Id: history.length - shown.length + index + 1, CommandLine: line }, ['Microsoft.PowerShell.Commands.HistoryInfo']));
    });
  },
};

export const clearHost: CmdletDefinition = {
  name: 'Clear-Host',
  module: 'Microsoft.PowerShell.Core',
  implementation: 'Microsoft.PowerShell.Commands.ClearHostCommand',
  synopsis: 'Clears the display in the host program.',
  parameters: [],
  run(context) {
    context.services.clearHost();
  },
};

export const startSleep: CmdletDefinition = {
  name: 'Start-Sleep',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.StartSleepCommand',
  synopsis: 'Suspends the activity in a script or session for the specified period of time.',
  description: 'In the console the pause is skipped: time in the tenant only moves with the simulated clock.',
  parameters: [
    { name: 'Seconds', type: 'double', position: 0, description: 'Specifies how long the resource sleeps in seconds.' },
    { name: 'Milliseconds', type: 'int', description: 'Specifies how long the resource sleeps in milliseconds.' },
  ],
  *run(context) {
    yield* context.tick();
  },
};

export const getLocation: CmdletDefinition = {
  name: 'Get-Location',
  module: 'Microsoft.PowerShell.Management',
  implementation: 'Microsoft.PowerShell.Commands.GetLocationCommand',
  synopsis: 'Gets information about the current working location or a location stack.',
  parameters: [],
  run(context) {
    context.output(PSCustomObject.from({ Path: context.services.files.home }, ['System.Management.Automation.PathInfo']));
  },
};
