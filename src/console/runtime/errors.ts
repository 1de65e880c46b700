import type { Extent } from '../language/ast';
import type { PSValue } from './values';

/** PowerShell's ErrorCategory names, the first word of an error's CategoryInfo line. */
export type ErrorCategory =
  | 'NotSpecified'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidData'
  | 'ObjectNotFound'
  | 'PermissionDenied'
  | 'AuthenticationError'
  | 'ResourceUnavailable'
  | 'ParserError'
  | 'OperationStopped'
  | 'InvalidType'
  | 'NotImplemented'
  | 'LimitsExceeded'
  | 'WriteError'
  | 'OpenError';

/**
 * One error as PowerShell keeps it: the message, who raised it (the command as the learner typed
 * it), its category, the fully qualified error id, and where in the script it happened.
 */
export interface ErrorRecord {
  readonly message: string;
  readonly category: ErrorCategory;
  /** The activity, in brackets in CategoryInfo: the cmdlet's name or an internal one ('Get-MgUser_Get'). */
  readonly activity: string;
  /** The exception type's short name, at the end of CategoryInfo. */
  readonly reason: string;
  readonly targetName: string;
  readonly targetType: string;
  readonly fullyQualifiedErrorId: string;
  /** The command name as typed, which leads the message ("Get-MgUser : …"); empty for script errors. */
  readonly invocationName: string;
  /** The part of the script the error is about; null when it came from outside a script. */
  readonly extent: Extent | null;
  readonly targetObject?: PSValue;
  /** The error's details, when they go beyond the message (a Graph error's status and code). */
  readonly details?: string;
}

export interface ErrorRecordInit {
  readonly message: string;
  readonly category?: ErrorCategory;
  readonly activity?: string;
  readonly reason?: string;
  readonly targetName?: string;
  readonly targetType?: string;
  readonly fullyQualifiedErrorId: string;
  readonly invocationName?: string;
  readonly extent?: Extent | null;
  readonly targetObject?: PSValue;
  readonly details?: string;
}

export function errorRecord(init: ErrorRecordInit): ErrorRecord {
  return {
    message: init.message,
    category: init.category ?? 'NotSpecified',
    activity: init.activity ?? '',
    reason: init.reason ?? 'RuntimeException',
    targetName: init.targetName ?? '',
    targetType: init.targetType ?? '',
    fullyQualifiedErrorId: init.fullyQualifiedErrorId,
    invocationName: init.invocationName ?? '',
    extent: init.extent ?? null,
    ...(init.targetObject !== undefined ? { targetObject: init.targetObject } : {}),
    ...(init.details !== undefined ? { details: init.details } : {}),
  };
}

/**
 * An error that stops what is running. A statement-terminating error (a command that does not
 * exist, a parameter that does not bind) ends the statement and the script goes on; a
 * script-terminating one (`throw`, `-ErrorAction Stop`) ends the script unless a try/catch takes it.
 */
export class RuntimeError extends Error {
  constructor(
    readonly record: ErrorRecord,
    readonly scriptTerminating = false,
  ) {
    super(record.message);
    this.name = 'RuntimeError';
  }
}

/** A plain script error (a bad cast, a method that does not exist), raised where it happened. */
export function scriptError(message: string, fullyQualifiedErrorId: string, extent: Extent | null, category: ErrorCategory = 'InvalidOperation', targetName = ''): RuntimeError {
  return new RuntimeError(errorRecord({ message, fullyQualifiedErrorId, extent, category, targetName, reason: 'RuntimeException' }));
}

/** Raised when a script has run more steps than a console line may: a runaway loop. */
export class StepBudgetExceeded extends Error {
  constructor(readonly steps: number) {
    super(`The script was stopped after ${steps.toLocaleString('en-US')} steps.`);
    this.name = 'StepBudgetExceeded';
  }
}

/** Raised when the learner presses Ctrl+C. */
export class ScriptStopped extends Error {
  constructor() {
    super('The script was stopped.');
    this.name = 'ScriptStopped';
  }
}

/** Control flow: break, continue, return and exit travel as signals up to the construct that takes them. */
export class BreakSignal {
  readonly kind = 'break';
}

export class ContinueSignal {
  readonly kind = 'continue';
}

export class ReturnSignal {
  readonly kind = 'return';
}

export class ExitSignal {
  readonly kind = 'exit';
}

/**
 * The .NET exception messages the runtime raises from several places, written once. Each is the
 * text PowerShell 7 prints; the error record around it (category, id) stays with the raiser.
 */
export const DOTNET_MESSAGES = {
  badNumberFormat: 'Input string was not in a correct format.',
  badDateTime: 'String was not recognized as a valid DateTime.',
  fixedSizeCollection: 'Collection was of a fixed size.',
  divideByZero: 'Attempted to divide by zero.',
  typeNotFound: (name: string) => `Unable to find type [${name}].`,
  methodNotFound: (typeName: string, method: string) => `Method invocation failed because [${typeName}] does not contain a method named '${method}'.`,
  duplicateKey: (key: string) => `Item has already been added. Key in dictionary: '${key}'  Key being added: '${key}'`,
  propertyNotFound: (name: string) => `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
  commandNotFound: (name: string) =>
    `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
} as const;
