import type { PSValue } from './values';

interface Variable {
  readonly name: string;
  value: PSValue;
}

/** Variables PowerShell keeps itself; a script cannot assign them. */
const CONSTANTS: Readonly<Record<string, PSValue>> = { true: true, false: false, null: null };

/**
 * A variable scope. Reads look outward through the parents; an assignment writes the current
 * scope only, as in PowerShell, so a function's `$x = 1` leaves the caller's `$x` alone. Script
 * blocks run by ForEach-Object and Where-Object get no scope of their own (they are dot-sourced),
 * which is why `ForEach-Object { $count++ }` counts.
 */
export class Scope {
  private readonly variables = new Map<string, Variable>();

  constructor(readonly parent: Scope | null = null) {}

  lookup(name: string): Variable | undefined {
    return this.variables.get(name.toLowerCase()) ?? this.parent?.lookup(name);
  }

  get(name: string): PSValue | undefined {
    const lower = name.toLowerCase();
    if (lower in CONSTANTS) return CONSTANTS[lower]!;
    return this.lookup(name)?.value;
  }

  /** The variable's record in this scope, made if missing: for assigning $_ many times without looking it up. */
  slot(name: string): Variable {
    const lower = name.toLowerCase();
    let variable = this.variables.get(lower);
    if (!variable) {
      variable = { name, value: null };
      this.variables.set(lower, variable);
    }
    return variable;
  }

  /** Assigns the variable in this scope; false for a constant such as $true. */
  set(name: string, value: PSValue): boolean {
    const lower = name.toLowerCase();
    if (lower in CONSTANTS) return false;
    const existing = this.variables.get(lower);
    if (existing) existing.value = value;
    else this.variables.set(lower, { name, value });
    return true;
  }

  remove(name: string): void {
    this.variables.delete(name.toLowerCase());
  }

  names(): string[] {
    const outer = this.parent?.names() ?? [];
    const own = [...this.variables.values()].map((variable) => variable.name);
    return [...own, ...outer.filter((name) => !this.variables.has(name.toLowerCase()))];
  }
}
