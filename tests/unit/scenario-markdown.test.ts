import { describe, expect, it } from 'vitest';
import { inlineText, parseInline, parseMarkdown } from '../../src/scenario/markdown';

describe('the task Markdown subset', () => {
  it('parses headings, paragraphs, lists, code and tables', () => {
    const blocks = parseMarkdown('# Onboard\n\nCreate the account\nfor Kai.\n\n- one\n  continued\n- two\n\n1. first\n\n```\nGet-MgUser\n```\n\n| A | B |\n|---|---|\n| x | y |');
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'codeBlock', 'table']);
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Create the account for Kai.' }] });
    expect(blocks[2]).toEqual({ type: 'list', ordered: false, items: [[{ type: 'text', text: 'one continued' }], [{ type: 'text', text: 'two' }]] });
    expect(blocks[3]).toMatchObject({ type: 'list', ordered: true });
    expect(blocks[4]).toEqual({ type: 'codeBlock', text: 'Get-MgUser' });
    expect(blocks[5]).toEqual({ type: 'table', header: [[{ type: 'text', text: 'A' }], [{ type: 'text', text: 'B' }]], rows: [[[{ type: 'text', text: 'x' }], [{ type: 'text', text: 'y' }]]] });
  });

  it('parses bold, italic, code and https links inline', () => {
    expect(parseInline('a **b** *c* `d` [e](https://learn.microsoft.com)')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'emphasis', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'd' },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://learn.microsoft.com', children: [{ type: 'text', text: 'e' }] },
    ]);
  });

  it('never produces HTML or a link that is not https', () => {
    const nodes = parseInline('<img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](http://example.com)');
    expect(nodes).toEqual([{ type: 'text', text: '<img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](http://example.com)' }]);
  });

  it('leaves underscores inside words alone', () => {
    expect(inlineText(parseInline('EXCHANGE_S_ENTERPRISE and _this_'))).toBe('EXCHANGE_S_ENTERPRISE and this');
    expect(parseInline('EXCHANGE_S_ENTERPRISE')).toEqual([{ type: 'text', text: 'EXCHANGE_S_ENTERPRISE' }]);
  });
});
