import type { ScriptBlockNode } from '../language/ast';

/**
 * The values a script handles. Scalars are JavaScript's own; arrays are JavaScript arrays;
 * dictionaries, objects, script blocks, types and dates are the classes below.
 */
export type PSValue = null | boolean | number | string | PSValue[] | PSHashtable | PSObject | ScriptBlockValue | PSType | PSDateTime;

interface Entry {
  readonly key: string;
  value: PSValue;
}

/** A hashtable: keys compare without case, as in PowerShell; insertion order is kept for display. */
export class PSHashtable {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly ordered = false) {}

  static from(record: Readonly<Record<string, PSValue>>): PSHashtable {
    const table = new PSHashtable();
    for (const [key, value] of Object.entries(record)) table.set(key, value);
    return table;
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key.toLowerCase());
  }

  get(key: string): PSValue | undefined {
    return this.entries.get(key.toLowerCase())?.value;
  }

  set(key: string, value: PSValue): void {
    const lower = key.toLowerCase();
    const existing = this.entries.get(lower);
    if (existing) existing.value = value;
    else this.entries.set(lower, { key, value });
  }

  delete(key: string): void {
    this.entries.delete(key.toLowerCase());
  }

  keys(): string[] {
    return [...this.entries.values()].map((entry) => entry.key);
  }

  pairs(): [string, PSValue][] {
    return [...this.entries.values()].map((entry) => [entry.key, entry.value]);
  }

  copy(): PSHashtable {
    const table = new PSHashtable(this.ordered);
    for (const [key, value] of this.pairs()) table.set(key, value);
    return table;
  }
}

/**
 * An object with named properties, found without regard to case. `typeNames` lead with the most
 * specific type (`Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser`), which picks the view
 * the object is formatted with.
 */
export abstract class PSObject {
  abstract readonly typeNames: readonly string[];
  /** The property's value; undefined when the object has no such property. */
  abstract get(name: string): PSValue | undefined;
  abstract set(name: string, value: PSValue): boolean;
  abstract propertyNames(): readonly string[];

  get typeName(): string {
    return this.typeNames[0] ?? 'System.Management.Automation.PSCustomObject';
  }

  /** What the object reads as inside a string, when that is not its type name (an ErrorRecord reads as its message). */
  displayText(): string | null {
    return null;
  }
}

/** `[PSCustomObject]@{…}`, Select-Object's output and every object a script builds. */
export class PSCustomObject extends PSObject {
  readonly typeNames: readonly string[];
  private readonly properties = new Map<string, Entry>();

  constructor(typeNames: readonly string[] = ['System.Management.Automation.PSCustomObject']) {
    super();
    this.typeNames = typeNames;
  }

  static from(record: Readonly<Record<string, PSValue>>, typeNames?: readonly string[]): PSCustomObject {
    const object = new PSCustomObject(typeNames);
    for (const [name, value] of Object.entries(record)) object.add(name, value);
    return object;
  }

  add(name: string, value: PSValue): void {
    const lower = name.toLowerCase();
    const existing = this.properties.get(lower);
    if (existing) existing.value = value;
    else this.properties.set(lower, { key: name, value });
  }

  get(name: string): PSValue | undefined {
    return this.properties.get(name.toLowerCase())?.value;
  }

  set(name: string, value: PSValue): boolean {
    const entry = this.properties.get(name.toLowerCase());
    if (!entry) return false;
    entry.value = value;
    return true;
  }

  propertyNames(): readonly string[] {
    return [...this.properties.values()].map((entry) => entry.key);
  }
}

/** A `{ … }` script block: its tree, and the text it prints as. */
export class ScriptBlockValue {
  constructor(readonly node: ScriptBlockNode) {}

  toString(): string {
    return this.node.text;
  }
}

/** A type literal such as `[int]` or `[math]`, used for casts, -is and static members. */
export class PSType {
  constructor(readonly name: string) {}
}

/** A DateTime; the console reads the simulated clock, so dates are instants in UTC. */
export class PSDateTime {
  constructor(readonly epochMs: number) {}

  static parse(text: string): PSDateTime | null {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new PSDateTime(ms);
  }

  toIso(): string {
    return new Date(this.epochMs).toISOString();
  }
}

export function isArray(value: PSValue | undefined): value is PSValue[] {
  return Array.isArray(value);
}

/** What a pipeline receives from a value: arrays are unrolled, anything else is one item. */
export function enumerate(value: PSValue): PSValue[] {
  if (Array.isArray(value)) return value;
  return value === null ? [] : [value];
}

/** A pipeline's collected output as a single value: nothing is $null, one item is that item. */
export function collapse(items: readonly PSValue[]): PSValue {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0]!;
  return [...items];
}
