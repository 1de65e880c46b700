import { BUCKET_COUNT, type Collection } from '../../tenant/collection';

/**
 * The entities that differ between two versions of a collection, as [before, after] pairs (one
 * side undefined when added or removed). A final state is the start plus commands, and Immer
 * shares every bucket a command did not touch, so equal buckets are skipped by identity and a
 * 50,000-user tenant costs 256 comparisons plus the buckets the learner changed. Without shared
 * buckets the answer is the same, only slower.
 */
export function* changedEntities<T extends { readonly id: string }>(
  before: Collection<T>,
  after: Collection<T>,
): Generator<readonly [T | undefined, T | undefined]> {
  if (before.buckets === after.buckets) return;
  for (let slot = 0; slot < BUCKET_COUNT; slot++) {
    const old = before.buckets[slot] ?? null;
    const now = after.buckets[slot] ?? null;
    if (old === now) continue;
    if (old) for (const id in old) if (old[id] !== now?.[id]) yield [old[id], now?.[id]];
    if (now) for (const id in now) if (!old || !(id in old)) yield [undefined, now[id]];
  }
}
