/**
 * Every lesson's sections through the page's own pipeline (GFM, Shiki with the page's options, the page's
 * code block and code tabs): fences name a language the page highlights, and each section renders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { lessons } from '@/lessons/index';
import { CodeBlock } from './code-block';
import { CodeTabs } from './code-tabs';
import { shikiOptions } from './shiki-options';

/** The MDX with fenced code blocks removed, so prose-only rules don't trip on code. */
function prose(mdx: string): string {
  return mdx.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '');
}

/** The fence languages the page highlights; loading only these keeps Shiki's start-up short. */
const fenceLanguages: readonly string[] = shikiOptions.langs;

describe.each(lessons.map((l) => [l.slug, l] as const))('%s through the page pipeline', (slug, lesson) => {
  const dir = join(process.cwd(), 'lessons', slug, 'sections');
  const mdxBySection = new Map(lesson.sections.map((s) => [s.id, readFileSync(join(dir, s.file), 'utf8')]));

  it('uses only h3 and h4 headings, no imports or exports, and labelled code fences', () => {
    const languages = new Set(fenceLanguages);
    for (const [id, mdx] of mdxBySection) {
      const text = prose(mdx);
      expect(text, `heading level in ${id}`).not.toMatch(/^#{1,2} /m);
      expect(text, `heading level in ${id}`).not.toMatch(/^#{5,6} /m);
      expect(text, `import/export in ${id}`).not.toMatch(/^(import|export)\s/m);
      for (const match of mdx.matchAll(/^```(\S*)/gm)) {
        // Closing fences have no language; opening fences must name an allowed one.
        if (match[1]) expect(languages, `fence language in ${id}`).toContain(match[1]);
      }
      const fences = mdx.match(/^```/gm) ?? [];
      expect(fences.length % 2, `unbalanced fences in ${id}`).toBe(0);
      expect(mdx.match(/^```[a-z]+/gm)?.length ?? 0, `unlabelled fence in ${id}`).toBe(fences.length / 2);
    }
  });

  it('renders every section through the page pipeline (GFM + Shiki), code blocks and tabs as on the page', async () => {
    const stand = (name: string) =>
      function StandIn(props: { children?: ReactNode }) {
        return createElement('span', { 'data-stand-in': name }, props.children);
      };
    const components = {
      Term: stand('Term'),
      PatternTable: stand('PatternTable'),
      ProfileExample: stand('ProfileExample'),
      Callout: stand('Callout'),
      CodeTabs,
      pre: CodeBlock,
    };
    for (const [id, mdx] of mdxBySection) {
      const { default: Content } = await evaluate(mdx, {
        ...runtime,
        remarkPlugins: [remarkGfm],
        rehypePlugins: [[rehypeShiki, shikiOptions]],
      });
      const html = renderToStaticMarkup(createElement(Content, { components }));
      expect(html.length, id).toBeGreaterThan(200);
      expect(html, `h1/h2 in ${id}`).not.toMatch(/<h[12][ >]/);
      // Each two-language example: one labelled radio group, then the JavaScript form, then the Python form,
      // both highlighted here (server-side) and neither repeated.
      const tabs = html.split('<div class="code-tabs">').slice(1);
      expect(tabs.length, id).toBe(mdx.match(/^<CodeTabs>$/gm)?.length ?? 0);
      for (const t of tabs) {
        expect(t).toMatch(
          /^<fieldset class="lang-toggle"><legend[^>]*>Language of the code examples<\/legend>/,
        );
        expect(t.match(/type="radio"/g)).toHaveLength(2);
        const variants = [...t.matchAll(/<div class="code-block" data-variant="(\w+)">/g)].map((m) => m[1]);
        expect(variants.slice(0, 2)).toEqual(['js', 'python']);
        const langs = [...t.matchAll(/<pre class="shiki[^"]*"[^>]*data-language="(\w+)"/g)].map((m) => m[1]);
        expect(langs.length).toBeGreaterThanOrEqual(2);
        expect(['python', 'text']).toContain(langs[1]);
      }
    }
  }, 60_000);
});
