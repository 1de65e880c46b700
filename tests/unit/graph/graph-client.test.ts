import { Client, PageIterator, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import type * as Graph from '@microsoft/microsoft-graph-types';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_COMMAND_LINE_TOOLS, type GraphService } from '../../../src/graph';
import { graphHandlers } from '../../../src/graph/msw-handlers';
import { ALL_SCOPES, graphOn } from './support';

/** The last link of the official client's middleware chain, pointed at the emulation instead of the network. */
class EmulationMiddleware implements Middleware {
  constructor(private readonly service: GraphService) {}

  async execute(context: Context): Promise<void> {
    const request = typeof context.request === 'string' ? new Request(context.request, context.options) : context.request;
    const headers: Record<string, string> = {};
    new Headers(context.options?.headers ?? request.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const bodyText = typeof context.options?.body === 'string' ? context.options.body : '';
    const answer = this.service.handleRaw({ method: context.options?.method ?? request.method, url: request.url, headers, bodyText }, { scopes: ALL_SCOPES, app: GRAPH_COMMAND_LINE_TOOLS });
    const body = answer.body === undefined ? null : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    context.response = new Response(body, { status: answer.status, headers: answer.headers });
  }
}

function clientFor(service: GraphService): Client {
  return Client.initWithMiddleware({ middleware: new EmulationMiddleware(service), defaultVersion: 'v1.0' });
}

describe('the official Microsoft Graph client against the emulation', () => {
  it('reads typed users with a filter, a count and the advanced-query header', async () => {
    const { service } = graphOn();
    const client = clientFor(service);
    const page: { '@odata.count': number; value: Graph.User[] } = await client.api('/users').header('ConsistencyLevel', 'eventual').filter("department eq 'Sales'").count(true).select(['displayName', 'department']).get();
    expect(page['@odata.count']).toBe(page.value.length);
    expect(page.value.every((user) => user.department === 'Sales')).toBe(true);
  });

  it('follows every next link with the PageIterator', async () => {
    const { service, port } = graphOn();
    const client = clientFor(service);
    const first = await client.api('/users').top(4).get();
    const names: string[] = [];
    const iterator = new PageIterator(client, first, (user: Graph.User) => {
      names.push(user.displayName!);
      return true;
    });
    await iterator.iterate();
    expect(names).toHaveLength(port.getTenant().directory.users.size);
  });

  it('creates, updates and deletes, and raises Graph errors as GraphError with the real code', async () => {
    const { service, port } = graphOn();
    const client = clientFor(service);
    const created: Graph.User = await client.api('/users').post({
      accountEnabled: true,
      displayName: 'Client User',
      mailNickname: 'clientuser',
      userPrincipalName: 'clientuser@contoso.com',
      passwordProfile: { password: 'xWwvJ]6NMw+bWH-d', forceChangePasswordNextSignIn: true },
    } satisfies Graph.User);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    await client.api(`/users/${created.id}`).patch({ jobTitle: 'Tester' } satisfies Graph.User);
    const fetched: Graph.User = await client.api(`/users/${created.id}`).select('jobTitle').get();
    expect(fetched.jobTitle).toBe('Tester');
    await client.api(`/users/${created.id}`).delete();
    expect(port.getTenant().directory.deletedUsers.size).toBe(1);
    await expect(client.api('/users/nobody@contoso.com').get()).rejects.toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
  });
});

describe('Mock Service Worker answers graph.microsoft.com for any fetch', () => {
  const { service, port } = graphOn();
  let scopes: readonly string[] = ALL_SCOPES;
  const server = setupServer(...graphHandlers(service, () => ({ scopes, app: GRAPH_COMMAND_LINE_TOOLS })), http.all('*', () => new Response('unexpected', { status: 599 })));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('answers a plain fetch, JSON body and all', async () => {
    const response = await fetch("https://graph.microsoft.com/v1.0/users?$filter=startsWith(displayName,'Meg')&$select=displayName");
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(displayName)', value: [{ displayName: 'Megan Bowen' }] });
  });

  it('passes the request body through to the command path', async () => {
    const response = await fetch('https://graph.microsoft.com/v1.0/users/MeganB@contoso.com', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ city: 'Lyon' }) });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const megan = [...Object.values(port.getTenant().directory.users.buckets)].flatMap((bucket) => Object.values(bucket ?? {})).find((user) => user.userPrincipalName === 'MeganB@contoso.com');
    expect(megan!.city).toBe('Lyon');
  });

  it('asks for the consented permissions at the time of each request', async () => {
    scopes = ['User.Read'];
    const denied = await fetch('https://graph.microsoft.com/v1.0/users');
    scopes = ALL_SCOPES;
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('Authorization_RequestDenied');
  });
});
