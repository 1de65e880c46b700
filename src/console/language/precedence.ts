import type { BinaryOperator, ChainLink, ExpressionNode, PrefixOperator, PrefixedOperand } from './ast';

/**
 * PowerShell's operator precedence (about_Operator_Precedence), loosest first. The grammar reads
 * an expression as a flat chain of operands and operators; this folds the chain into a tree, so
 * the grammar stays small and method arguments can reuse it without the comma operator.
 */
const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  '-and': 1, '-or': 1, '-xor': 1,
  '-band': 2, '-bor': 2, '-bxor': 2,
  '+': 4, '-': 4,
  '*': 5, '/': 5, '%': 5,
  '-f': 7,
  '..': 8,
  ',': 11,
};

/** Every comparison-family operator binds at the same level. */
const COMPARISON_PRECEDENCE = 3;

const PREFIX_PRECEDENCE: Readonly<Record<PrefixOperator, number>> = {
  '-': 6, '+': 6,
  '-not': 9, '!': 9,
  '++': 10, '--': 10,
  '-join': 12, '-split': 12,
  cast: 13,
};

function binaryPrecedence(operator: BinaryOperator): number {
  return BINARY_PRECEDENCE[operator] ?? COMPARISON_PRECEDENCE;
}

class Folder {
  private position = 0;

  constructor(
    private readonly head: PrefixedOperand,
    private readonly links: readonly ChainLink[],
  ) {}

  fold(minimum: number): ExpressionNode {
    let left = this.prefixed(this.operandAt(this.position));
    while (this.position < this.links.length) {
      const link = this.links[this.position]!;
      const precedence = binaryPrecedence(link.operator);
      if (precedence < minimum) break;
      this.position++;
      const right = this.fold(precedence + 1);
      left = combine(link, left, right);
    }
    return left;
  }

  private operandAt(index: number): PrefixedOperand {
    return index === 0 ? this.head : this.links[index - 1]!.rhs;
  }

  /**
   * An operand with its prefix operators: each prefix takes as operand everything that binds at
   * least as tightly as it does, so `-not $a -eq $b` is `(-not $a) -eq $b` and `-not 1, 2`
   * negates the array.
   */
  private prefixed(item: PrefixedOperand): ExpressionNode {
    return item.prefixes.length === 0 ? item.operand : this.applyPrefix(item, 0);
  }

  private applyPrefix(item: PrefixedOperand, index: number): ExpressionNode {
    if (index === item.prefixes.length) return item.operand;
    const prefix = item.prefixes[index]!;
    const precedence = PREFIX_PRECEDENCE[prefix.operator];
    let operand = this.applyPrefix(item, index + 1);
    // The operand goes on as far as operators that bind tighter than the prefix reach.
    while (this.position < this.links.length) {
      const link = this.links[this.position]!;
      const linkPrecedence = binaryPrecedence(link.operator);
      if (linkPrecedence <= precedence) break;
      this.position++;
      const right = this.fold(linkPrecedence + 1);
      operand = combine(link, operand, right);
    }
    const extent = { start: prefix.extent.start, end: operand.extent.end };
    if (prefix.operator === 'cast') return { kind: 'cast', type: prefix.type ?? 'object', operand, extent };
    return { kind: 'unary', operator: prefix.operator, operand, extent };
  }
}

function combine(link: ChainLink, left: ExpressionNode, right: ExpressionNode): ExpressionNode {
  const extent = { start: left.extent.start, end: right.extent.end };
  if (link.operator === ',') {
    // `1, 2, 3` is one array, not nested pairs; a parenthesised array stays one element.
    const elements = left.kind === 'arrayLiteral' ? [...left.elements, right] : [left, right];
    return { kind: 'arrayLiteral', elements, extent };
  }
  return { kind: 'binary', operator: link.operator, left, right, operatorExtent: link.extent, extent };
}

/** Folds an operator chain read by the grammar into an expression tree by precedence. */
export function foldOperators(head: PrefixedOperand, links: readonly ChainLink[]): ExpressionNode {
  if (links.length === 0 && head.prefixes.length === 0) return head.operand;
  return new Folder(head, links).fold(0);
}
