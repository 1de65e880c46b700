import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseAttempt, type LoadResult } from '../../src/scenario';

const scenariosRoot = join(__dirname, '../../scenarios');
const validTexts = readdirSync(scenariosRoot, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(join(scenariosRoot, name), 'utf8'));

/** Loading must answer with a result, never throw, and never fall into its own safety net. */
function expectGracefulResult(result: LoadResult): void {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.message).not.toMatch(/^internal error/);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
    }
  }
}

const yamlToken = fc.constantFrom(
  'schemaVersion: 1', 'id: x', 'checks:', '  - id: a', '    kind: exists', '    object: { user: a@contoso.com }', 'solution:',
  '  - type: user.create', '- ', ': ', '{', '}', '[', ']', '"', "'", '{{', '}}', '&a', '*a', '!!binary', '<<: *a', '---', '#', '\t', '  ', '\n', '?', '|', '>', '%YAML 1.1',
);

describe('the loader on malformed input', () => {
  it('gives problems, never a crash, for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => expectGracefulResult(loadScenario(text, 'fuzz.yaml'))), { numRuns: 300 });
  });

  it('gives problems, never a crash, for YAML-shaped noise', () => {
    const noise = fc.array(yamlToken, { maxLength: 60 }).map((tokens) => tokens.join(''));
    fc.assert(fc.property(noise, (text) => expectGracefulResult(loadScenario(text, 'fuzz.yaml'))), { numRuns: 300 });
  });

  it('gives problems, never a crash, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectGracefulResult(loadScenario(JSON.stringify(value), 'fuzz.json'))), { numRuns: 200 });
  });

  it('gives a result, never a crash, for valid scenarios with text cut, repeated or spliced', () => {
    const mutation = fc.record({
      file: fc.nat(validTexts.length - 1),
      at: fc.nat(),
      length: fc.nat(40),
      insert: fc.oneof(fc.constant(''), yamlToken, fc.string({ maxLength: 8 })),
    });
    fc.assert(
      fc.property(mutation, ({ file, at, length, insert }) => {
        const text = validTexts[file]!;
        const start = at % text.length;
        expectGracefulResult(loadScenario(text.slice(0, start) + insert + text.slice(start + length), 'mutated.yaml'));
      }),
      { numRuns: 120 },
    );
  });

  it('gives a result, never a crash, when any part of a valid scenario is replaced by another value', () => {
    const documents = validTexts.map((text) => parse(text) as unknown);
    const replacement = fc.record({ file: fc.nat(documents.length - 1), path: fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }), value: fc.jsonValue({ maxDepth: 2 }) });
    fc.assert(
      fc.property(replacement, ({ file, path, value }) => {
        const document = structuredClone(documents[file]);
        let node = document as Record<string, unknown>;
        for (const [depth, step] of path.entries()) {
          const keys = Object.keys(node);
          if (keys.length === 0) break;
          const key = keys[step % keys.length]!;
          const child = node[key];
          if (depth === path.length - 1 || child === null || typeof child !== 'object') {
            node[key] = value;
            break;
          }
          node = child as Record<string, unknown>;
        }
        expectGracefulResult(loadScenario(stringify(document), 'replaced.yaml'));
      }),
      { numRuns: 120 },
    );
  });
});

describe('the attempt reader on malformed input', () => {
  it('gives problems, never a crash, for arbitrary text and JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        const result = parseAttempt(text, 'attempt.json');
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
