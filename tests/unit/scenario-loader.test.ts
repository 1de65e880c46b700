import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario, readScenario, type ScenarioProblem } from '../../src/scenario';

const corpus = join(__dirname, '../fixtures/scenarios-broken');
const expected = parse(readFileSync(join(corpus, 'expected.yaml'), 'utf8')) as Record<string, string[]>;
const files = readdirSync(corpus).filter((name) => name !== 'expected.yaml');

function shown(problem: ScenarioProblem): string {
  return `${problem.line}:${problem.column} ${problem.path}: ${problem.message}`;
}

describe('the loader on the corpus of broken scenarios', () => {
  it('has an expectation for every broken file, and a file for every expectation', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s is rejected with the problem at its line and column', (name) => {
    const result = loadScenario(readFileSync(join(corpus, name), 'utf8'), name);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(shown);
    for (const wanted of expected[name]!) {
      expect(problems.some((problem) => problem.startsWith(wanted)), `${wanted}\nnot in:\n${problems.join('\n')}`).toBe(true);
    }
    if (!result.ok) for (const problem of result.problems) expect(problem.file).toBe(name);
  });
});

describe('loader messages', () => {
  const valid = readFileSync(join(__dirname, '../../scenarios/users-and-groups/blocked-sign-in.yaml'), 'utf8');

  it('loads a valid file and keeps where each part of it is', () => {
    const result = loadScenario(valid, 'blocked.yaml');
    if (!result.ok) expect.fail(result.problems.map(shown).join('\n'));
    expect(result.loaded.scenario.id).toBe('blocked-sign-in');
    expect(result.loaded.locate(['checks', 1, 'property'])).toEqual({ line: 43, column: 15 });
  });

  it('reads the same scenario written as JSON, with positions in the JSON text', () => {
    const json = JSON.stringify(parse(valid), null, 2).replace('"equals": true', '"equals": "yes"').replace('"kind": "property"', '"kind": "propertie"');
    const result = loadScenario(json, 'blocked.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(shown)).toEqual([expect.stringMatching(/^\d+:\d+ checks\[0\]\.kind: kind must be one of exists, notExists/)]);
    const fixed = loadScenario(JSON.stringify(parse(valid)), 'blocked.json');
    expect(fixed.ok).toBe(true);
  });

  it('reads a file without running it, for the player, and still rejects a malformed one', () => {
    const read = readScenario(valid.replace('BrianJ@contoso.com', 'nobody@contoso.com'), 'x.yaml');
    expect(read.ok).toBe(true);
    expect(readScenario(valid.replace('kind: property', 'kind: propertie'), 'x.yaml').ok).toBe(false);
  });

  it('reports what was expected and what was found as separate fields', () => {
    const result = loadScenario(valid.replace('expectedMinutes: 5', 'expectedMinutes: soon'), 'x.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ path: 'expectedMinutes', expected: 'number', found: "'soon'", line: 9, column: 18 });
  });

  it('reports every unknown key with the keys allowed there', () => {
    const result = loadScenario(valid.replace('    kind: property\n    object: { user: BrianJ@contoso.com }\n    property: accountEnabled', '    kind: property\n    objct: { user: BrianJ@contoso.com }\n    property: accountEnabled'), 'x.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(shown)).toEqual([expect.stringMatching(/^34:5 checks\[0\]: unknown key 'objct'; did you mean 'object'\? Allowed here: id, points, pass, fail, failHint, skillArea, kind, object, property, equals/)]);
  });

  it('names the variable draw a problem appears under when it is not the first', () => {
    const text = readFileSync(join(__dirname, '../../scenarios/roles/least-privilege-helpdesk.yaml'), 'utf8').replace('{ upn: LynneR@contoso.com, name: Lynne Robbins }', '{ upn: LynneRR@contoso.com, name: Lynne Robbins }');
    const result = loadScenario(text, 'x.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toMatch(/^no user has the user name LynneRR@contoso.com at this step \(when desk = \{"upn":"LynneRR@contoso.com","name":"Lynne Robbins"\}\)$/);
  });
});

describe('documents that would crash a parser', () => {
  it('gives one root-cause message with a hint for a YAML slip, not its knock-on errors', () => {
    const result = loadScenario(readFileSync(join(corpus, 'yaml-syntax.yaml'), 'utf8'), 'slip.yaml');
    expect(result.ok ? [] : result.problems.map(shown)).toEqual([expect.stringMatching(/^16:15 : Missing , or : between flow sequence items\. Hint: YAML reads structure from indentation/)]);
  });

  it.each([
    ['flow brackets', `task: ${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['block indentation', Array.from({ length: 300 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n')],
    ['lists of lists', Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- `).join('\n')],
  ])('refuses a document nested too deep (%s) with a clear limit message', (_what, text) => {
    for (const read of [loadScenario, readScenario]) {
      const result = read(text, 'deep.yaml');
      expect(result.ok).toBe(false);
      const messages = result.ok ? [] : result.problems.map((problem) => problem.message);
      expect(messages).toEqual([expect.stringContaining('nests more than 64 levels deep')]);
      expect(messages.join()).not.toMatch(/call stack|RangeError/);
    }
  });

  it('refuses a document that is too large, saying the limit', () => {
    const result = loadScenario(`task: "${'x'.repeat(600 * 1024)}"`, 'big.yaml');
    expect(result.ok ? '' : result.problems[0]!.message).toBe('the file is 601 KB; a scenario or attempt file can be at most 512 KB');
  });

  it('reads a real scenario, whose nesting is well within the limit', () => {
    const result = readScenario(readFileSync(join(__dirname, '../../scenarios/users-and-groups/onboard-licensed-user.yaml'), 'utf8'), 'onboard.yaml');
    expect(result.ok).toBe(true);
  });
});

describe('combinations a check would ignore', () => {
  const valid = readFileSync(join(__dirname, '../../scenarios/users-and-groups/blocked-sign-in.yaml'), 'utf8');
  const messages = (text: string) => {
    const result = readScenario(text, 'combo.yaml');
    return result.ok ? [] : result.problems.map(shown);
  };

  it('refuses ignoreCase with changed, and via or group with licensedGroup', () => {
    expect(messages(valid.replace('    changed: false\n', '    changed: false\n    ignoreCase: true\n'))).toEqual([expect.stringMatching(/checks\[1\]\.ignoreCase: changed compares with the start exactly/)]);
    const licensed = valid.replace(
      / {2}- id: password-kept\n {4}points: 1\n {4}kind: property\n {4}object: \{ user: BrianJ@contoso.com \}\n {4}property: lastPasswordChangeDateTime\n {4}changed: false\n/,
      '  - id: password-kept\n    points: 1\n    kind: holdsLicense\n    licensedGroup: Retail\n    sku: SPE_E5\n    via: direct\n',
    );
    expect(messages(licensed)).toEqual([expect.stringMatching(/checks\[1\]\.via: via says how a user holds a license; a group's own license is assigned to it directly, so drop via/)]);
    expect(messages(licensed.replace('    licensedGroup: Retail\n', '    user: BrianJ@contoso.com\n    licensedGroup: Retail\n').replace('    via: direct\n', ''))).toEqual([
      expect.stringMatching(/checks\[1\]\.licensedGroup: name the holder with exactly one of user or licensedGroup/),
    ]);
  });
});
