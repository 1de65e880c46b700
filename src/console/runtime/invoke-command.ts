import type { CommandElement, CommandNode, Extent } from '../language/ast';
import type { CmdletDefinition, Run } from '../cmdlets/types';
import { bindParameters, missingMandatory, type CommandArgument } from './binder';
import { CommandContext } from './command-context';
import { toText } from './conversion';
import { DOTNET_MESSAGES, errorRecord, RuntimeError } from './errors';
import { evaluate } from './evaluate';
import type { Interpreter, Sink } from './interpreter';
import { PSHashtable, ScriptBlockValue, type PSValue } from './values';

/** PowerShell's error for a name it cannot run; a retired module's cmdlet says what replaced it. */
function commandNotFound(name: string, extent: Extent, retired: string | undefined): RuntimeError {
  return new RuntimeError(
    errorRecord({
      message: retired ?? DOTNET_MESSAGES.commandNotFound(name),
      category: 'ObjectNotFound',
      reason: 'CommandNotFoundException',
      targetName: name,
      targetType: 'String',
      fullyQualifiedErrorId: 'CommandNotFoundException',
      invocationName: name,
      extent,
    }),
  );
}

/**
 * Anything a cmdlet throws that is not PowerShell's own (a JavaScript TypeError from a value a
 * cmdlet did not expect) becomes an error record, so a script never takes the console down.
 */
function asScriptError(error: unknown, activity: string, invocationName: string, extent: Extent): unknown {
  if (!(error instanceof Error) || error instanceof RuntimeError || error.name === 'StepBudgetExceeded' || error.name === 'ScriptStopped') return error;
  return new RuntimeError(errorRecord({ message: error.message, category: 'NotSpecified', activity, reason: 'RuntimeException', fullyQualifiedErrorId: `System.Exception,${activity}`, invocationName, extent }));
}

/** Evaluates a command's arguments, expanding `@splat` into named (hashtable) or positional (array) arguments. */
function evaluateArguments(interpreter: Interpreter, elements: readonly CommandElement[]): CommandArgument[] {
  const args: CommandArgument[] = [];
  for (const element of elements) {
    if (element.kind === 'parameter') {
      args.push(element.value ? { kind: 'parameter', name: element.name, value: evaluate(interpreter, element.value), extent: element.extent } : { kind: 'parameter', name: element.name, extent: element.extent });
    } else if (element.kind === 'argument') {
      args.push({ kind: 'argument', value: evaluate(interpreter, element.value), extent: element.extent });
    } else {
      const splat = interpreter.scope.get(element.variable) ?? null;
      if (splat instanceof PSHashtable) {
        for (const [key, value] of splat.pairs()) args.push({ kind: 'parameter', name: key, value, extent: element.extent });
      } else if (Array.isArray(splat)) {
        for (const value of splat) args.push({ kind: 'argument', value, extent: element.extent });
      } else if (splat !== null) args.push({ kind: 'argument', value: splat, extent: element.extent });
    }
  }
  return args;
}

/** A user-defined function or a script block run with `&`: arguments bind to its param() by name or position. */
function* invokeScript(interpreter: Interpreter, block: ScriptBlockValue, args: readonly CommandArgument[], input: readonly PSValue[], sink: Sink): Run {
  const named = new Map<string, PSValue>();
  const positional: PSValue[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.kind === 'argument') positional.push(arg.value);
    else if (arg.value !== undefined) named.set(arg.name.toLowerCase(), arg.value);
    else {
      const declared = block.node.parameters.find((parameter) => parameter.name.toLowerCase() === arg.name.toLowerCase());
      const next = args[i + 1];
      if (declared?.type?.toLowerCase() !== 'switch' && next?.kind === 'argument') {
        named.set(arg.name.toLowerCase(), next.value);
        i++;
      } else named.set(arg.name.toLowerCase(), true);
    }
  }
  yield* interpreter.invokeBlock(block, { args: positional, named, newScope: true, input: [...input] }, sink);
}

function resolve(interpreter: Interpreter, name: string): CmdletDefinition | undefined {
  const commands = interpreter.services.commands;
  return commands.find(commands.alias(name) ?? name);
}

/** Runs one command of a pipeline: a function, a script block after `&`, or a cmdlet. */
export function* invokeCommand(interpreter: Interpreter, node: CommandNode, input: readonly PSValue[], expectingInput: boolean, sink: Sink): Run {
  let name: string;
  if (typeof node.name === 'string') name = node.name;
  else {
    const target = evaluate(interpreter, node.name);
    if (target instanceof ScriptBlockValue) return yield* invokeScript(interpreter, target, evaluateArguments(interpreter, node.elements), input, sink);
    name = toText(target);
  }
  const nameExtent = { start: node.extent.start, end: node.extent.start + name.length };
  const fn = interpreter.functions.get(name.toLowerCase());
  if (fn) return yield* invokeScript(interpreter, fn, evaluateArguments(interpreter, node.elements), input, sink);
  const definition = resolve(interpreter, name);
  if (!definition) throw commandNotFound(name, nameExtent, interpreter.services.commands.retired(name));
  const parameters = bindParameters(definition, evaluateArguments(interpreter, node.elements), name, node.extent);
  const missing = definition.parameters.filter((parameter) => parameter.mandatory && !parameters.has(parameter.name) && !(parameter.pipeline && input.length > 0));
  if (missing.length > 0) throw missingMandatory(definition, name, missing.map((parameter) => parameter.name), node.extent);
  const context = new CommandContext(interpreter, definition, name, parameters, input, expectingInput, node.extent, sink);
  if (expectingInput && input.length > 0 && !definition.parameters.some((parameter) => parameter.pipeline)) {
    for (const item of input) context.inputNotBound(item);
    return;
  }
  if (definition.supportsShouldProcess && parameters.switch('WhatIf')) {
    context.writeHost(`What if: Performing the operation "${definition.name}" on target "${definition.supportsShouldProcess(parameters)}".`);
    return;
  }
  try {
    const run = definition.run(context);
    if (run) yield* run;
  } catch (error) {
    throw asScriptError(error, definition.name, name, node.extent);
  }
  context.finish();
}
