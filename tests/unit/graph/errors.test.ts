import { describe, expect, it } from 'vitest';
import type { GraphMethod } from '../../../src/graph';
import { ADVANCED_MESSAGE, UNKNOWN_SEGMENT } from './expected';
import { EVENTUAL, errorOf, graphOn } from './support';

const E5 = '06ebc4ee-1bb5-47dd-8120-11324bc54e06';

interface Row {
  readonly name: string;
  readonly method: GraphMethod;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly scopes?: readonly string[];
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

const rows: readonly Row[] = [
  { name: 'an unknown user', method: 'GET', url: '/v1.0/users/nobody@contoso.com', status: 404, code: 'Request_ResourceNotFound', message: "Resource 'nobody@contoso.com' does not exist or one of its queried reference-property objects are not present." },
  { name: 'a call without a permission that allows it', method: 'GET', url: '/v1.0/users', scopes: ['User.Read'], status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  { name: 'the audit log with only one of the two permissions it needs', method: 'GET', url: '/v1.0/auditLogs/directoryAudits', scopes: ['AuditLog.Read.All'], status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  { name: '/users/$count without ConsistencyLevel', method: 'GET', url: '/v1.0/users/$count', status: 400, code: 'Request_BadRequest', message: '$count is not currently supported.' },
  { name: '$search without ConsistencyLevel', method: 'GET', url: '/v1.0/users?$search="displayName:Meg"', status: 400, code: 'Request_UnsupportedQuery', message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'" },
  { name: 'ne without the advanced parameters', method: 'GET', url: "/v1.0/users?$filter=department ne 'Sales'", status: 400, code: 'Request_UnsupportedQuery', message: ADVANCED_MESSAGE('ne') },
  { name: 'ne with the header but without $count', method: 'GET', url: "/v1.0/users?$filter=department ne 'Sales'", headers: EVENTUAL, status: 400, code: 'Request_UnsupportedQuery', message: ADVANCED_MESSAGE('ne') },
  { name: 'endsWith without the advanced parameters', method: 'GET', url: "/v1.0/users?$filter=endsWith(mail,'@contoso.com')", status: 400, code: 'Request_UnsupportedQuery', message: ADVANCED_MESSAGE('endsWith') },
  { name: 'not without the advanced parameters', method: 'GET', url: "/v1.0/users?$filter=not startsWith(displayName,'A')", status: 400, code: 'Request_UnsupportedQuery', message: ADVANCED_MESSAGE('not') },
  { name: 'a property not indexed for $filter', method: 'GET', url: "/v1.0/groups?$filter=createdDateTime ge 2021-11-01&$count=true", headers: EVENTUAL, status: 400, code: 'Request_UnsupportedQuery', message: "Unsupported or invalid query filter clause specified for property 'createdDateTime' of resource 'Group'." },
  { name: 'a property the type does not have', method: 'GET', url: "/v1.0/users?$filter=favouriteColour eq 'blue'", status: 400, code: 'BadRequest', message: "Invalid filter clause: Could not find a property named 'favouriteColour' on type 'microsoft.graph.user'." },
  { name: 'a skuId compared with a string', method: 'GET', url: `/v1.0/users?$filter=assignedLicenses/any(x:x/skuId eq '${E5}')`, status: 400, code: 'BadRequest', message: "Invalid filter clause: A binary operator with incompatible types was detected. Found operand types 'Edm.Guid' and 'Edm.String' for operator kind 'Equal'." },
  { name: 'a filter cut short', method: 'GET', url: '/v1.0/users?$filter=department eq', status: 400, code: 'BadRequest', message: "Invalid filter clause: Expression expected at position 13 in 'department eq'." },
  { name: 'an unterminated string', method: 'GET', url: "/v1.0/users?$filter=department eq 'Sales", status: 400, code: 'BadRequest', message: "Invalid filter clause: There is an unterminated string literal at position 14 in 'department eq 'Sales'." },
  { name: 'a character OData does not know', method: 'GET', url: '/v1.0/users?$filter=department eq %23', status: 400, code: 'BadRequest', message: "Invalid filter clause: Syntax error: character '#' is not valid at position 14 in 'department eq #'." },
  { name: 'a group left open', method: 'GET', url: "/v1.0/users?$filter=(department eq 'Sales'", status: 400, code: 'BadRequest', message: "Invalid filter clause: ')' or operator expected at position 22 in '(department eq 'Sales''." },
  { name: '$filter with $orderby without the advanced parameters', method: 'GET', url: "/v1.0/users?$filter=department eq 'Sales'&$orderby=displayName", status: 400, code: 'Request_UnsupportedQuery', message: 'Sorting not supported for current query.' },
  { name: 'a page larger than 999', method: 'GET', url: '/v1.0/users?$top=1000', status: 400, code: 'Request_UnsupportedQuery', message: "Invalid page size specified: '1000'. Must be between 1 and 999 inclusive." },
  { name: 'a $select of a property the type does not have', method: 'GET', url: '/v1.0/users?$select=displayName,shoeSize', status: 400, code: 'BadRequest', message: "Parsing OData Select and Expand failed: Could not find a property named 'shoeSize' on type 'microsoft.graph.user'." },
  { name: 'a query option given twice', method: 'GET', url: '/v1.0/users?$top=1&$top=2', status: 400, code: 'BadRequest', message: "Query option 'Top' was specified more than once, but it must be specified at most once." },
  { name: 'a page token that was never issued', method: 'GET', url: '/v1.0/users?$skiptoken=garbage', status: 400, code: 'Directory_ExpiredPageToken', message: 'The specified page token value has expired and can no longer be included in your request.' },
  { name: 'an unknown segment', method: 'GET', url: '/v1.0/usres', status: 400, code: 'BadRequest', message: UNKNOWN_SEGMENT('usres') },
  { name: 'a method the resource does not take', method: 'PUT', url: '/v1.0/users', status: 405, code: 'Request_BadRequest', message: 'Specified HTTP method is not allowed for the request uri.' },
  { name: 'a user without a password', method: 'POST', url: '/v1.0/users', body: { accountEnabled: true, displayName: 'Ann', mailNickname: 'ann', userPrincipalName: 'ann@contoso.com' }, status: 400, code: 'Request_BadRequest', message: 'A password must be specified to create a new user.' },
  { name: 'a user on a domain the tenant has not verified', method: 'POST', url: '/v1.0/users', body: { accountEnabled: true, displayName: 'Ann', mailNickname: 'ann', userPrincipalName: 'ann@fabrikam.com', passwordProfile: { password: 'xWwvJ]6NMw+bWH-d' } }, status: 400, code: 'Request_BadRequest', message: 'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.' },
  { name: 'a user principal name already taken', method: 'POST', url: '/v1.0/users', body: { accountEnabled: true, displayName: 'Megan', mailNickname: 'megan2', userPrincipalName: 'MeganB@contoso.com', passwordProfile: { password: 'xWwvJ]6NMw+bWH-d' } }, status: 400, code: 'Request_BadRequest', message: 'Another object with the same value for property userPrincipalName already exists.' },
  { name: 'a body property users do not have', method: 'PATCH', url: '/v1.0/users/MeganB@contoso.com', body: { shoeSize: 42 }, status: 400, code: 'BadRequest', message: "The property 'shoeSize' does not exist on type 'microsoft.graph.user'. Make sure to only use property names that are defined by the type or mark the type as open type." },
  { name: 'a license for a user without a usage location', method: 'POST', url: '/v1.0/users/CameronW@contoso.com/assignLicense', body: { addLicenses: [{ skuId: E5 }], removeLicenses: [] }, status: 400, code: 'Request_BadRequest', message: 'License assignment cannot be done for user with invalid usage location.' },
  { name: 'a license the tenant does not hold', method: 'POST', url: '/v1.0/users/MeganB@contoso.com/assignLicense', body: { addLicenses: [{ skuId: '11111111-1111-1111-1111-111111111111' }], removeLicenses: [] }, status: 400, code: 'Request_BadRequest', message: 'License 11111111-1111-1111-1111-111111111111 does not correspond to a valid company License.' },
  { name: 'assignLicense without removeLicenses', method: 'POST', url: '/v1.0/users/MeganB@contoso.com/assignLicense', body: { addLicenses: [] }, status: 400, code: 'Request_BadRequest', message: "Invalid value specified for property 'removeLicenses' of resource 'assignLicense'." },
  { name: 'a user with no manager', method: 'GET', url: '/v1.0/users/admin@contoso.onmicrosoft.com/manager', status: 404, code: 'Request_ResourceNotFound', message: "Resource 'manager' does not exist or one of its queried reference-property objects are not present." },
  { name: 'a member reference that is not a directory object URL', method: 'POST', url: '/v1.0/groups/00000000-0000-0000-0000-000000000000/members/$ref', body: { '@odata.id': 'x' }, status: 404, code: 'Request_ResourceNotFound', message: "Resource '00000000-0000-0000-0000-000000000000' does not exist or one of its queried reference-property objects are not present." },
  { name: 'too many alternatives in a filter', method: 'GET', url: `/v1.0/users?$filter=department in (${Array.from({ length: 16 }, (_, i) => `'d${i}'`).join(',')})`, status: 400, code: 'Request_UnsupportedQuery', message: "Too many child clauses specified in search filter expression containing 'OR' operators: 16. Max allowed: 15." },
];

describe('Graph answers a bad request with its real status, code and message', () => {
  it.each(rows)('$name', (row) => {
    const { call, port } = graphOn();
    const response = call(row.method, row.url, { ...(row.body !== undefined ? { body: row.body } : {}), ...(row.headers ? { headers: row.headers } : {}), ...(row.scopes ? { scopes: row.scopes } : {}) });
    expect(response.status).toBe(row.status);
    const error = errorOf(response);
    expect({ code: error.code, message: error.message }).toEqual({ code: row.code, message: row.message });
    expect(Object.keys(error.innerError)).toEqual(['date', 'request-id', 'client-request-id']);
    expect(error.innerError.date).toBe(port.getTenant().clock.now.slice(0, 19));
    expect(error.innerError['request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(response.headers['request-id']).toBe(error.innerError['request-id']);
  });

  it('echoes the client-request-id the caller sent', () => {
    const { call } = graphOn();
    const response = call('GET', '/v1.0/users/nobody', { headers: { 'client-request-id': 'abc-123' } });
    expect(errorOf(response).innerError['client-request-id']).toBe('abc-123');
    expect(response.headers['client-request-id']).toBe('abc-123');
  });

  it('gives the same request ids on every run of the same calls', () => {
    const ids = () => {
      const { call } = graphOn();
      return [call('GET', '/v1.0/users/nobody'), call('GET', '/v1.0/users/nobody')].map((response) => response.headers['request-id']);
    };
    const first = ids();
    expect(first[0]).not.toBe(first[1]);
    expect(ids()).toEqual(first);
  });

  it("refuses what the signed-in admin's roles don't allow, even with the permission consented", () => {
    const { call, port } = graphOn('AllanD@contoso.com');
    const before = port.getTenant();
    const response = call('POST', '/v1.0/domains', { body: { id: 'allan.example.com' } });
    expect(response.status).toBe(403);
    expect(errorOf(response).code).toBe('Authorization_RequestDenied');
    expect(port.getTenant()).toBe(before);
    expect(call('GET', '/v1.0/auditLogs/directoryAudits').status).toBe(403);
  });

  it('refuses a body that is not JSON off the wire', () => {
    const { service } = graphOn();
    const response = service.handleRaw({ method: 'POST', url: 'https://graph.microsoft.com/v1.0/users', headers: {}, bodyText: '{not json' }, { scopes: ['User.ReadWrite.All'], app: { appId: 'x', displayName: 'x' } });
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toBe('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  });
});
