import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createBucketIndex } from '../../src/tenant/bucket-index';
import { collectionOf, putEntity, removeEntity, type Collection } from '../../src/tenant';

interface Item {
  readonly id: string;
  readonly name: string;
}

const items = Array.from({ length: 2_000 }, (_, i) => ({ id: `id-${i}`, name: `name-${i % 500}` }));

describe('bucket index', () => {
  it('finds every entity with a key', () => {
    const index = createBucketIndex<Item>((item) => [item.name]);
    const collection = collectionOf(items);
    expect(index.find(collection, 'name-7').map((item) => item.id).sort()).toEqual(['id-1007', 'id-1507', 'id-507', 'id-7']);
    expect(index.first(collection, 'nobody')).toBeUndefined();
  });

  it('follows new versions of the collection, forwards and back', () => {
    const index = createBucketIndex<Item>((item) => [item.name]);
    const v1: Collection<Item> = collectionOf(items);
    const v2 = produce(v1, (draft) => {
      putEntity(draft, { id: 'id-7', name: 'renamed' });
      removeEntity(draft, 'id-507');
      putEntity(draft, { id: 'new', name: 'name-7' });
    });
    expect(index.find(v2, 'name-7').map((item) => item.id).sort()).toEqual(['id-1007', 'id-1507', 'new']);
    expect(index.first(v2, 'renamed')?.id).toBe('id-7');
    expect(index.find(v1, 'name-7')).toHaveLength(4);
    expect(index.first(v1, 'renamed')).toBeUndefined();
  });
});
