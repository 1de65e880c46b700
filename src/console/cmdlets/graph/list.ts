import { PSHashtable, type PSValue } from '../../runtime/values';
import type { CmdletContext, ParameterDefinition, Run } from '../types';
import { idOf } from './body';
import { toModels, type ModelSchema, type SCHEMAS } from './models';
import { allPages, sendGraph } from './request';

/** The SDK's list parameters, shared by every Get-Mg* cmdlet of a collection. */
export const LIST_PARAMETERS: readonly ParameterDefinition[] = [
  { name: 'Filter', type: 'string', description: 'Filter items by property values.' },
  { name: 'Search', type: 'string', description: 'Search items by search phrases.' },
  { name: 'Sort', type: 'string[]', aliases: ['OrderBy'], description: 'Order items by property values.' },
  { name: 'Top', type: 'int', aliases: ['Limit'], description: 'Show only the first n items.' },
  { name: 'Property', type: 'string[]', aliases: ['Select'], description: 'Select properties to be returned.' },
  { name: 'ExpandProperty', type: 'string[]', aliases: ['Expand'], description: 'Expand related entities.' },
  { name: 'ConsistencyLevel', type: 'string', description: 'Indicates the requested consistency level. Documentation URL: https://docs.microsoft.com/graph/aad-advanced-queries' },
  { name: 'CountVariable', type: 'string', aliases: ['CV'], description: 'Specifies a count of the total number of items in a collection. By default, this variable will be set in the global scope.' },
  { name: 'PageSize', type: 'int', description: 'Sets the page size of results.' },
  { name: 'All', type: 'switch', description: 'List all pages.' },
  { name: 'Headers', type: 'hashtable', description: 'Optional headers that will be added to the request.' },
];

/** The most items a page may hold; -All without -PageSize takes the service's default page (100). */
const MAX_PAGE_SIZE = 999;

export interface CollectionSpec {
  readonly kind: keyof typeof SCHEMAS;
  /** `/users`, or a function of the bound parameters for a nested collection (`/groups/{id}/members`). */
  readonly path: (context: CmdletContext) => string;
  /** The parameter naming one item, and the path of that item. */
  readonly item?: { readonly parameter: string; readonly path: (context: CmdletContext, id: string) => string };
  readonly variant: string;
  /** A $filter the cmdlet builds itself (Entra's -SearchString), used when -Filter is not given. */
  readonly filter?: string;
  readonly module?: 'Microsoft.Graph' | 'Microsoft.Entra';
  readonly scopesHint?: string;
  /** The model to show results as, when it is not the kind's own (Entra's views). */
  readonly schema?: ModelSchema;
}

function headersOf(context: CmdletContext): Record<string, string> {
  const headers: Record<string, string> = {};
  const level = context.parameters.string('ConsistencyLevel');
  if (level) headers.ConsistencyLevel = level;
  const extra = context.parameters.hashtable('Headers');
  for (const [key, value] of extra?.pairs() ?? []) headers[key] = String(value);
  return headers;
}

function selectAndExpand(context: CmdletContext): Record<string, string | undefined> {
  return {
    $select: context.parameters.strings('Property')?.join(','),
    $expand: context.parameters.strings('ExpandProperty')?.join(','),
  };
}

/** Gets one item by its id, or lists the collection with the SDK's OData parameters and paging. */
export function* getOrList(context: CmdletContext, spec: CollectionSpec): Run {
  const id = spec.item ? context.parameters.string(spec.item.parameter) : undefined;
  if (spec.item && id !== undefined) {
    const call = { method: 'GET' as const, path: spec.item.path(context, id), query: selectAndExpand(context), headers: headersOf(context), variant: `${spec.variant}_Get`, target: `{ ${spec.item.parameter} = ${id} }`, module: spec.module, scopesHint: spec.scopesHint };
    const response = sendGraph(context, call);
    if (response) for (const model of toModels(response.body, spec.kind, spec.schema)) context.output(model);
    return;
  }
  const top = context.parameters.int('Top');
  const all = context.parameters.switch('All');
  const pageSize = context.parameters.int('PageSize');
  if (pageSize !== undefined && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
    return context.fail({ message: `Invalid page size specified \`${pageSize}\`. PageSize must be between 1 and ${MAX_PAGE_SIZE} inclusive.`, category: 'InvalidArgument', reason: 'ArgumentException', fullyQualifiedErrorId: 'InvalidPageSize' });
  }
  const countVariable = context.parameters.string('CountVariable');
  const search = context.parameters.string('Search');
  const query = {
    $filter: context.parameters.string('Filter') ?? spec.filter,
    // The SDK quotes a search phrase given without quotes, as $search requires.
    $search: search !== undefined && search !== '' && !search.startsWith('"') ? `"${search}"` : search,
    $orderby: context.parameters.strings('Sort')?.join(','),
    ...selectAndExpand(context),
    $top: pageSize !== undefined ? String(pageSize) : top !== undefined && top <= MAX_PAGE_SIZE ? String(top) : undefined,
    $count: countVariable ? 'true' : undefined,
  };
  const call = { method: 'GET' as const, path: spec.path(context), query, headers: headersOf(context), variant: `${spec.variant}_List`, module: spec.module, scopesHint: spec.scopesHint };
  const response = sendGraph(context, call);
  if (!response) return;
  const first = response.body as { value?: unknown[]; '@odata.count'?: number };
  // The SDK sets the count in the global scope: its cmdlets are functions, which cannot set their caller's.
  if (countVariable) context.setVariable(countVariable.includes(':') ? countVariable.replace(/^\$/, '') : `global:${countVariable.replace(/^\$/, '')}`, first['@odata.count'] ?? null);
  let items: unknown[] = first.value ?? [];
  if (all || (top !== undefined && top > items.length)) {
    const limit = top ?? Infinity;
    items = (yield* allPages(context, call, first, limit)).slice(0, limit);
  }
  for (const model of toModels({ value: items }, spec.kind, spec.schema)) context.output(model);
}

/** Adds the id parameter and the list parameters to a Get-Mg* cmdlet's own. */
export function listParameters(idParameter: ParameterDefinition | null): ParameterDefinition[] {
  return [...(idParameter ? [idParameter] : []), ...LIST_PARAMETERS];
}

export function pathOf(context: CmdletContext, parameter: string): string {
  return idOf(context.parameters.get(parameter));
}

/** A hashtable parameter (-BodyParameter) or the expanded parameters, as the request body. */
export function bodyFrom(context: CmdletContext, expanded: readonly string[]): PSHashtable {
  const given = context.parameters.hashtable('BodyParameter');
  if (given) return given;
  const body = new PSHashtable();
  for (const name of expanded) {
    const value: PSValue | undefined = context.parameters.get(name);
    if (value !== undefined) body.set(name, value);
  }
  return body;
}
