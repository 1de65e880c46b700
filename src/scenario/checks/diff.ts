import { BUCKET_COUNT, type Bucket, type Collection } from '../../tenant/collection';

type Change<T> = readonly [T | undefined, T | undefined];

/**
 * The changes between two versions of one bucket, kept per pair of bucket objects. While a
 * learner works, each new state differs from the last in a bucket or two; every other changed
 * bucket is the same pair of objects as before, so its changes are not worked out again.
 */
const bucketChanges = new WeakMap<object, WeakMap<object, readonly Change<{ readonly id: string }>[]>>();
const EMPTY: Bucket<never> = {};

function changesIn<T extends { readonly id: string }>(old: Bucket<T> | null, now: Bucket<T> | null): readonly Change<T>[] {
  const before = old ?? (EMPTY as Bucket<T>);
  const after = now ?? (EMPTY as Bucket<T>);
  let byAfter = bucketChanges.get(before);
  if (!byAfter) {
    byAfter = new WeakMap();
    bucketChanges.set(before, byAfter);
  }
  const known = byAfter.get(after) as readonly Change<T>[] | undefined;
  if (known) return known;
  const changes: Change<T>[] = [];
  for (const id of Object.keys(before)) {
    const entity = before[id]!;
    const next = after[id];
    if (entity !== next) changes.push([entity, next]);
  }
  for (const id of Object.keys(after)) if (before[id] === undefined) changes.push([undefined, after[id]]);
  byAfter.set(after, changes);
  return changes;
}

/**
 * The entities that differ between two versions of a collection, as [before, after] pairs (one
 * side undefined when added or removed). A final state is the start plus commands, and Immer
 * shares every bucket a command did not touch, so equal buckets are skipped by identity and a
 * 50,000-user tenant costs 256 comparisons plus the buckets the learner changed. Without shared
 * buckets the answer is the same, only slower.
 */
export function changedEntities<T extends { readonly id: string }>(before: Collection<T>, after: Collection<T>): readonly Change<T>[] {
  if (before.buckets === after.buckets) return [];
  const changes: Change<T>[] = [];
  for (let slot = 0; slot < BUCKET_COUNT; slot++) {
    const old = before.buckets[slot] ?? null;
    const now = after.buckets[slot] ?? null;
    if (old !== now) changes.push(...changesIn(old, now));
  }
  return changes;
}
