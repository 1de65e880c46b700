import { isOfType } from '../../runtime/casts';
import { compare } from '../../runtime/comparison';
import { isTruthy, toText } from '../../runtime/conversion';
import { getMember } from '../../runtime/members';
import { invokeMethod } from '../../runtime/methods';
import type { PSValue } from '../../runtime/values';
import type { CmdletDefinition, ParameterDefinition } from '../types';

const OPERATORS = ['EQ', 'NE', 'GT', 'GE', 'LT', 'LE', 'Like', 'NotLike', 'Match', 'NotMatch', 'Contains', 'NotContains', 'In', 'NotIn'] as const;

/** Where-Object's comparison switches: -EQ, -CEQ, -Like, -CLike… as in its simplified syntax. */
const OPERATOR_PARAMETERS: ParameterDefinition[] = [
  ...OPERATORS.flatMap((operator) => [
    { name: operator, type: 'switch' as const, description: `Selects objects whose property value is ${operator} the specified value (case-insensitive).` },
    { name: `C${operator}`, type: 'switch' as const, description: `Selects objects whose property value is ${operator} the specified value (case-sensitive).` },
  ]),
  { name: 'Is', type: 'switch', description: 'Selects objects whose property value is an instance of the specified .NET type.' },
  { name: 'IsNot', type: 'switch', description: 'Selects objects whose property value is not an instance of the specified .NET type.' },
];

export const whereObject: CmdletDefinition = {
  name: 'Where-Object',
  module: 'Microsoft.PowerShell.Core',
  implementation: 'Microsoft.PowerShell.Commands.WhereObjectCommand',
  synopsis: 'Selects objects from a collection based on their property values.',
  description: 'The Where-Object cmdlet selects objects that have particular property values from the collection of objects that are passed to it. You can write a script block (`Where-Object { $_.Department -eq "Sales" }`) or use the comparison statement syntax (`Where-Object Department -eq Sales`).',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects to filter.' },
    { name: 'FilterScript', type: 'scriptblock', position: 0, description: 'Specifies the script block that is used to filter the objects.' },
    { name: 'Property', type: 'string', position: 0, description: 'Specifies the name of a property of the input object.' },
    { name: 'Value', type: 'object', position: 1, description: 'Specifies a property value.' },
    ...OPERATOR_PARAMETERS,
  ],
  examples: [
    { code: "Get-MgUser -All -Property DisplayName,Department | Where-Object { $_.Department -eq 'Sales' }", remarks: 'Gets the users of the Sales department with a script block.' },
    { code: 'Get-MgUser -All -Property DisplayName,Department | Where-Object Department -eq Sales', remarks: 'The same, with the comparison statement syntax.' },
  ],
  *run(context) {
    const filter = context.parameters.scriptBlock('FilterScript');
    const property = context.parameters.string('Property');
    const operator = context.parameters.names().find((name) => OPERATOR_PARAMETERS.some((parameter) => parameter.name === name));
    const value = context.parameters.get('Value') ?? null;
    const items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : context.input;
    const test = filter ? context.expressionBlock(filter) : null;
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      if (test) {
        if (isTruthy(test(item))) context.output(item);
        // Lets the page take its turn now and then, as a script block run step by step would.
        if ((index & 1023) === 1023) yield;
        continue;
      }
      if (filter) {
        const output = yield* context.invoke(filter, { dollarUnderscore: item });
        if (isTruthy(output.length === 1 ? output[0]! : output)) context.output(item);
        continue;
      }
      if (property === undefined) continue;
      const actual = getMember(item, property);
      let keep: boolean;
      if (!operator) keep = isTruthy(actual);
      else if (operator === 'Is' || operator === 'IsNot') keep = isOfType(actual, toText(value), context.extent) === (operator === 'Is');
      else keep = isTruthy(compare(`-${operator.toLowerCase()}`, actual, value, context.extent).value);
      if (keep) context.output(item);
    }
  },
};

export const forEachObject: CmdletDefinition = {
  name: 'ForEach-Object',
  module: 'Microsoft.PowerShell.Core',
  implementation: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
  synopsis: 'Performs an operation against each item in a collection of input objects.',
  description: 'The ForEach-Object cmdlet performs an operation on each item in a collection of input objects. Inside the script block, `$_` (or `$PSItem`) is the current object. With a property or method name instead of a script block, it returns that member of each object.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the input objects.' },
    { name: 'Process', type: 'scriptblock', position: 0, description: 'Specifies the operation that is performed on each input object.' },
    { name: 'MemberName', type: 'string', position: 0, description: 'Specifies the name of the member property to get or the member method to call.' },
    { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], position: 1, description: 'Specifies an array of arguments to a method call.' },
    { name: 'Begin', type: 'scriptblock', description: 'Specifies a script block that runs before this cmdlet processes any input objects.' },
    { name: 'End', type: 'scriptblock', description: 'Specifies a script block that runs after this cmdlet processes all input objects.' },
  ],
  examples: [
    { code: "$users | ForEach-Object { Update-MgUser -UserId $_.Id -UsageLocation 'US' }", remarks: 'Sets the usage location of each user piped in.' },
    { code: 'Get-MgUser | ForEach-Object UserPrincipalName', remarks: 'Gets the user name of each user.' },
  ],
  *run(context) {
    const begin = context.parameters.scriptBlock('Begin');
    const process = context.parameters.scriptBlock('Process');
    const end = context.parameters.scriptBlock('End');
    const member = context.parameters.string('MemberName');
    const items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : context.input;
    const emit = (values: readonly PSValue[]) => values.forEach((value) => context.output(value));
    if (begin) emit(yield* context.invoke(begin));
    const expression = process ? context.expressionBlock(process) : null;
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      if (expression) {
        const value = expression(item);
        if (Array.isArray(value)) emit(value);
        else if (value !== null) context.output(value);
        if ((index & 1023) === 1023) yield;
      } else if (process) emit(yield* context.invoke(process, { dollarUnderscore: item }));
      else if (member !== undefined) {
        const args = context.parameters.get('ArgumentList');
        const value = args !== undefined ? invokeMethod(item, member, Array.isArray(args) ? args : [args], context.extent) : getMember(item, member);
        if (Array.isArray(value)) emit(value);
        else if (value !== null) context.output(value);
      }
    }
    if (end) emit(yield* context.invoke(end));
  },
};
