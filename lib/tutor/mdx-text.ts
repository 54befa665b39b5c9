/**
 * Careful plain-text extraction from the lesson's MDX (markdown + a few JSX components), for search.
 * It does not render anything: it keeps readable prose, drops markup, and keeps code apart.
 *
 * Output: blocks in document order, each one paragraph group (a paragraph, a list, a table, a callout)
 * under the nearest heading.
 */

export interface MdxBlock {
  /** Nearest heading above the block (plain text), or null before the first heading. */
  heading: string | null;
  /** Explicit anchor given to that heading (`## Title {#id}` or `<h3 id="id">`), if any. */
  headingId: string | null;
  /** Readable prose of the block. */
  text: string;
  /** Code from fenced blocks that belong to this group (comments and identifiers help search). */
  code: string;
  /** Fenced blocks in plain text (example prompts): indexed like prose, never quoted. */
  example: string;
}

/**
 * Marks where a code block sat inside a paragraph group: sentences never run across it.
 * (U+2029 PARAGRAPH SEPARATOR; splitSentences splits on it and never returns it.)
 */
export const BREAK = '\u2029';

/** Fence languages whose content is prose-like (prompts, plain text), not program code. */
const PROSE_FENCES = new Set(['', 'text', 'txt', 'md', 'markdown', 'prompt']);

const ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&rarr;': '→',
  '&times;': '×',
};

/** Inline markdown/JSX -> plain text. */
export function inlineToText(s: string): string {
  return s
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '') // {/* comments */}
    .replace(/\{\s*(["'`])([\s\S]*?)\1\s*\}/g, '$2') // {'literal'}
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links
    .replace(/<\/?[A-Za-z][\w.]*(?:\s+[^<>]*?)?\s*\/?>/g, '') // JSX / HTML tags, keep inner text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/&[a-z#0-9]+;/gi, (e) => ENTITIES[e.toLowerCase()] ?? ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const endSentence = (s: string): string => (/[.!?:;"”’)]$/.test(s) ? s : `${s}.`);

/** A markdown table row "| a | b | c |" -> "a — b — c." (header separator rows -> ""). */
function tableRow(line: string): string {
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => inlineToText(c));
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) return '';
  return endSentence(cells.filter(Boolean).join(' — '));
}

function headingOf(line: string): { text: string; id: string | null } | null {
  const md = /^(#{1,6})\s+(.*?)\s*(?:\{#([\w-]+)\})?\s*#*\s*$/.exec(line);
  if (md) return { text: inlineToText(md[2] ?? ''), id: md[3] ?? null };
  const html = /^<h[1-6][^>]*?(?:\sid=["']([\w-]+)["'])?[^>]*>(.*?)<\/h[1-6]>\s*$/i.exec(line);
  if (html) return { text: inlineToText(html[2] ?? ''), id: html[1] ?? null };
  return null;
}

/** Split MDX source into prose blocks. Never throws; unknown markup degrades to its text. */
export function mdxToBlocks(source: string): MdxBlock[] {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n');
  const blocks: MdxBlock[] = [];
  let heading: string | null = null;
  let headingId: string | null = null;
  let prose: string[] = [];
  let code: string[] = [];
  let example: string[] = [];
  /** Heading in force before a titled callout, restored when the callout closes. */
  let outer: { heading: string | null; headingId: string | null } | null = null;

  const flush = () => {
    const text = prose
      .filter(Boolean)
      .join(' ')
      .replace(/[^\S\u2029]+/g, ' ')
      .replace(/\s*\u2029\s*/g, BREAK)
      .replace(new RegExp(`^${BREAK}|${BREAK}$`, 'g'), '')
      .trim();
    const codeText = code.join('\n').trim();
    const exampleText = example.join('\n').trim();
    if (text || codeText || exampleText)
      blocks.push({ heading, headingId, text, code: codeText, example: exampleText });
    prose = [];
    code = [];
    example = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    const fence = /^(```+|~~~+)\s*([\w-]*)/.exec(trimmed);
    if (fence) {
      const marker = fence[1] ?? '```';
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trim().startsWith(marker)) body.push(lines[i++] ?? '');
      (PROSE_FENCES.has((fence[2] ?? '').toLowerCase()) ? example : code).push(body.join('\n'));
      // The prose before and after a code block are separate sentences, even without a full stop.
      if (prose.length > 0) prose.push(BREAK);
      continue;
    }
    // A titled callout is its own group, under its title; the section heading resumes after it.
    const callout = /^<Callout\b[^>]*?\btitle=(["'])(.*?)\1[^>]*>\s*$/.exec(trimmed);
    if (callout && !outer) {
      flush();
      outer = { heading, headingId };
      heading = inlineToText(callout[2] ?? '');
      headingId = null;
      continue;
    }
    if (/^<\/Callout>\s*$/.test(trimmed) && outer) {
      flush();
      ({ heading, headingId } = outer);
      outer = null;
      continue;
    }
    if (/^(import|export)\s/.test(line)) continue;
    const h = headingOf(trimmed);
    if (h) {
      flush();
      heading = h.text;
      headingId = h.id;
      continue;
    }
    if (trimmed === '') {
      // A blank line ends a paragraph group, unless code is still waiting for its prose.
      if (prose.length > 0) flush();
      continue;
    }
    if (/^<\/?[A-Z][\w.]*[^>]*\/>\s*$/.test(trimmed)) continue; // self-closing component alone on a line
    if (/^\|.*\|$/.test(trimmed)) {
      prose.push(tableRow(trimmed));
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(trimmed);
    const text = inlineToText((item ? (item[1] ?? '') : trimmed).replace(/^>\s?/, ''));
    if (!text) continue;
    prose.push(item ? endSentence(text) : text);
  }
  flush();
  return blocks;
}
