import { describe, expect, it } from 'vitest';
import { answerFromRun, diagnoseRun } from './answer-from-run';
import { fixtureSources } from './fixture-lesson';
import { buildPassages } from './passages';
import { indexFromPassages } from './search-index';

const sections = fixtureSources.lesson.sections.map((s) => ({ id: s.id, title: s.title }));
const index = indexFromPassages(buildPassages(fixtureSources), sections);

describe('diagnoseRun', () => {
  it('maps one query per item to the N+1 section', () => {
    const [f] = diagnoseRun({
      points: [
        { n: 100, counters: { queries: 101 } },
        { n: 10000, counters: { queries: 10001 } },
      ],
    });
    expect(f).toMatchObject({ pattern: 'n-plus-one', sectionId: 'n-plus-one' });
    expect(f?.evidence).toContain('10,001 queries for 10,000 items');
  });

  it('does not blame a batched query', () => {
    expect(diagnoseRun({ points: [{ n: 10000, counters: { queries: 2 } }] })).toEqual([]);
  });

  it('maps a quadratic verdict to the six patterns (quadratic row)', () => {
    expect(diagnoseRun({ verdict: 'O(n²)' })[0]).toMatchObject({
      pattern: 'quadratic',
      sectionId: 'six-patterns',
    });
    expect(diagnoseRun({ verdict: 'O(n log n)' })).toEqual([]);
    expect(diagnoseRun({ verdict: null })).toEqual([]);
  });

  it('maps blocking calls, over-reading and growing retention', () => {
    expect(diagnoseRun({ points: [{ n: 50, counters: { blockingCalls: 50 } }] })[0]?.pattern).toBe(
      'blocking',
    );
    expect(
      diagnoseRun({ points: [{ n: 1e5, counters: { rowsRead: 1e5, rowsReturned: 20 } }] })[0]?.pattern,
    ).toBe('filter-at-source');
    expect(diagnoseRun({ points: [{ n: 5e4, counters: { rowsReturned: 5e4 } }] })[0]?.pattern).toBe(
      'pagination',
    );
    const mem = diagnoseRun({
      points: [
        { n: 1000, counters: { entriesRetained: 1000 } },
        { n: 100000, counters: { entriesRetained: 100000 } },
      ],
    })[0];
    expect(mem).toMatchObject({ pattern: 'memory', sectionId: 'memory' });
  });

  it('ignores retention that does not grow, and empty runs', () => {
    const flat = {
      points: [
        { n: 10, counters: { entriesRetained: 5 } },
        { n: 1000, counters: { entriesRetained: 5 } },
      ],
    };
    expect(diagnoseRun(flat)).toEqual([]);
    expect(diagnoseRun({})).toEqual([]);
  });
});

describe('answerFromRun', () => {
  it('quotes the measurement, then the lesson, and cites the section', () => {
    const a = answerFromRun({ points: [{ n: 10000, counters: { queries: 10001 } }] }, index);
    expect(a?.kind).toBe('answer');
    if (a?.kind !== 'answer') return;
    expect(a.sentences[0]?.passageId).toBe(-1);
    const lessonText = a.sentences[1]?.text ?? '';
    expect(buildPassages(fixtureSources).some((p) => p.text.includes(lessonText))).toBe(true);
    expect(a.citations[0]?.sectionId).toBe('per-row-queries');
  });

  it('works without an index (link only) and returns null when nothing stands out', () => {
    const a = answerFromRun({ verdict: 'O(n²)' });
    expect(a?.kind === 'answer' && a.citations[0]?.href).toBe('#six-patterns');
    expect(answerFromRun({ verdict: 'O(n)' }, index)).toBeNull();
  });
});

describe('diagnoseRun with the labs’ own counters', () => {
  it('reads rowsFetched / rowsReturned, formattersBuilt and retained', () => {
    const filter = {
      points: [{ n: 1e5, counters: { queries: 1, rowsScanned: 1e5, rowsFetched: 1e5, rowsReturned: 50 } }],
    };
    expect(diagnoseRun(filter)[0]?.pattern).toBe('filter-at-source');
    expect(diagnoseRun({ points: [{ n: 3e4, counters: { formattersBuilt: 3e4 } }] })[0]?.pattern).toBe(
      'hot-loop-allocation',
    );
  });

  it("puts the lab's own pattern first when a run shows several", () => {
    const ctx = { verdict: 'O(n²)' as const, points: [{ n: 1e4, counters: { queries: 10001 } }] };
    expect(diagnoseRun(ctx)[0]?.pattern).toBe('n-plus-one');
    expect(diagnoseRun({ ...ctx, labId: 'quadratic-lookup' })[0]?.pattern).toBe('quadratic');
  });
});
