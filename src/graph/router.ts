import type { GraphMethod } from './contract';
import { badRequest, methodNotAllowed } from './errors';
import type { Route } from './route';

/** Finds the route for a method and path; path parameters come back by name. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

function matchPath(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i]!;
    const actual = segments[i]!;
    if (expected.startsWith('{')) {
      // A key may also be written OData's way: users('id').
      params[expected.slice(1, -1)] = actual;
    } else if (expected.toLowerCase() !== actual.toLowerCase()) return null;
  }
  return params;
}

/** `users('id')` and `users(id)` address the same entity as `users/id`. */
function normalise(segments: readonly string[]): string[] {
  const result: string[] = [];
  for (const segment of segments) {
    const key = /^([^(]+)\('?([^')]*)'?\)$/.exec(segment);
    if (key) result.push(key[1]!, key[2]!);
    else result.push(segment);
  }
  return result;
}

export function createRouter(routes: readonly Route[]) {
  const compiled = routes.map((route) => ({ route, pattern: route.path.split('/') }));
  return {
    match(method: GraphMethod, rawSegments: readonly string[]): RouteMatch {
      const segments = normalise(rawSegments);
      let pathMatched = false;
      for (const { route, pattern } of compiled) {
        const params = matchPath(pattern, segments);
        if (!params) continue;
        pathMatched = true;
        if (route.method === method) return { route, params };
      }
      if (pathMatched) throw methodNotAllowed();
      const known = new Set(compiled.map(({ pattern }) => pattern[0]!.toLowerCase()));
      const unknown = segments.find((segment, index) => index === 0 && !known.has(segment.toLowerCase())) ?? segments[segments.length - 1] ?? '';
      throw badRequest(`Resource not found for the segment '${unknown}'.`, 'BadRequest');
    },
    /** The routes whose path matches, whatever their method: what Graph Explorer shows for a URL. */
    find(method: GraphMethod, rawSegments: readonly string[]): Route | undefined {
      const segments = normalise(rawSegments);
      return compiled.find(({ route, pattern }) => route.method === method && matchPath(pattern, segments) !== null)?.route;
    },
  };
}
