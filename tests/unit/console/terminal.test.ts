import { describe, expect, it } from 'vitest';
import { complete } from '../../../src/console/session/completion';
import { runInSlices } from '../../../src/console/session/driver';
import { LineEditor } from '../../../src/console/session/line-editor';
import { toTerminalText } from '../../../src/console/session/terminal-text';
import { createConsole, type ConsoleUnderTest } from './support';

/** A line editor over a console, recording what it writes to the terminal and what it runs. */
function editorFor(console: ConsoleUnderTest, columns = 80) {
  const written: string[] = [];
  const ran: string[] = [];
  let release: (() => void) | null = null;
  const editor = new LineEditor({
    write: (data) => written.push(data),
    run: (text) => {
      ran.push(text);
      console.session.run(text);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    stop: () => console.session.stop(),
    needsMoreInput: (text) => console.session.needsMoreInput(text),
    complete: (line, cursor) => complete(console.session, line, cursor),
    history: () => console.session.history,
    prompt: () => console.session.prompt(),
    clear: () => written.push('<clear>'),
    columns: () => columns,
  });
  editor.start();
  return {
    editor,
    written,
    ran,
    /** Lets the command line that runs finish, as the page's slices would. */
    async finish() {
      const done = release;
      release = null;
      done?.();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe('terminal text', () => {
  it('shows control characters as symbols so output cannot drive the terminal', () => {
    const hostile = 'a\x1b]52;c;cHduZWQ=\x07b\x1b[2J\rc\u009b31m';
    const safe = toTerminalText(hostile);
    expect([...safe].filter((c) => (c < ' ' && c !== '\n' && c !== '\r' && c !== '\t') || (c >= '\x7f' && c <= '\x9f'))).toEqual([]);
    expect(safe).toBe('a\u241b]52;c;cHduZWQ=\u2407b\u241b[2J\u240dc\ufffd31m');
    expect(toTerminalText('one\ntwo\r\nthree\ttab')).toBe('one\r\ntwo\r\nthree\ttab');
  });

  it('keeps a CSV cell\'s markup as text from the file to the table', () => {
    const console = createConsole();
    console.session.services.files.write('x.csv', 'Name\n"<img src=x onerror=alert(1)>\x1b[31m"\n');
    const out = toTerminalText(console.run('Import-Csv ./x.csv'));
    expect(out).toContain('<img src=x onerror=alert(1)>\u241b[31m');
  });
});

describe('the line editor', () => {
  it('echoes typed characters as they are, then runs the line on Enter', async () => {
    const console = createConsole();
    const { editor, written, ran, finish } = editorFor(console);
    expect(written).toEqual(['PS /home/admin> ']);
    editor.input('1+');
    editor.input('1');
    expect(written.slice(1)).toEqual(['1+', '1']);
    editor.input('\r');
    expect(ran).toEqual(['1+1']);
    await finish();
    expect(written[written.length - 1]).toBe('PS /home/admin> ');
    expect(console.host.text()).toBe('2\n');
  });

  it('asks for more lines with >> while the input is unfinished, and an empty line submits it', async () => {
    const console = createConsole();
    const { editor, written, ran, finish } = editorFor(console);
    editor.input('foreach ($i in 1..2) {\r');
    expect(written).toContain('>> ');
    editor.input('$i * 10\r');
    editor.input('}\r');
    expect(ran).toEqual(['foreach ($i in 1..2) {\n$i * 10\n}']);
    await finish();
    expect(console.host.text()).toBe('10\n20\n');
    editor.input('"unterminated\r');
    editor.input('\r');
    expect(ran[1]).toBe('"unterminated\n');
  });

  it('recalls history with the arrow keys and edits in the middle of the line', async () => {
    const console = createConsole();
    const { editor, ran, finish } = editorFor(console);
    editor.input("'first'\r");
    await finish();
    editor.input("'second'\r");
    await finish();
    editor.input('\x1b[A\x1b[A');
    expect(editor.line).toBe("'first'");
    editor.input('\x1b[B');
    expect(editor.line).toBe("'second'");
    editor.input('\x1b[D\x1b[D\x7fX');
    expect(editor.line).toBe("'secoXd'");
    editor.input('\x1b[H\x1b[3~');
    expect(editor.line).toBe("secoXd'");
    expect(ran).toEqual(["'first'", "'second'"]);
  });

  it('completes cmdlets, parameters, variables and files with Tab, cycling on each press', () => {
    const console = createConsole();
    const { editor } = editorFor(console);
    editor.input('Get-MgUserL\t');
    expect(editor.line).toBe('Get-MgUserLicenseDetail');
    editor.input(' -Us\t');
    expect(editor.line).toBe('Get-MgUserLicenseDetail -UserId');
    editor.input('\x1b');
    editor.input('Format-T\t');
    expect(editor.line).toBe('Format-Table');
    editor.input('\x1b');
    console.session.run('$department = "Sales"');
    editor.input('$dep\t');
    expect(editor.line).toBe('$department');
    editor.input('\x1b');
    console.session.services.files.write('users.csv', 'a');
    console.session.services.files.write('usage.csv', 'b');
    editor.input('Import-Csv us\t');
    expect(editor.line).toBe('Import-Csv ./usage.csv');
    editor.input('\t');
    expect(editor.line).toBe('Import-Csv ./users.csv');
  });

  it('completes a ValidateSet parameter\'s values', () => {
    const console = createConsole();
    expect(complete(console.session, 'Write-Host x -ForegroundColor Dark', 'Write-Host x -ForegroundColor Dark'.length).candidates).toContain('DarkRed');
  });

  it('Ctrl+C abandons the line, and stops a running script; keys typed meanwhile wait their turn', async () => {
    const console = createConsole();
    const { editor, written, ran, finish } = editorFor(console);
    editor.input('Get-Nothing');
    editor.input('\x03');
    expect(written).toContain('^C\r\n');
    expect(editor.line).toBe('');
    editor.input("'a'\r");
    editor.input("'b'\r");
    expect(ran).toEqual(["'a'"]);
    await finish();
    expect(ran).toEqual(["'a'", "'b'"]);
  });

  it('rewrites a line that wraps across rows from its first row', () => {
    const console = createConsole();
    const { editor, written } = editorFor(console, 20);
    editor.input('x'.repeat(30));
    written.length = 0;
    editor.input('\x1b[H');
    expect(written.join('')).toBe('\x1b[2A\x1b[17G');
  });
});

describe('running in slices', () => {
  it('gives the thread back between slices and finishes the script', async () => {
    const console = createConsole();
    let clock = 0;
    const slices: (() => void)[] = [];
    const done = runInSlices(console.session.start('$n = 0; foreach ($i in 1..5000) { $n += $i }; $n'), {
      sliceMs: 5,
      now: () => (clock += 1),
      schedule: (next) => slices.push(next),
    });
    expect(slices.length).toBe(1);
    while (slices.length > 0) slices.shift()!();
    expect(await done).toBe('completed');
    expect(console.host.text()).toBe('12502500\n');
  });
});
