import { current, isDraft, type Draft } from 'immer';
import { bucketOf, getById, type Bucket, type Collection } from '../../../collection';

/**
 * Writes many entities into a draft collection a bucket at a time. Putting 50,000 users one by
 * one through Immer's proxies costs seconds; a cycle instead gathers its writes here and, at the
 * end, replaces each touched bucket with one new bucket of frozen entities, which Immer takes as they are.
 */
export class BulkWriter<T extends { readonly id: string }> {
  private readonly pending = new Map<number, Record<string, T>>();

  /** `base` is the same collection as the cycle's snapshot holds it: reads never touch the draft's proxies. */
  constructor(
    private readonly collection: Draft<Collection<T>>,
    private readonly base: Collection<T>,
  ) {}

  put(entity: T): void {
    const slot = bucketOf(entity.id);
    let bucket = this.pending.get(slot);
    if (!bucket) {
      bucket = {};
      this.pending.set(slot, bucket);
    }
    bucket[entity.id] = Object.isFrozen(entity) ? entity : Object.freeze(entity);
  }

  /** The entity as this cycle last wrote it, else as the collection holds it. */
  get(id: string): T | undefined {
    return this.pending.get(bucketOf(id))?.[id] ?? getById(this.base, id);
  }

  flush(): void {
    const target = this.collection as unknown as { size: number; buckets: (Bucket<T> | null)[] };
    for (const [slot, writes] of this.pending) {
      const existing = target.buckets[slot];
      const plain = (existing ? (isDraft(existing) ? current(existing as object) : existing) : {}) as Bucket<T>;
      let added = 0;
      for (const id in writes) if (!(id in plain)) added += 1;
      // The bucket stays unfrozen: later steps of the cycle (deletions) may still remove from it.
      target.buckets[slot] = { ...plain, ...writes };
      target.size += added;
    }
    // The writes stay readable here: the cycle reads its own links after flushing them.
  }
}
