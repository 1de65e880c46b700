import { errorCatalog, INSUFFICIENT_PRIVILEGES_MESSAGE, notFound, TENANT_ERRORS, type TenantError } from '../tenant';

/** A Graph error before it is wrapped in the envelope: the HTTP status, Graph's code and message. */
export interface GraphErrorInfo {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Thrown inside request handling and turned into the error envelope by the service, never further. */
export class GraphRequestError extends Error {
  constructor(readonly info: GraphErrorInfo) {
    super(info.message);
  }
}

export function graphError(status: number, code: string, message: string): GraphRequestError {
  return new GraphRequestError({ status, code, message });
}

/** The core's not-found refusal, so its wording is written once (src/tenant/errors.ts). */
export function resourceNotFound(id: string): GraphRequestError {
  return fromTenantError(notFound('resource', id));
}

export function insufficientPrivileges(): GraphRequestError {
  return graphError(403, 'Authorization_RequestDenied', INSUFFICIENT_PRIVILEGES_MESSAGE);
}

/** A body property of the wrong type or value, in the core's words for it. */
export function invalidProperty(property: string, resource: string): GraphRequestError {
  return fromTenantError(TENANT_ERRORS.invalidProperty(property, resource));
}

export function methodNotAllowed(): GraphRequestError {
  return graphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request uri.');
}

export function badRequest(message: string, code = 'Request_BadRequest'): GraphRequestError {
  return graphError(400, code, message);
}

export function unsupportedQuery(message: string): GraphRequestError {
  return graphError(400, 'Request_UnsupportedQuery', message);
}

/**
 * A core refusal as Graph words it: the tenant's own message under the status and Graph code the
 * core's catalogue of domain errors gives its code (src/tenant/errors.ts), the one table where a
 * domain error's Graph code is written down.
 */
export function fromTenantError(error: TenantError): GraphRequestError {
  const { status, graphCode } = errorCatalog[error.code];
  return graphError(status, graphCode, error.message);
}
