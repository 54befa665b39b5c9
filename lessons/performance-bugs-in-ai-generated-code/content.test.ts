import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
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
    const allowed = new Set(['Term', 'PatternTable', 'Callout', 'CodeTabs', 'ProfileExample']);
    const tableUses: string[] = [];
    for (const [id, mdx] of mdxBySection) {
      const text = prose(mdx);
      // Inline code such as `<module>` (a row of profiler output) is text, not a component.
      for (const match of text.replace(/`[^`\n]*`/g, '').matchAll(/<\/?([A-Za-z][\w.]*)/g)) {
        expect(allowed, `<${match[1]}> in ${id}`).toContain(match[1]);
      }
      for (const match of text.matchAll(/<Callout\s+kind="([^"]*)"/g)) {
        expect(['tip', 'warning', 'note'], `Callout kind in ${id}`).toContain(match[1]);
      }
      if (text.includes('<PatternTable')) tableUses.push(id);
    }
    expect(tableUses).toEqual(['six-patterns']);
  });

  it('gives every <CodeTabs> exactly two fences: JavaScript or TypeScript (or a text prompt) first, Python second', () => {
    let tabs = 0;
    for (const [id, mdx] of mdxBySection) {
      const opens = mdx.match(/^<CodeTabs>$/gm)?.length ?? 0;
      const groups = [...mdx.matchAll(/^<CodeTabs>\n([\s\S]*?)^<\/CodeTabs>$/gm)];
      expect(groups.length, `unclosed <CodeTabs> in ${id}`).toBe(opens);
      for (const g of groups) {
        const langs = [...(g[1] ?? '').matchAll(/^```(\w+)\n/gm)].map((m) => m[1]);
        expect(langs.length, `fences in a <CodeTabs> of ${id}`).toBe(2);
        const [first, second] = langs;
        expect(['js', 'ts', 'text'], `first fence in a <CodeTabs> of ${id}`).toContain(first);
        expect(
          second === 'python' || (first === 'text' && second === 'text'),
          `${id}: ${langs.join(', ')}`,
        ).toBe(true);
        tabs++;
      }
    }
    expect(tabs).toBeGreaterThanOrEqual(8);
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

  it('carries the Python forms of every pattern and tool the lesson teaches', () => {
    const six = mdxBySection.get('six-patterns') ?? '';
    for (const form of [
      '`for x in a:`',
      'requests.get',
      '`if x in b:`',
      'httpx.AsyncClient',
      'await client.get',
    ]) {
      expect(six, form).toContain(form);
    }
    for (const form of ['pd.read_csv', '.query(', 'chunksize', 'WHERE', 'new Date()', 'datetime.now']) {
      expect(six, form).toContain(form);
    }
    const n1 = mdxBySection.get('n-plus-one') ?? '';
    for (const form of ['User.objects.all()', 'user.team', 'select_related("team")', '10,001', '10,000×']) {
      expect(n1, form).toContain(form);
    }
    expect(n1).toMatch(/"about 10,000× faster on large data"/);
    expect(mdxBySection.get('profile-then-fix')).toMatch(/junior performance engineer/);
    expect(mdxBySection.get('profile-then-fix')).toMatch(/guesser/);
    const bench = mdxBySection.get('benchmark-habit') ?? '';
    for (const form of ['timeit', 'tracemalloc', '80%', '100×', '150×', '10,000×'])
      expect(bench, form).toContain(form);
    expect(mdxBySection.get('perf-test-first')).toContain('assert duration_ms < 50');
  });

  it('keeps the key facts: 10,001 vs 1 queries, the benchmark sizes, and the closing line', () => {
    expect(mdxBySection.get('n-plus-one')).toMatch(/\| 10,000 \| 10,001 \| 1 \|/);
    expect(mdxBySection.get('n-plus-one')).toMatch(/arithmetic, not a measurement/i);
    expect(mdxBySection.get('benchmark-habit')).toMatch(/1,000,000/);
    expect(mdxBySection.get('big-idea')).toContain(`> ${lesson.closingLine}`);
  });
});
