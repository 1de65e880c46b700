import type { Extent } from '../language/ast';
import type { BoundParameters, CmdletContext, CmdletDefinition, InvokeOptions, Run } from '../cmdlets/types';
import type { SessionServices } from '../session/services';
import { toText } from './conversion';
import { errorRecord, RuntimeError, type ErrorRecord, type ErrorRecordInit } from './errors';
import { errorObject } from './error-object';
import type { ConsoleColor } from './host';
import type { Interpreter, Sink } from './interpreter';
import type { PSValue, ScriptBlockValue } from './values';

type ActionPreference = 'continue' | 'stop' | 'silentlycontinue' | 'ignore';

/** What a running cmdlet sees: its parameters and input, and the streams it writes to. */
export class CommandContext implements CmdletContext {
  private readonly outVariable: PSValue[] | null;

  constructor(
    private readonly interpreter: Interpreter,
    readonly definition: CmdletDefinition,
    readonly invocationName: string,
    readonly parameters: BoundParameters,
    readonly input: readonly PSValue[],
    readonly expectingInput: boolean,
    readonly extent: Extent,
    private readonly sink: Sink,
  ) {
    this.outVariable = parameters.has('OutVariable') ? [] : null;
  }

  get services(): SessionServices {
    return this.interpreter.services;
  }

  get width(): number {
    return this.interpreter.width();
  }

  output(value: PSValue): void {
    this.outVariable?.push(value);
    this.sink(value);
  }

  private errorAction(): ActionPreference {
    const given = this.parameters.string('ErrorAction') ?? toText(this.interpreter.scope.get('ErrorActionPreference') ?? 'Continue');
    const lower = given.toLowerCase();
    return lower === 'stop' || lower === 'silentlycontinue' || lower === 'ignore' ? lower : 'continue';
  }

  private complete(init: ErrorRecordInit): ErrorRecord {
    return errorRecord({
      activity: this.definition.name,
      invocationName: this.invocationName,
      extent: this.extent,
      ...init,
      fullyQualifiedErrorId: init.fullyQualifiedErrorId.includes(',') ? init.fullyQualifiedErrorId : `${init.fullyQualifiedErrorId},${this.definition.implementation}`,
    });
  }

  writeError(init: ErrorRecordInit): void {
    const record = this.complete(init);
    const action = this.errorAction();
    if (action === 'stop') throw new RuntimeError(record, true);
    const variable = this.parameters.string('ErrorVariable');
    if (variable) {
      const name = variable.replace(/^\+/, '');
      const existing = variable.startsWith('+') ? this.interpreter.scope.get(name) : null;
      this.interpreter.scope.set(name, [...(Array.isArray(existing) ? existing : []), errorObject(record)]);
    }
    if (action === 'ignore') return;
    this.interpreter.remember(record);
    if (action === 'continue') this.interpreter.reportError(record);
  }

  /** The error PowerShell writes for each object piped to a command that takes no pipeline input. */
  inputNotBound(item: PSValue): void {
    this.writeError({
      message: 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
      category: 'InvalidArgument',
      reason: 'ParameterBindingException',
      targetName: toText(item),
      targetType: 'PSObject',
      fullyQualifiedErrorId: 'InputObjectNotBound',
      targetObject: item,
    });
  }

  writeWarning(text: string): void {
    const action = (this.parameters.string('WarningAction') ?? toText(this.interpreter.scope.get('WarningPreference') ?? 'Continue')).toLowerCase();
    if (action === 'silentlycontinue' || action === 'ignore') return;
    this.interpreter.writeHostLine({ stream: 'warning', text: `WARNING: ${text}` });
  }

  writeHost(text: string, options: { foreground?: ConsoleColor; background?: ConsoleColor; noNewline?: boolean } = {}): void {
    this.interpreter.writeHostLine({ stream: 'host', text, ...options });
  }

  fail(init: ErrorRecordInit, scriptTerminating = false): never {
    throw new RuntimeError(this.complete(init), scriptTerminating || this.errorAction() === 'stop');
  }

  *invoke(block: ScriptBlockValue, options: InvokeOptions = {}): Run<PSValue[]> {
    const items: PSValue[] = [];
    yield* this.interpreter.invokeBlock(block, { ...options, newScope: false }, (value) => items.push(value));
    return items;
  }

  expressionBlock(block: ScriptBlockValue): ((item: PSValue) => PSValue) | null {
    return this.interpreter.expressionBlock(block);
  }

  getVariable(name: string): PSValue | undefined {
    return this.interpreter.scope.get(name);
  }

  setVariable(name: string, value: PSValue): void {
    const scoped = /^(global|script|local):(.+)$/i.exec(name);
    if (!scoped) this.interpreter.scope.set(name, value);
    else (scoped[1]!.toLowerCase() === 'local' ? this.interpreter.scope : this.interpreter.global).set(scoped[2]!, value);
  }

  tick(): Run {
    return this.interpreter.tick();
  }

  /** Stores -OutVariable once the cmdlet is done. */
  finish(): void {
    const name = this.parameters.string('OutVariable');
    if (name && this.outVariable) this.interpreter.scope.set(name.replace(/^\+/, ''), this.outVariable.length === 1 ? this.outVariable[0]! : this.outVariable);
  }
}
