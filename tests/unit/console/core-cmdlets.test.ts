import { describe, expect, it } from 'vitest';
import { CORE_CASES, PEOPLE } from './core-cases';
import { createConsole } from './support';



describe('core cmdlets', () => {
  it.each(CORE_CASES)('%s: %s', (_name, script, expected) => {
    const console = createConsole();
    console.run(PEOPLE);
    const output = console.run(script);
    if (expected.length === 0) expect(output).toBe('');
    for (const part of expected) {
      if (typeof part === 'string') expect(output).toContain(part);
      else expect(output).toMatch(part);
    }
  });

  it('binds parameters as PowerShell does and reports each binding error', () => {
    const console = createConsole();
    expect(console.run('Sort-Object -Desc -Prop Name')).toBe('');
    expect(console.run('Select-Object -P Name')).toContain("Parameter cannot be processed because the parameter name 'P' is ambiguous. Possible matches include: -Property -PipelineVariable.");
    expect(console.run('Get-Content')).toContain('Cannot process command because of one or more missing mandatory parameters: Path.');
    expect(console.run('Select-Object -First x')).toContain('Cannot bind parameter \'First\'. Cannot convert value "x" to type "System.Int32".');
    expect(console.run("Write-Host 'a' -ForegroundColor Purple")).toContain('The argument "Purple" does not belong to the set');
    expect(console.run("Get-Content -Path ''")).toContain("Cannot bind argument to parameter 'Path' because it is an empty string.");
    expect(console.run("Get-Location 'x'")).toContain("A positional parameter cannot be found that accepts argument 'x'.");
    expect(console.run('Get-Date -Format')).toContain("Missing an argument for parameter 'Format'.");
  });

  it('-ErrorAction, -ErrorVariable and -OutVariable work on every cmdlet', () => {
    const console = createConsole();
    expect(console.run('Remove-Item ./missing.txt -ErrorAction SilentlyContinue')).toBe('');
    expect(console.run('Import-Csv ./missing.csv -ErrorAction SilentlyContinue')).toContain('Could not find file');
    expect(console.run("try { Remove-Item ./missing.txt -ErrorAction Stop } catch { 'caught' }")).toBe('caught\n');
    console.run('Remove-Item ./missing.txt -ErrorVariable problems -ErrorAction SilentlyContinue');
    expect(console.run('$problems.Count')).toBe('1\n');
    console.run("Write-Output 5 -OutVariable kept | Out-Null");
    expect(console.run('$kept')).toBe('5\n');
  });

  it('says a command takes no pipeline input when something is piped to it', () => {
    expect(createConsole().run("'x' | Get-Location")).toContain('The input object cannot be bound to any parameters for the command');
  });
});
