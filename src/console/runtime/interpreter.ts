import type { BlockNode, ExpressionNode, PipelineNode, ScriptNode, StatementNode, TryNode } from '../language/ast';
import type { Run } from '../cmdlets/types';
import type { SessionServices } from '../session/services';
import { assign, evaluate } from './evaluate';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal, RuntimeError, ScriptStopped, StepBudgetExceeded, errorRecord, type ErrorRecord } from './errors';
import { ErrorRecordObject, errorObject } from './error-object';
import { isTruthy, toText } from './conversion';
import type { HostLine } from './host';
import { invokeCommand } from './invoke-command';
import { Scope } from './scope';
import { collapse, enumerate, ScriptBlockValue, type PSValue } from './values';

/** Where a statement's output goes: the console's formatter at the top, a collector inside an expression. */
export type Sink = (value: PSValue) => void;

export interface InterpreterOptions {
  /**
   * Steps a command line may take before it is stopped as a runaway: each statement, loop pass
   * and script-block run is one. A bulk job over 50,000 users with a few statements per user
   * takes a few hundred thousand; an endless loop reaches the limit in about two seconds.
   */
  readonly stepBudget?: number;
  readonly maxCallDepth?: number;
}

export const DEFAULT_STEP_BUDGET = 2_000_000;

/** The `$x++` and `++$x` statements print nothing; the same expressions elsewhere give their value. */
function isSilentStatement(expression: ExpressionNode): boolean {
  return expression.kind === 'postfix' || (expression.kind === 'unary' && (expression.operator === '++' || expression.operator === '--'));
}

/**
 * Runs scripts of the console's PowerShell subset. Statements, loops and pipelines are
 * generators that yield at every step, so the console can run a long script in slices and keep
 * the page responsive; expressions are evaluated directly, and a pipeline inside an expression
 * runs to its end (still counted against the step budget).
 */
export class Interpreter {
  steps = 0;
  stepBudget: number;
  readonly maxCallDepth: number;
  readonly global = new Scope();
  scope: Scope = this.global;
  tryDepth = 0;
  callDepth = 0;
  stopRequested = false;
  lastSucceeded = true;
  readonly functions = new Map<string, ScriptBlockValue>();
  readonly errors: PSValue[] = [];

  constructor(
    readonly services: SessionServices,
    /** Shows an error the script did not handle, formatted for the source it came from. */
    readonly reportError: (record: ErrorRecord) => void,
    readonly width: () => number,
    readonly writeHostLine: (line: HostLine) => void,
    options: InterpreterOptions = {},
  ) {
    this.stepBudget = options.stepBudget ?? DEFAULT_STEP_BUDGET;
    this.maxCallDepth = options.maxCallDepth ?? 100;
  }

  *tick(): Run {
    if (++this.steps > this.stepBudget) throw new StepBudgetExceeded(this.stepBudget);
    if (this.stopRequested) throw new ScriptStopped();
    yield;
  }

  /** Counts work that is not a statement (copying a large array) against the budget. */
  charge(amount: number): void {
    this.steps += amount;
    if (this.steps > this.stepBudget) throw new StepBudgetExceeded(this.stepBudget);
  }

  /** Runs a generator to its end without slicing, for pipelines inside expressions. */
  drain<T>(run: Run<T>): T {
    let result = run.next();
    while (!result.done) result = run.next();
    return result.value;
  }

  /** Records an error in $Error, newest first, as PowerShell does. */
  remember(record: ErrorRecord): void {
    this.errors.unshift(errorObject(record));
    if (this.errors.length > 256) this.errors.length = 256;
    this.lastSucceeded = false;
  }

  /** Runs a whole script; its output goes to `sink`. Errors it does not handle are reported. */
  *run(script: ScriptNode, sink: Sink): Run {
    try {
      yield* this.statements(script.statements, sink);
    } catch (error) {
      if (error instanceof RuntimeError) {
        this.remember(error.record);
        this.reportError(error.record);
      } else if (!(error instanceof BreakSignal || error instanceof ContinueSignal || error instanceof ReturnSignal)) throw error;
    }
  }

  /** Statements in order; a statement-terminating error is reported and the next statement runs. */
  *statements(statements: readonly StatementNode[], sink: Sink): Run {
    for (const statement of statements) {
      try {
        yield* this.statement(statement, sink);
      } catch (error) {
        if (!(error instanceof RuntimeError) || error.scriptTerminating || this.tryDepth > 0) throw error;
        this.remember(error.record);
        this.reportError(error.record);
      }
    }
  }

  *block(block: BlockNode, sink: Sink): Run {
    yield* this.statements(block.statements, sink);
  }

  /** The output of a statement, collected. */
  *collect(statement: StatementNode): Run<PSValue[]> {
    const items: PSValue[] = [];
    yield* this.statement(statement, (value) => items.push(value));
    return items;
  }

  *condition(statement: StatementNode): Run<boolean> {
    if (statement.kind === 'pipeline' && statement.elements.length === 1 && statement.elements[0]!.kind === 'commandExpression') {
      return isTruthy(evaluate(this, statement.elements[0]!.expression));
    }
    return isTruthy(collapse(yield* this.collect(statement)));
  }

  *statement(node: StatementNode, sink: Sink): Run {
    yield* this.tick();
    switch (node.kind) {
      case 'pipeline': return yield* this.pipeline(node, sink);
      case 'assignment': {
        const value = node.value.kind === 'pipeline' && node.value.elements.length === 1 && node.value.elements[0]!.kind === 'commandExpression'
          ? evaluate(this, node.value.elements[0]!.expression)
          : collapse(yield* this.collect(node.value));
        assign(this, node, value);
        return;
      }
      case 'if': {
        for (const clause of node.clauses) {
          if (yield* this.condition(clause.condition)) return yield* this.block(clause.body, sink);
        }
        if (node.elseBody) yield* this.block(node.elseBody, sink);
        return;
      }
      case 'foreach': {
        const items = yield* this.collect(node.collection);
        for (const item of items) {
          yield* this.tick();
          this.scope.set(node.variable, item);
          if (!(yield* this.loopBody(node.body, sink))) break;
        }
        return;
      }
      case 'for': {
        if (node.initializer) yield* this.statement(node.initializer, () => undefined);
        while (!node.condition || (yield* this.condition(node.condition))) {
          yield* this.tick();
          if (!(yield* this.loopBody(node.body, sink))) break;
          if (node.iterator) yield* this.statement(node.iterator, () => undefined);
        }
        return;
      }
      case 'while': {
        while (yield* this.condition(node.condition)) {
          yield* this.tick();
          if (!(yield* this.loopBody(node.body, sink))) break;
        }
        return;
      }
      case 'do': {
        do {
          yield* this.tick();
          if (!(yield* this.loopBody(node.body, sink))) break;
        } while ((yield* this.condition(node.condition)) !== node.until);
        return;
      }
      case 'break': throw new BreakSignal();
      case 'continue': throw new ContinueSignal();
      case 'return': {
        if (node.value) yield* this.statement(node.value, sink);
        throw new ReturnSignal();
      }
      case 'exit': throw new ExitSignal();
      case 'throw': {
        const value = node.value ? collapse(yield* this.collect(node.value)) : null;
        if (value instanceof ErrorRecordObject) throw new RuntimeError(value.record, true);
        const message = value === null ? 'ScriptHalted' : toText(value);
        throw new RuntimeError(errorRecord({ message, fullyQualifiedErrorId: message, category: 'OperationStopped', reason: 'RuntimeException', targetName: message, targetType: 'String', extent: node.extent, targetObject: value }), true);
      }
      case 'try': return yield* this.tryStatement(node, sink);
      case 'function': {
        this.functions.set(node.name.toLowerCase(), new ScriptBlockValue(node.body));
        return;
      }
      case 'block': return yield* this.block(node, sink);
    }
  }

  /** Runs a loop's body once; false when `break` ended the loop. */
  private *loopBody(body: BlockNode, sink: Sink): Run<boolean> {
    try {
      yield* this.block(body, sink);
    } catch (error) {
      if (error instanceof BreakSignal) return false;
      if (error instanceof ContinueSignal) return true;
      throw error;
    }
    return true;
  }

  private *tryStatement(node: TryNode, sink: Sink): Run {
    try {
      this.tryDepth++;
      try {
        yield* this.block(node.body, sink);
      } finally {
        this.tryDepth--;
      }
    } catch (error) {
      if (!(error instanceof RuntimeError)) throw error;
      const handler = node.catches.find((clause) => clause.types.length === 0 || clause.types.some((type) => /exception$/i.test(type) || /errorrecord$/i.test(type)));
      if (!handler) throw error;
      this.remember(error.record);
      const previous = this.scope.get('_');
      this.scope.set('_', errorObject(error.record));
      this.scope.set('PSItem', errorObject(error.record));
      try {
        yield* this.block(handler.body, sink);
      } finally {
        this.scope.set('_', previous ?? null);
      }
    } finally {
      if (node.finallyBody) yield* this.block(node.finallyBody, sink);
    }
  }

  *pipeline(node: PipelineNode, sink: Sink): Run {
    let input: PSValue[] = [];
    const last = node.elements.length - 1;
    for (let i = 0; i <= last; i++) {
      const element = node.elements[i]!;
      const collected: PSValue[] = [];
      const out: Sink = i === last ? sink : (value) => collected.push(value);
      if (element.kind === 'commandExpression') {
        const value = evaluate(this, element.expression);
        if (last === 0 && isSilentStatement(element.expression)) continue;
        if (value === null && last > 0) out(null);
        else for (const item of enumerate(value)) out(item);
      } else {
        yield* invokeCommand(this, element, input, i > 0, out);
      }
      input = collected;
    }
    this.lastSucceeded = true;
  }

  /**
   * A script block that is one expression (`{ $_.Country -eq 'Germany' }`, the usual filter), as
   * a plain function of `$_`: no generators and no lookups per item, which is what lets
   * Where-Object get through 50,000 users in a few milliseconds. Each call is a step; an error is
   * reported and gives no output, as for a statement of the block. Null when the block is more
   * than one expression (it then runs through invokeBlock).
   */
  expressionBlock(block: ScriptBlockValue): ((item: PSValue) => PSValue) | null {
    const { parameters, statements } = block.node;
    const statement = statements[0];
    if (parameters.length > 0 || statements.length !== 1 || statement?.kind !== 'pipeline' || statement.elements.length !== 1) return null;
    const element = statement.elements[0]!;
    if (element.kind !== 'commandExpression' || isSilentStatement(element.expression)) return null;
    const expression = element.expression;
    return (item) => {
      if (this.stopRequested) throw new ScriptStopped();
      this.charge(1);
      const underscore = this.scope.slot('_');
      const psItem = this.scope.slot('PSItem');
      const before = underscore.value;
      const beforeItem = psItem.value;
      underscore.value = item;
      psItem.value = item;
      try {
        return evaluate(this, expression);
      } catch (error) {
        if (!(error instanceof RuntimeError) || error.scriptTerminating || this.tryDepth > 0) throw error;
        this.remember(error.record);
        this.reportError(error.record);
        return null;
      } finally {
        underscore.value = before;
        psItem.value = beforeItem;
      }
    };
  }

  /**
   * Runs a script block. Blocks run by ForEach-Object and Where-Object share the caller's scope
   * (`newScope: false`); `& { }` and functions get their own. `$_` is set for the block and put back after.
   */
  *invokeBlock(block: ScriptBlockValue, options: { dollarUnderscore?: PSValue; args?: readonly PSValue[]; named?: ReadonlyMap<string, PSValue>; newScope: boolean; input?: PSValue[] }, sink: Sink): Run {
    yield* this.tick();
    if (++this.callDepth > this.maxCallDepth) {
      this.callDepth--;
      throw new RuntimeError(errorRecord({ message: 'The script failed due to call depth overflow.', fullyQualifiedErrorId: 'CallDepthOverflow', category: 'InvalidOperation', reason: 'ScriptCallDepthException' }), true);
    }
    const outer = this.scope;
    const scope = options.newScope ? new Scope(outer) : outer;
    const previousItem = options.dollarUnderscore !== undefined ? scope.get('_') : undefined;
    this.scope = scope;
    try {
      if (options.dollarUnderscore !== undefined) {
        scope.set('_', options.dollarUnderscore);
        scope.set('PSItem', options.dollarUnderscore);
      }
      const args = options.args ?? [];
      block.node.parameters.forEach((parameter, index) => {
        const named = options.named?.get(parameter.name.toLowerCase());
        const value = named !== undefined ? named : index < args.length ? args[index]! : parameter.defaultValue ? evaluate(this, parameter.defaultValue) : null;
        scope.set(parameter.name, value);
      });
      if (options.newScope) scope.set('args', block.node.parameters.length === 0 ? [...args] : args.slice(block.node.parameters.length));
      if (options.input) scope.set('input', options.input);
      try {
        yield* this.statements(block.node.statements, sink);
      } catch (error) {
        if (!(error instanceof ReturnSignal)) throw error;
      }
    } finally {
      if (options.dollarUnderscore !== undefined) {
        scope.set('_', previousItem ?? null);
        scope.set('PSItem', previousItem ?? null);
      }
      this.scope = outer;
      this.callDepth--;
    }
  }
}
