import type { Terminal } from '@xterm/xterm';
import { createGraphService } from '../../../graph';
import { complete } from '../../../console/session/completion';
import { ConsoleSession } from '../../../console/session/console-session';
import { runInSlices } from '../../../console/session/driver';
import { FileStore } from '../../../console/session/files';
import { LineEditor } from '../../../console/session/line-editor';
import type { TenantStore } from '../../../session/tenant-store';
import { TerminalHost } from './terminal-host';
import { clockOf, identityOf, storePort } from './tenant-port';

/** How long a script runs before the page gets the thread back to paint and take keys. */
const SLICE_MS = 12;

/**
 * One console window: a session over the page's tenant, its home directory, and the line editor
 * between the terminal and the session. Lives as long as the page's tenant store.
 */
export class ConsoleController {
  readonly files: FileStore;
  private session: ConsoleSession | null = null;
  private editor: LineEditor | null = null;
  private terminal: Terminal | null = null;
  private onExit: () => void = () => undefined;
  /** True while a command line runs. */
  running = false;

  constructor(private readonly store: TenantStore) {
    const identity = identityOf(store.getTenant(), store.getSignedInUserId());
    this.files = new FileStore(`/home/${identity.alias.toLowerCase()}`);
  }

  /** Connects a terminal: a new one on each mount, the same session behind it. */
  attach(terminal: Terminal): () => void {
    this.terminal = terminal;
    const host = new TerminalHost(terminal);
    const store = this.store;
    const session = new ConsoleSession({
      graph: createGraphService(storePort(store)),
      identity: () => identityOf(store.getTenant(), store.getSignedInUserId()),
      now: () => clockOf(store.getTenant()),
      host,
      files: this.files,
    });
    if (this.session) session.history.push(...this.session.history);
    this.session = session;
    const editor = new LineEditor({
      write: (data) => terminal.write(data),
      run: async (text) => {
        this.running = true;
        try {
          const outcome = await runInSlices(session.start(text), { sliceMs: SLICE_MS, now: () => performance.now(), schedule: (next) => setTimeout(next, 0) });
          if (outcome === 'exit') this.onExit();
        } finally {
          this.running = false;
        }
      },
      stop: () => session.stop(),
      needsMoreInput: (text) => session.needsMoreInput(text),
      complete: (line, cursor) => complete(session, line, cursor),
      history: () => session.history,
      prompt: () => session.prompt(),
      clear: () => terminal.clear(),
      columns: () => terminal.cols,
    });
    this.editor = editor;
    terminal.writeln('\x1b[93mRequesting a Cloud Shell.\x1b[0mSucceeded.');
    terminal.writeln('Connecting terminal...');
    terminal.writeln('');
    terminal.writeln('Welcome to Tenant Lab Cloud Shell. PowerShell with the Microsoft Graph PowerShell SDK and');
    terminal.writeln('Microsoft Entra PowerShell, on this tenant. Type Get-Help or Get-Command to start;');
    terminal.writeln('Connect-MgGraph -Scopes ... signs in.');
    terminal.writeln('');
    editor.start();
    const subscription = terminal.onData((data) => editor.input(data));
    return () => {
      subscription.dispose();
      if (this.terminal === terminal) this.terminal = null;
    };
  }

  /** What `exit` does (the panel closes); returns the undo for an effect's cleanup. */
  setExitHandler(handler: () => void): () => void {
    this.onExit = handler;
    return () => {
      if (this.onExit === handler) this.onExit = () => undefined;
    };
  }

  /** Runs a line as if typed (the browser test drives the console this way too). */
  type(text: string): void {
    this.editor?.input(text);
  }
}
