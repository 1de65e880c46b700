/**
 * The console's home directory, like Cloud Shell's clouddrive: files the learner uploads, and
 * files scripts write (Export-Csv) for the learner to download. Kept in memory for the page's
 * life; nothing is read from or written to the learner's disk except by upload and download.
 */
export interface ConsoleFile {
  readonly name: string;
  readonly content: string;
  readonly modified: number;
}

export class FileStore {
  private readonly files = new Map<string, ConsoleFile>();
  private readonly listeners = new Set<() => void>();
  private clock = 0;
  private sorted: readonly ConsoleFile[] = [];

  constructor(readonly home: string) {}

  /** A path as the store keys it: relative to home, `./` and `~/` and the home prefix removed. */
  normalize(path: string): string {
    let name = path.trim().replace(/\\/g, '/');
    if (name.startsWith('~/')) name = name.slice(2);
    if (name.startsWith(`${this.home}/`)) name = name.slice(this.home.length + 1);
    while (name.startsWith('./')) name = name.slice(2);
    return name;
  }

  /** The full path PowerShell would print for a name, e.g. /home/admin/users.csv. */
  fullPath(path: string): string {
    return `${this.home}/${this.normalize(path)}`;
  }

  read(path: string): ConsoleFile | undefined {
    return this.files.get(this.normalize(path).toLowerCase());
  }

  write(path: string, content: string): ConsoleFile {
    const name = this.normalize(path);
    const file = { name, content, modified: ++this.clock };
    this.files.set(name.toLowerCase(), file);
    this.notify();
    return file;
  }

  remove(path: string): boolean {
    const removed = this.files.delete(this.normalize(path).toLowerCase());
    if (removed) this.notify();
    return removed;
  }

  /** The files by name; the same array until a file changes, so a view can subscribe to it. */
  list(): readonly ConsoleFile[] {
    return this.sorted;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.sorted = [...this.files.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const listener of this.listeners) listener();
  }
}
