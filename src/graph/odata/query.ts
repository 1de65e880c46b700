import { badRequest, graphError, unsupportedQuery } from '../errors';
import type { ResourceType } from './resource-type';

/** The system query options of one request, checked against the resource they address. */

function unknownProperty(name: string, typeName: string): Error {
  return badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${name}' on type '${typeName}'.`, 'BadRequest');
}

function commaList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** $select: the properties to return, as Graph spells them (names are matched without case). */
export function parseSelect<T>(text: string | undefined, type: ResourceType<T>): readonly string[] | null {
  if (text === undefined || text.trim() === '') return null;
  const byLowerName = new Map(type.properties.map((name) => [name.toLowerCase(), name]));
  return commaList(text).map((name) => {
    const canonical = byLowerName.get(name.toLowerCase());
    if (!canonical) throw unknownProperty(name, type.typeName);
    return canonical;
  });
}

/** $expand: navigation properties, one level, without nested options. */
export function parseExpand<T>(text: string | undefined, type: ResourceType<T>): readonly string[] {
  if (text === undefined || text.trim() === '') return [];
  return commaList(text).map((item) => {
    const name = item.replace(/\(.*\)$/s, '').trim();
    const navigation = type.expand?.[name.toLowerCase()];
    if (!navigation) throw unknownProperty(name, type.typeName);
    if (name !== item) throw badRequest(`Query option '$select', '$filter' and others are not supported inside $expand=${name} on directory objects.`);
    return name.toLowerCase();
  });
}

export function parseTop(text: string | undefined, maxSize: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(text)) throw badRequest(`Invalid value '${text}' for query option '$top'. The value must be a non-negative integer.`, 'BadRequest');
  const top = Number(text);
  if (top < 1 || top > maxSize) throw unsupportedQuery(`Invalid page size specified: '${top}'. Must be between 1 and ${maxSize} inclusive.`);
  return top;
}

export function parseCount(text: string | undefined): boolean {
  if (text === undefined) return false;
  const value = text.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw badRequest(`'${text}' is not a valid count option.`, 'BadRequest');
}

export interface OrderTerm<T> {
  readonly key: (entity: T) => string | number | null;
  readonly descending: boolean;
  readonly advanced: boolean;
}

/** The "Sorting not supported for current query." refusal directory objects give. */
export function sortingNotSupported(): Error {
  return unsupportedQuery('Sorting not supported for current query.');
}

export function parseOrderBy<T>(text: string | undefined, type: ResourceType<T>): readonly OrderTerm<T>[] {
  if (text === undefined || text.trim() === '') return [];
  return commaList(text).map((term) => {
    const [name = '', direction = 'asc', ...rest] = term.split(/\s+/);
    if (rest.length > 0 || !/^(asc|desc)$/i.test(direction)) throw badRequest(`Syntax error at position ${name.length} in '${term}'.`, 'BadRequest');
    const spec = type.orderBy?.[name.toLowerCase()];
    if (!spec) {
      if (type.properties.some((property) => property.toLowerCase() === name.toLowerCase())) throw sortingNotSupported();
      throw badRequest(`Could not find a property named '${name}' on type '${type.typeName}'.`, 'BadRequest');
    }
    return { key: spec.key, descending: direction.toLowerCase() === 'desc', advanced: spec.support === 'advanced' };
  });
}

const SKIP_TOKEN_PREFIX = 'RFNwdAIAAQAAA';

/** An opaque-looking page token for an offset into the result. */
export function skipTokenFor(offset: number): string {
  return `${SKIP_TOKEN_PREFIX}${offset.toString(36).toUpperCase()}`;
}

export function offsetOfSkipToken(token: string | undefined): number {
  if (token === undefined) return 0;
  const offset = token.startsWith(SKIP_TOKEN_PREFIX) ? parseInt(token.slice(SKIP_TOKEN_PREFIX.length), 36) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw graphError(400, 'Directory_ExpiredPageToken', 'The specified page token value has expired and can no longer be included in your request.');
  }
  return offset;
}
