/**
 * Deterministic GUIDs. The generator's seed and counter live in the tenant state, so the same
 * command log always mints the same ids: the basis of replay, exported attempts and grading.
 */
export interface IdGenerator {
  readonly seed: number;
  readonly counter: number;
}

function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex8(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** The GUID (version 4 layout) minted for a given seed and counter. */
export function guidFor(seed: number, counter: number): string {
  const base = fmix32(seed ^ Math.imul(counter + 1, 0x9e3779b1));
  const w0 = fmix32(base ^ 0x243f6a88);
  const w1 = fmix32(base ^ 0x85a308d3);
  const w2 = fmix32(base ^ 0x13198a2e);
  const w3 = fmix32(base ^ fmix32(counter ^ 0x03707344));
  const a = hex8(w0);
  const b = hex8(w1);
  const c = hex8(w2);
  const d = hex8(w3);
  const version = '4' + b.slice(5, 8);
  const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16) + c.slice(1, 4);
  return `${a}-${b.slice(0, 4)}-${version}-${variant}-${c.slice(4, 8)}${d}`;
}

/** Mints the next id from a mutable generator (an Immer draft or a builder's own object). */
export function mintId(generator: { seed: number; counter: number }): string {
  const id = guidFor(generator.seed, generator.counter);
  generator.counter += 1;
  return id;
}

/** A seed from any string, for fixtures and scenario variables that are named, not numbered. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return fmix32(hash);
}
