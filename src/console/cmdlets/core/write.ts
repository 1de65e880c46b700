import { CONSOLE_COLORS, type ConsoleColor } from '../../runtime/host';
import { toText } from '../../runtime/conversion';
import type { PSValue } from '../../runtime/values';
import type { CmdletDefinition } from '../types';
import { hostText } from './format-out';

function color(value: string | undefined): ConsoleColor | undefined {
  return CONSOLE_COLORS.find((name) => name.toLowerCase() === value?.toLowerCase());
}

export const writeOutput: CmdletDefinition = {
  name: 'Write-Output',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
  synopsis: 'Writes the specified objects to the pipeline.',
  parameters: [
    { name: 'InputObject', type: 'object[]', position: 0, pipeline: true, description: 'Specifies the objects to send down the pipeline.' },
    { name: 'NoEnumerate', type: 'switch', description: 'By default, the Write-Output cmdlet always enumerates its output. The NoEnumerate parameter suppresses the default behavior.' },
  ],
  run(context) {
    const given = context.parameters.get('InputObject');
    const items: readonly PSValue[] = given !== undefined ? (Array.isArray(given) ? given : [given]) : context.input;
    if (context.parameters.switch('NoEnumerate') && given !== undefined) context.output(items as PSValue[]);
    else for (const item of items) context.output(item);
  },
};

export const writeHost: CmdletDefinition = {
  name: 'Write-Host',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.WriteHostCommand',
  synopsis: 'Writes customized output to a host.',
  parameters: [
    { name: 'Object', type: 'object', position: 0, pipeline: true, remaining: true, description: 'Objects to display in the host.' },
    { name: 'ForegroundColor', type: 'string', validateSet: CONSOLE_COLORS, description: 'Specifies the text color.' },
    { name: 'BackgroundColor', type: 'string', validateSet: CONSOLE_COLORS, description: 'Specifies the background color.' },
    { name: 'NoNewline', type: 'switch', description: 'The string representations of the input objects are concatenated to form the output.' },
    { name: 'Separator', type: 'object', description: 'Specifies a separator string to insert between objects displayed by the host.' },
  ],
  run(context) {
    const separator = toText(context.parameters.get('Separator') ?? ' ');
    const value = context.parameters.get('Object') ?? (context.input.length > 0 ? [...context.input] : '');
    const foreground = color(context.parameters.string('ForegroundColor'));
    const background = color(context.parameters.string('BackgroundColor'));
    context.writeHost(hostText(value, separator), {
      ...(foreground ? { foreground } : {}),
      ...(background ? { background } : {}),
      noNewline: context.parameters.switch('NoNewline'),
    });
  },
};

export const writeError: CmdletDefinition = {
  name: 'Write-Error',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.WriteErrorCommand',
  synopsis: 'Writes an object to the error stream.',
  parameters: [
    { name: 'Message', type: 'string', position: 0, pipeline: true, description: 'Specifies the message text of the error.' },
    { name: 'Category', type: 'string', description: 'Specifies the category of the error.' },
    { name: 'ErrorId', type: 'string', description: 'Specifies an ID string to identify the error.' },
    { name: 'TargetObject', type: 'object', description: 'Specifies the object that was being processed when the error occurred.' },
  ],
  run(context) {
    const message = context.parameters.string('Message') ?? context.input.map((item) => toText(item)).join(' ');
    context.writeError({
      message,
      category: 'NotSpecified',
      reason: 'WriteErrorException',
      fullyQualifiedErrorId: `${context.parameters.string('ErrorId') ?? 'Microsoft.PowerShell.Commands.WriteErrorException'},Microsoft.PowerShell.Commands.WriteErrorException`,
      invocationName: '',
    });
  },
};

export const writeWarning: CmdletDefinition = {
  name: 'Write-Warning',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.WriteWarningCommand',
  synopsis: 'Writes a warning message.',
  parameters: [{ name: 'Message', type: 'string', position: 0, pipeline: true, mandatory: true, description: 'Specifies the warning message.' }],
  run(context) {
    context.writeWarning(context.parameters.string('Message') ?? context.input.map((item) => toText(item)).join(' '));
  },
};

export const writeVerbose: CmdletDefinition = {
  name: 'Write-Verbose',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.WriteVerboseCommand',
  synopsis: 'Writes text to the verbose message stream.',
  parameters: [{ name: 'Message', type: 'string', position: 0, pipeline: true, mandatory: true, description: 'Specifies the message to send to the verbose message stream.' }],
  run(context) {
    const preference = toText(context.getVariable('VerbosePreference') ?? 'SilentlyContinue').toLowerCase();
    if (context.parameters.switch('Verbose') || preference === 'continue') context.writeHost(`VERBOSE: ${context.parameters.string('Message') ?? ''}`, { foreground: 'Yellow' });
  },
};

export const writeProgress: CmdletDefinition = {
  name: 'Write-Progress',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.WriteProgressCommand',
  synopsis: 'Displays a progress bar within a PowerShell command window.',
  description: 'The console does not draw progress bars; Write-Progress is accepted so scripts that use it run unchanged.',
  parameters: [
    { name: 'Activity', type: 'string', position: 0, description: 'Specifies the first line of text in the heading above the status bar.' },
    { name: 'Status', type: 'string', position: 1, description: 'Specifies the second line of text in the heading above the status bar.' },
    { name: 'PercentComplete', type: 'int', description: 'Specifies the percentage of the activity that is completed.' },
    { name: 'Completed', type: 'switch', description: 'Indicates whether the progress bar is visible.' },
    { name: 'Id', type: 'int', description: 'Specifies an ID that distinguishes each progress bar from the others.' },
  ],
  run() {},
};
