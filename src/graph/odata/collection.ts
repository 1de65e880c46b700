import type { GraphContext } from '../context';
import type { GraphResponse } from '../contract';
import { badRequest, unsupportedQuery } from '../errors';
import { ok, plainText } from '../response';
import { parseFilter } from './filter';
import { compileFilter } from './filter-compile';
import { forEachItem, type Items } from './items';
import { compileSearch } from './search';
import { offsetOfSkipToken, parseCount, parseExpand, parseOrderBy, parseSelect, parseTop, skipTokenFor, sortingNotSupported, type OrderTerm } from './query';
import type { ResourceType, Serialized } from './resource-type';

/** Graph expands at most this many related objects, without a next link. */
export const MAX_EXPANDED = 20;

/** What a route hands the list pipeline: the type, the items, and the path @odata.context names. */
export interface ListSource<T> {
  readonly type: ResourceType<T>;
  readonly items: Items<T>;
  /** After `$metadata#`: 'users', "users('…')/licenseDetails", 'directoryObjects'. */
  readonly contextPath: string;
}

function advancedParameters(context: GraphContext): boolean {
  return context.eventual && context.url.options.get('$count')?.trim().toLowerCase() === 'true';
}

function sortBy<T>(items: T[], terms: readonly OrderTerm<T>[]): T[] {
  const keyed = items.map((item, index) => ({ item, index, keys: terms.map((term) => term.key(item)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < terms.length; i++) {
      const x = a.keys[i] ?? null;
      const y = b.keys[i] ?? null;
      if (x === y) continue;
      // Nulls sort first, as the directory sorts them.
      const order = x === null ? -1 : y === null ? 1 : typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'en', { sensitivity: 'base' }) : x < y ? -1 : 1;
      if (order !== 0) return terms[i]!.descending ? -order : order;
    }
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.item);
}

/** The entity written out with the selected properties (or the type's default ones), plus any expansions. */
export function shape<T>(entity: T, type: ResourceType<T>, select: readonly string[] | null, expand: readonly string[], context: GraphContext): Serialized {
  const full = type.serialize(entity, context);
  const shaped: Serialized = {};
  if (typeof full['@odata.type'] === 'string') shaped['@odata.type'] = full['@odata.type'];
  for (const name of select ?? type.defaultPropertiesOf?.(entity) ?? type.defaultProperties) if (name in full) shaped[name] = full[name];
  for (const name of expand) {
    const navigation = type.expand![name]!;
    shaped[navigation.name] = navigation.value(entity, context);
  }
  return shaped;
}

export function contextUrl(context: GraphContext, path: string, select: readonly string[] | null, entity = false): string {
  return `${context.serviceRoot}/$metadata#${path}${select ? `(${select.join(',')})` : ''}${entity ? '/$entity' : ''}`;
}

/** Filters the items by $filter and $search, with the advanced-query rules of directory objects. */
function matching<T>(context: GraphContext, source: ListSource<T>): T[] {
  const { options } = context.url;
  const { type } = source;
  const filterText = options.get('$filter');
  const searchText = options.get('$search');
  const orderBy = parseOrderBy(options.get('$orderby'), type);
  const directory = type.filter?.directoryObject ?? true;
  const advanced = advancedParameters(context);
  let tests: ((entity: T) => boolean)[] = [];
  if (filterText !== undefined) {
    if (!type.filter) throw unsupportedQuery(`The $filter query parameter is not supported on this resource.`);
    const compiled = compileFilter(parseFilter(filterText), type.filter);
    if (compiled.needsAdvanced && !advanced) throw compiled.needsAdvanced;
    tests = [compiled.test];
  }
  if (searchText !== undefined) {
    if (!context.eventual) {
      throw unsupportedQuery("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
    }
    tests.push(compileSearch(searchText, type));
  }
  if (directory && orderBy.length > 0 && !advanced && (filterText !== undefined || orderBy.some((term) => term.advanced))) throw sortingNotSupported();
  const items: T[] = [];
  const [first, second] = tests;
  if (!first) forEachItem(source.items, (item) => items.push(item));
  else if (!second) forEachItem(source.items, (item) => first(item) && items.push(item));
  else forEachItem(source.items, (item) => first(item) && second(item) && items.push(item));
  return orderBy.length > 0 ? sortBy(items, orderBy) : items;
}

/**
 * The matching items of the last few queries over each collection version. A client that follows
 * @odata.nextLink (`Get-MgUser -All` asks for 500 pages of 100 on 50,000 users) would otherwise
 * filter and sort the whole collection again for every page. A collection version never changes
 * (a command replaces it), so a cached list is right for as long as its key object lives.
 */
const matchedByItems = new WeakMap<object, Map<string, readonly unknown[]>>();
const QUERIES_KEPT = 8;

function cachedMatching<T>(context: GraphContext, source: ListSource<T>): readonly T[] {
  const { options } = context.url;
  const key = [context.eventual, options.get('$count'), options.get('$filter'), options.get('$search'), options.get('$orderby')].map(String).join('\u0000');
  let queries = matchedByItems.get(source.items);
  const known = queries?.get(key);
  if (known) return known as readonly T[];
  const items = matching(context, source);
  if (!queries) matchedByItems.set(source.items, (queries = new Map()));
  if (queries.size >= QUERIES_KEPT) queries.delete(queries.keys().next().value!);
  queries.set(key, items);
  return items;
}

/** A collection response: filtered, searched, sorted, counted and paged as Graph pages directory lists. */
export function listResponse<T>(context: GraphContext, source: ListSource<T>): GraphResponse {
  const { options } = context.url;
  const { type } = source;
  const select = parseSelect(options.get('$select'), type);
  const expand = parseExpand(options.get('$expand'), type);
  const count = parseCount(options.get('$count'));
  const paging = type.paging;
  const top = parseTop(options.get('$top'), paging?.maxSize ?? Number.MAX_SAFE_INTEGER);
  const offset = offsetOfSkipToken(options.get('$skiptoken'));
  const items = cachedMatching(context, source);
  const size = top ?? paging?.defaultSize ?? items.length;
  const page = items.slice(offset, offset + size);
  const body: Serialized = { '@odata.context': contextUrl(context, source.contextPath, select) };
  // Without ConsistencyLevel: eventual, Graph ignores $count=true rather than refuse it.
  if (count && context.eventual && offset === 0) body['@odata.count'] = items.length;
  if (offset + size < items.length) body['@odata.nextLink'] = nextLink(context, offset + size);
  body.value = page.map((entity) => shape(entity, type, select, expand, context));
  return ok(body);
}

function nextLink(context: GraphContext, offset: number): string {
  const kept = context.url.rawQuery
    .split('&')
    .filter((part) => part !== '' && !/^(\$|%24)skiptoken=/i.test(part));
  kept.push(`$skiptoken=${skipTokenFor(offset)}`);
  return `${context.serviceRoot}/${context.url.segments.map(encodeURIComponent).join('/')}?${kept.join('&').replace(/ /g, '%20')}`;
}

/** `/users/$count`: the number as plain text; directory objects count only in advanced queries. */
export function countResponse<T>(context: GraphContext, source: ListSource<T>): GraphResponse {
  if (!context.eventual) throw badRequest('$count is not currently supported.');
  return plainText(String(matching(context, source).length));
}

/** A single entity, with $select and $expand. */
export function entityResponse<T>(context: GraphContext, type: ResourceType<T>, entity: T, contextPath: string): GraphResponse {
  const { options } = context.url;
  const select = parseSelect(options.get('$select'), type);
  const expand = parseExpand(options.get('$expand'), type);
  return ok({ '@odata.context': contextUrl(context, contextPath, select, true), ...shape(entity, type, select, expand, context) });
}
