import type { GraphRequest } from './contract';
import { badRequest } from './errors';

export const GRAPH_HOST = 'https://graph.microsoft.com';

/** The API versions a URL may name; the emulation answers both from the same v1.0 model. */
export type GraphVersion = 'v1.0' | 'beta';

/** A request's URL taken apart: version, path segments and query options (names lower-cased). */
export interface ParsedUrl {
  readonly version: GraphVersion;
  readonly segments: readonly string[];
  /** System query options by lower-cased name (`$filter`), decoded. */
  readonly options: ReadonlyMap<string, string>;
  /** The query string as sent, without the `?`, for building next links. */
  readonly rawQuery: string;
}

function decode(text: string, what: string): string {
  try {
    // In a query string `+` stands for a space, as Graph reads it.
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw badRequest(`Invalid URI: the ${what} '${text.slice(0, 100)}' is not correctly percent-encoded.`, 'BadRequest');
  }
}

/** ODataLib's own name for a query option in its "specified more than once" message. */
function optionTitle(name: string): string {
  const bare = name.replace(/^\$/, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

function parseQuery(rawQuery: string): Map<string, string> {
  const options = new Map<string, string>();
  if (rawQuery === '') return options;
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = decode(equals < 0 ? part : part.slice(0, equals), 'query option name').trim().toLowerCase();
    const value = equals < 0 ? '' : decode(part.slice(equals + 1), 'query option value');
    if (!name.startsWith('$')) continue;
    if (options.has(name)) {
      throw badRequest(`Query option '${optionTitle(name)}' was specified more than once, but it must be specified at most once.`, 'BadRequest');
    }
    options.set(name, value);
  }
  return options;
}

/**
 * Accepts what a learner or an SDK sends: an absolute URL on graph.microsoft.com, or a path from
 * the host (`/v1.0/users`), or from the version (`/users`, taken as v1.0).
 */
export function parseUrl(url: string): ParsedUrl {
  let rest = url.trim();
  if (/^https?:\/\//i.test(rest)) {
    const host = /^https?:\/\/graph\.microsoft\.com(?=\/|$|\?)/i.exec(rest);
    if (!host) throw badRequest(`Tenant Lab answers requests to ${GRAPH_HOST} only.`, 'BadRequest');
    rest = rest.slice(host[0].length);
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const question = rest.indexOf('?');
  const path = question < 0 ? rest : rest.slice(0, question);
  const rawQuery = question < 0 ? '' : rest.slice(question + 1);
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decode(segment, 'path segment'));
  let version: GraphVersion = 'v1.0';
  const first = segments[0]?.toLowerCase();
  if (first === 'v1.0' || first === 'beta') {
    version = first;
    segments.shift();
  }
  return { version, segments, options: parseQuery(rawQuery), rawQuery };
}

/** A header's value, its name compared without case. */
export function headerValue(request: GraphRequest, name: string): string | undefined {
  const headers = request.headers;
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === wanted) return headers[key];
  return undefined;
}
