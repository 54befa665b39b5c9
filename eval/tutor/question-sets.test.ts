/** The labelled question sets: every in-scope question names a section the lesson has. */
import { describe, expect, it } from 'vitest';
import { getLesson } from '@/lessons/index';
import { IN_SCOPE, IN_SCOPE_EXTRA, OUT_OF_SCOPE, OUT_OF_SCOPE_EXTRA } from './questions';
import { QUESTION_SETS } from './score';

const lesson = getLesson('performance-bugs-in-ai-generated-code');
const sections = new Set(lesson?.sections.map((s) => s.id));

describe('labelled question sets', () => {
  it('are all found, each with in-scope and out-of-scope questions', () => {
    expect(QUESTION_SETS.length).toBeGreaterThanOrEqual(43);
    for (const [label, ins, outs] of QUESTION_SETS) {
      expect(ins.length, label).toBeGreaterThan(0);
      expect(outs.length, label).toBeGreaterThan(0);
    }
  });

  it('label every in-scope question with a section of the lesson', () => {
    const all = [...IN_SCOPE, ...IN_SCOPE_EXTRA, ...QUESTION_SETS.flatMap(([, ins]) => ins)];
    const unknown = all.filter((x) => !sections.has(x.sectionId)).map((x) => `${x.sectionId}: ${x.q}`);
    expect(unknown).toEqual([]);
    expect([...OUT_OF_SCOPE, ...OUT_OF_SCOPE_EXTRA].every((q) => q.trim().length > 0)).toBe(true);
  });
});
