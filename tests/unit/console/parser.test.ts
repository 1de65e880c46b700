import { readFileSync } from 'node:fs';
import { generate } from 'peggy';
import { describe, expect, it } from 'vitest';
import type { ExpressionNode, PipelineNode, StatementNode } from '../../../src/console/language/ast';
import { ParseException, parseScript } from '../../../src/console/language/parse';

function statement(source: string): StatementNode {
  const script = parseScript(source);
  expect(script.statements).toHaveLength(1);
  return script.statements[0]!;
}

function expression(source: string): ExpressionNode {
  const node = statement(source) as PipelineNode;
  const element = node.elements[0]!;
  if (element.kind !== 'commandExpression') throw new Error(`${source} is not an expression`);
  return element.expression;
}

/** The expression as a compact text, to compare trees by their shape. */
function shape(node: ExpressionNode): string {
  switch (node.kind) {
    case 'binary': return `(${shape(node.left)} ${node.operator} ${shape(node.right)})`;
    case 'unary': return `(${node.operator} ${shape(node.operand)})`;
    case 'arrayLiteral': return `[${node.elements.map(shape).join(', ')}]`;
    case 'constant': return typeof node.value === 'string' ? `'${node.value}'` : String(node.value);
    case 'variable': return `$${node.name}`;
    case 'member': return `${shape(node.target)}.${shape(node.member)}`;
    case 'cast': return `[${node.type}]${shape(node.operand)}`;
    default: return node.kind;
  }
}

function parseError(source: string): ParseException {
  try {
    parseScript(source);
  } catch (error) {
    if (error instanceof ParseException) return error;
    throw error;
  }
  throw new Error(`${source} parsed`);
}

describe('the console grammar', () => {
  it('reads command mode: parameters, barewords, comma lists and a colon value', () => {
    const node = statement('Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All -NoWelcome:$false') as PipelineNode;
    const command = node.elements[0]!;
    expect(command.kind).toBe('command');
    if (command.kind !== 'command') return;
    expect(command.name).toBe('Connect-MgGraph');
    expect(command.elements.map((element) => element.kind)).toEqual(['parameter', 'argument', 'parameter']);
    const list = command.elements[1]!;
    expect(list.kind === 'argument' && shape(list.value)).toBe("['User.ReadWrite.All', 'Organization.Read.All']");
    const colon = command.elements[2]!;
    expect(colon.kind === 'parameter' && colon.value && shape(colon.value)).toBe('$false');
  });

  it('reads the same dash as an operator in expression mode and a parameter in command mode', () => {
    expect(shape(expression('$a -eq 5'))).toBe('($a -eq 5)');
    const node = statement('Where-Object Department -eq Sales') as PipelineNode;
    const command = node.elements[0]!;
    expect(command.kind === 'command' && command.elements.map((element) => element.kind)).toEqual(['argument', 'parameter', 'argument']);
  });

  it('follows PowerShell precedence: comma before arithmetic, -not before comparison, casts tightest', () => {
    expect(shape(expression('1, 2 + 3'))).toBe('([1, 2] + 3)');
    expect(shape(expression('-not $a -eq $b'))).toBe('((-not $a) -eq $b)');
    expect(shape(expression('-not 1, 2'))).toBe('(-not [1, 2])');
    expect(shape(expression('1 + 2 * 3 -gt 6 -and $x'))).toBe('(((1 + (2 * 3)) -gt 6) -and $x)');
    expect(shape(expression('[int]$a + 1'))).toBe('([int]$a + 1)');
    expect(shape(expression("'{0}' -f 1, 2"))).toBe("('{0}' -f [1, 2])");
  });

  it('keeps case-sensitive operator variants and accepts dashes pasted from documents', () => {
    expect(shape(expression("$a -CEQ 'x'"))).toBe("($a -ceq 'x')");
    expect(shape(expression('$a \u2013eq 5'))).toBe('($a -eq 5)');
  });

  it('interpolates variables and subexpressions in double quotes, not single quotes', () => {
    const interpolated = expression('"Hi $name, $($user.DisplayName)!"');
    expect(interpolated.kind).toBe('expandableString');
    expect(interpolated.kind === 'expandableString' && interpolated.parts.map((part) => (typeof part === 'string' ? part : part.kind))).toEqual(['Hi ', 'variable', ', ', 'subexpression', '!']);
    expect(expression("'Hi $name'")).toMatchObject({ kind: 'constant', value: 'Hi $name' });
    expect(expression("'It''s'")).toMatchObject({ kind: 'constant', value: "It's" });
    expect(expression('"a`tb"')).toMatchObject({ kind: 'constant', value: 'a\tb' });
  });

  it('reads here-strings, hashtables, script blocks, splats and the call operator', () => {
    expect(expression("@'\na,b\n1,2\n'@")).toMatchObject({ kind: 'constant', value: 'a,b\n1,2' });
    const table = expression("@{ Name = 'x'; Expression = { $_.Id }\n Count = 2 }");
    expect(table.kind === 'hashtable' && table.entries.length).toBe(3);
    const node = statement('Update-MgUser @params -WhatIf') as PipelineNode;
    const command = node.elements[0]!;
    expect(command.kind === 'command' && command.elements[0]).toMatchObject({ kind: 'splat', variable: 'params' });
    expect(statement('& $block 1 2')).toMatchObject({ kind: 'pipeline' });
  });

  it('reads statements: if/elseif/else, foreach, for, while, do/until, try/catch/finally, function', () => {
    expect(statement('if ($a) { 1 } elseif ($b) { 2 } else { 3 }')).toMatchObject({ kind: 'if', clauses: [{}, {}] });
    expect(statement('foreach ($u in $users) { $u }')).toMatchObject({ kind: 'foreach', variable: 'u' });
    expect(statement('for ($i = 0; $i -lt 3; $i++) { $i }')).toMatchObject({ kind: 'for' });
    expect(statement('while ($true) { break }')).toMatchObject({ kind: 'while' });
    expect(statement('do { $i++ } until ($i -gt 3)')).toMatchObject({ kind: 'do', until: true });
    expect(statement('try { Get-X } catch { $_ } finally { 1 }')).toMatchObject({ kind: 'try' });
    expect(statement('function Get-Twice($x) { $x * 2 }')).toMatchObject({ kind: 'function', name: 'Get-Twice' });
  });

  it('treats foreach after a pipe as ForEach-Object, and %/? as aliases even without a space', () => {
    const node = statement('$a | foreach { $_ } | ?{ $_ }') as PipelineNode;
    expect(node.elements.map((element) => (element.kind === 'command' ? element.name : element.kind))).toEqual(['commandExpression', 'foreach', '?']);
  });

  it('ignores comments and joins lines ending in a backtick', () => {
    expect(parseScript('# a comment\nGet-MgUser `\n  -All <# inline #> # trailing').statements).toHaveLength(1);
  });
});

describe('malformed input', () => {
  const cases: readonly [string, string, string, number, boolean][] = [
    ['Get-MgUser -Filter "x', 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: ".', 19, true],
    ["'abc", 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '.", 0, true],
    ['if ($x) {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", 8, true],
    ['$a -eq', 'ExpectedValueExpression', "You must provide a value expression following the '-eq' operator.", 3, true],
    ['Get-X |', 'EmptyPipeElement', 'An empty pipe element is not allowed.', 6, true],
    ['Get-X | 5', 'ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.', 8, false],
    ['@{ a }', 'MissingEqualsInHashLiteral', "Missing '=' operator after key in hash literal.", 5, false],
    ['Get-X }', 'UnexpectedToken', "Unexpected token '}' in expression or statement.", 6, false],
    ['$a -foo $b', 'UnexpectedToken', "Unexpected token '-foo' in expression or statement.", 3, false],
    ['if $x', 'MissingOpenParenthesisInIfStatement', "Missing '(' after 'if' in if statement.", 3, false],
    ['foreach ($u $users) {}', 'MissingInInForeach', "Missing 'in' after variable in foreach loop.", 12, false],
    ['-not', 'MissingExpressionAfterOperator', "Missing expression after unary operator '-not'.", 0, true],
    ['[int', 'EndSquareBracketExpectedAtEndOfType', 'Missing ] at end of attribute or type literal.', 0, false],
    ['$a.', 'MissingPropertyName', 'Missing property name after reference operator.', 2, false],
    ['try { }', 'MissingCatchOrFinally', 'The Try statement is missing its Catch or Finally block.', 7, true],
  ];

  it.each(cases)('%s gives %s with PowerShell\'s message and position', (source, id, message, start, incomplete) => {
    const error = parseError(source);
    expect(error.errorId).toBe(id);
    expect(error.message).toBe(message);
    expect(error.extent.start).toBe(start);
    expect(error.incomplete).toBe(incomplete);
  });

  it('reports brackets nested thousands deep as an error, not a crash', () => {
    expect(parseError('('.repeat(20_000)).errorId).toBe('ScriptTooComplex');
  });

  it('parses long and pathological input in bounded time (the parser memoises)', () => {
    const long = `$x = ${'1 + '.repeat(5_000)}1`;
    expect(parseScript(long).statements).toHaveLength(1);
    expect(parseError(`${'$a -and '.repeat(2_000)}`).errorId).toBe('ExpectedValueExpression');
    expect(parseError('"'.repeat(10_001)).errorId).toBe('TerminatorExpectedAtEndOfString');
  });

  it('never throws anything but a ParseException for any short input', () => {
    const alphabet = ['$', '(', ')', '{', '}', '[', ']', '"', "'", '@', '|', '-', 'a', '=', ' ', '\n', ',', '.', '#', '`', '%', '?', ';', '1'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let i = 0; i < 2_000; i++) {
      const source = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      try {
        parseScript(source);
      } catch (error) {
        expect(error, source).toBeInstanceOf(ParseException);
      }
    }
  });
});

describe('the generated parser', () => {
  it('is the one the grammar generates (run npm run console-grammar after editing the grammar)', () => {
    const grammar = readFileSync('src/console/language/powershell.peggy', 'utf8');
    const committed = readFileSync('src/console/language/parser.generated.js', 'utf8');
    const fresh = generate(grammar, { output: 'source', format: 'es', cache: true, grammarSource: 'src/console/language/powershell.peggy' });
    const body = (text: string) => text.slice(text.indexOf('function peg$subclass'));
    expect(body(committed)).toBe(body(fresh));
  });
});
