import type { Terminal } from '@xterm/xterm';
import type { ConsoleColor, ConsoleHost, HostLine } from '../../../console/runtime/host';
import { toTerminalText } from '../../../console/session/terminal-text';

/** SGR foreground codes for PowerShell's console colours. */
const FOREGROUND: Readonly<Record<ConsoleColor, number>> = {
  Black: 30, DarkRed: 31, DarkGreen: 32, DarkYellow: 33, DarkBlue: 34, DarkMagenta: 35, DarkCyan: 36, Gray: 37,
  DarkGray: 90, Red: 91, Green: 92, Yellow: 93, Blue: 94, Magenta: 95, Cyan: 96, White: 97,
};

function styleOf(line: HostLine): string {
  const codes: number[] = [];
  if (line.stream === 'error') codes.push(FOREGROUND.Red);
  else if (line.stream === 'warning' || line.stream === 'verbose') codes.push(FOREGROUND.Yellow);
  else if (line.foreground) codes.push(FOREGROUND[line.foreground]);
  if (line.background) codes.push(FOREGROUND[line.background] + 10);
  return codes.length > 0 ? `\x1b[${codes.join(';')}m` : '';
}

/**
 * The console's host in the page: every line goes through toTerminalText, so nothing a script
 * prints can drive the terminal; the only escape sequences written are the colours chosen here.
 */
export class TerminalHost implements ConsoleHost {
  constructor(private readonly terminal: Terminal) {}

  get width(): number {
    return Math.max(40, this.terminal.cols);
  }

  write(line: HostLine): void {
    const style = styleOf(line);
    const text = toTerminalText(line.text);
    this.terminal.write(`${style}${text}${style ? '\x1b[0m' : ''}${line.noNewline ? '' : '\r\n'}`);
  }

  clear(): void {
    this.terminal.clear();
  }
}
