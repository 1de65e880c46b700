/**
 * The syntax tree of the console's PowerShell subset, as the generated parser builds it. Every
 * node carries its extent (offsets into the source), so errors can point at what they are about
 * the way PowerShell does ("At line:1 char:12").
 */

export interface Extent {
  readonly start: number;
  readonly end: number;
}

interface Node {
  readonly extent: Extent;
}

export type BinaryOperator =
  | '-and' | '-or' | '-xor'
  | '-band' | '-bor' | '-bxor'
  | '+' | '-' | '*' | '/' | '%'
  | '-f' | '..' | ','
  /** Comparison operators, lower-cased, with their c/i prefix kept: '-eq', '-ceq', '-ilike'… */
  | `-${string}`;

export type PrefixOperator = '-not' | '!' | '-' | '+' | '-join' | '-split' | '++' | '--' | 'cast';

export interface VariableNode extends Node {
  readonly kind: 'variable';
  /** Without the `$` and scope prefix; `_` for `$_`. */
  readonly name: string;
}

export interface ConstantNode extends Node {
  readonly kind: 'constant';
  readonly value: string | number;
  /** A bareword in command mode (`Sales`, `User.Read.All`), which stays text. */
  readonly bareword?: boolean;
}

export interface ExpandableStringNode extends Node {
  readonly kind: 'expandableString';
  readonly parts: readonly (string | ExpressionNode)[];
}

export interface BinaryNode extends Node {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly left: ExpressionNode;
  readonly right: ExpressionNode;
  readonly operatorExtent: Extent;
}

export interface UnaryNode extends Node {
  readonly kind: 'unary';
  readonly operator: Exclude<PrefixOperator, 'cast'>;
  readonly operand: ExpressionNode;
}

export interface PostfixIncrementNode extends Node {
  readonly kind: 'postfix';
  readonly operator: '++' | '--';
  readonly operand: ExpressionNode;
}

export interface CastNode extends Node {
  readonly kind: 'cast';
  readonly type: string;
  readonly operand: ExpressionNode;
}

export interface TypeNode extends Node {
  readonly kind: 'type';
  readonly name: string;
}

export interface ArrayLiteralNode extends Node {
  readonly kind: 'arrayLiteral';
  readonly elements: readonly ExpressionNode[];
}

export interface ParenNode extends Node {
  readonly kind: 'paren';
  readonly statement: StatementNode;
}

export interface SubexpressionNode extends Node {
  readonly kind: 'subexpression' | 'arraySubexpression';
  readonly statements: readonly StatementNode[];
}

export interface HashtableEntry {
  readonly key: ExpressionNode;
  readonly value: StatementNode;
}

export interface HashtableNode extends Node {
  readonly kind: 'hashtable';
  readonly entries: readonly HashtableEntry[];
}

export interface ParameterDeclaration {
  readonly name: string;
  readonly type: string | null;
  readonly defaultValue: ExpressionNode | null;
}

export interface ScriptBlockNode extends Node {
  readonly kind: 'scriptBlock';
  readonly parameters: readonly ParameterDeclaration[];
  readonly statements: readonly StatementNode[];
  /** The source between the braces, which is what a script block prints as. */
  readonly text: string;
}

export interface MemberNode extends Node {
  readonly kind: 'member';
  readonly target: ExpressionNode;
  readonly member: ExpressionNode;
  readonly static: boolean;
}

export interface InvokeMemberNode extends Node {
  readonly kind: 'invokeMember';
  readonly target: ExpressionNode;
  readonly member: ExpressionNode;
  readonly static: boolean;
  readonly args: readonly ExpressionNode[];
}

export interface IndexNode extends Node {
  readonly kind: 'index';
  readonly target: ExpressionNode;
  readonly index: ExpressionNode;
}

export type ExpressionNode =
  | VariableNode
  | ConstantNode
  | ExpandableStringNode
  | BinaryNode
  | UnaryNode
  | PostfixIncrementNode
  | CastNode
  | TypeNode
  | ArrayLiteralNode
  | ParenNode
  | SubexpressionNode
  | HashtableNode
  | ScriptBlockNode
  | MemberNode
  | InvokeMemberNode
  | IndexNode;

export interface ParameterArgument extends Node {
  readonly kind: 'parameter';
  /** As typed, without the dash. */
  readonly name: string;
  /** The value given with a colon: `-All:$false`. */
  readonly value: ExpressionNode | null;
}

export interface PositionalArgument extends Node {
  readonly kind: 'argument';
  readonly value: ExpressionNode;
}

export interface SplatArgument extends Node {
  readonly kind: 'splat';
  readonly variable: string;
}

export type CommandElement = ParameterArgument | PositionalArgument | SplatArgument;

export interface CommandNode extends Node {
  readonly kind: 'command';
  /** The command's name as typed, or the expression after the call operator `&`. */
  readonly name: string | ExpressionNode;
  readonly elements: readonly CommandElement[];
}

export interface CommandExpressionNode extends Node {
  readonly kind: 'commandExpression';
  readonly expression: ExpressionNode;
}

export type PipelineElement = CommandNode | CommandExpressionNode;

export interface PipelineNode extends Node {
  readonly kind: 'pipeline';
  readonly elements: readonly PipelineElement[];
}

export type AssignmentOperator = '=' | '+=' | '-=' | '*=' | '/=' | '%=';

export interface AssignmentNode extends Node {
  readonly kind: 'assignment';
  readonly target: ExpressionNode;
  readonly operator: AssignmentOperator;
  readonly value: StatementNode;
}

export interface IfNode extends Node {
  readonly kind: 'if';
  readonly clauses: readonly { readonly condition: StatementNode; readonly body: BlockNode }[];
  readonly elseBody: BlockNode | null;
}

export interface BlockNode extends Node {
  readonly kind: 'block';
  readonly statements: readonly StatementNode[];
}

export interface ForeachNode extends Node {
  readonly kind: 'foreach';
  readonly variable: string;
  readonly collection: StatementNode;
  readonly body: BlockNode;
}

export interface ForNode extends Node {
  readonly kind: 'for';
  readonly initializer: StatementNode | null;
  readonly condition: StatementNode | null;
  readonly iterator: StatementNode | null;
  readonly body: BlockNode;
}

export interface WhileNode extends Node {
  readonly kind: 'while';
  readonly condition: StatementNode;
  readonly body: BlockNode;
}

export interface DoNode extends Node {
  readonly kind: 'do';
  readonly body: BlockNode;
  readonly condition: StatementNode;
  /** `do {} until (...)` loops while the condition is false. */
  readonly until: boolean;
}

export interface FlowNode extends Node {
  readonly kind: 'break' | 'continue';
}

export interface ReturnNode extends Node {
  readonly kind: 'return' | 'throw' | 'exit';
  readonly value: StatementNode | null;
}

export interface TryNode extends Node {
  readonly kind: 'try';
  readonly body: BlockNode;
  readonly catches: readonly { readonly types: readonly string[]; readonly body: BlockNode }[];
  readonly finallyBody: BlockNode | null;
}

export interface FunctionNode extends Node {
  readonly kind: 'function';
  readonly name: string;
  readonly body: ScriptBlockNode;
}

export type StatementNode =
  | PipelineNode
  | AssignmentNode
  | IfNode
  | ForeachNode
  | ForNode
  | WhileNode
  | DoNode
  | FlowNode
  | ReturnNode
  | TryNode
  | FunctionNode
  | BlockNode;

export interface ScriptNode {
  readonly kind: 'script';
  readonly statements: readonly StatementNode[];
}

/** One operand of an operator chain as the grammar reads it, before precedence is applied. */
export interface PrefixedOperand {
  readonly prefixes: readonly { readonly operator: PrefixOperator; readonly type?: string; readonly extent: Extent }[];
  readonly operand: ExpressionNode;
}

export interface ChainLink {
  readonly operator: BinaryOperator;
  readonly extent: Extent;
  readonly rhs: PrefixedOperand;
}
