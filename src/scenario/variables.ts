import { seedFrom } from '../tenant/ids';
import type { PoolValue, VariableDefinition } from './schema';

/** A drawn variable: a value from a pool, a list of them (sample), or a number. */
export type VariableValue = PoolValue | readonly PoolValue[];
export type Variables = Readonly<Record<string, VariableValue>>;

/**
 * How the values are chosen. An attempt draws them from its seed; validation walks `variant`s
 * instead, which between them use every value of every pool at least once.
 */
export type VariableChoice = { readonly seed: number } | { readonly variant: number };

/** mulberry32: a small, well-mixed generator; one stream per variable so adding one moves no other. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(definition: VariableDefinition, next: (() => number) | null, variant: number): VariableValue {
  const index = (length: number) => (next ? Math.floor(next() * length) : variant % length);
  if ('pick' in definition) return definition.pick[index(definition.pick.length)]!;
  if ('integer' in definition) {
    const { min, max } = definition.integer;
    return min + index(max - min + 1);
  }
  const { count, from } = definition.sample;
  if (!next) return Array.from({ length: count }, (_, offset) => from[(variant + offset) % from.length]!);
  // A partial Fisher–Yates shuffle: count distinct values in drawn order.
  const pool = [...from];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export function drawVariables(
  scenarioId: string,
  definitions: Readonly<Record<string, VariableDefinition>> | undefined,
  choice: VariableChoice,
): Variables {
  const values: Record<string, VariableValue> = {};
  for (const [name, definition] of Object.entries(definitions ?? {})) {
    const next = 'seed' in choice ? generator(seedFrom(`${scenarioId}/${name}/${choice.seed >>> 0}`)) : null;
    values[name] = draw(definition, next, 'variant' in choice ? choice.variant : 0);
  }
  return values;
}

/** Enough variants that every pool value is used at least once; integers are sampled, up to 16. */
export function variantCount(definitions: Readonly<Record<string, VariableDefinition>> | undefined): number {
  let count = 1;
  for (const definition of Object.values(definitions ?? {})) {
    if ('pick' in definition) count = Math.max(count, definition.pick.length);
    else if ('sample' in definition) count = Math.max(count, definition.sample.from.length);
    else count = Math.max(count, definition.integer.max - definition.integer.min + 1);
  }
  return Math.min(count, 16);
}
