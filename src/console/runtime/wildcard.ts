/**
 * PowerShell wildcards (-like, Get-Command *User*): `*` any run, `?` one character, `[abc]` and
 * `[a-z]` one of a set, a backtick escapes. Matched with the two-pointer method, which remembers
 * only the last `*`, so the time stays proportional to pattern times text at worst.
 */
type Token = { readonly kind: 'star' } | { readonly kind: 'any' } | { readonly kind: 'set'; readonly test: (c: string) => boolean } | { readonly kind: 'char'; readonly char: string };

function parseSet(body: string, caseSensitive: boolean): (c: string) => boolean {
  const ranges: [string, string][] = [];
  for (let i = 0; i < body.length; i++) {
    const start = body[i]!;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      ranges.push([start, body[i + 2]!]);
      i += 2;
    } else ranges.push([start, start]);
  }
  const norm = (c: string) => (caseSensitive ? c : c.toLowerCase());
  const normalized = ranges.map(([a, b]) => [norm(a), norm(b)] as const);
  return (c) => {
    const value = norm(c);
    return normalized.some(([a, b]) => value >= a && value <= b);
  };
}

function tokenize(pattern: string, caseSensitive: boolean): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) tokens.push({ kind: 'char', char: pattern[++i]! });
    else if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) tokens.push({ kind: 'char', char: c });
      else {
        tokens.push({ kind: 'set', test: parseSet(pattern.slice(i + 1, close), caseSensitive) });
        i = close;
      }
    } else tokens.push({ kind: 'char', char: caseSensitive ? c : c.toLowerCase() });
  }
  return tokens;
}

function matchesOne(token: Token, c: string, caseSensitive: boolean): boolean {
  switch (token.kind) {
    case 'any': return true;
    case 'set': return token.test(c);
    case 'char': return token.char === (caseSensitive ? c : c.toLowerCase());
    default: return false;
  }
}

const cache = new Map<string, Token[]>();

export function wildcardMatch(pattern: string, text: string, caseSensitive = false): boolean {
  const key = `${caseSensitive ? 'c' : 'i'}${pattern}`;
  let tokens = cache.get(key);
  if (!tokens) {
    tokens = tokenize(pattern, caseSensitive);
    if (cache.size > 500) cache.clear();
    cache.set(key, tokens);
  }
  let t = 0;
  let p = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token && token.kind !== 'star' && matchesOne(token, text[t]!, caseSensitive)) {
      t++;
      p++;
    } else if (token?.kind === 'star') {
      star = p++;
      resume = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}

/** True when the text has wildcard characters, so a name is a pattern rather than a literal. */
export function hasWildcards(text: string): boolean {
  return /[*?[]/.test(text);
}
