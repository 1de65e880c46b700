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

/** Two hex digits per byte value, and one per nibble: a GUID is put together from these without slicing strings. */
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const NIBBLE_HEX = Array.from({ length: 16 }, (_, nibble) => nibble.toString(16));

function hex8(value: number): string {
  return BYTE_HEX[value >>> 24]! + BYTE_HEX[(value >>> 16) & 0xff]! + BYTE_HEX[(value >>> 8) & 0xff]! + BYTE_HEX[value & 0xff]!;
}

/**
 * The GUID (version 4 layout) minted for a given seed and counter: four mixed words w0..w3 printed
 * as w0 - high half of w1 - '4' and the low 12 bits of w1 - the variant (8 to b, from the top bits
 * of w2) and the next 12 bits of w2 - the low half of w2 and w3.
 */
export function guidFor(seed: number, counter: number): string {
  const base = fmix32(seed ^ Math.imul(counter + 1, 0x9e3779b1));
  const w0 = fmix32(base ^ 0x243f6a88);
  const w1 = fmix32(base ^ 0x85a308d3);
  const w2 = fmix32(base ^ 0x13198a2e);
  const w3 = fmix32(base ^ fmix32(counter ^ 0x03707344));
  const timeMid = BYTE_HEX[w1 >>> 24]! + BYTE_HEX[(w1 >>> 16) & 0xff]!;
  const version = '4' + NIBBLE_HEX[(w1 >>> 8) & 0xf]! + BYTE_HEX[w1 & 0xff]!;
  const variant = NIBBLE_HEX[((w2 >>> 28) & 0x3) | 0x8]! + NIBBLE_HEX[(w2 >>> 24) & 0xf]! + BYTE_HEX[(w2 >>> 16) & 0xff]!;
  const node = BYTE_HEX[(w2 >>> 8) & 0xff]! + BYTE_HEX[w2 & 0xff]! + hex8(w3);
  return `${hex8(w0)}-${timeMid}-${version}-${variant}-${node}`;
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
