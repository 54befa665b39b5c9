import { describe, expect, it } from 'vitest';
import { fixtureRunExplainers as explainers } from './fixture-lesson';
import { diagnoseRun, FINDING_KINDS, type RunContext } from './run-diagnosis';

const kinds = (ctx: RunContext) => diagnoseRun(ctx, explainers).map((f) => f.kind);

describe('diagnoseRun', () => {
  it('maps one query per item to the section that explains it, with the measured numbers', () => {
    const [f] = diagnoseRun(
      {
        points: [
          { n: 100, counters: { queries: 101 } },
          { n: 10000, counters: { queries: 10001 } },
        ],
      },
      explainers,
    );
    expect(f).toMatchObject({ kind: 'query-per-item', sectionId: 'per-row-queries' });
    expect(f?.evidence).toContain('10,001 queries for 10,000 items');
  });

  it('does not blame a batched query', () => {
    expect(kinds({ points: [{ n: 10000, counters: { queries: 2 } }] })).toEqual([]);
  });

  it('reads time that grows faster than linearly from the verdict', () => {
    expect(diagnoseRun({ verdict: 'O(n²)' }, explainers)[0]).toMatchObject({
      kind: 'superlinear-time',
      sectionId: 'slow-shapes',
    });
    expect(kinds({ verdict: 'O(2ⁿ)' })).toEqual(['superlinear-time']);
    expect(kinds({ verdict: 'O(n log n)' })).toEqual([]);
    expect(kinds({ verdict: null })).toEqual([]);
  });

  it('reads blocking calls, over-reading, unbounded results and growing retention by role', () => {
    expect(kinds({ points: [{ n: 50, counters: { blocking: 50 } }] })).toEqual(['blocking-calls']);
    expect(kinds({ points: [{ n: 1e5, counters: { rowsRead: 1e5, rowsReturned: 20 } }] })).toEqual([
      'over-read',
    ]);
    expect(kinds({ points: [{ n: 5e4, counters: { rowsReturned: 5e4 } }] })).toEqual(['unbounded-result']);
    const held = diagnoseRun(
      {
        points: [
          { n: 1000, counters: { retained: 1000 } },
          { n: 100000, counters: { retained: 100000 } },
        ],
      },
      explainers,
    )[0];
    expect(held).toMatchObject({ kind: 'growing-retention', sectionId: 'growing-memory' });
  });

  it('reads peak memory per call that grows with n from the memory verdict (Python runs)', () => {
    const all = Object.fromEntries(FINDING_KINDS.map((k) => [k, { sectionId: 's', query: 'q' }]));
    const [f] = diagnoseRun({ memory: 'O(n)' }, all);
    expect(f).toMatchObject({ kind: 'memory-per-call' });
    expect(f?.evidence).toContain('O(n)');
    expect(diagnoseRun({ memory: 'O(1)' }, all)).toEqual([]);
    expect(diagnoseRun({ memory: null }, all)).toEqual([]);
  });

  it('ignores retention that does not grow, empty runs and counters that are not numbers', () => {
    const flat = {
      points: [
        { n: 10, counters: { retained: 5 } },
        { n: 1000, counters: { retained: 5 } },
      ],
    };
    expect(kinds(flat)).toEqual([]);
    expect(kinds({})).toEqual([]);
    expect(kinds({ points: [{ n: 10, counters: { queries: Number.NaN } }] })).toEqual([]);
  });

  it('reports only what the lesson explains', () => {
    const ctx = { points: [{ n: 3e4, counters: { allocations: 3e4 } }] };
    expect(explainers['allocation-per-item']).toBeUndefined();
    expect(kinds(ctx)).toEqual([]);
    const all = Object.fromEntries(FINDING_KINDS.map((k) => [k, { sectionId: 's', query: 'q' }]));
    expect(diagnoseRun(ctx, all).map((f) => f.kind)).toEqual(['allocation-per-item']);
  });

  it("puts the lab's own finding first, then findings its section explains", () => {
    const points = [{ n: 1e4, counters: { queries: 10001, blocking: 3 } }];
    const ctx = { verdict: 'O(n²)' as const, points };
    expect(kinds(ctx)).toEqual(['query-per-item', 'superlinear-time', 'blocking-calls']);
    expect(kinds({ ...ctx, finding: 'blocking-calls' })).toEqual([
      'blocking-calls',
      'query-per-item',
      'superlinear-time',
    ]);
    expect(kinds({ ...ctx, sectionId: 'slow-shapes' })).toEqual([
      'superlinear-time',
      'blocking-calls',
      'query-per-item',
    ]);
  });
});
