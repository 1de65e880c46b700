import type { Extent } from '../language/ast';
import type { BoundParameters, CmdletDefinition, ParameterDefinition, ParameterType } from '../cmdlets/types';
import { castTo } from './casts';
import { isTruthy, numberOrNull, roundHalfEven, toText, typeNameOf } from './conversion';
import { DOTNET_MESSAGES, errorRecord, RuntimeError } from './errors';
import { PSDateTime, PSHashtable, ScriptBlockValue, type PSValue } from './values';

/** An argument as the command line gave it, evaluated. */
export type CommandArgument =
  | { readonly kind: 'parameter'; readonly name: string; readonly value?: PSValue; readonly extent: Extent }
  | { readonly kind: 'argument'; readonly value: PSValue; readonly extent: Extent };

/** The common parameters every cmdlet takes (about_CommonParameters). */
const COMMON: readonly ParameterDefinition[] = [
  { name: 'Verbose', type: 'switch', aliases: ['vb'], description: 'Displays detailed information about the operation.' },
  { name: 'Debug', type: 'switch', aliases: ['db'], description: 'Displays programmer-level detail about the operation.' },
  { name: 'ErrorAction', type: 'string', aliases: ['ea'], validateSet: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'], description: 'Determines how the cmdlet responds to a non-terminating error.' },
  { name: 'WarningAction', type: 'string', aliases: ['wa'], validateSet: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'], description: 'Determines how the cmdlet responds to a warning.' },
  { name: 'InformationAction', type: 'string', aliases: ['infa'], description: 'Determines how the cmdlet responds to information records.' },
  { name: 'ErrorVariable', type: 'string', aliases: ['ev'], description: 'Stores errors about the command in the variable.' },
  { name: 'WarningVariable', type: 'string', aliases: ['wv'], description: 'Stores warnings about the command in the variable.' },
  { name: 'InformationVariable', type: 'string', aliases: ['iv'], description: 'Stores information records in the variable.' },
  { name: 'OutVariable', type: 'string', aliases: ['ov'], description: 'Stores the output objects in the variable as well as sending them down the pipeline.' },
  { name: 'OutBuffer', type: 'int', aliases: ['ob'], description: 'Determines the number of objects to accumulate in a buffer.' },
  { name: 'PipelineVariable', type: 'string', aliases: ['pv'], description: 'Stores the current pipeline object in the variable.' },
];

const SHOULD_PROCESS: readonly ParameterDefinition[] = [
  { name: 'WhatIf', type: 'switch', aliases: ['wi'], description: 'Shows what would happen if the cmdlet runs. The cmdlet is not run.' },
  { name: 'Confirm', type: 'switch', aliases: ['cf'], description: 'Prompts you for confirmation before running the cmdlet.' },
];

const DOTNET_TYPES: Readonly<Record<ParameterType, string>> = {
  string: 'System.String',
  'string[]': 'System.String[]',
  int: 'System.Int32',
  double: 'System.Double',
  switch: 'System.Management.Automation.SwitchParameter',
  bool: 'System.Boolean',
  object: 'System.Object',
  'object[]': 'System.Object[]',
  hashtable: 'System.Collections.Hashtable',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  datetime: 'System.DateTime',
};

/** Every parameter a cmdlet takes, its own first, then the common ones. */
export function allParameters(definition: CmdletDefinition): readonly ParameterDefinition[] {
  return [...definition.parameters, ...COMMON, ...(definition.supportsShouldProcess ? SHOULD_PROCESS : [])];
}

class Bound implements BoundParameters {
  constructor(private readonly values: Map<string, { definition: ParameterDefinition; value: PSValue }>) {}

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  get(name: string): PSValue | undefined {
    return this.values.get(name.toLowerCase())?.value;
  }

  string(name: string): string | undefined {
    const value = this.get(name);
    return value === undefined ? undefined : value === null ? '' : toText(value);
  }

  strings(name: string): string[] | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    return (Array.isArray(value) ? value : value === null ? [] : [value]).map((item) => toText(item));
  }

  int(name: string): number | undefined {
    const value = this.get(name);
    return typeof value === 'number' ? value : undefined;
  }

  switch(name: string): boolean {
    return this.get(name) === true;
  }

  hashtable(name: string): PSHashtable | undefined {
    const value = this.get(name);
    return value instanceof PSHashtable ? value : undefined;
  }

  scriptBlock(name: string): ScriptBlockValue | undefined {
    const value = this.get(name);
    return value instanceof ScriptBlockValue ? value : undefined;
  }

  date(name: string): PSDateTime | undefined {
    const value = this.get(name);
    return value instanceof PSDateTime ? value : undefined;
  }

  names(): string[] {
    return [...this.values.values()].map((entry) => entry.definition.name);
  }
}

/** Whether a value suits a parameter's type without conversion, for choosing between parameter sets. */
function accepts(parameter: ParameterDefinition, value: PSValue): boolean {
  if (parameter.type === 'scriptblock') return value instanceof ScriptBlockValue;
  if (parameter.type === 'hashtable') return value instanceof PSHashtable;
  return !(value instanceof ScriptBlockValue);
}

class Binder {
  private readonly parameters: readonly ParameterDefinition[];
  private readonly values = new Map<string, { definition: ParameterDefinition; value: PSValue }>();

  constructor(
    private readonly definition: CmdletDefinition,
    private readonly invocationName: string,
    private readonly extent: Extent,
  ) {
    this.parameters = allParameters(definition);
  }

  private error(id: string, message: string, extent: Extent = this.extent): RuntimeError {
    return new RuntimeError(
      errorRecord({
        message,
        category: 'InvalidArgument',
        activity: this.definition.name,
        reason: 'ParameterBindingException',
        fullyQualifiedErrorId: `${id},${this.definition.implementation}`,
        invocationName: this.invocationName,
        extent,
      }),
    );
  }

  private find(name: string, extent: Extent): ParameterDefinition {
    const lower = name.toLowerCase();
    const exact = this.parameters.find((p) => p.name.toLowerCase() === lower || p.aliases?.some((alias) => alias.toLowerCase() === lower));
    if (exact) return exact;
    const matches = this.parameters.filter((p) => p.name.toLowerCase().startsWith(lower) || p.aliases?.some((alias) => alias.toLowerCase().startsWith(lower)));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      throw this.error('AmbiguousParameter', `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include: ${matches.map((p) => `-${p.name}`).join(' ')}.`, extent);
    }
    throw this.error('NamedParameterNotFound', `A parameter cannot be found that matches parameter name '${name}'.`, extent);
  }

  private convert(parameter: ParameterDefinition, value: PSValue, extent: Extent): PSValue {
    const cannot = (reason: string) => this.error('CannotConvertArgumentNoMessage', `Cannot bind parameter '${parameter.name}'. Cannot convert value "${toText(value)}" to type "${DOTNET_TYPES[parameter.type]}". Error: "${reason}"`, extent);
    const wrongType = () => this.error('CannotConvertArgument', `Cannot bind parameter '${parameter.name}'. Cannot convert the "${toText(value)}" value of type "${typeNameOf(value)}" to type "${DOTNET_TYPES[parameter.type]}".`, extent);
    switch (parameter.type) {
      case 'string': return value === null ? null : toText(value);
      case 'string[]': return (Array.isArray(value) ? value : value === null ? [] : [value]).map((item) => toText(item));
      case 'int': case 'double': {
        const number = numberOrNull(Array.isArray(value) && value.length === 1 ? value[0]! : value);
        if (number === null) throw cannot(DOTNET_MESSAGES.badNumberFormat);
        return parameter.type === 'int' ? roundHalfEven(number) : number;
      }
      case 'switch': case 'bool': return isTruthy(value);
      case 'hashtable':
        if (value instanceof PSHashtable) return value;
        throw wrongType();
      case 'scriptblock':
        if (value instanceof ScriptBlockValue) return value;
        throw wrongType();
      case 'datetime':
        try {
          return castTo('datetime', value, extent);
        } catch {
          throw cannot(DOTNET_MESSAGES.badDateTime);
        }
      case 'object[]': return Array.isArray(value) ? value : [value];
      default: return value;
    }
  }

  private bindValue(parameter: ParameterDefinition, value: PSValue, extent: Extent): void {
    const key = parameter.name.toLowerCase();
    if (this.values.has(key)) {
      throw this.error('ParameterAlreadyBound', `Cannot bind parameter because parameter '${parameter.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`, extent);
    }
    if (parameter.mandatory && (parameter.type === 'string' || parameter.type === 'object') && (value === null || value === '')) {
      throw value === null
        ? this.error('ParameterArgumentValidationErrorNullNotAllowed', `Cannot bind argument to parameter '${parameter.name}' because it is null.`, extent)
        : this.error('ParameterArgumentValidationErrorEmptyStringNotAllowed', `Cannot bind argument to parameter '${parameter.name}' because it is an empty string.`, extent);
    }
    const converted = this.convert(parameter, value, extent);
    if (parameter.validateSet && converted !== null) {
      for (const item of Array.isArray(converted) ? converted : [converted]) {
        const text = toText(item);
        if (!parameter.validateSet.some((allowed) => allowed.toLowerCase() === text.toLowerCase())) {
          throw this.error('ParameterArgumentValidationError', `Cannot validate argument on parameter '${parameter.name}'. The argument "${text}" does not belong to the set "${parameter.validateSet.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`, extent);
        }
      }
    }
    this.values.set(key, { definition: parameter, value: converted });
  }

  bind(args: readonly CommandArgument[]): BoundParameters {
    const positional: { value: PSValue; extent: Extent }[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg.kind === 'argument') {
        positional.push({ value: arg.value, extent: arg.extent });
        continue;
      }
      const parameter = this.find(arg.name, arg.extent);
      if (arg.value !== undefined) this.bindValue(parameter, arg.value, arg.extent);
      else if (parameter.type === 'switch') this.bindValue(parameter, true, arg.extent);
      else {
        const next = args[i + 1];
        if (!next || next.kind !== 'argument') {
          throw this.error('MissingArgument', `Missing an argument for parameter '${parameter.name}'. Specify a parameter of type '${DOTNET_TYPES[parameter.type]}' and try again.`, arg.extent);
        }
        this.bindValue(parameter, next.value, next.extent);
        i++;
      }
    }
    // Parameters of different parameter sets may share a position (Where-Object's FilterScript
    // and Property); the argument's type picks between them, as the set would.
    const taken = new Set(this.parameters.filter((p) => p.position !== undefined && this.values.has(p.name.toLowerCase())).map((p) => p.position!));
    const remaining = this.parameters.find((p) => p.remaining);
    if (remaining && positional.length > 1 && !this.values.has(remaining.name.toLowerCase())) {
      this.bindValue(remaining, positional.map((item) => item.value), positional[0]!.extent);
      return new Bound(this.values);
    }
    for (const { value, extent } of positional) {
      const open = this.parameters.filter((p) => p.position !== undefined && !taken.has(p.position));
      const position = Math.min(...open.map((p) => p.position!));
      const candidates = open.filter((p) => p.position === position);
      const slot = candidates.find((p) => accepts(p, value)) ?? candidates[0];
      if (!slot) throw this.error('PositionalParameterNotFound', `A positional parameter cannot be found that accepts argument '${toText(value)}'.`, extent);
      this.bindValue(slot, value, extent);
      taken.add(position);
    }
    return new Bound(this.values);
  }
}

/** Binds a command line's arguments to a cmdlet's parameters the way PowerShell does, or raises its binding error. */
export function bindParameters(definition: CmdletDefinition, args: readonly CommandArgument[], invocationName: string, extent: Extent): BoundParameters {
  return new Binder(definition, invocationName, extent).bind(args);
}

/** The error PowerShell gives when mandatory parameters are missing and it cannot ask for them. */
export function missingMandatory(definition: CmdletDefinition, invocationName: string, names: readonly string[], extent: Extent): RuntimeError {
  return new RuntimeError(
    errorRecord({
      message: `Cannot process command because of one or more missing mandatory parameters: ${names.join(' ')}.`,
      category: 'InvalidArgument',
      activity: definition.name,
      reason: 'ParameterBindingException',
      fullyQualifiedErrorId: `MissingMandatoryParameter,${definition.implementation}`,
      invocationName,
      extent,
    }),
  );
}
