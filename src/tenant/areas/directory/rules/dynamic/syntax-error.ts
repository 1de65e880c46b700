/** A rule the parser rejects: what is wrong, and where (a 0-based character offset and a length). */
export interface RuleSyntaxError {
  readonly message: string;
  readonly position: number;
  readonly length: number;
}

/** Thrown inside the lexer and parser only; `parseMembershipRule` turns it into a result. */
export class RuleSyntaxFailure extends Error {
  constructor(
    message: string,
    readonly position: number,
    readonly length: number,
  ) {
    super(message);
  }
}

/** Stops parsing with an error at a place in the text. */
export function fail(message: string, position: number, length: number): never {
  throw new RuleSyntaxFailure(message, position, length);
}

/**
 * The sentence the Entra admin center puts in front of a rejected rule ("Failed to create group
 * 'Sales'. Dynamic membership rule validation error: ..."), for callers that show the full text.
 */
export function ruleValidationMessage(error: RuleSyntaxError): string {
  return `Dynamic membership rule validation error: ${error.message}`;
}
