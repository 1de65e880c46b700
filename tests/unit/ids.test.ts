import { describe, expect, it } from 'vitest';
import { guidFor, mintId } from '../../src/tenant';

describe('deterministic ids', () => {
  it('mint the same GUIDs for a seed and counter as every earlier version, so saved attempts replay to the same ids', () => {
    // Printed by the first implementation; any change here breaks every stored attempt.
    expect(guidFor(0, 0)).toBe('166f2d05-318c-4baf-8dbb-b99a6d13cf4f');
    expect(guidFor(0x5bd1e995 ^ 42, 7)).toBe('cdad8f3b-b520-4027-bcd8-ff2dbdd91a92');
    expect(guidFor(-1, 4294967295)).toBe('acf9eb6a-fd1c-47ea-9716-acc5e6d1ecd4');
    expect(guidFor(2026, 123456)).toBe('0eeff271-447f-4942-807e-13422743e15e');
  });

  it('are version 4 GUIDs with the RFC variant, one per counter value', () => {
    const generator = { seed: 99, counter: 0 };
    const ids = Array.from({ length: 2_000 }, () => mintId(generator));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(generator.counter).toBe(2_000);
  });
});
