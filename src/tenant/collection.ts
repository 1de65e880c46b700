/**
 * An id-keyed collection split into 256 buckets by a hash of the id.
 *
 * Immer copies an object when one of its entries changes. A flat map of 50,000 users would be
 * copied whole on every edit; with buckets only the bucket array (256 slots) and one bucket
 * (about 200 entries on a 50,000-user tenant) are copied. The buckets are an array rather than
 * an object so that copying and walking them stays cheap.
 */
export interface Collection<T extends { readonly id: string }> {
  readonly size: number;
  /** 256 slots; a slot is null until an entity hashes to it. */
  readonly buckets: readonly (Bucket<T> | null)[];
}

export type Bucket<T> = { readonly [id: string]: T };

export const BUCKET_COUNT = 256;

export function emptyCollection<T extends { readonly id: string }>(): Collection<T> {
  return { size: 0, buckets: new Array<Bucket<T> | null>(BUCKET_COUNT).fill(null) };
}

/** FNV-1a over the id's characters, folded to a slot: stable across runs and engines. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 24) ^ (hash >>> 16) ^ (hash >>> 8) ^ hash) & 0xff;
}

export function getById<T extends { readonly id: string }>(collection: Collection<T>, id: string): T | undefined {
  return collection.buckets[bucketOf(id)]?.[id];
}

export function hasId<T extends { readonly id: string }>(collection: Collection<T>, id: string): boolean {
  return getById(collection, id) !== undefined;
}

/**
 * Caches kept per bucket object elsewhere (the bucket indexes share what they learn about a
 * bucket) hold only while a bucket is not written once read. Immer never writes a committed
 * bucket, but builders and test fixtures write collections in place, through the two functions
 * below, which make those caches forget the bucket.
 */
const bucketCaches: WeakMap<object, unknown>[] = [];

export function forgetOnWrite(cache: WeakMap<object, unknown>): void {
  bucketCaches.push(cache);
}

function written(bucket: object): void {
  for (const cache of bucketCaches) cache.delete(bucket);
}

type Mutable<T extends { readonly id: string }> = {
  size: number;
  buckets: ({ [id: string]: T } | null)[];
};

/** Inserts or replaces an entity; meant for Immer drafts and for builders of fresh states. */
export function putEntity<T extends { readonly id: string }>(collection: Collection<T>, entity: T): void {
  const target = collection as Mutable<T>;
  const slot = bucketOf(entity.id);
  let bucket = target.buckets[slot];
  if (!bucket) {
    bucket = {};
    target.buckets[slot] = bucket;
  }
  if (!(entity.id in bucket)) target.size += 1;
  bucket[entity.id] = entity;
  written(bucket);
}

/** Removes an entity if present; returns whether it was there. */
export function removeEntity<T extends { readonly id: string }>(collection: Collection<T>, id: string): boolean {
  const target = collection as Mutable<T>;
  const bucket = target.buckets[bucketOf(id)];
  if (!bucket || !(id in bucket)) return false;
  delete bucket[id];
  target.size -= 1;
  written(bucket);
  return true;
}

export function* entities<T extends { readonly id: string }>(collection: Collection<T>): IterableIterator<T> {
  for (const bucket of collection.buckets) {
    if (bucket) for (const id in bucket) yield bucket[id]!;
  }
}

export function toArray<T extends { readonly id: string }>(collection: Collection<T>): T[] {
  const result: T[] = [];
  for (const bucket of collection.buckets) {
    if (bucket) for (const id in bucket) result.push(bucket[id]!);
  }
  return result;
}

export function findEntity<T extends { readonly id: string }>(
  collection: Collection<T>,
  predicate: (entity: T) => boolean,
): T | undefined {
  for (const bucket of collection.buckets) {
    if (!bucket) continue;
    for (const id in bucket) if (predicate(bucket[id]!)) return bucket[id];
  }
  return undefined;
}

export function collectionOf<T extends { readonly id: string }>(items: Iterable<T>): Collection<T> {
  const collection = emptyCollection<T>();
  for (const item of items) putEntity(collection, item);
  return collection;
}
