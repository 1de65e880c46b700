import { FormattedText } from '../../format/formatted-text';
import { allParameters } from '../../runtime/binder';
import { DOTNET_MESSAGES } from '../../runtime/errors';
import { PSCustomObject } from '../../runtime/values';
import { hasWildcards, wildcardMatch } from '../../runtime/wildcard';
import type { CmdletContext, CmdletDefinition, ParameterDefinition } from '../types';
import { moduleVersion, onlineHelp } from './modules';

const TYPE_NAMES: Readonly<Record<ParameterDefinition['type'], string>> = {
  string: 'String', 'string[]': 'String[]', int: 'Int32', double: 'Double', switch: '', bool: 'Boolean',
  object: 'Object', 'object[]': 'Object[]', hashtable: 'Hashtable', scriptblock: 'ScriptBlock', datetime: 'DateTime',
};

function parameterSyntax(parameter: ParameterDefinition): string {
  const type = TYPE_NAMES[parameter.type];
  const name = parameter.position !== undefined ? `[-${parameter.name}]` : `-${parameter.name}`;
  const body = type ? `${name} <${type}>` : name;
  return parameter.mandatory ? body : `[${body}]`;
}

/** The SYNTAX line Get-Help prints. */
export function syntaxOf(definition: CmdletDefinition): string {
  const parts = definition.parameters.map(parameterSyntax);
  if (definition.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
  return [definition.name, ...parts, '[<CommonParameters>]'].join(' ');
}

function indent(text: string, spaces = 4): string {
  return text.split('\n').map((line) => (line === '' ? '' : `${' '.repeat(spaces)}${line}`)).join('\n');
}

function wrapText(text: string, width: number): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function examples(definition: CmdletDefinition): string[] {
  return (definition.examples ?? []).flatMap((example, index) => [
    `    ---------- EXAMPLE ${index + 1} ----------`,
    '',
    indent(example.code.split('\n').map((line, i) => (i === 0 ? `PS /> ${line}` : line)).join('\n')),
    '',
    indent(wrapText(example.remarks, 76)),
    '',
  ]);
}

function parameterHelp(parameter: ParameterDefinition): string[] {
  const type = TYPE_NAMES[parameter.type] || 'SwitchParameter';
  return [
    `    -${parameter.name} <${type}>`,
    indent(wrapText(parameter.description, 72), 8),
    '',
    `        Required?                    ${parameter.mandatory ? 'true' : 'false'}`,
    `        Position?                    ${parameter.position !== undefined ? parameter.position + 1 : 'named'}`,
    `        Accept pipeline input?       ${parameter.pipeline ? 'true (ByValue)' : 'false'}`,
    ...(parameter.aliases?.length ? [`        Aliases                      ${parameter.aliases.join(', ')}`] : []),
    '',
  ];
}

/** The help text of one command, as Get-Help prints it. */
export function helpText(definition: CmdletDefinition, mode: 'default' | 'examples' | 'detailed' | 'full', parameterName?: string): string[] {
  if (parameterName) {
    return ['', ...allParameters(definition).filter((p) => wildcardMatch(parameterName, p.name)).flatMap(parameterHelp)];
  }
  const lines = ['', 'NAME', `    ${definition.name}`, '', 'SYNOPSIS', indent(wrapText(definition.synopsis, 76)), ''];
  if (mode === 'examples') return [...lines, ...examples(definition)];
  lines.push('', 'SYNTAX', indent(syntaxOf(definition)), '', '');
  if (definition.description) lines.push('DESCRIPTION', indent(wrapText(definition.description, 76)), '');
  if (mode === 'detailed' || mode === 'full') lines.push('PARAMETERS', ...definition.parameters.flatMap(parameterHelp), '', ...examples(definition));
  lines.push('RELATED LINKS', `    ${onlineHelp(definition)}`, '', 'REMARKS');
  lines.push(`    To see the examples, type: "Get-Help ${definition.name} -Examples"`);
  lines.push(`    For more information, type: "Get-Help ${definition.name} -Detailed"`);
  lines.push(`    For technical information, type: "Get-Help ${definition.name} -Full"`);
  lines.push(`    For online help, type: "Get-Help ${definition.name} -Online"`, '');
  return lines;
}

function matching(context: CmdletContext, pattern: string): CmdletDefinition[] {
  const commands = context.services.commands;
  if (!hasWildcards(pattern)) {
    const found = commands.find(commands.alias(pattern) ?? pattern);
    return found ? [found] : [];
  }
  return commands.all().filter((definition) => wildcardMatch(pattern, definition.name));
}

export const getHelp: CmdletDefinition = {
  name: 'Get-Help',
  module: 'Microsoft.PowerShell.Core',
  implementation: 'Microsoft.PowerShell.Commands.GetHelpCommand',
  synopsis: 'Displays information about PowerShell commands and concepts.',
  parameters: [
    { name: 'Name', type: 'string', position: 0, description: 'Gets help about the specified command or concept.' },
    { name: 'Examples', type: 'switch', description: 'Displays only the name, synopsis, and examples.' },
    { name: 'Detailed', type: 'switch', description: 'Adds parameter descriptions and examples to the basic help display.' },
    { name: 'Full', type: 'switch', description: 'Displays the entire help article for a cmdlet.' },
    { name: 'Parameter', type: 'string', description: 'Displays only the detailed descriptions of the specified parameters.' },
    { name: 'Online', type: 'switch', description: 'Displays the online version of a help article.' },
  ],
  examples: [{ code: 'Get-Help Get-MgUser -Examples', remarks: 'Shows examples of Get-MgUser.' }],
  run(context) {
    const name = context.parameters.string('Name');
    if (!name) {
      context.output(new FormattedText(['', 'TOPIC', '    Tenant Lab console help', '', 'SHORT DESCRIPTION', '    Get-Command lists the commands; Get-Help <command> explains one, and', '    Get-Help <command> -Examples shows how it is used.', '']));
      return;
    }
    const found = matching(context, name);
    if (found.length === 0) {
      context.fail({ message: `Get-Help could not find ${name} in a help file in this session.`, category: 'ResourceUnavailable', reason: 'HelpNotFoundException', targetName: name, targetType: 'String', fullyQualifiedErrorId: 'HelpNotFound' });
    }
    if (found.length > 1) {
      for (const definition of found) context.output(PSCustomObject.from({ Name: definition.name, Category: 'Cmdlet', Module: definition.module, Synopsis: definition.synopsis }, ['HelpInfoShort']));
      return;
    }
    const definition = found[0]!;
    if (context.parameters.switch('Online')) {
      context.writeHost(`The console works offline. The online help for ${definition.name} is at ${onlineHelp(definition)}`);
      return;
    }
    const mode = context.parameters.switch('Examples') ? 'examples' : context.parameters.switch('Full') ? 'full' : context.parameters.switch('Detailed') ? 'detailed' : 'default';
    context.output(new FormattedText(helpText(definition, mode, context.parameters.string('Parameter'))));
  },
};

export const getCommand: CmdletDefinition = {
  name: 'Get-Command',
  module: 'Microsoft.PowerShell.Core',
  implementation: 'Microsoft.PowerShell.Commands.GetCommandCommand',
  synopsis: 'Gets all commands.',
  parameters: [
    { name: 'Name', type: 'string[]', position: 0, description: 'Specifies an array of names. Wildcard characters are permitted.' },
    { name: 'Module', type: 'string[]', description: 'Specifies an array of modules. Wildcard characters are permitted.' },
    { name: 'Verb', type: 'string[]', description: 'Specifies an array of command verbs.' },
    { name: 'Noun', type: 'string[]', description: 'Specifies an array of command nouns.' },
    { name: 'Syntax', type: 'switch', description: 'Gets only the syntax of the command.' },
  ],
  examples: [{ code: 'Get-Command -Module Microsoft.Graph.Users', remarks: 'Lists the Microsoft Graph PowerShell user cmdlets.' }, { code: 'Get-Command *MgUser*', remarks: 'Lists commands whose name contains MgUser.' }],
  run(context) {
    const names = context.parameters.strings('Name');
    const modules = context.parameters.strings('Module');
    const verbs = context.parameters.strings('Verb');
    const nouns = context.parameters.strings('Noun');
    const commands = context.services.commands;
    const selected = commands.all().filter((definition) => {
      const [verb, noun] = definition.name.split('-');
      return (!names || names.some((name) => wildcardMatch(name, definition.name)))
        && (!modules || modules.some((module) => wildcardMatch(module, definition.module)))
        && (!verbs || verbs.some((pattern) => wildcardMatch(pattern, verb ?? '')))
        && (!nouns || nouns.some((pattern) => wildcardMatch(pattern, noun ?? '')));
    });
    const aliases = names && !modules && !verbs && !nouns ? commands.aliases().filter(([alias]) => names.some((name) => wildcardMatch(name, alias))) : [];
    if (selected.length === 0 && aliases.length === 0 && names && !names.some(hasWildcards)) {
      context.writeError({ message: DOTNET_MESSAGES.commandNotFound(names[0]!), category: 'ObjectNotFound', reason: 'CommandNotFoundException', targetName: names[0]!, targetType: 'String', fullyQualifiedErrorId: 'CommandNotFoundException' });
      return;
    }
    if (context.parameters.switch('Syntax')) {
      for (const definition of selected) context.output(syntaxOf(definition));
      return;
    }
    for (const [alias, target] of aliases) {
      context.output(PSCustomObject.from({ CommandType: 'Alias', Name: `${alias} -> ${target}`, Version: '', Source: '' }, ['System.Management.Automation.AliasInfo']));
    }
    for (const definition of [...selected].sort((a, b) => a.name.localeCompare(b.name))) {
      context.output(PSCustomObject.from({
        CommandType: definition.module.startsWith('Microsoft.PowerShell') ? 'Cmdlet' : 'Function',
        Name: definition.name,
        Version: moduleVersion(definition.module),
        Source: definition.module,
        Definition: syntaxOf(definition),
      }, ['System.Management.Automation.CmdletInfo']));
    }
  },
};

export const getAlias: CmdletDefinition = {
  name: 'Get-Alias',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.GetAliasCommand',
  synopsis: 'Gets the aliases for the current session.',
  parameters: [{ name: 'Name', type: 'string[]', position: 0, description: 'Specifies the aliases that this cmdlet gets. Wildcards are permitted.' }],
  run(context) {
    const names = context.parameters.strings('Name');
    for (const [alias, target] of context.services.commands.aliases()) {
      if (names && !names.some((name) => wildcardMatch(name, alias))) continue;
      context.output(PSCustomObject.from({ CommandType: 'Alias', Name: `${alias} -> ${target}`, Version: '', Source: '' }, ['System.Management.Automation.AliasInfo']));
    }
  },
};
