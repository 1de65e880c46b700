import type { TenantCommand } from '../../tenant/gesture';
import type { AuditRecord, Tenant } from '../../tenant/model';
import type { Check, CheckKind } from '../schema';

/** What a check looks at: the tenant when the learner started, the tenant now, and where their part of the audit log begins. */
export interface GradingContext {
  readonly start: Tenant;
  readonly final: Tenant;
  /** Audit records before this index were written by the scenario's setup, not the learner. */
  readonly auditStart: number;
  /**
   * The learner's rejected commands with the failure record each would leave in Entra's audit
   * log. A rejected command changes nothing, so the tenant never holds these; the attempt's log
   * does, and whoever grades it passes them. Absent: none are known.
   */
  readonly failures?: readonly AttemptFailure[];
}

export interface AttemptFailure {
  readonly record: AuditRecord;
  readonly command: TenantCommand;
}

/** A check's verdict and what the grader found, in words a learner can act on. */
export interface Outcome {
  readonly passed: boolean;
  readonly found: string;
  /**
   * What was found, without the answer (which role, which license, which value) the check asks
   * for: what practice mode's Check my work shows until Submit or a hint reveals it. Absent when
   * `found` gives nothing away.
   */
  readonly safe?: string;
}

export type CheckOf<K extends CheckKind> = Extract<Check, { kind: K }>;

export type Evaluator<K extends CheckKind> = (check: CheckOf<K>, context: GradingContext) => Outcome;

/** Capitalises and ends a clause, so feedback reads as sentences. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export function outcome(passed: boolean, found: string, safe?: string): Outcome {
  return safe === undefined ? { passed, found: sentence(found) } : { passed, found: sentence(found), safe: sentence(safe) };
}

/** Lists names for feedback, keeping long lists short. */
export function listNames(names: readonly string[], limit = 5): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

/** Count fields hold a number once variables are drawn. */
export function asCount(value: number | string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Scalars compare as text, so `3` in a file matches '3' in the tenant; null matches absent. */
export function sameValue(actual: unknown, expected: unknown, ignoreCase: boolean): boolean {
  if (actual === null || actual === undefined || expected === null || expected === undefined) {
    return (actual === null || actual === undefined) && (expected === null || expected === undefined);
  }
  const a = String(actual);
  const b = String(expected);
  return ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}
