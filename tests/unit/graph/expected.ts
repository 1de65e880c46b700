/** Graph's long messages, written once for the tables. */
export const ADVANCED_MESSAGE = (operator: string) =>
  `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`;

export const UNKNOWN_SEGMENT = (segment: string) => `Resource not found for the segment '${segment}'.`;
