import type { Completion } from './completion';
import { toTerminalText } from './terminal-text';

/** What the line editor needs from the console around it. */
export interface EditorHost {
  /** Writes raw terminal data (echo, cursor moves). */
  write(data: string): void;
  /** Runs a complete command line; resolves when it has finished. */
  run(text: string): Promise<void>;
  /** Stops the running command line (Ctrl+C). */
  stop(): void;
  needsMoreInput(text: string): boolean;
  complete(line: string, cursor: number): Completion;
  history(): readonly string[];
  prompt(): string;
  clear(): void;
  columns(): number;
}

const CONTINUATION = '>> ';

/** Keys as xterm reports them. */
const KEYS: Readonly<Record<string, string>> = {
  '\x1b[A': 'up', '\x1b[B': 'down', '\x1b[C': 'right', '\x1b[D': 'left',
  '\x1b[H': 'home', '\x1b[F': 'end', '\x1bOH': 'home', '\x1bOF': 'end', '\x1b[1~': 'home', '\x1b[4~': 'end',
  '\x1b[3~': 'delete', '\x7f': 'backspace', '\b': 'backspace', '\t': 'tab', '\r': 'enter', '\n': 'enter',
  '\x03': 'interrupt', '\x0c': 'clear', '\x01': 'home', '\x05': 'end', '\x1b': 'escape',
};

// Matching the escape character is the point here.
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /^\x1b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])/;
// eslint-disable-next-line no-control-regex
const PRINTABLE_RUN = /^[^\x00-\x1f\x7f]+/;

/**
 * PowerShell's line editing in the terminal: echo, cursor keys, history (up/down), tab
 * completion that cycles, `>>` continuation for unfinished input, Ctrl+C, Ctrl+L. Keys typed
 * while a command runs wait their turn, as PowerShell's type-ahead does. Pure logic over an
 * EditorHost, so it is tested (and timed) without a browser.
 */
export class LineEditor {
  private buffer = '';
  private cursor = 0;
  private pending: string[] = [];
  private historyIndex = -1;
  private draft = '';
  private busy = false;
  private queued = '';
  private cycle: { completion: Completion; index: number; line: string } | null = null;

  constructor(private readonly host: EditorHost) {}

  /** Shows the first prompt. */
  start(): void {
    this.host.write(this.promptText());
  }

  get line(): string {
    return this.buffer;
  }

  private promptText(): string {
    return this.pending.length > 0 ? CONTINUATION : this.host.prompt();
  }

  /** Takes what xterm's onData gives: typed characters, pasted text or key sequences. */
  input(data: string): void {
    if (this.busy) {
      if (data.includes('\x03')) this.host.stop();
      else this.queued += data;
      return;
    }
    let rest = data;
    while (rest.length > 0 && !this.busy) {
      // A run of printable characters (a pasted line) is typed at once.
      const printable = PRINTABLE_RUN.exec(rest)?.[0];
      if (printable) {
        rest = rest.slice(printable.length);
        this.type(printable);
        continue;
      }
      const sequence = ESCAPE_SEQUENCE.exec(rest)?.[0];
      const token = sequence ?? (rest.startsWith('\r\n') ? '\r\n' : rest[0]!);
      rest = rest.slice(token.length);
      const key = KEYS[token === '\r\n' ? '\r' : token];
      if (key) this.key(key);
    }
    if (this.busy) this.queued = rest + this.queued;
  }

  private type(text: string): void {
    this.cycle = null;
    const atEnd = this.cursor === this.buffer.length;
    this.buffer = this.buffer.slice(0, this.cursor) + text + this.buffer.slice(this.cursor);
    this.cursor += text.length;
    const width = this.host.columns();
    const end = this.promptText().length + this.buffer.length;
    // Typing at the end of a line that does not wrap is echoed as it is: the fast path of every keystroke.
    if (atEnd && end % width !== 0) this.host.write(toTerminalText(text));
    else this.redraw(this.cursor - text.length);
  }

  private key(name: string): void {
    if (name !== 'tab') this.cycle = null;
    switch (name) {
      case 'enter': return this.enter();
      case 'backspace':
        if (this.cursor === 0) return;
        this.buffer = this.buffer.slice(0, this.cursor - 1) + this.buffer.slice(this.cursor);
        return this.redraw(this.cursor--);
      case 'delete':
        if (this.cursor === this.buffer.length) return;
        this.buffer = this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1);
        return this.redraw(this.cursor);
      case 'left': return this.moveTo(Math.max(0, this.cursor - 1));
      case 'right': return this.moveTo(Math.min(this.buffer.length, this.cursor + 1));
      case 'home': return this.moveTo(0);
      case 'end': return this.moveTo(this.buffer.length);
      case 'up': return this.recall(1);
      case 'down': return this.recall(-1);
      case 'tab': return this.completeToken();
      case 'interrupt':
        this.host.write('^C\r\n');
        this.reset();
        this.host.write(this.promptText());
        return;
      case 'clear':
        this.host.clear();
        this.host.write(this.promptText());
        return this.redraw(0);
      case 'escape':
        this.buffer = '';
        return this.redraw(this.cursor, 0);
    }
  }

  private reset(): void {
    this.buffer = '';
    this.cursor = 0;
    this.pending = [];
    this.historyIndex = -1;
  }

  private enter(): void {
    this.moveTo(this.buffer.length);
    this.host.write('\r\n');
    const lines = [...this.pending, this.buffer];
    const text = lines.join('\n');
    const continuing = this.pending.length > 0;
    if (!(continuing && this.buffer.trim() === '') && this.host.needsMoreInput(text)) {
      this.pending = lines;
      this.buffer = '';
      this.cursor = 0;
      this.host.write(CONTINUATION);
      return;
    }
    const script = text;
    this.reset();
    if (script.trim() === '') {
      this.host.write(this.promptText());
      return;
    }
    this.busy = true;
    void this.host.run(script).finally(() => {
      this.busy = false;
      this.host.write(this.promptText());
      const typeAhead = this.queued;
      this.queued = '';
      if (typeAhead) this.input(typeAhead);
    });
  }

  private recall(direction: 1 | -1): void {
    const history = this.host.history();
    if (history.length === 0) return;
    if (this.historyIndex === -1) this.draft = this.buffer;
    const next = Math.max(-1, Math.min(history.length - 1, this.historyIndex + direction));
    if (next === this.historyIndex) return;
    this.historyIndex = next;
    const previousCursor = this.cursor;
    this.buffer = next === -1 ? this.draft : history[history.length - 1 - next]!;
    this.cursor = this.buffer.length;
    this.redraw(previousCursor);
  }

  private completeToken(): void {
    if (!this.cycle || this.cycle.line !== this.buffer) {
      const completion = this.host.complete(this.buffer, this.cursor);
      if (completion.candidates.length === 0) return;
      this.cycle = { completion, index: -1, line: this.buffer };
    }
    const { completion } = this.cycle;
    this.cycle.index = (this.cycle.index + 1) % completion.candidates.length;
    const candidate = completion.candidates[this.cycle.index]!;
    const before = this.cycle.line.slice(0, completion.start);
    const after = this.cycle.line.slice(completion.end);
    const previousCursor = this.cursor;
    this.buffer = before + candidate + after;
    this.cursor = before.length + candidate.length;
    this.cycle = { ...this.cycle, line: this.buffer, completion: { ...completion, end: completion.start + candidate.length } };
    this.redraw(previousCursor);
  }

  /** Moves the terminal's cursor from one position of the input to another, across wrapped rows. */
  private cursorMove(from: number, to: number): string {
    const width = this.host.columns();
    const offset = this.promptText().length;
    const fromRow = Math.floor((offset + from) / width);
    const toRow = Math.floor((offset + to) / width);
    const vertical = toRow < fromRow ? `\x1b[${fromRow - toRow}A` : toRow > fromRow ? `\x1b[${toRow - fromRow}B` : '';
    return `${vertical}\x1b[${((offset + to) % width) + 1}G`;
  }

  private moveTo(position: number): void {
    if (position === this.cursor) return;
    this.host.write(this.cursorMove(this.cursor, position));
    this.cursor = position;
  }

  /** Rewrites the input from its start: the prompt, the text, and the cursor where it belongs. */
  private redraw(previousCursor: number, cursor = this.cursor): void {
    this.cursor = cursor;
    const width = this.host.columns();
    const prompt = this.promptText();
    const end = prompt.length + this.buffer.length;
    const up = Math.floor((prompt.length + previousCursor) / width);
    let data = `${up > 0 ? `\x1b[${up}A` : ''}\r${prompt}${toTerminalText(this.buffer)}\x1b[J`;
    // At an exact multiple of the width the terminal waits to wrap; a CR LF makes the row real.
    if (end > 0 && end % width === 0) data += '\r\n';
    data += this.cursorMove(this.buffer.length, this.cursor);
    this.host.write(data);
  }
}
