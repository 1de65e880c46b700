import type { Variables, VariableValue } from './variables';

/**
 * `{{name}}`, `{{name.field}}` and `{{name.0.field}}` placeholders in strings. There are no
 * expressions: a placeholder names a drawn value and nothing else. A string that is exactly one
 * placeholder takes the value's own type, so `"{{seats}}"` can fill a number field.
 */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const PATH = /^[A-Za-z][A-Za-z0-9_]*(?:\.(?:[A-Za-z][A-Za-z0-9_]*|\d+))*$/;

export type Problem = { readonly path: readonly (string | number)[]; readonly message: string };

function lookup(variables: Variables, expression: string): string | number | { error: string } {
  const path = expression.trim();
  if (!PATH.test(path)) return { error: `{{${expression}}} is not a variable name; placeholders hold names only, like {{alias}} or {{hire.alias}}` };
  const [name, ...segments] = path.split('.');
  if (!Object.hasOwn(variables, name!)) {
    const known = Object.keys(variables);
    return { error: `unknown variable '${name}' in {{${path}}}${known.length ? `; declared: ${known.join(', ')}` : '; the scenario declares no variables'}` };
  }
  let value: VariableValue | undefined = variables[name!];
  for (const segment of segments) {
    if (Array.isArray(value)) value = /^\d+$/.test(segment) ? (value as VariableValue[])[Number(segment)] : undefined;
    else if (value !== null && typeof value === 'object') value = Object.hasOwn(value, segment) ? (value as Record<string, string | number>)[segment] : undefined;
    else value = undefined;
    if (value === undefined) return { error: `{{${path}}} names nothing: '${segment}' is not in ${name}` };
  }
  if (typeof value === 'string' || typeof value === 'number') return value;
  return { error: `{{${path}}} is a ${Array.isArray(value) ? 'list' : 'record'}; name one of its ${Array.isArray(value) ? 'items, e.g. {{' + path + '.0}}' : 'fields'}` };
}

/** "a" or "an" before a placeholder, with any Markdown emphasis between: `a *{{hire.title}}*`. */
const ARTICLE_BEFORE_PLACEHOLDER = /\b([Aa]n?)(\s+[*_]{0,2})\{\{([^{}]*)\}\}/g;

/**
 * Whether English writes "an" before a word: it starts with a vowel sound. Spelling decides,
 * with the usual exceptions ("a user", "a one-time", "an hour"); drawn values are job titles,
 * departments and names, where this is right.
 */
function takesAn(word: string): boolean {
  if (/^(hour|honest|honou?r|heir)/i.test(word)) return true;
  if (/^(uni|use|usu|uti|ura|eu|ewe|one|once)/i.test(word)) return false;
  return /^[aeiou]/i.test(word);
}

/** Agrees the article before each placeholder with the value drawn into it: "an Accountant", "a Developer". */
function agreeArticles(text: string, variables: Variables): string {
  return text.replace(ARTICLE_BEFORE_PLACEHOLDER, (match, article: string, gap: string, expression: string) => {
    const value = lookup(variables, expression);
    if (typeof value !== 'string' || value === '') return match;
    const wanted = takesAn(value) ? 'an' : 'a';
    const agreed = article[0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
    return `${agreed}${gap}{{${expression}}}`;
  });
}

export function interpolate(source: string, variables: Variables): string | number | { error: string } {
  const whole = /^\{\{([^{}]*)\}\}$/.exec(source);
  if (whole) return lookup(variables, whole[1]!);
  const text = agreeArticles(source, variables);
  let failure: string | undefined;
  const result = text.replace(PLACEHOLDER, (_match, expression: string) => {
    const value = lookup(variables, expression);
    if (typeof value === 'object') {
      failure ??= value.error;
      return '';
    }
    return String(value);
  });
  if (failure) return { error: failure };
  if (result.includes('{{') || result.includes('}}')) return { error: 'a {{ or }} is unmatched; placeholders look like {{name}}' };
  return result;
}

type Path = readonly (string | number)[];

/**
 * Interpolates every string inside a value, reporting each bad placeholder at its path. A
 * number drawn into a whole string stays a number only where `keepNumber(path)` allows it.
 */
export function interpolateDeep<T>(
  value: T,
  variables: Variables,
  path: Path,
  problems: Problem[],
  keepNumber: (path: Path) => boolean = () => true,
): T {
  if (typeof value === 'string') {
    const result = interpolate(value, variables);
    if (typeof result === 'object') {
      problems.push({ path, message: result.error });
      return value;
    }
    return (typeof result === 'number' && !keepNumber(path) ? String(result) : result) as T;
  }
  if (Array.isArray(value)) return value.map((item, index) => interpolateDeep(item, variables, [...path, index], problems, keepNumber)) as T;
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = interpolateDeep(item, variables, [...path, key], problems, keepNumber);
    return result as T;
  }
  return value;
}
