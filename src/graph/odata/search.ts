import { badRequest } from '../errors';
import type { ResourceType } from './resource-type';

/**
 * $search on directory objects: `"property:text"` clauses joined with AND and OR. displayName and
 * description are split into words (at spaces, symbols, digits and a lower-to-upper case change)
 * and each word of the query must start one of them; other properties match by their start.
 */

function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z\u00C0-\uFFFF]+|(?<=\d)(?=\D)|(?<=\D)(?=\d)/)
    .map((word) => word.toLowerCase())
    .filter((word) => word !== '');
}

function matchesWords(value: string, query: string): boolean {
  const valueWords = words(value);
  // Words joined by symbols are also found as one: "helloworld" finds "hello-world".
  const joined = valueWords.join('');
  return words(query).every((word) => valueWords.some((candidate) => candidate.startsWith(word)) || joined.startsWith(word));
}

function invalidSearch(text: string): Error {
  return badRequest(`Invalid $search query '${text}': use quoted "property:text" clauses, as in $search="displayName:Conf".`);
}

export function compileSearch<T>(text: string, type: ResourceType<T>): (entity: T) => boolean {
  const clauses = /^\s*"[^"]*"(\s+(AND|OR)\s+"[^"]*")*\s*$/i.test(text) ? text : null;
  if (clauses === null || !type.search) throw invalidSearch(text);
  const search = type.search;
  const alternatives = clauses.split(/"\s+OR\s+"/i).map((group) =>
    group.split(/"\s+AND\s+"/i).map((clause) => {
      const body = clause.replace(/^\s*"/, '').replace(/"\s*$/, '');
      const colon = body.indexOf(':');
      if (colon <= 0) throw invalidSearch(text);
      const spec = search[body.slice(0, colon).trim().toLowerCase()];
      if (!spec) throw badRequest(`Search on property '${body.slice(0, colon).trim()}' is not supported for resource '${type.typeName}'.`);
      const query = body.slice(colon + 1).trim();
      return (entity: T): boolean => {
        const value = spec.get(entity);
        if (value === null) return false;
        return spec.tokenized ? matchesWords(value, query) : value.toLowerCase().startsWith(query.toLowerCase());
      };
    }),
  );
  return (entity) => alternatives.some((group) => group.every((clause) => clause(entity)));
}
