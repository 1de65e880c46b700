import { describe, expect, it } from 'vitest';
import { createConsole } from './support';

/** Runs lines in one console and returns the text of the last. */
function run(...lines: string[]): string {
  const console = createConsole();
  let last = '';
  for (const line of lines) last = console.run(line);
  return last;
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('values and variables', () => {
  it('keeps variables between command lines, and $null, $true and $false are constants', () => {
    const console = createConsole();
    console.run('$count = 2');
    expect(console.run('$count * 21')).toBe('42\n');
    expect(console.run('$true = 1')).toContain('Cannot overwrite variable true because it is read-only or constant.');
  });

  it('interpolates in double quotes only, and "$user.Name" reads the variable, not the property', () => {
    expect(run("$user = [PSCustomObject]@{ Name = 'Adele' }", '"Hi $($user.Name)"')).toBe('Hi Adele\n');
    expect(run("$user = [PSCustomObject]@{ Name = 'Adele' }", '"Hi $user.Name"')).toBe('Hi @{Name=Adele}.Name\n');
    expect(run("$name = 'x'", "'Hi $name'")).toBe('Hi $name\n');
  });

  it('builds arrays, hashtables and [PSCustomObject], and unrolls arrays in the pipeline', () => {
    expect(run('$a = 1, 2, 3', '$a.Count')).toBe('3\n');
    expect(run('$a = @()', '$a += 5', '$a += 6', '$a -join ","')).toBe('5,6\n');
    expect(run('$h = @{ Sales = 3 }', "$h['Sales'] + $h.sales")).toBe('6\n');
    expect(run("$o = [PSCustomObject]@{ A = 1; B = 'x' }", '$o.b')).toBe('x\n');
    expect(lines(run('@(1, 2) | ForEach-Object { $_ * 10 }'))).toEqual(['10', '20']);
  });

  it('does arithmetic and string operations as PowerShell does', () => {
    expect(run('10 / 4')).toBe('2.5\n');
    expect(run("'5' + 5")).toBe('55\n');
    expect(run("5 + '5'")).toBe('10\n');
    expect(run('[int]2.5 + [int]3.5')).toBe('6\n');
    expect(run("'ab' * 3")).toBe('ababab\n');
    expect(run('"{0:N1} {1,-4}|" -f 1234.56, "x"')).toBe('1,234.6 x   |\n');
    expect(run('1 / 0')).toContain('Attempted to divide by zero.');
  });
});

describe('comparison operators', () => {
  it('compare text without case unless the operator says c', () => {
    expect(run("'Sales' -eq 'sales'")).toBe('True\n');
    expect(run("'Sales' -ceq 'sales'")).toBe('False\n');
    expect(run("'Sales' -ne 'Retail'")).toBe('True\n');
    expect(run("'b' -gt 'A'")).toBe('True\n');
    expect(run('10 -lt 9')).toBe('False\n');
  });

  it('-like matches wildcards, -match matches regular expressions and fills $Matches', () => {
    expect(run("'AdeleV@contoso.com' -like '*@CONTOSO.com'")).toBe('True\n');
    expect(run("'AdeleV@contoso.com' -notlike 'a?ele*'")).toBe('False\n');
    expect(run("'Sales-42' -match '^(?<dept>[a-z]+)-(\\d+)$'", '$Matches.dept + $Matches[2]')).toBe('Sales42\n');
    expect(run("'x' -match '(a)\\1'")).toContain('The regular expression pattern (a)\\1 is not valid.');
  });

  it('-match runs in linear time on a pattern that makes backtracking engines hang', () => {
    expect(run(`'${'a'.repeat(5_000)}!' -match '^(a+)+$'`)).toBe('False\n');
  });

  it('-in, -contains, and a collection on the left filters', () => {
    expect(run("'US' -in 'CA', 'us'")).toBe('True\n');
    expect(run("'CA', 'US' -contains 'GB'")).toBe('False\n');
    expect(lines(run('1, 5, 10 -gt 4'))).toEqual(['5', '10']);
  });

  it('-replace, -split and -join', () => {
    expect(run("'a.b.c' -replace '\\.', '-'")).toBe('a-b-c\n');
    expect(run("'John Smith' -replace '(\\w+) (\\w+)', '$2, $1'")).toBe('Smith, John\n');
    expect(lines(run("'a,b;c' -split '[,;]'"))).toEqual(['a', 'b', 'c']);
    expect(run('-join (1, 2)')).toBe('12\n');
  });

  it('reports a comparison it cannot make', () => {
    expect(run("5 -gt 'abc'")).toContain('Could not compare "5" to "abc".');
  });
});

describe('statements', () => {
  it('if / elseif / else, and PowerShell truth', () => {
    expect(run("$x = ''; if ($x) { 'yes' } elseif (@()) { 'empty' } else { 'no' }")).toBe('no\n');
    expect(run("if ('False') { 'a non-empty string is true' }")).toBe('a non-empty string is true\n');
  });

  it('foreach, for, while and do/until loops with break and continue', () => {
    expect(lines(run('foreach ($i in 1..5) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }'))).toEqual(['1', '3']);
    expect(lines(run('for ($i = 0; $i -lt 3; $i++) { $i }'))).toEqual(['0', '1', '2']);
    expect(run('$i = 0; while ($i -lt 5) { $i++ }; $i')).toBe('5\n');
    expect(run('$i = 0; do { $i += 2 } until ($i -ge 5); $i')).toBe('6\n');
  });

  it('splats a hashtable as named parameters and an array as positional ones', () => {
    expect(run("$p = @{ Object = 'x'; Separator = '-' }", 'Write-Host @p')).toBe('x\n');
    expect(run('function Add($a, $b) { $a + $b }', '$n = 2, 3', 'Add @n')).toBe('5\n');
  });

  it('functions take named and positional arguments and keep their variables to themselves', () => {
    expect(run('$x = 1', 'function Set-X { $x = 99; $x }', 'Set-X; $x')).toBe('99\n1\n');
    expect(run('function Greet { param($Name = "you") "Hello $Name" }', 'Greet -Name Ada')).toBe('Hello Ada\n');
  });

  it('try/catch takes a terminating error; $_ is the error record', () => {
    expect(run("try { throw 'boom' } catch { \"caught: $($_.Exception.Message)\" } finally { 'done' }")).toBe('caught: boom\ndone\n');
  });

  it('a statement-terminating error is shown and the script goes on', () => {
    const out = run("Get-Nothing; 'after'");
    expect(out).toContain("The term 'Get-Nothing' is not recognized");
    expect(out.trimEnd().endsWith('after')).toBe(true);
  });

  it('a method call on $null and an unknown type are PowerShell errors', () => {
    expect(run('$nothing.Trim()')).toContain('You cannot call a method on a null-valued expression.');
    expect(run('[Nope]::Go()')).toContain('Unable to find type [Nope].');
  });
});

describe('runaway scripts', () => {
  it('stops while ($true) {} after the step budget with a clear message', () => {
    const console = createConsole(undefined, { stepBudget: 50_000 });
    const out = console.run('while ($true) { }');
    expect(out).toContain('The script was stopped after 50,000 steps: it looks like a loop that never ends.');
    expect(out).toContain('it looks like a loop that never ends');
    expect(console.session.interpreter.steps).toBeGreaterThan(50_000);
  });

  it('stops for(;;), endless recursion and a runaway ForEach-Object', () => {
    const console = createConsole(undefined, { stepBudget: 20_000 });
    expect(console.run('for (;;) { }')).toContain('stopped after 20,000 steps');
    expect(console.run('function Loop { Loop }; Loop')).toContain('The script failed due to call depth overflow.');
    expect(console.run('1..100000 | ForEach-Object { $_ }')).toContain('stopped after 20,000 steps');
  });

  it('charges the copying of a growing array, so $a += in an endless loop stops too', () => {
    const console = createConsole(undefined, { stepBudget: 200_000 });
    expect(console.run('$a = @(); while ($true) { $a += 1 }')).toContain('stopped after 200,000 steps');
  });

  it('keeps what the script did before it was stopped, and the next line runs with a fresh budget', () => {
    const console = createConsole(undefined, { stepBudget: 10_000 });
    console.run('$n = 0; while ($true) { $n++ }');
    expect(Number(console.run('$n'))).toBeGreaterThan(1_000);
    expect(console.run("'next'")).toBe('next\n');
  });

  it('stops at the next step when asked (Ctrl+C)', () => {
    const console = createConsole();
    const job = console.session.start('while ($true) { }');
    job.next();
    console.session.stop();
    let result = job.next();
    while (!result.done) result = job.next();
    expect(result.value).toBe('stopped');
  });
});
