import { RE2JS } from 're2js';
import type { Extent } from '../language/ast';
import { scriptError } from './errors';

/**
 * Regular expressions for -match, -replace, -split and Select-Object's cousins, on RE2's
 * linear-time engine: a learner's pattern can never hang the page, whatever it nests. RE2 has no
 * back-references or look-arounds; a pattern using them is refused as not valid.
 */
const cache = new Map<string, RE2JS>();
const CACHE_LIMIT = 200;

export function compileRegex(pattern: string, caseSensitive: boolean, extent: Extent | null): RE2JS {
  const key = `${caseSensitive ? 'c' : 'i'}:${pattern}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch {
    throw scriptError(`The regular expression pattern ${pattern} is not valid.`, 'InvalidRegularExpression', extent, 'InvalidOperation', pattern);
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

export interface RegexMatch {
  /** Group 0 is the whole match; unmatched groups are null. */
  readonly groups: readonly (string | null)[];
  readonly named: Readonly<Record<string, string | null>>;
}

export function firstMatch(regex: RE2JS, text: string): RegexMatch | null {
  const found = regex.exec(text) as (RegExpExecArray & { groups?: Record<string, string | undefined> }) | null;
  if (!found) return null;
  const groups = Array.from(found, (group: string | undefined) => group ?? null);
  const named: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(found.groups ?? {})) named[name] = value ?? null;
  return { groups, named };
}

/** .NET's substitutions in a -replace replacement: $0, $1…, ${name} and $$. */
export function replaceAll(regex: RE2JS, text: string, replacement: string): string {
  return regex.matcher(text).replaceAll((match: string, ...rest: unknown[]) => {
    const namedIndex = rest.length - 1;
    const named = (typeof rest[namedIndex] === 'object' && rest[namedIndex] !== null ? rest[namedIndex] : {}) as Record<string, string | undefined>;
    const groupCount = regex.groupCount();
    const groups = [match, ...rest.slice(0, groupCount).map((group) => (group as string | undefined) ?? '')];
    return replacement.replace(/\$(\$|\d+|\{(\w+)\}|&)/g, (whole, token: string, name: string | undefined) => {
      if (token === '$') return '$';
      if (token === '&') return match;
      if (name !== undefined) return /^\d+$/.test(name) ? (groups[Number(name)] ?? whole) : (named[name] ?? whole);
      const index = Number(token);
      return index < groups.length ? groups[index]! : whole;
    });
  });
}

export function splitByRegex(regex: RE2JS, text: string): string[] {
  return regex.split(text, -1);
}
