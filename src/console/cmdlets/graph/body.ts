import { toText } from '../../runtime/conversion';
import { PSDateTime, PSHashtable, PSObject, ScriptBlockValue, type PSValue } from '../../runtime/values';
import { GraphModelObject } from './models';

/**
 * A script's value as a request body, the way the SDK serialises it: a hashtable or object
 * becomes the typed model first, so `@{ UsageLocation = 'US' }` is sent as `usageLocation`;
 * keys that name no model property (`@odata.id`) pass as written; unset values are left out.
 */
export function toRequestJson(value: PSValue): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (value instanceof PSDateTime) return value.toIso();
  if (value instanceof ScriptBlockValue) return value.toString();
  if (Array.isArray(value)) return value.map(toRequestJson);
  if (value instanceof GraphModelObject) return { ...value.json };
  const entries = value instanceof PSHashtable ? value.pairs() : value instanceof PSObject ? value.propertyNames().map((name) => [name, value.get(name) ?? null] as [string, PSValue]) : [];
  const result: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    if (item === null && value instanceof PSObject) continue;
    result[key.startsWith('@') ? key : key.charAt(0).toLowerCase() + key.slice(1)] = toRequestJson(item);
  }
  return result;
}

/** A body property's value as text, for ids inside a URL. */
export function idOf(value: PSValue | undefined): string {
  return encodeURIComponent(toText(value ?? null));
}
