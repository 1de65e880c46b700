import type {
  CollectionExpression,
  ComparisonOperator,
  DirectReportsRule,
  MembershipRule,
  RuleExpression,
  RuleObjectType,
  RuleOperand,
  RuleScalar,
  RuleValue,
} from './ast';
import { tokenize, type Token } from './lexer';
import { COMPARISON_OPERATORS } from './operators';
import { ASSIGNED_PLAN_PROPERTIES, lookupRuleProperty, suggestRuleProperty, type RulePropertyDefinition } from './properties';
import { fail, RuleSyntaxFailure, type RuleSyntaxError } from './syntax-error';
import { checkOperator, checkValue } from './type-checks';

/** The longest rule body Entra accepts. */
export const MAX_MEMBERSHIP_RULE_LENGTH = 3072;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^-?\d+(\.\d+)?$/;
/** ISO 8601 date, optionally with a time and a zone: what -le/-ge compare employeeHireDate with. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** ISO 8601 duration (`p1d`, `PT12H`, `-P30D`), case-insensitive, as `system.now -plus` takes. */
export const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/i;

const MAX_NESTING = 100;

/** Where an expression is parsed: the rule itself, or the condition of an -any/-all. */
type Scope = { readonly kind: 'rule' } | { readonly kind: 'item'; readonly collection: RulePropertyDefinition };

/** A node and the source it covers, parentheses included (a node's own span leaves them out). */
interface Parsed {
  readonly node: RuleExpression;
  readonly start: number;
  readonly end: number;
}

function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the rule';
    case 'lparen':
      return "'('";
    case 'rparen':
      return "')'";
    case 'lbracket':
      return "'['";
    case 'rbracket':
      return "']'";
    case 'comma':
      return "','";
    case 'string':
      return 'a value in quotation marks';
    case 'operator':
    case 'word':
    case 'literal':
      return `'${token.text}'`;
  }
}

/** A word or hyphenated word in lower case without its hyphen: operators may be written either way. */
function keywordOf(token: Token): string | undefined {
  return token.type === 'operator' ? token.name : token.type === 'word' ? token.text.toLowerCase() : undefined;
}

function isKeyword(token: Token, keyword: string): boolean {
  return keywordOf(token) === keyword;
}

class Parser {
  private index = 0;
  private objectType: RuleObjectType | undefined;
  private readonly memberOf: CollectionExpression[] = [];
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  parseRule(): MembershipRule {
    if (isKeyword(this.peek(), 'direct')) return this.parseDirectReports();
    const parsed = this.parseOr({ kind: 'rule' });
    this.expectEnd();
    const [memberOf] = this.memberOf;
    if (memberOf && (parsed.node !== memberOf || this.memberOf.length > 1)) {
      const offending = parsed.node === memberOf ? this.memberOf[1]! : memberOf;
      fail("The memberOf attribute can't be combined with other expressions.", offending.span.position, offending.span.length);
    }
    return parsed.node;
  }

  private parseDirectReports(): DirectReportsRule {
    const direct = this.next();
    const reports = this.next();
    const forWord = this.next();
    if (!isKeyword(reports, 'reports') || !isKeyword(forWord, 'for')) {
      return fail('A direct reports rule is written Direct Reports for "<object ID of the manager>".', direct.position, forWord.position + forWord.length - direct.position);
    }
    const manager = this.next();
    if (manager.type !== 'string') {
      return fail('Put the object ID of the manager in quotation marks: Direct Reports for "<object ID>".', manager.position, manager.length);
    }
    if (!GUID.test(manager.value.trim())) {
      return fail(`'${manager.value}' is not an object ID: use the manager's object ID from their profile.`, manager.position, manager.length);
    }
    const after = this.peek();
    if (after.type !== 'end') {
      fail("A Direct Reports rule can't be combined with other expressions.", after.position, after.length);
    }
    return {
      kind: 'directReports',
      span: { position: direct.position, length: manager.position + manager.length - direct.position },
      managerId: manager.value.trim(),
    };
  }

  private expectEnd(): void {
    const token = this.peek();
    if (token.type === 'end') return;
    if (token.type === 'rparen') fail('Unexpected closing parenthesis.', token.position, 1);
    const keyword = keywordOf(token);
    if (keyword === 'any' || keyword === 'all') fail(`Invalid operands found for operator -${keyword}.`, token.position, token.length);
    fail('Query compilation error: missing operator. Use -and or -or to join expressions.', token.position, token.length);
  }

  private parseOr(scope: Scope): Parsed {
    return this.parseChain('or', () => this.parseAnd(scope));
  }

  private parseAnd(scope: Scope): Parsed {
    return this.parseChain('and', () => this.parseUnary(scope));
  }

  /** A chain of one logical operator; nested chains of the same operator are flattened. */
  private parseChain(keyword: 'and' | 'or', operand: () => Parsed): Parsed {
    const first = operand();
    if (!isKeyword(this.peek(), keyword)) return first;
    const parts = [first];
    while (isKeyword(this.peek(), keyword)) {
      this.next();
      parts.push(operand());
    }
    const operands = parts.flatMap((part) => (part.node.kind === keyword ? part.node.operands : [part.node]));
    const start = first.start;
    const end = parts[parts.length - 1]!.end;
    return { node: { kind: keyword, span: { position: start, length: end - start }, operands }, start, end };
  }

  private parseUnary(scope: Scope): Parsed {
    const token = this.peek();
    if (isKeyword(token, 'not')) {
      this.next();
      const operand = this.nested(token, () => this.parseUnary(scope));
      return { node: { kind: 'not', span: { position: token.position, length: operand.end - token.position }, operand: operand.node }, start: token.position, end: operand.end };
    }
    return this.parsePrimary(scope);
  }

  private parsePrimary(scope: Scope): Parsed {
    const token = this.peek();
    switch (token.type) {
      case 'lparen': {
        this.next();
        if (this.peek().type === 'rparen') fail('Empty parentheses: put an expression between them.', token.position, this.peek().position + 1 - token.position);
        const inner = this.nested(token, () => this.parseOr(scope));
        const close = this.closeParenthesis(token);
        return { node: inner.node, start: token.position, end: close.position + 1 };
      }
      case 'word':
        this.next();
        return this.parseExpression(token, scope);
      case 'end':
        return fail('The rule ends where an expression was expected.', token.position, 0);
      case 'rparen':
        return fail('Unexpected closing parenthesis: an expression was expected here.', token.position, 1);
      case 'operator':
        return fail(`An expression is missing before '${token.text}'.`, token.position, token.length);
      default:
        return fail(`Expected a property such as user.department, but found ${describe(token)}.`, token.position, token.length);
    }
  }

  /** Parses a nested part, refusing nesting so deep that it could only be an accident (or exhaust the stack). */
  private nested(at: Token, parse: () => Parsed): Parsed {
    if (this.depth >= MAX_NESTING) fail(`The rule nests parentheses or -not more than ${MAX_NESTING} deep.`, at.position, at.length);
    this.depth += 1;
    const parsed = parse();
    this.depth -= 1;
    return parsed;
  }

  private closeParenthesis(open: Token): Token {
    const token = this.peek();
    if (token.type === 'rparen') return this.next();
    if (token.type === 'end') return fail('Missing closing parenthesis.', open.position, 1);
    return fail('Query compilation error: missing operator. Use -and or -or to join expressions.', token.position, token.length);
  }

  /** `<operand> <operator> <value>` or `<collection> -any|-all <condition>`. */
  private parseExpression(operandToken: Extract<Token, { type: 'word' }>, scope: Scope): Parsed {
    const { operand, definition } = this.resolveOperand(operandToken, scope);
    const operatorToken = this.next();
    const start = operandToken.position;

    if (isKeyword(operatorToken, 'any') || isKeyword(operatorToken, 'all')) {
      return this.parseCollection(operandToken, operatorToken, definition, scope);
    }
    const operator = this.resolveOperator(operatorToken, operandToken);
    const type = definition?.type ?? 'string';
    checkOperator(operator, operatorToken, type, operand, operandToken);

    const valueStart = this.peek();
    const value = this.parseValue(operatorToken);
    const end = this.tokens[this.index - 1]!;
    const valueEnd = end.position + end.length;
    checkValue(value, operator, operatorToken, type, operand, { position: valueStart.position, length: valueEnd - valueStart.position });
    return { node: { kind: 'comparison', span: { position: start, length: valueEnd - start }, operand, operator, value }, start, end: valueEnd };
  }

  private resolveOperand(token: Extract<Token, { type: 'word' }>, scope: Scope): { operand: RuleOperand; definition: RulePropertyDefinition | undefined } {
    const text = token.text;
    const dot = text.indexOf('.');
    const prefix = dot < 0 ? text : text.slice(0, dot);
    const name = dot < 0 ? '' : text.slice(dot + 1);
    const namePosition = token.position + dot + 1;
    const collection = scope.kind === 'item' ? scope.collection : undefined;

    if (text === '_') {
      if (collection?.type === 'stringCollection') return { operand: { kind: 'item' }, definition: undefined };
      return fail(
        collection
          ? `'_' stands for a string in a string collection; inside ${collection.name} -any/-all, use ${collection.type === 'assignedPlans' ? 'assignedPlan.<property>' : 'group.objectId'}.`
          : "'_' can only be used inside -any or -all, as in user.proxyAddresses -any (_ -startsWith \"smtp\").",
        token.position,
        token.length,
      );
    }
    if (prefix === 'assignedPlan' || prefix === 'group') {
      const expected = prefix === 'assignedPlan' ? 'assignedPlans' : 'memberOf';
      if (collection?.name !== expected) {
        return fail(`'${prefix}.' can only be used inside ${expected} -any${prefix === 'assignedPlan' ? '/-all' : ''}.`, token.position, token.length);
      }
      const allowed = prefix === 'assignedPlan' ? ASSIGNED_PLAN_PROPERTIES : ['objectId'];
      if (!allowed.includes(name)) {
        const same = allowed.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
        return fail(
          `Wrong property applied: property '${name}' can't be applied to object '${prefix}'.${same ? ` Property names are case-sensitive: did you mean '${same}'?` : ` Use ${allowed.map((p) => `${prefix}.${p}`).join(', ')}.`}`,
          namePosition,
          name.length,
        );
      }
      return { operand: { kind: 'itemProperty', object: prefix, name }, definition: undefined };
    }
    if (prefix !== 'user' && prefix !== 'device') {
      if (dot > 0 && (prefix.toLowerCase() === 'user' || prefix.toLowerCase() === 'device')) {
        return fail(`Invalid object type '${prefix}': write ${prefix.toLowerCase()}. in lower case.`, token.position, prefix.length);
      }
      if (dot < 0 && (lookupRuleProperty('user', text) || lookupRuleProperty('device', text))) {
        return fail(`Property '${text}' needs its object: write user.${text} (or device.${text}).`, token.position, token.length);
      }
      return fail(`Expected a property such as user.department, but found '${text}'.`, token.position, token.length);
    }
    if (collection) {
      const hint = collection.type === 'stringCollection' ? "'_'" : collection.type === 'assignedPlans' ? 'assignedPlan.<property>' : 'group.objectId';
      return fail(
        `Inside ${collection.name} -any/-all, refer to each item with ${hint}; to combine this expression with the -any/-all, put the condition in parentheses.`,
        token.position,
        token.length,
      );
    }
    if (this.objectType !== undefined && this.objectType !== prefix) {
      return fail(`Invalid object type: a rule can't mix user and device properties, and this rule selects ${this.objectType}s.`, token.position, prefix.length);
    }
    if (name === '') return fail(`Expected a property name after '${prefix}.'.`, token.position, token.length);
    const definition = lookupRuleProperty(prefix, name);
    if (!definition) {
      const suggestion = suggestRuleProperty(prefix, name);
      const sameLetters = suggestion !== undefined && suggestion.toLowerCase() === name.toLowerCase();
      return fail(
        `Property '${name}' is not supported${sameLetters ? ': property names are case-sensitive' : ''}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        namePosition,
        name.length,
      );
    }
    this.objectType = prefix;
    return { operand: { kind: 'property', object: prefix, name: definition.name }, definition };
  }

  private resolveOperator(token: Token, operandToken: Extract<Token, { type: 'word' }>): ComparisonOperator {
    const name = keywordOf(token);
    const operator = name === undefined ? undefined : COMPARISON_OPERATORS.get(name);
    if (operator) return operator;
    if (name === 'not') {
      return fail('Invalid operands found for operator -not: -not negates an expression. To check that a property has a value, use -ne null.', token.position, token.length);
    }
    if (name === 'lt' || name === 'gt') {
      return fail(`Invalid operator '${token.type === 'operator' ? token.text : name}': dates are compared with -le and -ge.`, token.position, token.length);
    }
    if (token.type === 'operator' && !['and', 'or', 'any', 'all', 'plus'].includes(token.name)) {
      return fail(`Invalid operator '${token.text}'.`, token.position, token.length);
    }
    if (token.type === 'word' && name !== 'and' && name !== 'or') {
      return fail(`Invalid operator '${token.text}'.`, token.position, token.length);
    }
    return fail(`Expected an operator such as -eq after '${operandToken.text}', but found ${describe(token)}.`, token.position, token.length);
  }

  private parseCollection(operandToken: Extract<Token, { type: 'word' }>, operatorToken: Token, definition: RulePropertyDefinition | undefined, scope: Scope): Parsed {
    const quantifier = isKeyword(operatorToken, 'any') ? 'any' : 'all';
    if (scope.kind === 'item') {
      fail(`Invalid operands found for operator -${quantifier}: -any and -all can't be nested.`, operatorToken.position, operatorToken.length);
    }
    if (!definition || (definition.type !== 'stringCollection' && definition.type !== 'assignedPlans' && definition.type !== 'memberOf')) {
      return fail(`Invalid operands found for operator -${quantifier}: '${operandToken.text}' is not a multi-valued property.`, operatorToken.position, operatorToken.length);
    }
    if (definition.type === 'memberOf' && quantifier === 'all') {
      fail("Invalid operands found for operator -all: memberOf takes -any, as in user.memberOf -any (group.objectId -in ['<group object ID>']).", operatorToken.position, operatorToken.length);
    }
    const itemScope: Scope = { kind: 'item', collection: definition };
    const open = this.peek();
    let condition: Parsed;
    let end: number;
    if (open.type === 'lparen') {
      // A parenthesised condition ends at its parenthesis, so the -any can be joined to more expressions.
      this.next();
      if (this.peek().type === 'rparen') fail('Empty parentheses: put the condition for each item between them.', open.position, this.peek().position + 1 - open.position);
      condition = this.parseOr(itemScope);
      end = this.closeParenthesis(open).position + 1;
    } else {
      // -any and -all have the lowest precedence: without parentheses, the condition runs on.
      condition = this.parseOr(itemScope);
      end = condition.end;
    }
    const start = operandToken.position;
    const node: CollectionExpression = {
      kind: 'collection',
      span: { position: start, length: end - start },
      quantifier,
      object: definition.object,
      property: definition.name,
      condition: condition.node,
    };
    if (definition.type === 'memberOf') this.memberOf.push(node);
    return { node, start, end };
  }

  private parseValue(operatorToken: Token): RuleValue {
    const token = this.next();
    switch (token.type) {
      case 'string':
        return { kind: 'string', value: token.value };
      case 'literal':
        return this.literal(token);
      case 'lbracket':
        return this.parseList(token);
      case 'word': {
        const lower = token.text.toLowerCase();
        if (lower === 'null' || lower === '$null') return { kind: 'null' };
        if (lower === 'true' || lower === 'false') return { kind: 'boolean', value: lower === 'true' };
        if (lower === 'system.now') return { kind: 'now', plus: this.parsePlus() };
        return fail(`Put string values in double quotation marks: "${token.text}".`, token.position, token.length);
      }
      default:
        return fail(`Expected a value after '${operatorToken.type === 'operator' ? operatorToken.text : describe(operatorToken)}', but found ${describe(token)}.`, token.position, token.length);
    }
  }

  private literal(token: Extract<Token, { type: 'literal' }>): RuleValue {
    if (NUMBER.test(token.text)) return { kind: 'number', text: token.text };
    if (DATE_TIME.test(token.text) && !Number.isNaN(Date.parse(token.text))) return { kind: 'dateTime', text: token.text };
    return fail(`'${token.text}' is not a valid value: put strings in double quotation marks.`, token.position, token.length);
  }

  private parsePlus(): string | null {
    const plus = this.peek();
    if (!isKeyword(plus, 'plus')) return null;
    this.next();
    const duration = this.next();
    const text = duration.type === 'word' || duration.type === 'operator' ? duration.text : '';
    if (!DURATION.test(text)) {
      return fail('Expected a duration after -plus, such as p1d (one day) or -p30d (thirty days ago).', duration.position, duration.length);
    }
    return text;
  }

  private parseList(open: Token): RuleValue {
    const items: RuleScalar[] = [];
    for (;;) {
      const token = this.next();
      if (token.type === 'rbracket' && items.length === 0) return fail('The list of values is empty.', open.position, token.position + 1 - open.position);
      if (token.type === 'string') items.push({ kind: 'string', value: token.value });
      else if (token.type === 'literal' && NUMBER.test(token.text)) items.push({ kind: 'number', text: token.text });
      else if (token.type === 'end') return fail('Missing closing bracket in the list of values.', open.position, 1);
      else return fail(`Expected a value in quotation marks in the list, but found ${describe(token)}.`, token.position, token.length);
      const separator = this.next();
      if (separator.type === 'rbracket') return { kind: 'list', items };
      if (separator.type === 'end') return fail('Missing closing bracket in the list of values.', open.position, 1);
      if (separator.type !== 'comma') return fail(`Separate the values in the list with commas; found ${describe(separator)}.`, separator.position, separator.length);
    }
  }

}

/** Parses the text of a membership rule. Never throws: a rule Entra would reject comes back as an error with its position. */
export function parseMembershipRule(text: string): { ok: true; rule: MembershipRule } | { ok: false; error: RuleSyntaxError } {
  if (text.length > MAX_MEMBERSHIP_RULE_LENGTH) {
    return {
      ok: false,
      error: {
        message: `The membership rule is ${text.length.toLocaleString('en-US')} characters long; a rule can have at most 3,072 characters.`,
        position: MAX_MEMBERSHIP_RULE_LENGTH,
        length: text.length - MAX_MEMBERSHIP_RULE_LENGTH,
      },
    };
  }
  if (text.trim() === '') return { ok: false, error: { message: 'The membership rule is empty.', position: 0, length: text.length } };
  try {
    return { ok: true, rule: new Parser(tokenize(text)).parseRule() };
  } catch (error) {
    if (error instanceof RuleSyntaxFailure) return { ok: false, error: { message: error.message, position: error.position, length: error.length } };
    // Only a defect in the parser lands here; the editor still gets an answer rather than a crash.
    return { ok: false, error: { message: 'The membership rule could not be read.', position: 0, length: text.length } };
  }
}
