import type { ComparisonOperator, RuleOperand, RuleValue } from './ast';
import type { Token } from './lexer';
import { BOOLEAN_OPERATORS, DATE_OPERATORS, STRING_OPERATORS } from './operators';
import { compileLinearPattern, isPatternRefusal } from './linear-regex';
import type { RulePropertyType } from './properties';
import { fail } from './syntax-error';

/* Which operators and values each kind of property takes, and Entra's wording when they don't fit. */

/** A -match pattern names a shape of value; a list of values belongs in -in. */
const MAX_MATCH_PATTERN_LENGTH = 512;

const TYPE_NAMES: Readonly<Record<RulePropertyType, string>> = {
  boolean: 'a Boolean property',
  string: 'a string property',
  dateTime: 'a date property',
  stringCollection: 'a string collection',
  assignedPlans: 'a collection of service plans',
  memberOf: 'the groups the object is a member of',
};

/** Whether the operator applies to the operand's type (Entra: "Operator isn't supported on attribute"). */
export function checkOperator(operator: ComparisonOperator, token: Token, type: RulePropertyType, operand: RuleOperand, operandToken: Extract<Token, { type: 'word' }>): void {
  const text = `-${operator}`;
  if (operand.kind === 'itemProperty' && operand.object === 'group') {
    if (operator !== 'in') fail(`Operator isn't supported on attribute: memberOf rules take the form group.objectId -in ['<group object ID>'], not ${text}.`, token.position, token.length);
    return;
  }
  if (type === 'assignedPlans' || type === 'memberOf') {
    const example = type === 'assignedPlans' ? 'user.assignedPlans -any (assignedPlan.service -eq "SCO")' : "user.memberOf -any (group.objectId -in ['<group object ID>'])";
    fail(`Operator isn't supported on attribute: ${operandToken.text} is ${TYPE_NAMES[type]}; use -any or -all, as in ${example}.`, token.position, token.length);
  }
  const allowed = type === 'boolean' ? BOOLEAN_OPERATORS : type === 'dateTime' ? DATE_OPERATORS : STRING_OPERATORS;
  if (!allowed.has(operator)) {
    const names = [...allowed].map((o) => `-${o}`);
    const list = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    fail(`Operator isn't supported on attribute: ${text} can't be used on '${operandToken.text}', ${TYPE_NAMES[type]}. Use ${list}.`, token.position, token.length);
  }
}

/** Whether the value suits the operator and the operand's type: lists for -in, null for -eq/-ne only, valid and safe patterns. */
export function checkValue(value: RuleValue, operator: ComparisonOperator, operatorToken: Token, type: RulePropertyType, operand: RuleOperand, at: { position: number; length: number }): void {
  const text = `-${operator}`;
  const isList = value.kind === 'list';
  if ((operator === 'in' || operator === 'notIn') !== isList) {
    fail(isList ? 'A list of values can only be used with -in or -notIn.' : `${text} takes a list of values in brackets, as in ["Sales", "Marketing"].`, at.position, at.length);
  }
  if (value.kind === 'null') {
    if (operator !== 'eq' && operator !== 'ne') {
      fail(`Invalid operands found for operator ${text}: null can only be compared with -eq or -ne.`, operatorToken.position, operatorToken.length);
    }
    return;
  }
  const subject = operand.kind === 'property' ? `'${operand.name}'` : operand.kind === 'item' ? "'_'" : `'${operand.object}.${operand.name}'`;
  if (type === 'boolean') {
    if (value.kind !== 'boolean') fail(`${subject} is a Boolean property: compare it with true or false, without quotation marks.`, at.position, at.length);
    return;
  }
  if (type === 'dateTime') {
    if (value.kind === 'now' || value.kind === 'dateTime') return;
    if (value.kind === 'string' && !Number.isNaN(Date.parse(value.value))) return;
    fail(`${subject} is a date: compare it with a date and time such as 2020-06-10T18:13:20Z, or with system.now.`, at.position, at.length);
  }
  if (value.kind === 'boolean' || value.kind === 'now' || value.kind === 'dateTime') {
    fail(`${subject} is ${TYPE_NAMES[type === 'stringCollection' ? 'stringCollection' : 'string']}: put the value in double quotation marks.`, at.position, at.length);
  }
  if ((operator === 'match' || operator === 'notMatch') && value.kind === 'string') {
    const compiled = compileLinearPattern(value.value, { ignoreCase: true, maxLength: MAX_MATCH_PATTERN_LENGTH });
    if (!isPatternRefusal(compiled)) return;
    // The pattern sits between the quotation marks; when no escape changed its length, point at the offending part.
    const exact = value.value.length === at.length - 2;
    fail(
      `Query compilation error: error in regular expression used with ${text}: ${compiled.message}.`,
      exact ? at.position + 1 + compiled.start : at.position,
      exact ? Math.max(1, compiled.end - compiled.start) : at.length,
    );
  }
}
