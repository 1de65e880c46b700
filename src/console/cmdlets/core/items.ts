import { toText } from '../../runtime/conversion';
import { PSCustomObject, type PSValue } from '../../runtime/values';
import { hasWildcards, wildcardMatch } from '../../runtime/wildcard';
import type { CmdletContext, CmdletDefinition } from '../types';

function missing(context: CmdletContext, path: string): void {
  const full = context.services.files.fullPath(path);
  context.writeError({
    message: `Cannot find path '${full}' because it does not exist.`,
    category: 'ObjectNotFound',
    reason: 'ItemNotFoundException',
    targetName: full,
    targetType: 'String',
    fullyQualifiedErrorId: 'PathNotFound',
  });
}

function text(values: PSValue | undefined): string {
  const items = values === undefined ? [] : Array.isArray(values) ? values : [values];
  return items.map((item) => `${toText(item)}\n`).join('');
}

const PATH = { name: 'Path', type: 'string', position: 0, mandatory: true, aliases: ['LiteralPath'], description: 'Specifies the path to an item.' } as const;

export const getChildItem: CmdletDefinition = {
  name: 'Get-ChildItem',
  module: 'Microsoft.PowerShell.Management',
  implementation: 'Microsoft.PowerShell.Commands.GetChildItemCommand',
  synopsis: 'Gets the items and child items in one or more specified locations.',
  description: 'Lists the files in the console home directory: those you uploaded and those your scripts wrote.',
  parameters: [{ name: 'Path', type: 'string', position: 0, description: 'Specifies a path to one or more locations. Wildcards are accepted.' }, { name: 'Filter', type: 'string', position: 1, description: 'Specifies a filter to qualify the Path parameter.' }],
  run(context) {
    const files = context.services.files;
    const pattern = context.parameters.string('Filter') ?? (context.parameters.string('Path') ? files.normalize(context.parameters.string('Path')!) : '*');
    const listed = files.list().filter((file) => !pattern || pattern === '.' || wildcardMatch(pattern, file.name));
    if (listed.length === 0 && pattern && !hasWildcards(pattern) && pattern !== '.') {
      missing(context, pattern);
      return;
    }
    for (const file of listed) {
      context.output(PSCustomObject.from({
        Mode: '-a---',
        LastWriteTime: context.services.now(),
        Length: file.content.length,
        Name: file.name,
        FullName: files.fullPath(file.name),
      }, ['System.IO.FileInfo']));
    }
  },
};

export const getContent: CmdletDefinition = {
  name: 'Get-Content',
  module: 'Microsoft.PowerShell.Management',
  implementation: 'Microsoft.PowerShell.Commands.GetContentCommand',
  synopsis: 'Gets the content of the item at the specified location.',
  parameters: [PATH, { name: 'Raw', type: 'switch', description: 'Ignores newline characters and returns the entire contents of a file in one string.' }, { name: 'TotalCount', type: 'int', aliases: ['First', 'Head'], description: 'Specifies the number of lines from the beginning of a file.' }],
  run(context) {
    const path = context.parameters.string('Path') ?? '';
    const file = context.services.files.read(path);
    if (!file) return missing(context, path);
    if (context.parameters.switch('Raw')) {
      context.output(file.content);
      return;
    }
    const lines = file.content.replace(/\r?\n$/, '').split(/\r?\n/);
    const count = context.parameters.int('TotalCount');
    for (const line of count !== undefined ? lines.slice(0, count) : lines) context.output(line);
  },
};

function writer(name: 'Set-Content' | 'Add-Content', synopsis: string): CmdletDefinition {
  return {
    name,
    module: 'Microsoft.PowerShell.Management',
    implementation: `Microsoft.PowerShell.Commands.${name.replace('-', '')}Command`,
    synopsis,
    parameters: [PATH, { name: 'Value', type: 'object', position: 1, pipeline: true, description: 'Specifies the new content for the item.' }],
    run(context) {
      const path = context.parameters.string('Path') ?? '';
      const value = context.parameters.get('Value') ?? [...context.input];
      const files = context.services.files;
      const before = name === 'Add-Content' ? (files.read(path)?.content ?? '') : '';
      files.write(path, before + text(value));
    },
  };
}

export const setContent = writer('Set-Content', 'Writes new content or replaces existing content in a file.');
export const addContent = writer('Add-Content', 'Adds content to the specified items, such as adding words to a file.');

export const removeItem: CmdletDefinition = {
  name: 'Remove-Item',
  module: 'Microsoft.PowerShell.Management',
  implementation: 'Microsoft.PowerShell.Commands.RemoveItemCommand',
  synopsis: 'Deletes the specified items.',
  parameters: [PATH, { name: 'Force', type: 'switch', description: 'Forces the cmdlet to remove items that can\'t otherwise be changed.' }],
  run(context) {
    const path = context.parameters.string('Path') ?? '';
    if (!context.services.files.remove(path)) missing(context, path);
  },
};

export const testPath: CmdletDefinition = {
  name: 'Test-Path',
  module: 'Microsoft.PowerShell.Management',
  implementation: 'Microsoft.PowerShell.Commands.TestPathCommand',
  synopsis: 'Determines whether all elements of a path exist.',
  parameters: [PATH],
  run(context) {
    const path = context.parameters.string('Path') ?? '';
    context.output(context.services.files.read(path) !== undefined || context.services.files.normalize(path) === '');
  },
};
