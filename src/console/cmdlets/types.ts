import type { Extent } from '../language/ast';
import type { ErrorRecordInit } from '../runtime/errors';
import type { ConsoleColor } from '../runtime/host';
import type { PSDateTime, PSHashtable, PSValue, ScriptBlockValue } from '../runtime/values';
import type { SessionServices } from '../session/services';

/** A piece of script work that yields between steps, so the page can slice it. */
export type Run<T = void> = Generator<void, T, undefined>;

export type ParameterType =
  | 'string'
  | 'string[]'
  | 'int'
  | 'double'
  | 'switch'
  | 'bool'
  | 'object'
  | 'object[]'
  | 'hashtable'
  | 'scriptblock'
  | 'datetime';

export interface ParameterDefinition {
  readonly name: string;
  readonly type: ParameterType;
  readonly aliases?: readonly string[];
  /** Zero-based position for arguments given without a name. */
  readonly position?: number;
  readonly mandatory?: boolean;
  /** Takes the objects piped in. */
  readonly pipeline?: boolean;
  /** Takes every positional argument left over (Write-Host 'a' 'b'). */
  readonly remaining?: boolean;
  readonly validateSet?: readonly string[];
  readonly description: string;
}

export interface CmdletExample {
  readonly code: string;
  readonly remarks: string;
}

/** One cmdlet: its help (the module's real synopsis), its parameters, and what it does. */
export interface CmdletDefinition {
  readonly name: string;
  readonly module: string;
  /** The class that implements it, which ends FullyQualifiedErrorId ("…,Microsoft.Graph.PowerShell.Cmdlets.GetMgUser_List"). */
  readonly implementation: string;
  readonly synopsis: string;
  readonly description?: string;
  readonly parameters: readonly ParameterDefinition[];
  readonly examples?: readonly CmdletExample[];
  readonly outputType?: string;
  /** Takes -WhatIf and -Confirm; describes the target -WhatIf names ("UserId: AdeleV@contoso.com"). */
  readonly supportsShouldProcess?: (parameters: BoundParameters) => string;
  run(context: CmdletContext): Run | void;
}

/** The parameters as bound, converted to their declared types. */
export interface BoundParameters {
  has(name: string): boolean;
  get(name: string): PSValue | undefined;
  string(name: string): string | undefined;
  strings(name: string): string[] | undefined;
  int(name: string): number | undefined;
  switch(name: string): boolean;
  hashtable(name: string): PSHashtable | undefined;
  scriptBlock(name: string): ScriptBlockValue | undefined;
  date(name: string): PSDateTime | undefined;
  /** The names bound, as the cmdlet declares them. */
  names(): string[];
}

export interface InvokeOptions {
  readonly dollarUnderscore?: PSValue;
  readonly args?: readonly PSValue[];
}

/** What a running cmdlet may do: read its input and parameters, write its streams, run script blocks. */
export interface CmdletContext {
  readonly invocationName: string;
  readonly definition: CmdletDefinition;
  readonly parameters: BoundParameters;
  /** The objects piped in (already unrolled). */
  readonly input: readonly PSValue[];
  /** True when the cmdlet is not first in its pipeline. */
  readonly expectingInput: boolean;
  readonly extent: Extent;
  readonly services: SessionServices;
  readonly width: number;
  output(value: PSValue): void;
  /** A non-terminating error, subject to -ErrorAction and $ErrorActionPreference. */
  writeError(error: ErrorRecordInit): void;
  writeWarning(text: string): void;
  writeHost(text: string, options?: { foreground?: ConsoleColor; background?: ConsoleColor; noNewline?: boolean }): void;
  /** Raises a statement-terminating error from this cmdlet; `scriptTerminating` also ends the script, as `-ErrorAction Stop` does. */
  fail(error: ErrorRecordInit, scriptTerminating?: boolean): never;
  /** Runs a script block in the caller's scope (as ForEach-Object does) and returns its output. */
  invoke(block: ScriptBlockValue, options?: InvokeOptions): Run<PSValue[]>;
  /** The block as a plain function of `$_` when it is a single expression, else null (use invoke). */
  expressionBlock(block: ScriptBlockValue): ((item: PSValue) => PSValue) | null;
  getVariable(name: string): PSValue | undefined;
  setVariable(name: string, value: PSValue): void;
  /** Counts one step against the script's budget and lets the page breathe. */
  tick(): Run;
}
