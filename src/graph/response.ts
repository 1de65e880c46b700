import type { GraphResponse } from './contract';

/** Graph's JSON content type for OData responses. */
export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function ok(body: unknown): GraphResponse {
  return { status: 200, headers: { 'content-type': ODATA_JSON }, body };
}

export function created(body: unknown, location: string): GraphResponse {
  return { status: 201, headers: { 'content-type': ODATA_JSON, location }, body };
}

export function noContent(): GraphResponse {
  return { status: 204, headers: {}, body: undefined };
}

export function plainText(text: string): GraphResponse {
  return { status: 200, headers: { 'content-type': 'text/plain;charset=utf-8' }, body: text };
}
