import { useCallback, useMemo, useRef, useState } from 'react';
import { createGraphService, GRAPH_EXPLORER, type GraphCaller, type GraphMethod, type GraphService, type ScopeRequirement, type TenantPort } from '../../../graph';
import { useTenantStore } from '../../tenant-context';
import { DEFAULT_CONSENTED_SCOPES, parseHeaderLines } from './sample-queries';

export interface ExplorerResponse {
  readonly status: number;
  readonly statusText: string;
  readonly milliseconds: number;
  readonly headers: readonly [string, string][];
  /** The body as text, pretty-printed when it is JSON: shown as text, never as markup. */
  readonly body: string;
}

export type StartWorker = (service: GraphService, caller: () => GraphCaller) => Promise<void>;

/** The browser's worker, loaded only when a query runs, so the explorer's own code stays small too. */
const startBrowserWorker: StartWorker = async (service, caller) => (await import('../../../graph/browser-worker')).startGraphWorker(service, caller);

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** Graph Explorer's state: the request being written, the consented permissions, and the last response. */
export function useGraphExplorer(startWorker: StartWorker = startBrowserWorker) {
  const store = useTenantStore();
  const [method, setMethod] = useState<GraphMethod>('GET');
  const [url, setUrl] = useState('https://graph.microsoft.com/v1.0/me');
  const [headerText, setHeaderText] = useState('');
  const [body, setBody] = useState('');
  const [consented, setConsented] = useState<readonly string[]>(DEFAULT_CONSENTED_SCOPES);
  const [response, setResponse] = useState<ExplorerResponse | null>(null);
  const [running, setRunning] = useState(false);
  const consentedRef = useRef<readonly string[]>(DEFAULT_CONSENTED_SCOPES);

  const service = useMemo(() => {
    const port: TenantPort = { getTenant: () => store.getTenant(), getSignedInUserId: () => store.getSignedInUserId(), send: (command, app) => store.send(command, app) };
    return createGraphService(port);
  }, [store]);

  const permissions: readonly ScopeRequirement[] = useMemo(() => service.permissionsFor(method, url) ?? [], [service, method, url]);

  const consent = useCallback((scopes: readonly string[]) => {
    const next = [...new Set([...consentedRef.current, ...scopes])];
    consentedRef.current = next;
    setConsented(next);
  }, []);

  const run = useCallback(async () => {
    setRunning(true);
    try {
      await startWorker(service, () => ({ scopes: consentedRef.current, app: GRAPH_EXPLORER }));
      const started = performance.now();
      const answer = await fetch(url, { method, headers: { ...(body.trim() && method !== 'GET' ? { 'content-type': 'application/json' } : {}), ...parseHeaderLines(headerText) }, ...(body.trim() && method !== 'GET' ? { body } : {}) });
      const text = await answer.text();
      const milliseconds = Math.round(performance.now() - started);
      setResponse({ status: answer.status, statusText: answer.statusText, milliseconds, headers: [...answer.headers.entries()], body: pretty(text) });
    } catch (error) {
      setResponse({ status: 0, statusText: 'Failed to fetch', milliseconds: 0, headers: [], body: error instanceof Error ? error.message : String(error) });
    } finally {
      setRunning(false);
    }
  }, [startWorker, service, url, method, headerText, body]);

  return { method, setMethod, url, setUrl, headerText, setHeaderText, body, setBody, consented, consent, permissions, response, running, run };
}
