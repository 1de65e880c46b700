import { compileScenarioPattern, isPatternError, type ScenarioPattern } from '../regex';
import { showValue } from '../objects';
import type { Where, WhereCondition } from '../schema';
import { sameValue } from './context';

type Scalar = string | number | boolean | null;

const patterns = new Map<string, ScenarioPattern | null>();

function pattern(source: string): ScenarioPattern | null {
  let compiled = patterns.get(source);
  if (compiled === undefined) {
    const result = compileScenarioPattern(source, true);
    compiled = isPatternError(result) ? null : result;
    patterns.set(source, compiled);
  }
  return compiled;
}

function text(value: unknown): string | null {
  return value === null || value === undefined || value === '' ? null : String(value).toLowerCase();
}

/** Whether one property value meets one condition. Text compares without case; null means "not set". */
export function meets(value: unknown, condition: WhereCondition): boolean {
  if (condition === null || typeof condition !== 'object') return sameValue(value === '' ? null : value, condition, true);
  if ('equals' in condition) return sameValue(value === '' ? null : value, condition.equals, true);
  if ('not' in condition) return !sameValue(value === '' ? null : value, condition.not, true);
  if ('in' in condition) return condition.in.some((candidate) => sameValue(value === '' ? null : value, candidate, true));
  if ('notIn' in condition) return !condition.notIn.some((candidate) => sameValue(value === '' ? null : value, candidate, true));
  const actual = text(value);
  if (actual === null) return false;
  if ('startsWith' in condition) return actual.startsWith(condition.startsWith.toLowerCase());
  if ('endsWith' in condition) return actual.endsWith(condition.endsWith.toLowerCase());
  if ('contains' in condition) return actual.includes(condition.contains.toLowerCase());
  return pattern(condition.matches)?.test(String(value)) ?? false;
}

export function matchesWhere(entity: object, where: Where): boolean {
  for (const key in where) {
    if (!meets((entity as Record<string, unknown>)[key] ?? null, where[key]!)) return false;
  }
  return true;
}

function describeCondition(key: string, condition: WhereCondition): string {
  if (condition === null || typeof condition !== 'object') return condition === null ? `no ${key}` : `${key} ${showValue(condition as Scalar)}`;
  if ('equals' in condition) return condition.equals === null ? `no ${key}` : `${key} ${showValue(condition.equals)}`;
  if ('not' in condition) return condition.not === null ? `a ${key}` : `${key} other than ${showValue(condition.not)}`;
  if ('in' in condition) return `${key} one of ${condition.in.map(showValue).join(', ')}`;
  if ('notIn' in condition) return `${key} none of ${condition.notIn.map(showValue).join(', ')}`;
  if ('startsWith' in condition) return `${key} starting with ${showValue(condition.startsWith)}`;
  if ('endsWith' in condition) return `${key} ending with ${showValue(condition.endsWith)}`;
  if ('contains' in condition) return `${key} containing ${showValue(condition.contains)}`;
  return `${key} matching ${condition.matches}`;
}

/** " with department 'Marketing' and usageLocation other than 'US'", or "" when unfiltered. */
export function whereText(where: Where | undefined, label: (property: string) => string = (property) => property): string {
  const entries = Object.entries(where ?? {});
  return entries.length ? ` with ${entries.map(([key, condition]) => describeCondition(label(key), condition)).join(' and ')}` : '';
}

/** A stable key for caching per filter. */
export function whereKey(where: Where): string {
  return JSON.stringify(Object.entries(where).sort(([a], [b]) => (a < b ? -1 : 1)));
}
