import { describe, expect, it } from 'vitest';
import { interpolate, interpolateDeep, type Problem } from '../../src/scenario/template';
import { drawVariables, variantCount } from '../../src/scenario/variables';

const definitions = {
  hire: { pick: [{ alias: 'KaiC', name: 'Kai Carter' }, { alias: 'LenaM', name: 'Lena Meyer' }, { alias: 'OmarS', name: 'Omar Saleh' }] },
  seats: { integer: { min: 2, max: 5 } },
  team: { sample: { count: 2, from: ['Ana', 'Ben', 'Cai', 'Dev'] } },
};

describe('variables', () => {
  it('draws the same values from the same seed, and different values across seeds', () => {
    expect(drawVariables('demo', definitions, { seed: 7 })).toEqual(drawVariables('demo', definitions, { seed: 7 }));
    const aliases = new Set(Array.from({ length: 40 }, (_, seed) => (drawVariables('demo', definitions, { seed }).hire as { alias: string }).alias));
    expect(aliases).toEqual(new Set(['KaiC', 'LenaM', 'OmarS']));
  });

  it('draws each variable from its own stream, so adding one changes no other', () => {
    const before = drawVariables('demo', { hire: definitions.hire }, { seed: 11 });
    const after = drawVariables('demo', definitions, { seed: 11 });
    expect(after.hire).toEqual(before.hire);
  });

  it('samples distinct values and keeps integers in range', () => {
    for (let seed = 0; seed < 50; seed++) {
      const values = drawVariables('demo', definitions, { seed });
      const team = values.team as string[];
      expect(new Set(team).size).toBe(2);
      expect(values.seats).toBeGreaterThanOrEqual(2);
      expect(values.seats).toBeLessThanOrEqual(5);
    }
  });

  it('walks variants that use every pool value at least once', () => {
    const count = variantCount(definitions);
    expect(count).toBe(4);
    const variants = Array.from({ length: count }, (_, variant) => drawVariables('demo', definitions, { variant }));
    expect(new Set(variants.map((values) => (values.hire as { alias: string }).alias)).size).toBe(3);
    expect(new Set(variants.flatMap((values) => values.team as string[]))).toEqual(new Set(['Ana', 'Ben', 'Cai', 'Dev']));
    expect(new Set(variants.map((values) => values.seats))).toEqual(new Set([2, 3, 4, 5]));
  });
});

describe('placeholders', () => {
  const values = { hire: { alias: 'KaiC', name: 'Kai Carter' }, seats: 3, team: ['Ana', 'Ben'] };

  it('fill fields, list items and whole values', () => {
    expect(interpolate('{{ hire.alias }}@contoso.com owns {{team.1}}', values)).toBe('KaiC@contoso.com owns Ben');
    expect(interpolate('{{seats}}', values)).toBe(3);
    expect(interpolate('{{seats}} seats', values)).toBe('3 seats');
  });

  it('explain names that do not resolve', () => {
    expect(interpolate('{{hier.alias}}', values)).toEqual({ error: 'unknown variable \'hier\' in {{hier.alias}}; declared: hire, seats, team' });
    expect(interpolate('{{hire}}', values)).toEqual({ error: '{{hire}} is a record; name one of its fields' });
    expect(interpolate('{{team}}', values)).toEqual({ error: '{{team}} is a list; name one of its items, e.g. {{team.0}}' });
    expect(interpolate('{{hire.email}}', values)).toEqual({ error: "{{hire.email}} names nothing: 'email' is not in hire" });
    expect(interpolate('{{team.5}}', values)).toEqual({ error: "{{team.5}} names nothing: '5' is not in team" });
    expect(interpolate('{{seats + 1}}', values)).toEqual({ error: '{{seats + 1}} is not a variable name; placeholders hold names only, like {{alias}} or {{hire.alias}}' });
    expect(interpolate('Hello {{hire.name}', values)).toEqual({ error: 'a {{ or }} is unmatched; placeholders look like {{name}}' });
  });

  it('report each bad placeholder in a structure at its path, and keep numbers only where allowed', () => {
    const problems: Problem[] = [];
    const result = interpolateDeep({ text: '{{seats}}', count: '{{seats}}', list: ['{{nope}}'] }, values, ['root'], problems, (path) => path[1] === 'count');
    expect(result).toEqual({ text: '3', count: 3, list: ['{{nope}}'] });
    expect(problems).toEqual([{ path: ['root', 'list', 0], message: "unknown variable 'nope' in {{nope}}; declared: hire, seats, team" }]);
  });
});
