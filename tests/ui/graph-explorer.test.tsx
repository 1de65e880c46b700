// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphCaller } from '../../src/graph';
import { graphHandlers } from '../../src/graph/msw-handlers';
import type { GraphService } from '../../src/graph/service';
import { findUserByUserPrincipalName, latestAuditRecords } from '../../src/tenant';
import { renderApp } from './render-app';

// jsdom has no service worker: the page's worker is replaced by msw's Node interceptor, which
// answers the page's real fetch calls with the same handlers and the page's own service.
const page: { service?: GraphService; caller?: () => GraphCaller } = {};
vi.mock('../../src/graph/browser-worker', () => ({
  startGraphWorker: (service: GraphService, caller: () => GraphCaller) => {
    page.service = service;
    page.caller = caller;
    return Promise.resolve();
  },
}));

const server = setupServer(
  ...graphHandlers(
    {
      handle: (request, caller) => page.service!.handle(request, caller),
      handleRaw: (request, caller) => page.service!.handleRaw(request, caller),
      permissionsFor: (method, url) => page.service!.permissionsFor(method, url),
    },
    () => page.caller!(),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => server.close());

function responseStatus(): HTMLElement {
  return within(screen.getByRole('region', { name: 'Response' })).getByRole('status');
}

describe('Graph Explorer', () => {
  it('runs my profile with the default permissions and shows the JSON as text', async () => {
    const { user } = renderApp('/entra/graph-explorer');
    await user.click(await screen.findByRole('button', { name: 'Run query' }));
    await waitFor(() => expect(responseStatus().textContent).toMatch(/- 200 - \d+ms$/));
    expect(screen.getByLabelText('Response body').textContent).toContain('"userPrincipalName": "admin@contoso.onmicrosoft.com"');
  });

  it('is refused without the permission, and runs once the learner consents to it', async () => {
    const { user, store } = renderApp('/entra/graph-explorer');
    await user.click(await screen.findByRole('button', { name: 'GET all users in the organization' }));
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await waitFor(() => expect(responseStatus().textContent).toMatch(/- 403 - /));
    expect(screen.getByLabelText('Response body').textContent).toContain('Authorization_RequestDenied');
    await user.click(screen.getByRole('tab', { name: 'Modify permissions' }));
    expect(screen.getByText('User.ReadBasic.All')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Consent' })[1]!);
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await waitFor(() => expect(responseStatus().textContent).toMatch(/- 200 - /));
    expect(store.getTenant().directory.users.size).toBeGreaterThan(0);
  });

  it('changes the tenant with a PATCH, recorded as done through Graph Explorer', async () => {
    const { user, store } = renderApp('/entra/graph-explorer');
    await user.click(await screen.findByRole('tab', { name: 'Modify permissions' }));
    await user.clear(screen.getByRole('textbox', { name: 'Request URL' }));
    await user.type(screen.getByRole('textbox', { name: 'Request URL' }), 'https://graph.microsoft.com/v1.0/users/MeganB@contoso.com');
    await user.selectOptions(screen.getByRole('combobox', { name: 'HTTP method' }), 'PATCH');
    await user.click(screen.getAllByRole('button', { name: 'Consent' })[0]!);
    await user.click(screen.getByRole('tab', { name: 'Request body' }));
    await user.click(screen.getByRole('textbox', { name: 'Request body' }));
    await user.paste('{"jobTitle": "<b>Lead</b>"}');
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await waitFor(() => expect(responseStatus().textContent).toMatch(/- 204 - /));
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    expect(megan.jobTitle).toBe('<b>Lead</b>');
    expect(latestAuditRecords(store.getTenant(), 1)[0]!.initiatedBy.app).toEqual({ appId: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064', displayName: 'Graph Explorer' });
  });
});
