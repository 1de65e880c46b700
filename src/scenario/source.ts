import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** 1-based, as editors show them. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export type DocumentPath = readonly (string | number)[];

export interface ParsedSource {
  /** The document as plain data, or undefined when it could not be read. */
  readonly data: unknown;
  readonly syntaxErrors: readonly (SourcePosition & { readonly message: string })[];
  /** Where a path points in the text: the value, or with `key` the key inside the object at path. */
  locate(path: DocumentPath, key?: string): SourcePosition;
}

/** The yaml library's wording where it speaks to programmers rather than authors. */
const PLAIN_MESSAGES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'this key appears twice in the same map',
  MULTIPLE_DOCS: "a scenario file holds one document; remove the extra '---'",
  NON_STRING_KEY: 'keys must be plain text, not lists or maps',
};

/** Large enough for any scenario, small enough that a pasted file cannot exhaust the page. */
const MAX_SOURCE_LENGTH = 512 * 1024;

/**
 * Reads YAML 1.2 (JSON is a subset of it) with the core schema: no custom types, no merge keys,
 * unique string keys, aliases limited so a crafted file cannot expand without bound.
 */
export function parseSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(Math.max(0, offset));
    return { line, column: col };
  };
  if (text.length > MAX_SOURCE_LENGTH) {
    return { data: undefined, syntaxErrors: [{ line: 1, column: 1, message: `the file is larger than ${MAX_SOURCE_LENGTH / 1024} KB` }], locate: () => ({ line: 1, column: 1 }) };
  }
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    stringKeys: true,
    schema: 'core',
    merge: false,
    strict: true,
  });
  const syntaxErrors = [...document.errors, ...document.warnings].map((error) => ({ ...at(error.pos[0]), message: PLAIN_MESSAGES[error.code] ?? error.message }));
  let data: unknown;
  if (document.errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 50 });
    } catch (error) {
      syntaxErrors.push({ line: 1, column: 1, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { data, syntaxErrors, locate: (path, key) => at(offsetOf(document, path, key)) };
}

function offsetOf(document: Document, path: DocumentPath, key?: string): number {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  const segments = key === undefined ? path : [...path, key];
  for (const [index, segment] of segments.entries()) {
    if (isAlias(node)) node = node.resolve(document);
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
      keyNode = pair?.key;
      next = pair?.value ?? undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (key !== undefined && index === segments.length - 1 && keyNode) return (keyNode as Node).range?.[0] ?? offset;
    if (!next) return offset;
    node = next;
    offset = (node as Node).range?.[0] ?? offset;
  }
  return offset;
}
