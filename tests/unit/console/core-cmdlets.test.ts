import { describe, expect, it } from 'vitest';
import { createConsole } from './support';

const PEOPLE = "$people = @([PSCustomObject]@{ Name = 'Adele'; Dept = 'Retail'; Age = 30 }, [PSCustomObject]@{ Name = 'Megan'; Dept = 'Marketing'; Age = 41 }, [PSCustomObject]@{ Name = 'Alex'; Dept = 'Retail'; Age = 25 })";

/** Each core cmdlet: a command line run after the people above exist, and what it must print. */
export const CORE_CASES: readonly (readonly [cmdlet: string, script: string, expected: readonly (string | RegExp)[]])[] = [
  ['Where-Object', "$people | Where-Object { $_.Dept -eq 'retail' } | ForEach-Object Name", ['Adele\nAlex\n']],
  ['Where-Object', '$people | Where-Object Age -gt 28 | ForEach-Object Name', ['Adele\nMegan\n']],
  ['Where-Object', "$people | ? Name -like 'a*' | % Name", ['Adele\nAlex\n']],
  ['ForEach-Object', '$people | ForEach-Object -Begin { $n = 0 } -Process { $n += $_.Age } -End { $n }', ['96\n']],
  ['Select-Object', '$people | Select-Object Name, @{ n = "Years"; e = { $_.Age } } -First 2', [/Name\s+Years\n-+\s+-+\nAdele\s+30\nMegan\s+41/]],
  ['Select-Object', '$people | Select-Object -ExpandProperty Dept -Unique', ['Retail\nMarketing\n']],
  ['Select-Object', '$people | Select-Object -Last 1 -Property Name', [/Name\n----\nAlex/]],
  ['Sort-Object', '$people | Sort-Object Age -Descending | ForEach-Object Name', ['Megan\nAdele\nAlex\n']],
  ['Sort-Object', "$people | Sort-Object Dept, @{ Expression = 'Name'; Descending = $true } | % Name", ['Megan\nAlex\nAdele\n']],
  ['Measure-Object', '$people | Measure-Object Age -Sum -Average -Maximum', [/Count\s+: 3/, /Average\s+: 32/, /Sum\s+: 96/, /Maximum\s+: 41/]],
  ['Measure-Object', '$people | Measure-Object Salary', ['The property "Salary" cannot be found in the input for any objects.']],
  ['Group-Object', '$people | Group-Object Dept | Select-Object Name, Count', [/Retail\s+2/, /Marketing\s+1/]],
  ['Format-Table', '$people | Format-Table Name, Age', [/Name\s+Age\n----\s+---\nAdele\s+30/]],
  ['Format-List', '$people[0] | Format-List *', [/Name : Adele\nDept : Retail\nAge  : 30/]],
  ['Out-String', '$s = $people[0] | Out-String; $s.GetType().Name; $s.Contains("Adele")', ['String\nTrue\n']],
  ['Out-Null', "'hidden' | Out-Null", []],
  ['Out-Host', "'shown' | Out-Host", ['shown\n']],
  ['Out-File', "$people | Out-File ./people.txt; (Get-Content ./people.txt -Raw).Contains('Megan')", ['True\n']],
  ['Write-Output', "Write-Output 'a', 'b' | Measure-Object | % Count", ['2\n']],
  ['Write-Host', "Write-Host 'a' 'b' -Separator '+'", ['a+b\n']],
  ['Write-Error', "Write-Error 'Something broke'", ['Something broke', 'WriteErrorException']],
  ['Write-Warning', "Write-Warning 'careful'", ['WARNING: careful\n']],
  ['Write-Verbose', "Write-Verbose 'quiet'; Write-Verbose 'loud' -Verbose", ['VERBOSE: loud\n']],
  ['Write-Progress', "Write-Progress -Activity 'Working' -PercentComplete 50; 'after'", ['after\n']],
  ['Import-Csv', "Set-Content ./u.csv 'Name,Dept','Ada,Sales'; (Import-Csv ./u.csv).Dept", ['Sales\n']],
  ['Import-Csv', 'Import-Csv ./missing.csv', ["Could not find file '/home/admin/missing.csv'.", 'FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand']],
  ['Export-Csv', '$people | Select-Object Name, Dept | Export-Csv ./out.csv; Get-Content ./out.csv', ['"Name","Dept"\n"Adele","Retail"\n"Megan","Marketing"\n"Alex","Retail"\n']],
  ['ConvertTo-Csv', '$people[0] | ConvertTo-Csv', ['"Name","Dept","Age"\n"Adele","Retail","30"\n']],
  ['ConvertFrom-Csv', "@'\nUpn,Title\nAdeleV@contoso.com,\"Lead, Retail\"\n'@ | ConvertFrom-Csv | % Title", ['Lead, Retail\n']],
  ['ConvertTo-Json', '@{ a = 1; b = @(1, 2) } | ConvertTo-Json -Compress', ['{"a":1,"b":[1,2]}\n']],
  ['ConvertFrom-Json', "('{\"name\":\"x\",\"n\":[1,2]}' | ConvertFrom-Json).n.Count", ['2\n']],
  ['Get-Help', 'Get-Help Where-Object', ['SYNOPSIS', 'Selects objects from a collection based on their property values.', 'Where-Object [-InputObject']],
  ['Get-Help', 'Get-Help Sort-Object -Examples', ['---------- EXAMPLE 1 ----------']],
  ['Get-Command', 'Get-Command *-MgUser', [/Function\s+Get-MgUser\s+2\.25\.0\s+Microsoft\.Graph\.Users/, 'New-MgUser']],
  ['Get-Alias', 'Get-Alias ft', ['ft -> Format-Table']],
  ['Get-Member', '$people[0] | Get-Member', ['TypeName: System.Management.Automation.PSCustomObject', /Dept\s+NoteProperty\s+String Dept=Retail/]],
  ['Get-History', "'one'; Get-History | % CommandLine", ["'one'; Get-History | % CommandLine"]],
  ['Clear-Host', 'Clear-Host', []],
  ['Get-Date', "Get-Date -Format 'yyyy-MM-dd HH:mm'", ['2026-03-02 09:00\n']],
  ['New-Object', '$p = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile; $p.Password = "x"; $p.Password', ['x\n']],
  ['New-Object', '$list = New-Object System.Collections.Generic.List[string]; $list.Add("a"); $list.Count', ['1\n']],
  ['Start-Sleep', "Start-Sleep -Seconds 5; 'awake'", ['awake\n']],
  ['Get-Location', '(Get-Location).Path', ['/home/admin\n']],
  ['Get-ChildItem', "Set-Content ./a.txt 'x'; Get-ChildItem | % Name", ['a.txt\n']],
  ['Get-Content', "Set-Content ./b.txt 'one', 'two'; Get-Content ./b.txt -TotalCount 1", ['one\n']],
  ['Set-Content', "Set-Content ./c.txt 'new'; Get-Content ./c.txt", ['new\n']],
  ['Add-Content', "Set-Content ./d.txt 'one'; Add-Content ./d.txt 'two'; Get-Content ./d.txt", ['one\ntwo\n']],
  ['Remove-Item', "Set-Content ./e.txt 'x'; Remove-Item ./e.txt; Test-Path ./e.txt", ['False\n']],
  ['Test-Path', 'Test-Path ./nothing.csv', ['False\n']],
];

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
