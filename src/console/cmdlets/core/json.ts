import { toText } from '../../runtime/conversion';
import { PSCustomObject, PSDateTime, PSHashtable, PSObject, ScriptBlockValue, type PSValue } from '../../runtime/values';
import type { CmdletDefinition } from '../types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A value as JSON, cut at `depth` levels the way ConvertTo-Json cuts (deeper objects become their text). */
export function toJson(value: PSValue, depth: number, truncated: { value: boolean }): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (value instanceof PSDateTime) return value.toIso();
  if (value instanceof ScriptBlockValue) return value.toString();
  if (Array.isArray(value)) {
    if (depth < 0) {
      truncated.value = true;
      return toText(value);
    }
    return value.map((item) => toJson(item, depth - 1, truncated));
  }
  if (value instanceof PSHashtable || value instanceof PSObject) {
    if (depth < 0) {
      truncated.value = true;
      return toText(value);
    }
    const result: { [key: string]: Json } = {};
    const entries = value instanceof PSHashtable ? value.pairs() : value.propertyNames().map((name) => [name, value.get(name) ?? null] as [string, PSValue]);
    for (const [key, item] of entries) result[key] = toJson(item, depth - 1, truncated);
    return result;
  }
  return toText(value);
}

/** JSON as PowerShell objects: objects become PSCustomObject (or hashtables with -AsHashtable). */
export function fromJson(json: unknown, asHashtable: boolean): PSValue {
  if (json === null || typeof json === 'boolean' || typeof json === 'number' || typeof json === 'string') return json;
  if (Array.isArray(json)) return json.map((item) => fromJson(item, asHashtable));
  const entries = Object.entries(json as Record<string, unknown>);
  if (asHashtable) {
    const table = new PSHashtable(true);
    for (const [key, item] of entries) table.set(key, fromJson(item, true));
    return table;
  }
  const object = new PSCustomObject();
  for (const [key, item] of entries) object.add(key, fromJson(item, false));
  return object;
}

export const convertToJson: CmdletDefinition = {
  name: 'ConvertTo-Json',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.ConvertToJsonCommand',
  synopsis: 'Converts an object to a JSON-formatted string.',
  parameters: [
    { name: 'InputObject', type: 'object', position: 0, pipeline: true, description: 'Specifies the objects to convert to JSON format.' },
    { name: 'Depth', type: 'int', description: 'Specifies how many levels of contained objects are included in the JSON representation. The default value is 2.' },
    { name: 'Compress', type: 'switch', description: 'Omits white space and indented formatting in the output string.' },
  ],
  run(context) {
    const given = context.parameters.get('InputObject');
    const items = given !== undefined ? [given] : context.input;
    const value = items.length === 1 ? items[0]! : [...items];
    const truncated = { value: false };
    const json = toJson(value, context.parameters.int('Depth') ?? 2, truncated);
    if (truncated.value) context.writeWarning(`Resulting JSON is truncated as serialization has exceeded the set depth of ${context.parameters.int('Depth') ?? 2}.`);
    context.output(JSON.stringify(json, null, context.parameters.switch('Compress') ? undefined : 2));
  },
};

export const convertFromJson: CmdletDefinition = {
  name: 'ConvertFrom-Json',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
  synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.',
  parameters: [
    { name: 'InputObject', type: 'string', position: 0, pipeline: true, description: 'Specifies the JSON strings to convert to JSON objects.' },
    { name: 'AsHashtable', type: 'switch', description: 'Converts the JSON to a hash table object.' },
  ],
  run(context) {
    const text = context.parameters.string('InputObject') ?? context.input.map((item) => toText(item)).join('\n');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return context.fail({ message: `Conversion from JSON failed with error: ${(error as Error).message}`, category: 'NotSpecified', reason: 'ArgumentException', fullyQualifiedErrorId: 'System.ArgumentException' });
    }
    const value = fromJson(parsed, context.parameters.switch('AsHashtable'));
    if (Array.isArray(value)) for (const item of value) context.output(item);
    else context.output(value);
  },
};
