import { forgetOnWrite, type Collection } from '../../tenant';

/**
 * A bucket's entities as an array, listed once per bucket object: a committed bucket never
 * changes (a command replaces it), so after an edit only the one changed bucket is listed again.
 * Listing every bucket of 50,000 users with for-in on each query cost more than the query.
 */
const bucketArrays = new WeakMap<object, readonly unknown[]>();
forgetOnWrite(bucketArrays);

export type Items<T> = readonly T[] | Collection<T & { readonly id: string }>;

function isCollection<T>(items: Items<T>): items is Collection<T & { readonly id: string }> {
  return !Array.isArray(items);
}

/** Calls `visit` for each item, in the collection's own order. */
export function forEachItem<T>(items: Items<T>, visit: (item: T) => void): void {
  if (!isCollection(items)) {
    const list = items as readonly T[];
    for (let i = 0; i < list.length; i++) visit(list[i]!);
    return;
  }
  for (const bucket of items.buckets) {
    if (!bucket) continue;
    let values = bucketArrays.get(bucket) as readonly T[] | undefined;
    if (!values) {
      values = Object.values(bucket);
      bucketArrays.set(bucket, values);
    }
    for (let i = 0; i < values.length; i++) visit(values[i]!);
  }
}
