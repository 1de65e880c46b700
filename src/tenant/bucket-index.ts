import { BUCKET_COUNT, type Bucket, type Collection } from './collection';

/**
 * A secondary index over one collection (users by UPN, by mail nickname...) kept outside the
 * state. It follows whichever version of the collection it is asked about by diffing bucket
 * slots: a committed bucket is never written again (Immer replaces it on change), so a slot
 * whose bucket is the same object has not changed, and within a changed slot only entities that
 * are different objects are re-keyed. A lookup is then one Map probe.
 *
 * Use one index per collection (users and deleted users each get their own), and query it on
 * committed states (in `validate`), not on Immer drafts, which are still changing.
 */
export interface BucketIndex<T extends { readonly id: string }> {
  /** Every entity whose keys include `key`. */
  find(collection: Collection<T>, key: string): readonly T[];
  first(collection: Collection<T>, key: string): T | undefined;
}

export function createBucketIndex<T extends { readonly id: string }>(keysOf: (entity: T) => readonly string[]): BucketIndex<T> {
  let indexed: Collection<T>['buckets'] | null = null;
  const slots: (Bucket<T> | null)[] = new Array<Bucket<T> | null>(BUCKET_COUNT).fill(null);
  const byKey = new Map<string, T[]>();

  const add = (entity: T) => {
    for (const key of keysOf(entity)) {
      const list = byKey.get(key);
      if (list) list.push(entity);
      else byKey.set(key, [entity]);
    }
  };
  const remove = (entity: T) => {
    for (const key of keysOf(entity)) {
      const list = byKey.get(key);
      if (!list) continue;
      const rest = list.filter((candidate) => candidate !== entity);
      if (rest.length > 0) byKey.set(key, rest);
      else byKey.delete(key);
    }
  };
  const sync = (collection: Collection<T>) => {
    if (indexed === collection.buckets) return;
    for (let slot = 0; slot < BUCKET_COUNT; slot++) {
      const next = collection.buckets[slot] ?? null;
      const previous = slots[slot]!;
      if (next === previous) continue;
      if (previous) for (const id in previous) if (previous[id] !== next?.[id]) remove(previous[id]!);
      if (next) for (const id in next) if (next[id] !== previous?.[id]) add(next[id]!);
      slots[slot] = next;
    }
    indexed = collection.buckets;
  };

  return {
    find(collection, key) {
      sync(collection);
      return byKey.get(key) ?? [];
    },
    first(collection, key) {
      sync(collection);
      return byKey.get(key)?.[0];
    },
  };
}
