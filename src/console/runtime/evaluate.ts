import type { AssignmentNode, BinaryNode, ExpressionNode, StatementNode, UnaryNode } from '../language/ast';
import { unexpectedToken } from '../language/parse';
import { castTo, isOfType, resolveType, typeNotFound } from './casts';
import { compare } from './comparison';
import { toNumber, toText } from './conversion';
import { DOTNET_MESSAGES, scriptError } from './errors';
import type { Interpreter } from './interpreter';
import { getIndex, getMember, setIndex, setMember } from './members';
import { invokeMethod, invokeStatic } from './methods';
import { add, arithmetic, format, join, logical, range, replace, split } from './operators';
import { PSHashtable, PSType, ScriptBlockValue, collapse, type PSValue } from './values';

const COMPARISONS = /^-[ci]?(eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|notcontains|in|notin)$/;

function typeOperand(interpreter: Interpreter, node: ExpressionNode): string {
  const value = node.kind === 'type' ? new PSType(node.name) : evaluate(interpreter, node);
  return value instanceof PSType ? value.name : toText(value);
}

function binary(interpreter: Interpreter, node: BinaryNode): PSValue {
  const operator = node.operator;
  if (operator === '-and' || operator === '-or' || operator === '-xor') {
    return logical(operator, evaluate(interpreter, node.left), () => evaluate(interpreter, node.right));
  }
  const left = evaluate(interpreter, node.left);
  if (operator === '-is' || operator === '-isnot') {
    const result = isOfType(left, typeOperand(interpreter, node.right), node.right.extent);
    return operator === '-is' ? result : !result;
  }
  if (operator === '-as') {
    try {
      return castTo(typeOperand(interpreter, node.right), left, node.extent);
    } catch {
      return null;
    }
  }
  const right = evaluate(interpreter, node.right);
  if (COMPARISONS.test(operator)) {
    const outcome = compare(operator, left, right, node.extent);
    if (outcome.matches) {
      const matches = new PSHashtable();
      outcome.matches.groups.forEach((group, index) => {
        if (group !== null) matches.set(String(index), group);
      });
      for (const [name, group] of Object.entries(outcome.matches.named)) if (group !== null) matches.set(name, group);
      interpreter.scope.set('Matches', matches);
    }
    return outcome.value;
  }
  const caseSensitive = /^-c/.test(operator);
  switch (operator.replace(/^-[ci](?=replace|split)/, '-')) {
    case '+':
      if (Array.isArray(left)) interpreter.charge(left.length >> 4);
      return add(left, right, node.extent);
    case '-': case '*': case '/': case '%': return arithmetic(operator as '-' | '*' | '/' | '%', left, right, node.extent);
    case '..': return range(left, right, node.extent);
    case '-replace': return replace(left, right, caseSensitive, node.extent);
    case '-split': return split(left, right, caseSensitive, node.extent);
    case '-join': return join(left, right);
    case '-f': return format(left, right, node.extent);
    case '-band': return toNumber(left, node.extent) & toNumber(right, node.extent);
    case '-bor': return toNumber(left, node.extent) | toNumber(right, node.extent);
    case '-bxor': return toNumber(left, node.extent) ^ toNumber(right, node.extent);
    default: throw scriptError(unexpectedToken(operator), 'UnexpectedToken', node.operatorExtent);
  }
}

function increment(interpreter: Interpreter, target: ExpressionNode, delta: number): { before: PSValue; after: PSValue } {
  const before = evaluate(interpreter, target);
  const after = toNumber(before, target.extent) + delta;
  assignTo(interpreter, target, after);
  return { before, after };
}

function unary(interpreter: Interpreter, node: UnaryNode): PSValue {
  switch (node.operator) {
    case '++': return increment(interpreter, node.operand, 1).after;
    case '--': return increment(interpreter, node.operand, -1).after;
    default: break;
  }
  const value = evaluate(interpreter, node.operand);
  switch (node.operator) {
    case '-not': case '!': return !logical('-and', value, () => true);
    case '-': return -toNumber(value, node.extent);
    case '+': return toNumber(value, node.extent);
    case '-join': return join(value, undefined);
    case '-split': return split(value, undefined, false, node.extent);
  }
}

function memberName(interpreter: Interpreter, node: ExpressionNode): string {
  return node.kind === 'constant' ? String(node.value) : toText(evaluate(interpreter, node));
}

/** The value of a statement used as a value: an expression as it is, a pipeline's output collapsed. */
export function statementValue(interpreter: Interpreter, statement: StatementNode): PSValue {
  if (statement.kind === 'pipeline' && statement.elements.length === 1 && statement.elements[0]!.kind === 'commandExpression') {
    return evaluate(interpreter, statement.elements[0]!.expression);
  }
  if (statement.kind === 'assignment') {
    interpreter.drain(interpreter.statement(statement, () => undefined));
    return evaluate(interpreter, statement.target.kind === 'cast' ? statement.target.operand : statement.target);
  }
  return collapse(interpreter.drain(interpreter.collect(statement)));
}

function statementsOutput(interpreter: Interpreter, statements: readonly StatementNode[]): PSValue[] {
  const items: PSValue[] = [];
  interpreter.drain(interpreter.statements(statements, (value) => items.push(value)));
  return items;
}

/** Evaluates an expression to its value. */
export function evaluate(interpreter: Interpreter, node: ExpressionNode): PSValue {
  switch (node.kind) {
    case 'constant': return node.value;
    case 'variable': return readVariable(interpreter, node.name);
    case 'expandableString':
      return node.parts.map((part) => (typeof part === 'string' ? part : toText(evaluate(interpreter, part)))).join('');
    case 'binary': return binary(interpreter, node);
    case 'unary': return unary(interpreter, node);
    case 'postfix': return increment(interpreter, node.operand, node.operator === '++' ? 1 : -1).before;
    case 'cast': {
      const value = evaluate(interpreter, node.operand);
      if (node.type.toLowerCase() === 'ordered' && node.operand.kind !== 'hashtable') {
        throw scriptError('The ordered attribute can be specified only on a hash literal node.', 'OrderedAttributeOnlyOnHashLiteralNode', node.extent, 'ParserError');
      }
      return castTo(node.type, value, node.extent);
    }
    case 'type':
      if (!resolveType(node.name)) throw typeNotFound(node.name, node.extent);
      return new PSType(node.name);
    case 'arrayLiteral': return node.elements.map((element) => evaluate(interpreter, element));
    case 'paren': return statementValue(interpreter, node.statement);
    case 'subexpression': return collapse(statementsOutput(interpreter, node.statements));
    case 'arraySubexpression': return statementsOutput(interpreter, node.statements);
    case 'hashtable': {
      const table = new PSHashtable();
      for (const entry of node.entries) table.set(toText(evaluate(interpreter, entry.key)), statementValue(interpreter, entry.value));
      return table;
    }
    case 'scriptBlock': return new ScriptBlockValue(node);
    case 'member': {
      const target = evaluate(interpreter, node.target);
      const name = memberName(interpreter, node.member);
      if (node.static) {
        if (!(target instanceof PSType)) throw scriptError(DOTNET_MESSAGES.typeNotFound(toText(target)), 'TypeNotFound', node.extent);
        return invokeStatic(target, name, null, node.extent, interpreter.services);
      }
      return getMember(target, name);
    }
    case 'invokeMember': {
      const target = evaluate(interpreter, node.target);
      const name = memberName(interpreter, node.member);
      const args = node.args.map((arg) => evaluate(interpreter, arg));
      if (node.static) {
        if (!(target instanceof PSType)) throw scriptError(DOTNET_MESSAGES.typeNotFound(toText(target)), 'TypeNotFound', node.extent);
        return invokeStatic(target, name, args, node.extent, interpreter.services);
      }
      if (target instanceof ScriptBlockValue && /^invoke(returnasis)?$/i.test(name)) {
        const items: PSValue[] = [];
        interpreter.drain(interpreter.invokeBlock(target, { args, newScope: true }, (value) => items.push(value)));
        return collapse(items);
      }
      return invokeMethod(target, name, args, node.extent);
    }
    case 'index': return getIndex(evaluate(interpreter, node.target), evaluate(interpreter, node.index), node.extent);
  }
}

function readVariable(interpreter: Interpreter, name: string): PSValue {
  const lower = name.toLowerCase();
  if (lower === '?') return interpreter.lastSucceeded;
  if (lower === 'error') return interpreter.errors;
  if (lower.startsWith('env:')) return interpreter.scope.get(name) ?? null;
  return interpreter.scope.get(name) ?? null;
}

function assignTo(interpreter: Interpreter, target: ExpressionNode, value: PSValue): void {
  switch (target.kind) {
    case 'variable':
      if (!interpreter.scope.set(target.name, value)) {
        throw scriptError(`Cannot overwrite variable ${target.name} because it is read-only or constant.`, 'VariableNotWritable', target.extent, 'WriteError', target.name);
      }
      return;
    case 'cast': return assignTo(interpreter, target.operand, castTo(target.type, value, target.extent));
    case 'member': return setMember(evaluate(interpreter, target.target), memberName(interpreter, target.member), value, target.extent);
    case 'index': return setIndex(evaluate(interpreter, target.target), evaluate(interpreter, target.index), value, target.extent);
    default:
      throw scriptError('The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 'InvalidLeftHandSide', target.extent, 'ParserError');
  }
}

/** `$x = …`, `$x += …` and their kin. */
export function assign(interpreter: Interpreter, node: AssignmentNode, value: PSValue): void {
  if (node.operator === '=') return assignTo(interpreter, node.target, value);
  const current = evaluate(interpreter, node.target);
  let next: PSValue;
  if (node.operator === '+=') {
    if (Array.isArray(current)) interpreter.charge(current.length >> 4);
    next = add(current, value, node.extent);
  } else next = arithmetic(node.operator[0] as '-' | '*' | '/' | '%', current, value, node.extent);
  assignTo(interpreter, node.target, next);
}
