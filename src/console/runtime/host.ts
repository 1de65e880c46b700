/** A colour Write-Host may ask for (ConsoleColor's names). */
export type ConsoleColor =
  | 'Black' | 'DarkBlue' | 'DarkGreen' | 'DarkCyan' | 'DarkRed' | 'DarkMagenta' | 'DarkYellow' | 'Gray'
  | 'DarkGray' | 'Blue' | 'Green' | 'Cyan' | 'Red' | 'Magenta' | 'Yellow' | 'White';

export const CONSOLE_COLORS: readonly ConsoleColor[] = [
  'Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray',
  'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White',
];

/** One piece of what a script shows: plain output, an error, a warning, or Write-Host text. */
export interface HostLine {
  readonly stream: 'output' | 'error' | 'warning' | 'verbose' | 'host';
  /** The text; may hold several lines separated by "\n". Never markup: the terminal shows it as typed. */
  readonly text: string;
  readonly foreground?: ConsoleColor;
  readonly background?: ConsoleColor;
  /** Write-Host -NoNewline. */
  readonly noNewline?: boolean;
}

/** Where the console's text goes: the terminal in the page, or a recorder in tests and the CLI. */
export interface ConsoleHost {
  /** Columns available for tables and lists. */
  readonly width: number;
  write(line: HostLine): void;
  clear(): void;
}

/** A host that keeps what it was given, for tests and benchmarks. */
export class RecordingHost implements ConsoleHost {
  readonly lines: HostLine[] = [];
  cleared = 0;

  constructor(readonly width = 120) {}

  write(line: HostLine): void {
    this.lines.push(line);
  }

  clear(): void {
    this.cleared++;
    this.lines.length = 0;
  }

  /** Everything written, as the terminal would show it (errors included), one string. */
  text(streams?: readonly HostLine['stream'][]): string {
    return this.lines
      .filter((line) => !streams || streams.includes(line.stream))
      .map((line) => (line.noNewline ? line.text : `${line.text}\n`))
      .join('');
  }
}
