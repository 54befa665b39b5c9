import { describe, expect, it } from 'vitest';
import { inlineToText, mdxToBlocks } from './mdx-text';

describe('inlineToText', () => {
  it('keeps the words inside components, links and code spans', () => {
    expect(inlineToText('One <Term id="n1-query">query per row</Term>, see [the fix](#fix) and `IN`.')).toBe(
      'One query per row, see the fix and IN.',
    );
    expect(inlineToText('**bold** and *soft* and {/* hidden */}')).toBe('bold and soft and');
  });
});

describe('mdxToBlocks', () => {
  const src = `---
title: x
---
import { Term } from './term';

Intro line one
continues here.

## Why it happens {#why}

- first item
- second item.

| Pattern | Fix |
|---|---|
| N+1 | join |

<PatternTable />

\`\`\`ts
// one query per user
\`\`\`
`;
  const blocks = mdxToBlocks(src);

  it('drops frontmatter, imports and self-closing components', () => {
    expect(blocks.map((b) => b.text).join(' ')).not.toMatch(/import|title: x|PatternTable/);
  });

  it('groups paragraphs under their heading with the explicit anchor', () => {
    expect(blocks[0]).toMatchObject({ heading: null, text: 'Intro line one continues here.' });
    expect(blocks[1]).toMatchObject({
      heading: 'Why it happens',
      headingId: 'why',
      text: 'first item. second item.',
    });
  });

  it('turns table rows into sentences and keeps code apart', () => {
    const table = blocks.find((b) => b.text.includes('N+1'));
    expect(table?.text).toBe('Pattern — Fix. N+1 — join.');
    expect(blocks.some((b) => b.code.includes('one query per user'))).toBe(true);
  });

  it('never throws on broken markup', () => {
    expect(() => mdxToBlocks('<Callout>\nunclosed **bold\n```\nno end')).not.toThrow();
  });
});

describe('code blocks inside a paragraph group', () => {
  it('end the sentence before them', async () => {
    const { splitSentences } = await import('./tokenize');
    const [block] = mdxToBlocks(
      'Paste this before your request:\n```text\nrows: 100k\n```\nKeep the last line.\n',
    );
    expect(splitSentences(block?.text ?? '')).toEqual([
      'Paste this before your request:',
      'Keep the last line.',
    ]);
    expect(block?.example).toBe('rows: 100k');
  });
});

describe('code spans keep their spacing', () => {
  it('does not glue punctuation inside code to the words around it', () => {
    expect(inlineToText('use `WHERE status = ?` then `!known.has(x)`, or JavaScript’s `.filter()`')).toBe(
      'use WHERE status = ? then !known.has(x), or JavaScript’s .filter()',
    );
  });
});
