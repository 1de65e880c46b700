import { z } from 'zod';

type Path = readonly (string | number)[];

/** A schema problem, in words an instructor can act on, with what was expected and found. */
export interface SchemaProblem {
  readonly path: Path;
  /** Set for unknown keys: the problem is the key itself, not its value. */
  readonly key?: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 40 ? `'${value.slice(0, 40)}…'` : `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return `a map with ${Object.keys(value).length ? Object.keys(value).slice(0, 5).join(', ') : 'no keys'}`;
  return typeof value;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The object schema that applies at a path of the data, following the chosen variant of a union. */
function schemaAt(schema: z.ZodType, data: unknown, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  let value = data;
  const unwrap = (candidate: z.ZodType | undefined): z.ZodType | undefined => {
    let inner = candidate;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodUnion) {
      const options = inner.options as readonly z.ZodType[];
      const kind = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).kind : undefined;
      const chosen = options.find((option) => option instanceof z.ZodObject && (option.shape as Record<string, z.ZodType>).kind instanceof z.ZodLiteral && ((option.shape as Record<string, z.ZodLiteral>).kind!.value === kind));
      return chosen ?? options.find((option) => option instanceof z.ZodObject || option instanceof z.ZodArray || option instanceof z.ZodRecord);
    }
    return inner;
  };
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[segment];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return unwrap(current);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** The name a misspelling most likely meant, if one is close enough. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const extended = candidates.find((candidate) => lower.length >= 4 && candidate.toLowerCase().startsWith(lower));
  if (extended) return extended;
  const closest = candidates.map((candidate) => [candidate, distance(name, candidate)] as const).sort((a, b) => a[1] - b[1])[0];
  return closest && closest[1] <= Math.max(2, Math.floor(name.length / 3)) ? closest[0] : undefined;
}

function unknownKey(schema: z.ZodType, data: unknown, path: Path, key: string): RawProblem {
  const object = schemaAt(schema, data, path);
  const allowed = object instanceof z.ZodObject ? Object.keys(object.shape as object) : [];
  const suggestion = closestName(key, allowed);
  const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
  return {
    path,
    key,
    ...(suggestion ? { suggestion } : {}),
    message: `unknown key '${key}'${hint}${allowed.length ? ` Allowed here: ${allowed.join(', ')}` : ''}`,
    expected: allowed.join(', '),
    found: key,
  };
}

/**
 * Turns zod's issues into problems, one per unknown key, with the value found where it helps. A
 * misspelt key shows up twice in zod's issues, as unknown and as missing; only the first is kept.
 */
export function schemaProblems(schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[]): SchemaProblem[] {
  const problems = rawProblems(schema, data, issues);
  const suggested = new Set(problems.flatMap((problem) => (problem.suggestion ? [`${problem.path.join('.')}\u0000${problem.suggestion}`] : [])));
  return problems
    .filter((problem) => !(problem.missing && suggested.has(`${problem.path.join('.')}\u0000${problem.missing}`)))
    .map(({ suggestion: _suggestion, missing: _missing, ...problem }) => problem);
}

type RawProblem = SchemaProblem & { readonly suggestion?: string; readonly missing?: string };

function rawProblems(schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[]): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const issue of issues) {
    const path = issue.path as Path;
    const found = describeFound(valueAt(data, path));
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) problems.push(unknownKey(schema, data, path, key));
        break;
      case 'invalid_type': {
        const expected = issue.expected === 'int' ? 'a whole number' : issue.expected;
        if (valueAt(data, path) === undefined && path.length > 0) {
          // A missing key is reported on the object that lacks it.
          const key = String(path[path.length - 1]);
          problems.push({ path: path.slice(0, -1), message: `missing '${key}' (${expected})`, expected, found: 'nothing', missing: key });
        } else {
          problems.push({ path, message: `expected ${expected}, found ${found}`, expected, found });
        }
        break;
      }
      case 'invalid_value': {
        const expected = issue.values.map((value) => JSON.stringify(value)).join(' | ');
        const oneOf = `${issue.values.length > 1 ? 'one of ' : ''}${expected}`;
        if (valueAt(data, path) === undefined && path.length > 0) {
          const key = String(path[path.length - 1]);
          problems.push({ path: path.slice(0, -1), message: `missing '${key}' (${oneOf})`, expected, found: 'nothing', missing: key });
        } else {
          problems.push({ path, message: `expected ${oneOf}, found ${found}`, expected, found });
        }
        break;
      }
      case 'invalid_union': {
        if ('discriminator' in issue && issue.discriminator) {
          const options = (issue as { options?: unknown[] }).options ?? [];
          const kindPath = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
          const kind = valueAt(data, kindPath);
          problems.push({
            path: kind === undefined ? kindPath.slice(0, -1) : kindPath,
            message: `${issue.discriminator} must be one of ${options.join(', ')}; found ${describeFound(kind)}`,
            expected: options.join(' | '),
            found: describeFound(kind),
          });
        } else {
          problems.push({ path, message: `${issue.message}; found ${found}`, found });
        }
        break;
      }
      default:
        problems.push({ path, message: issue.message, found });
    }
  }
  return problems;
}
