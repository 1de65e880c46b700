import { EmbeddedActionsParser, type IToken, type TokenType } from 'chevrotain';
import type { ComparisonOperator, FilterExpression, Lambda, Literal, MemberPath, Operand } from './filter-ast';
import {
  All,
  And,
  Any,
  Colon,
  Comma,
  COMPARISON_TOKENS,
  DateTimeLiteral,
  Eq,
  False,
  FILTER_TOKENS,
  Ge,
  GuidLiteral,
  Gt,
  Identifier,
  In,
  Le,
  LParen,
  Lt,
  Ne,
  Not,
  Null,
  NumberLiteral,
  Or,
  RParen,
  Slash,
  StringLiteral,
  True,
} from './filter-lexer';

const OPERATORS = new Map<TokenType, ComparisonOperator>([
  [Eq, 'eq'],
  [Ne, 'ne'],
  [Gt, 'gt'],
  [Ge, 'ge'],
  [Lt, 'lt'],
  [Le, 'le'],
]);

function literalOf(token: IToken): Literal {
  const position = token.startOffset;
  switch (token.tokenType) {
    case StringLiteral:
      return { kind: 'literal', type: 'string', value: token.image.slice(1, -1).replace(/''/g, "'"), position };
    case GuidLiteral:
      return { kind: 'literal', type: 'guid', value: token.image.toLowerCase(), position };
    case DateTimeLiteral:
      return { kind: 'literal', type: 'datetime', value: token.image, position };
    case NumberLiteral:
      return { kind: 'literal', type: 'number', value: Number(token.image), position };
    case True:
    case False:
      return { kind: 'literal', type: 'boolean', value: token.tokenType === True, position };
    default:
      return { kind: 'literal', type: 'null', value: null, position };
  }
}

/**
 * OData's $filter grammar, lowest precedence first: or, and, not, then a comparison or a
 * condition (a function call or lambda), then operands. Built with chevrotain's embedded actions,
 * so the rules build the expression tree as they parse.
 */
class FilterParser extends EmbeddedActionsParser {
  constructor() {
    super(FILTER_TOKENS, { maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  readonly expression: () => FilterExpression = this.RULE('expression', () => {
    let left = this.SUBRULE(this.andExpression);
    this.MANY(() => {
      const token = this.CONSUME(Or);
      const right = this.SUBRULE2(this.andExpression);
      left = { kind: 'or', left, right, position: token.startOffset };
    });
    return left;
  });

  private readonly andExpression: () => FilterExpression = this.RULE('andExpression', () => {
    let left = this.SUBRULE(this.notExpression);
    this.MANY(() => {
      const token = this.CONSUME(And);
      const right = this.SUBRULE2(this.notExpression);
      left = { kind: 'and', left, right, position: token.startOffset };
    });
    return left;
  });

  private readonly notExpression: () => FilterExpression = this.RULE('notExpression', () =>
    this.OR([
      {
        ALT: () => {
          const token = this.CONSUME(Not);
          const operand = this.SUBRULE(this.notExpression);
          return { kind: 'not', operand, position: token.startOffset } as FilterExpression;
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]),
  );

  private readonly comparison: () => FilterExpression = this.RULE('comparison', () =>
    this.OR([
      {
        ALT: () => {
          this.CONSUME(LParen);
          const inner = this.SUBRULE(this.expression);
          this.CONSUME(RParen);
          return inner;
        },
      },
      {
        ALT: () => {
          const left = this.SUBRULE(this.operand);
          let result: FilterExpression | undefined;
          this.OPTION(() => {
            result = this.OR2([
              {
                ALT: () => {
                  const token = this.OR3(COMPARISON_TOKENS.map((type) => ({ ALT: () => this.CONSUME(type) })));
                  const right = this.SUBRULE2(this.operand);
                  return { kind: 'compare', operator: OPERATORS.get(token.tokenType)!, left, right, position: token.startOffset } as FilterExpression;
                },
              },
              {
                ALT: () => {
                  const token = this.CONSUME(In);
                  this.CONSUME2(LParen);
                  const values: Literal[] = [this.SUBRULE(this.literal)];
                  this.MANY(() => {
                    this.CONSUME(Comma);
                    values.push(this.SUBRULE2(this.literal));
                  });
                  this.CONSUME2(RParen);
                  return { kind: 'in', left, values, position: token.startOffset } as FilterExpression;
                },
              },
            ]);
          });
          return result ?? ({ kind: 'condition', operand: left, position: this.positionOf(left) } as FilterExpression);
        },
      },
    ]),
  );

  private readonly operand: () => Operand = this.RULE('operand', () =>
    this.OR([{ ALT: () => this.SUBRULE(this.literal) as Operand }, { ALT: () => this.SUBRULE(this.memberOrCall) }]),
  );

  private readonly literal: () => Literal = this.RULE('literal', () => {
    const token = this.OR([
      { ALT: () => this.CONSUME(StringLiteral) },
      { ALT: () => this.CONSUME(GuidLiteral) },
      { ALT: () => this.CONSUME(DateTimeLiteral) },
      { ALT: () => this.CONSUME(NumberLiteral) },
      { ALT: () => this.CONSUME(True) },
      { ALT: () => this.CONSUME(False) },
      { ALT: () => this.CONSUME(Null) },
    ]);
    return this.ACTION(() => literalOf(token));
  });

  /** `name(args)`, or a member path that may end in a lambda: `a/b`, `a/any(x: ...)`. */
  private readonly memberOrCall: () => Operand = this.RULE('memberOrCall', () => {
    const first = this.CONSUME(Identifier);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(LParen);
          const args: Operand[] = [];
          this.OPTION(() => {
            args.push(this.SUBRULE(this.operand));
            this.MANY(() => {
              this.CONSUME(Comma);
              args.push(this.SUBRULE2(this.operand));
            });
          });
          this.CONSUME(RParen);
          return { kind: 'call', name: first.image.toLowerCase(), args, position: first.startOffset } as Operand;
        },
      },
      {
        ALT: () => {
          const segments = [first.image];
          let lambda: Lambda | undefined;
          this.MANY2({
            GATE: () => lambda === undefined,
            DEF: () => {
              this.CONSUME(Slash);
              this.OR2([
                { ALT: () => segments.push(this.CONSUME2(Identifier).image) },
                {
                  ALT: () => {
                    const collection: MemberPath = { kind: 'path', segments: [...segments], position: first.startOffset };
                    lambda = this.SUBRULE(this.lambda, { ARGS: [collection] });
                  },
                },
              ]);
            },
          });
          return lambda ?? ({ kind: 'path', segments, position: first.startOffset } as Operand);
        },
      },
    ]);
  });

  private readonly lambda: (collection: MemberPath) => Lambda = this.RULE('lambda', (collection?: MemberPath): Lambda => {
    const token = this.OR([{ ALT: () => this.CONSUME(Any) }, { ALT: () => this.CONSUME(All) }]);
    this.CONSUME(LParen);
    let variable = null as string | null;
    let body = null as FilterExpression | null;
    this.OPTION(() => {
      variable = this.CONSUME(Identifier).image;
      this.CONSUME(Colon);
      body = this.SUBRULE(this.expression);
    });
    this.CONSUME(RParen);
    return { kind: 'lambda', collection: collection!, quantifier: token.tokenType === Any ? 'any' : 'all', variable, body, position: token.startOffset };
  });

  private positionOf(operand: Operand): number {
    return operand.position;
  }
}

export const filterParser = new FilterParser();
