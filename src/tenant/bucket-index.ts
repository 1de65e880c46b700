import { BUCKET_COUNT, forgetOnWrite, type Bucket, type Collection } from './collection';

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

type Entity = { readonly id: string };

/** What one slot's change did: entities that left it (removed or replaced) and entered it (added or replacements). */
interface SlotChange {
  /** The older bucket's stamp (see stampOf); not the bucket itself, which would keep every older version alive. */
  readonly from: number;
  readonly left: readonly Entity[];
  readonly entered: readonly Entity[];
}

/**
 * Slot changes by the newer bucket. Every index over a collection moves between the same bucket
 * versions (the users collection has several: by UPN, by mail nickname, by address...), so the
 * comparison of two versions of a bucket is done once and shared.
 */
const changesByBucket = new WeakMap<object, SlotChange>();
/** A bucket's entities in its own order, listed once per bucket object (a bucket is never changed once committed). */
const bucketValues = new WeakMap<object, readonly Entity[]>();
const stamps = new WeakMap<object, number>();
let lastStamp = 0;
// A bucket written in place (by a builder or a test's fixture) starts afresh: new stamp, no list, no change.
for (const cache of [changesByBucket, bucketValues, stamps]) forgetOnWrite(cache);

/** A number that names one bucket object (0 for an empty slot). */
function stampOf(bucket: Bucket<Entity> | null): number {
  if (!bucket) return 0;
  let stamp = stamps.get(bucket);
  if (stamp === undefined) {
    stamp = ++lastStamp;
    stamps.set(bucket, stamp);
  }
  return stamp;
}

function valuesOf(bucket: Bucket<Entity>): readonly Entity[] {
  let values = bucketValues.get(bucket);
  if (!values) {
    values = Object.values(bucket);
    bucketValues.set(bucket, values);
  }
  return values;
}

/**
 * The entities that differ between two versions of a slot, found without looking ids up when it
 * can be. Ids are never integer-like, so a bucket lists its entities in the order their ids were
 * added; Immer's copy keeps that order, an edit keeps the entity's place and a new id comes last.
 * So when every place the older bucket has holds the same entity or one with the same id in the
 * newer bucket, those are the replaced ones and anything after them was added. Otherwise (an id
 * was removed) each id is looked up. On a 50,000-user tenant a bucket holds about 200 users in
 * V8's dictionary mode, where looking them up one by one is the expensive part.
 */
function slotChange(previous: Bucket<Entity> | null, next: Bucket<Entity> | null): SlotChange {
  const from = stampOf(previous);
  if (next) {
    const known = changesByBucket.get(next);
    if (known && known.from === from) return known;
  }
  const change = { from, ...(previous && next ? alignedChange(valuesOf(previous), valuesOf(next)) : undefined) ?? changeById(previous, next) };
  if (next) changesByBucket.set(next, change);
  return change;
}

function alignedChange(before: readonly Entity[], after: readonly Entity[]): Omit<SlotChange, 'from'> | undefined {
  if (after.length < before.length) return undefined;
  const left: Entity[] = [];
  const entered: Entity[] = [];
  for (let i = 0; i < before.length; i++) {
    if (after[i] === before[i]) continue;
    if (after[i]!.id !== before[i]!.id) return undefined;
    left.push(before[i]!);
    entered.push(after[i]!);
  }
  for (let i = before.length; i < after.length; i++) entered.push(after[i]!);
  return { left, entered };
}

function changeById(previous: Bucket<Entity> | null, next: Bucket<Entity> | null): Omit<SlotChange, 'from'> {
  const left: Entity[] = [];
  const entered: Entity[] = [];
  if (next) {
    for (const id in next) {
      const before = previous?.[id];
      const after = next[id]!;
      if (before === after) continue;
      if (before !== undefined) left.push(before);
      entered.push(after);
    }
  }
  if (previous) for (const id in previous) if (next?.[id] === undefined) left.push(previous[id]!);
  return { left, entered };
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
