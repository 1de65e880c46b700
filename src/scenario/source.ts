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

/** Far deeper than any scenario nests; a parser's recursion stays far from the stack's end. */
const MAX_DEPTH = 64;

const HINT =
  'YAML reads structure from indentation and brackets: check that this line is indented like the lines at its level (with spaces, not tabs), that every [ or { is closed, and quote text that starts with [ { * & ! " \' or contains ": "';

/** Hints by the yaml library's error codes, for the slips authors make. */
const HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'remove or rename one of them',
};

/**
 * How deeply the text nests, read without parsing it: flow brackets outside quotes, and block
 * indentation levels. A parser recurses once per level, so a crafted file is refused before it
 * can exhaust the stack.
 */
function nestingDepth(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const indents: number[] = [];
  let flow = 0;
  let quote: string | null = null;
  let line = 1;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      // A line of nothing but "- " opens a list item whose content follows on the next line.
      if (lineStart && indent > 0 && flow === 0 && quote === null) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > deepest.depth) deepest = { depth: indents.length, line };
      }
      line += 1;
      lineStart = true;
      indent = 0;
      if (quote === "'") quote = null;
      continue;
    }
    if (lineStart) {
      if (char === ' ' || char === '-') {
        indent += 1;
        continue;
      }
      lineStart = false;
      if (char !== '#' && flow === 0 && quote === null) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (quote !== null) {
      if (char === '\\' && quote === '"') i += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#') {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (char === '[' || char === '{') flow += 1;
    else if ((char === ']' || char === '}') && flow > 0) flow -= 1;
    const depth = indents.length + flow;
    if (depth > deepest.depth) deepest = { depth, line };
  }
  return deepest;
}

function refusal(message: string, line = 1): ParsedSource {
  return { data: undefined, syntaxErrors: [{ line, column: 1, message }], locate: () => ({ line, column: 1 }) };
}

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
    return refusal(`the file is ${Math.ceil(text.length / 1024).toLocaleString('en-US')} KB; a scenario or attempt file can be at most ${MAX_SOURCE_LENGTH / 1024} KB`);
  }
  const nesting = nestingDepth(text);
  if (nesting.depth > MAX_DEPTH) {
    return refusal(`the document nests more than ${MAX_DEPTH} levels deep (lists and maps inside each other); no scenario needs that many, so it is not read`, nesting.line);
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
  // One slip in YAML makes several knock-on errors; the first is the cause, and the only one shown.
  const first = [...document.errors].sort((a, b) => a.pos[0] - b.pos[0])[0] ?? document.warnings[0];
  const syntaxErrors = first ? [{ ...at(first.pos[0]), message: syntaxMessage(first.code, first.message) }] : [];
  let data: unknown;
  if (document.errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 50 });
    } catch (error) {
      syntaxErrors.push({ line: 1, column: 1, message: error instanceof RangeError ? 'the document is too large to read once its aliases are expanded' : `the document cannot be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { data, syntaxErrors, locate: (path, key) => at(offsetOf(document, path, key)) };
}

function syntaxMessage(code: string, message: string): string {
  const plain = PLAIN_MESSAGES[code] ?? message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = HINTS[code] ?? (PLAIN_MESSAGES[code] ? undefined : HINT);
  return hint ? `${plain}. Hint: ${hint}` : plain;
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
