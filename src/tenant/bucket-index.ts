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

/** What one slot's change did: entities that left it (removed or replaced) and entered it (added or replacements). */
interface SlotChange {
  /** The older bucket's stamp (see stampOf); not the bucket itself, which would keep every older version alive. */
  readonly from: number;
  readonly left: readonly unknown[];
  readonly entered: readonly unknown[];
}

/**
 * Slot changes by the newer bucket. Every index over a collection moves between the same bucket
 * versions (the users collection has several: by UPN, by mail nickname, by address...), so the
 * walk of a changed bucket is done once and shared. On a 50,000-user tenant a bucket holds about
 * 200 users in V8's dictionary mode, where walking the keys is the expensive part.
 */
const changesByBucket = new WeakMap<object, SlotChange>();
/** How many entities a bucket holds, counted the first time it is walked. */
const bucketSizes = new WeakMap<object, number>();
const stamps = new WeakMap<object, number>();
let lastStamp = 0;

/** A number that names one bucket object (0 for an empty slot). */
function stampOf(bucket: Bucket<unknown> | null): number {
  if (!bucket) return 0;
  let stamp = stamps.get(bucket);
  if (stamp === undefined) {
    stamp = ++lastStamp;
    stamps.set(bucket, stamp);
  }
  return stamp;
}

function sizeOf(bucket: Bucket<unknown>): number {
  let size = bucketSizes.get(bucket);
  if (size === undefined) {
    size = Object.keys(bucket).length;
    bucketSizes.set(bucket, size);
  }
  return size;
}

/**
 * The entities that differ between two versions of a slot. One walk of the newer bucket finds the
 * added and replaced ones; the older bucket is walked only when fewer of its ids were seen than
 * it holds, that is when something was removed.
 */
function slotChange(previous: Bucket<unknown> | null, next: Bucket<unknown> | null): SlotChange {
  const from = stampOf(previous);
  if (next) {
    const known = changesByBucket.get(next);
    if (known && known.from === from) return known;
  }
  const left: unknown[] = [];
  const entered: unknown[] = [];
  let size = 0;
  let kept = 0;
  if (next) {
    for (const id in next) {
      size += 1;
      const before = previous?.[id];
      const after = next[id];
      if (before !== undefined) kept += 1;
      if (before === after) continue;
      if (before !== undefined) left.push(before);
      entered.push(after);
    }
    bucketSizes.set(next, size);
  }
  if (previous && kept < sizeOf(previous)) {
    for (const id in previous) if (next?.[id] === undefined) left.push(previous[id]);
  }
  const change = { from, left, entered };
  if (next) changesByBucket.set(next, change);
  return change;
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
      const change = slotChange(previous, next);
      for (const entity of change.left) remove(entity as T);
      for (const entity of change.entered) add(entity as T);
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
