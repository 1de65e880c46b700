import { CORE_VIEWS, type ViewTable } from '../format/views';
import { formatErrorRecord, formatParseError } from '../format/error-format';
import { OutputFormatter } from '../format/out-default';
import { CMDLETS, createCommandCatalog } from '../cmdlets/registry';
import { GRAPH_VIEWS } from '../cmdlets/graph/views';
import type { Run } from '../cmdlets/types';
import { ParseException, parseScript } from '../language/parse';
import type { ScriptNode } from '../language/ast';
import { ExitSignal, ScriptStopped, StepBudgetExceeded, type ErrorRecord } from '../runtime/errors';
import type { ConsoleHost, HostLine } from '../runtime/host';
import { Interpreter, type InterpreterOptions } from '../runtime/interpreter';
import { PSHashtable, type PSDateTime } from '../runtime/values';
import { FileStore } from './files';
import type { ConsoleIdentity, GraphConnection, GraphHandler, SessionServices } from './services';

export interface ConsoleSessionOptions extends InterpreterOptions {
  readonly graph: GraphHandler;
  readonly identity: () => ConsoleIdentity;
  /** The simulated clock's instant. */
  readonly now: () => PSDateTime;
  readonly host: ConsoleHost;
  readonly files?: FileStore;
}

/** How a command line ended: normally, stopped (budget or Ctrl+C), or by `exit`. */
export type Outcome = 'completed' | 'stopped' | 'exit';

export const VIEWS: ViewTable = { ...CORE_VIEWS, ...GRAPH_VIEWS };

/**
 * One console: the interpreter, the Graph sign-in, the home directory and the history. The page
 * keeps one per console window; tests and the benchmark drive it directly.
 */
export class ConsoleSession {
  readonly services: SessionServices;
  readonly interpreter: Interpreter;
  readonly history: string[] = [];
  private source = '';
  private formatter: OutputFormatter;

  constructor(private readonly options: ConsoleSessionOptions) {
    const identity = options.identity();
    const files = options.files ?? new FileStore(`/home/${identity.alias.toLowerCase()}`);
    let connection: GraphConnection | null = null;
    const host = options.host;
    this.services = {
      graph: options.graph,
      get connection() {
        return connection;
      },
      set connection(value) {
        connection = value;
      },
      files,
      commands: createCommandCatalog(CMDLETS),
      views: VIEWS,
      identity: options.identity,
      now: options.now,
      history: () => this.history,
      clearHost: () => host.clear(),
    };
    this.formatter = this.newFormatter();
    this.interpreter = new Interpreter(this.services, (record) => this.writeError(record), () => host.width, (line) => this.writeHost(line), options);
    this.defineAutomaticVariables();
  }

  private newFormatter(): OutputFormatter {
    return new OutputFormatter(
      (text) => this.options.host.write({ stream: 'output', text }),
      (record) => this.options.host.write({ stream: 'error', text: formatErrorRecord(record.record, null) }),
      () => this.options.host.width,
      VIEWS,
    );
  }

  private defineAutomaticVariables(): void {
    const scope = this.interpreter.global;
    scope.set('HOME', this.services.files.home);
    scope.set('ErrorActionPreference', 'Continue');
    scope.set('WarningPreference', 'Continue');
    scope.set('VerbosePreference', 'SilentlyContinue');
    scope.set('PSVersionTable', PSHashtable.from({ PSVersion: '7.4.6', PSEdition: 'Core', OS: 'Tenant Lab console', Platform: 'Unix' }));
  }

  /** The prompt, as Cloud Shell's: PS /home/admin> */
  prompt(): string {
    return `PS ${this.services.files.home}> `;
  }

  private writeHost(line: HostLine): void {
    this.formatter.flush();
    this.options.host.write(line);
  }

  private writeError(record: ErrorRecord): void {
    this.formatter.flush();
    this.options.host.write({ stream: 'error', text: formatErrorRecord(record, this.source) });
  }

  /** True when the text parses, or fails only for lack of more lines (the terminal then prompts `>>`). */
  needsMoreInput(text: string): boolean {
    try {
      parseScript(text);
      return false;
    } catch (error) {
      return error instanceof ParseException && error.incomplete;
    }
  }

  /**
   * Starts a command line. Returns a generator that yields between steps (the page runs it in
   * slices) and returns how it ended; parse errors are printed at once.
   */
  *start(text: string): Run<Outcome> {
    if (text.trim() !== '' && this.history[this.history.length - 1] !== text) this.history.push(text);
    this.source = text;
    let script: ScriptNode;
    try {
      script = parseScript(text);
    } catch (error) {
      if (!(error instanceof ParseException)) throw error;
      this.options.host.write({ stream: 'error', text: formatParseError(error, text) });
      return 'completed';
    }
    this.interpreter.steps = 0;
    this.interpreter.stopRequested = false;
    this.formatter = this.newFormatter();
    try {
      yield* this.interpreter.run(script, (value) => this.formatter.write(value));
      this.formatter.flush();
      return 'completed';
    } catch (error) {
      this.formatter.flush();
      return this.ended(error);
    }
  }

  private ended(error: unknown): Outcome {
    if (error instanceof ExitSignal) return 'exit';
    if (error instanceof ScriptStopped) return 'stopped';
    if (error instanceof StepBudgetExceeded) {
      this.options.host.write({
        stream: 'error',
        text: `${error.message.replace(/\.$/, '')}: it looks like a loop that never ends. The console stops runaway scripts so the page stays responsive; changes made before the stop are kept.\n`,
      });
      return 'stopped';
    }
    const message = error instanceof Error ? error.message : String(error);
    this.options.host.write({ stream: 'error', text: `The console stopped the script because of an internal error: ${message}\n` });
    return 'stopped';
  }

  /** Runs a command line to its end at once (tests, the CLI, the benchmark). */
  run(text: string): Outcome {
    return this.interpreter.drain(this.start(text));
  }

  /** Ctrl+C: the running script stops at its next step. */
  stop(): void {
    this.interpreter.stopRequested = true;
  }
}
