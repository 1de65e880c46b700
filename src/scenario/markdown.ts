/**
 * The Markdown subset scenario text may use, parsed to plain data the UI maps to elements. There
 * is no HTML anywhere: `<b>` in a task is shown as the characters `<b>`, and only https links
 * become links. The subset:
 *
 *   # Heading, ## Heading, ### Heading      paragraphs separated by blank lines
 *   - item / * item      1. item             ``` fenced code ```
 *   | a | b |  then  |---|---|  then rows    (a table with a header row)
 *   **bold**  *italic* or _italic_  `code`  [text](https://…)
 */
export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'emphasis'; readonly children: readonly Inline[] }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly children: readonly Inline[] }
  | { readonly type: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | { readonly type: 'codeBlock'; readonly text: string }
  | { readonly type: 'table'; readonly header: readonly (readonly Inline[])[]; readonly rows: readonly (readonly (readonly Inline[])[])[] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
const FENCE = /^\s*```/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/;

function cells(row: string): Inline[][] {
  return row.trim().slice(1, -1).split('|').map((cell) => parseInline(cell.trim()));
}

/** Inline spans, innermost first; anything that does not close is left as text. */
const SPANS: readonly { readonly pattern: RegExp; readonly build: (match: RegExpExecArray) => Inline }[] = [
  { pattern: /`([^`\n]+)`/, build: (match) => ({ type: 'code', text: match[1]! }) },
  { pattern: /\*\*([^*\n]+?)\*\*/, build: (match) => ({ type: 'strong', children: parseInline(match[1]!) }) },
  { pattern: /\[([^\]\n]+)\]\((https:\/\/[^\s)]+)\)/, build: (match) => ({ type: 'link', href: match[2]!, children: parseInline(match[1]!) }) },
  { pattern: /(?<![\w*])\*([^*\n]+?)\*(?![\w*])|(?<!\w)_([^_\n]+?)_(?!\w)/, build: (match) => ({ type: 'emphasis', children: parseInline(match[1] ?? match[2]!) }) },
];

export function parseInline(text: string): Inline[] {
  let first: { index: number; length: number; node: Inline } | undefined;
  for (const span of SPANS) {
    const match = span.pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = { index: match.index, length: match[0].length, node: span.build(match) };
  }
  if (!first) return text ? [{ type: 'text', text }] : [];
  const before = text.slice(0, first.index);
  return [...(before ? [{ type: 'text' as const, text: before }] : []), first.node, ...parseInline(text.slice(first.index + first.length))];
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !FENCE.test(lines[i]!); i++) code.push(lines[i]!);
      blocks.push({ type: 'codeBlock', text: code.join('\n') });
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[i + 1] ?? '')) {
      flush();
      const rows: Inline[][][] = [];
      for (i += 2; i < lines.length && TABLE_ROW.test(lines[i]!); i++) rows.push(cells(lines[i]!));
      i--;
      blocks.push({ type: 'table', header: cells(line), rows });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]!.length as 1 | 2 | 3, children: parseInline(heading[2]!.trim()) });
      continue;
    }
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (item) {
      const ordered = !BULLET.test(line);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!.trim());
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** The plain text of inline nodes, e.g. for a summary or an accessible name. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((node) => ('text' in node ? node.text : inlineText(node.children))).join('');
}
