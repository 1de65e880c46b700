import type { Tenant } from '../tenant/model';

const digests = new WeakMap<Tenant, string>();

/**
 * A fingerprint of a starting tenant, stored with each snapshot so that a snapshot taken over a
 * different start (a scenario file that changed, another fixture) is never used to resume. Two
 * FNV-1a passes with different offsets over the state's JSON give 64 bits; start states are
 * immutable, so each is hashed once.
 */
export function fixtureDigest(fixture: Tenant): string {
  const known = digests.get(fixture);
  if (known) return known;
  const text = JSON.stringify(fixture);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  const digest = (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  digests.set(fixture, digest);
  return digest;
}
