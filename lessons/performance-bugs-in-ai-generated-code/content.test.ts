import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { lesson } from './lesson';

const sectionsDir = join(__dirname, 'sections');
const readSection = (file: string) => readFileSync(join(sectionsDir, file), 'utf8');
const mdxBySection = new Map(lesson.sections.map((s) => [s.id, readSection(s.file)]));

/** The MDX with fenced code blocks removed, so prose-only rules don't trip on code. */
function prose(mdx: string): string {
  return mdx.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '');
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** The fence languages the page highlights; loading only these keeps Shiki's start-up short. */
const fenceLanguages = ['ts', 'js', 'sql', 'python', 'text', 'bash'];

const termIds = new Set(lesson.terms.map((t) => t.id));
const sectionIds = new Set(lesson.sections.map((s) => s.id));

describe('lesson content model', () => {
  it('has every section file on disk', () => {
    for (const section of lesson.sections) {
      expect(existsSync(join(sectionsDir, section.file)), section.file).toBe(true);
    }
  });

  it('keeps ids unique within sections, terms and patterns', () => {
    expect(duplicates(lesson.sections.map((s) => s.id))).toEqual([]);
    expect(duplicates(lesson.sections.map((s) => s.file))).toEqual([]);
    expect(duplicates(lesson.terms.map((t) => t.id))).toEqual([]);
    expect(duplicates(lesson.patterns.map((p) => p.id))).toEqual([]);
  });

  it('links every term and path step to a real section', () => {
    for (const term of lesson.terms) expect(sectionIds, `term ${term.id}`).toContain(term.sectionId);
    for (const step of lesson.path) expect(sectionIds, `step ${step.title}`).toContain(step.sectionId);
  });

  it('has the four moves in order and exactly six patterns', () => {
    expect(lesson.path.map((p) => [p.title, p.sectionId])).toEqual([
      ['Works on my machine, crawls in production', 'works-on-my-machine'],
      ['Complexity', 'six-patterns'],
      ['The N+1 query', 'n-plus-one'],
      ['Profiling', 'profile-then-fix'],
    ]);
    expect(lesson.patterns.map((p) => p.id)).toEqual([
      'n-plus-one',
      'quadratic-lookup',
      'blocking-in-async',
      'filter-at-source',
      'pagination',
      'hot-loop-allocation',
    ]);
    for (const p of lesson.patterns) {
      for (const field of [p.pattern, p.symptom, p.fix, p.cost]) expect(field.trim()).not.toBe('');
    }
  });

  it('defines 12 to 16 terms, each with a short definition', () => {
    expect(lesson.terms.length).toBeGreaterThanOrEqual(12);
    expect(lesson.terms.length).toBeLessThanOrEqual(16);
    for (const term of lesson.terms) {
      expect(term.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(term.definition.length, term.id).toBeGreaterThan(20);
    }
  });

  it('only refers to defined terms, and marks every term at least once', () => {
    const used = new Set<string>();
    for (const [id, mdx] of mdxBySection) {
      for (const match of prose(mdx).matchAll(/<Term\s+id="([^"]*)"/g)) {
        const termId = match[1] ?? '';
        expect(termIds, `<Term id="${termId}"> in ${id}`).toContain(termId);
        used.add(termId);
      }
    }
    expect([...termIds].filter((t) => !used.has(t))).toEqual([]);
  });

  it('uses only the components the page provides, and PatternTable once in six-patterns', () => {
    const allowed = new Set(['Term', 'PatternTable', 'Callout']);
    const tableUses: string[] = [];
    for (const [id, mdx] of mdxBySection) {
      const text = prose(mdx);
      for (const match of text.matchAll(/<\/?([A-Za-z][\w.]*)/g)) {
        expect(allowed, `<${match[1]}> in ${id}`).toContain(match[1]);
      }
      for (const match of text.matchAll(/<Callout\s+kind="([^"]*)"/g)) {
        expect(['tip', 'warning', 'note'], `Callout kind in ${id}`).toContain(match[1]);
      }
      if (text.includes('<PatternTable')) tableUses.push(id);
    }
    expect(tableUses).toEqual(['six-patterns']);
  });

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

  it('points every in-page link at a real section or term', () => {
    for (const [id, mdx] of mdxBySection) {
      for (const match of prose(mdx).matchAll(/\]\(#([^)]+)\)/g)) {
        const target = match[1] ?? '';
        const ok = sectionIds.has(target) || termIds.has(target.replace(/^term-/, ''));
        expect(ok, `link #${target} in ${id}`).toBe(true);
      }
    }
  });

  it('renders every section through the page pipeline (GFM + Shiki) with stand-in components', async () => {
    const stand = (name: string) =>
      function StandIn(props: { children?: ReactNode }) {
        return createElement('span', { 'data-stand-in': name }, props.children);
      };
    const components = {
      Term: stand('Term'),
      PatternTable: stand('PatternTable'),
      Callout: stand('Callout'),
    };
    for (const [id, mdx] of mdxBySection) {
      const { default: Content } = await evaluate(mdx, {
        ...runtime,
        remarkPlugins: [remarkGfm],
        rehypePlugins: [
          [
            rehypeShiki,
            { themes: { light: 'github-light-default', dark: 'github-dark-default' }, langs: fenceLanguages },
          ],
        ],
      });
      const html = renderToStaticMarkup(createElement(Content, { components }));
      expect(html.length, id).toBeGreaterThan(200);
      expect(html, `h1/h2 in ${id}`).not.toMatch(/<h[12][ >]/);
    }
  }, 60_000);

  it('keeps the key facts: 10,001 vs 1 queries, the benchmark sizes, and the closing line', () => {
    expect(mdxBySection.get('n-plus-one')).toMatch(/\| 10,000 \| 10,001 \| 1 \|/);
    expect(mdxBySection.get('n-plus-one')).toMatch(/arithmetic, not a measurement/i);
    expect(mdxBySection.get('benchmark-habit')).toMatch(/1,000,000/);
    expect(mdxBySection.get('big-idea')).toContain(`> ${lesson.closingLine}`);
  });
});
