/**
 * Labs follow their lesson: numbered in the order of the lesson's labs module, and that is the order in
 * which a reader of the lesson page first meets a link to each (pattern table rows where a section shows
 * the table, then each section's "Practise it" box, which lists its labs in lab order). "Next lab" on a
 * lab page walks the same list, so it visits every lab. A lab in Python only takes its place like any other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSON_ENTRIES } from './registry';

const withLabs = LESSON_ENTRIES.filter((e) => e.labs);

describe.each(withLabs.map((e) => [e.slug, e] as const))('the labs of %s', (slug, entry) => {
  it('are numbered 1…n in the order of the labs module', async () => {
    const labs = await entry.labs!();
    expect(labs.map((l) => l.number)).toEqual(labs.map((_, i) => i + 1));
    expect(new Set(labs.map((l) => l.id)).size).toBe(labs.length);
  });

  it('are linked from the lesson page in the same order, each at least once', async () => {
    const [lesson, labs] = await Promise.all([entry.lesson(), entry.labs!()]);
    const order = labs.map((l) => l.id);
    const met: string[] = [];
    const meet = (id: string | undefined) => {
      if (id && !met.includes(id)) met.push(id);
    };
    for (const section of lesson.sections) {
      const mdx = readFileSync(join(process.cwd(), 'lessons', slug, 'sections', section.file), 'utf8');
      if (/<PatternTable\b/.test(mdx)) for (const p of lesson.patterns) meet(p.lab);
      for (const id of order.filter((id) => section.labs?.includes(id))) meet(id);
    }
    expect(met).toEqual(order);
  });
});
