import { RecordingHost } from '../../src/console/runtime/host';
import { PSDateTime } from '../../src/console/runtime/values';
import { complete } from '../../src/console/session/completion';
import { ConsoleSession } from '../../src/console/session/console-session';
import { LineEditor } from '../../src/console/session/line-editor';
import type { GraphHandler } from '../../src/console/session/services';
import { createGraphService, memoryTenantPort, type GraphResponse } from '../../src/graph';
import { createLargeTenant, findUserByUserPrincipalName } from '../../src/tenant';
import { sample, timeOnce, type Figure } from './harness';

/*
 * The console on the 50,000-user tenant, through the real Graph emulation: a pipeline over every
 * user (Get-MgUser -All pages 100 users a request, as the SDK does), and the time from a
 * keystroke to its echo in the line editor.
 */

const PIPELINE = "Get-MgUser -All | Where-Object { $_.Country -eq 'Germany' } | Measure-Object";

/** Answers each request as the emulation answered it the first time: the console's own share of the time. */
function replaying(graph: GraphHandler): GraphHandler {
  const answers = new Map<string, GraphResponse>();
  return {
    handle(request, caller) {
      const key = `${request.method} ${request.url}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = graph.handle(request, caller);
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

function largeConsole(wrap: (graph: GraphHandler) => GraphHandler = (graph) => graph) {
  const tenant = createLargeTenant(50_000);
  const upn = 'admin@fabrikam.onmicrosoft.com';
  const port = memoryTenantPort(tenant, findUserByUserPrincipalName(tenant, upn)!.id);
  const host = new RecordingHost();
  const session = new ConsoleSession({
    graph: wrap(createGraphService(port)),
    host,
    identity: () => ({ userPrincipalName: upn, tenantId: tenant.organization.id, domains: ['fabrikam.com'], alias: 'admin' }),
    now: () => new PSDateTime(Date.parse(tenant.clock.now)),
  });
  session.run('Connect-MgGraph -Scopes User.Read.All -NoWelcome');
  return { session, host };
}

function pipelineFigures(): Figure[] {
  const figures: Figure[] = [];
  for (const [label, wrap] of [['', undefined], [' (Graph answers replayed: the console alone)', replaying]] as const) {
    const { session, host } = largeConsole(wrap);
    const run = (script: string) => () => {
      host.lines.length = 0;
      session.run(script);
    };
    const all = sample(run(PIPELINE), 3, 1);
    const counted = host.text().match(/Count\s+: (\d+)/)?.[1];
    const requests = Math.ceil(50_001 / 100);
    figures.push({ name: `console: Get-MgUser -All | Where-Object | Measure-Object${label}`, value: all.median, unit: 'ms', target: 300, note: `p90 ${all.p90.toFixed(0)} ms; ${requests} page requests; ${counted} users, as Country is not a default property` });
    const selected = sample(run("Get-MgUser -All -Property Country | Where-Object { $_.Country -eq 'Germany' } | Measure-Object"), 3, 1);
    const germany = host.text().match(/Count\s+: (\d+)/)?.[1];
    figures.push({ name: `console: the same with -Property Country${label}`, value: selected.median, unit: 'ms', target: 300, note: `p90 ${selected.p90.toFixed(0)} ms; ${germany} users in Germany` });
  }
  return figures;
}

function keystrokeFigures(): Figure[] {
  const { session } = largeConsole();
  let written = 0;
  const editor = new LineEditor({
    write: (data) => {
      written += data.length;
    },
    run: () => Promise.resolve(),
    stop: () => undefined,
    needsMoreInput: (text) => session.needsMoreInput(text),
    complete: (line, cursor) => complete(session, line, cursor),
    history: () => session.history,
    prompt: () => session.prompt(),
    clear: () => undefined,
    columns: () => 120,
  });
  editor.start();
  const line = "Get-MgUser -All -Property DisplayName,Department | Where-Object Department -eq 'Sales'";
  const typed = sample((i) => editor.input(line[i % line.length]!), 2_000, 200);
  editor.input('\x1b');
  editor.input(line);
  editor.input('\x1b[H');
  const inserted = sample(() => editor.input('x'), 2_000, 200);
  editor.input('\x1b');
  const tab = timeOnce(() => editor.input('Get-MgUserL\t'));
  return [
    { name: 'console: keystroke to echo, at the end of the line', value: typed.median, unit: 'ms', target: 16, note: `p90 ${typed.p90.toFixed(3)} ms, max ${typed.max.toFixed(2)} ms (${written} characters echoed)` },
    { name: 'console: keystroke to echo, inside a long line (redrawn)', value: inserted.median, unit: 'ms', target: 16, note: `p90 ${inserted.p90.toFixed(3)} ms` },
    { name: 'console: Tab completion of a cmdlet name', value: tab, unit: 'ms', target: 16 },
  ];
}

function runawayFigure(): Figure {
  const { session, host } = largeConsole();
  const elapsed = timeOnce(() => session.run('while ($true) { }'));
  const stopped = host.text().includes('it looks like a loop that never ends');
  return { name: 'console: a runaway while ($true) {} stopped by the step budget', value: elapsed, unit: 'ms', note: `${session.interpreter.stepBudget.toLocaleString('en-US')} steps, run unsliced${stopped ? '' : ' (NOT STOPPED)'}` };
}

export function consoleBenchmarks(): Figure[] {
  return [...pipelineFigures(), ...keystrokeFigures(), runawayFigure()];
}
