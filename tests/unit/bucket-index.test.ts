import { Immer, produce } from 'immer';
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

  it('finds what was replaced and added in place, and what moved when an id was removed and put back', () => {
    const index = createBucketIndex<Item>((item) => [item.name]);
    const v1: Collection<Item> = collectionOf(items);
    index.find(v1, 'name-7');
    const v2 = produce(v1, (draft) => {
      for (let i = 0; i < 2_000; i += 3) putEntity(draft, { id: `id-${i}`, name: `edited-${i % 7}` });
      for (let i = 0; i < 50; i++) putEntity(draft, { id: `extra-${i}`, name: 'name-7' });
    });
    // name-7 was held by ids 7, 507, 1007 and 1507; 507 was edited.
    expect(index.find(v2, 'name-7').map((item) => item.id).sort()).toEqual([...Array.from({ length: 50 }, (_, i) => `extra-${i}`), 'id-7', 'id-1007', 'id-1507'].sort());
    expect(index.find(v2, 'edited-0')).toHaveLength(96);
    const v3 = produce(v2, (draft) => {
      removeEntity(draft, 'id-1007');
      putEntity(draft, { id: 'id-1007', name: 'back' });
    });
    expect(index.find(v3, 'name-7')).toHaveLength(52);
    expect(index.first(v3, 'back')?.id).toBe('id-1007');
  });

  it('sees an entity written in place into a collection another index has already read, as a test fixture is adjusted', () => {
    const first = createBucketIndex<Item>((item) => [item.name]);
    const second = createBucketIndex<Item>((item) => [item.name]);
    const v1: Collection<Item> = collectionOf(items);
    first.find(v1, 'name-7');
    second.find(v1, 'name-7');
    // Not frozen, as the tenant's own Immer leaves them, so it can be adjusted afterwards.
    const v2 = new Immer({ autoFreeze: false }).produce(v1, (draft) => {
      putEntity(draft, { id: 'id-7', name: 'renamed' });
    });
    expect(first.first(v2, 'renamed')?.id).toBe('id-7');
    putEntity(v2, { id: 'id-7', name: 'adjusted' });
    expect(second.first(v2, 'adjusted')?.id).toBe('id-7');
    expect(second.first(v2, 'renamed')).toBeUndefined();
  });

  it('stays right when indexes of one collection follow it through different versions', () => {
    const everyVersion = createBucketIndex<Item>((item) => [item.name]);
    const firstAndLast = createBucketIndex<Item>((item) => [item.name]);
    const v1: Collection<Item> = collectionOf(items);
    const v2 = produce(v1, (draft) => {
      putEntity(draft, { id: 'id-7', name: 'renamed' });
    });
    const v3 = produce(v2, (draft) => {
      removeEntity(draft, 'id-1007');
      removeEntity(draft, 'id-7');
      putEntity(draft, { id: 'id-8', name: 'name-7' });
    });
    for (const version of [v1, v2, v3]) everyVersion.find(version, 'name-7');
    firstAndLast.find(v1, 'name-7');
    for (const index of [everyVersion, firstAndLast]) {
      expect(index.find(v3, 'name-7').map((item) => item.id).sort()).toEqual(['id-1507', 'id-507', 'id-8']);
      expect(index.find(v3, 'name-8').map((item) => item.id).sort()).toEqual(['id-1008', 'id-1508', 'id-508']);
      expect(index.first(v3, 'renamed')).toBeUndefined();
    }
  });
});
