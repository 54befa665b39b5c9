import { describe, expect, it } from 'vitest';
import type { SizeResult, Verdict } from '@/lib/runner/protocol';
import type { SeriesState } from '@/lib/runner/run-state';
import { labRunContext } from './lab-run-context';

const size = (n: number, counters: Record<string, number>): SizeResult => ({
  n,
  samplesNs: [1],
  medianNs: 1,
  minNs: 1,
  maxNs: 1,
  batch: 1,
  unstable: false,
  nearBaseline: false,
  counters,
});

const series = (id: SeriesState['id'], results: SizeResult[], verdict: Verdict | null): SeriesState => ({
  id,
  label: id,
  results,
  verdict,
  sizes: results.map((r) => r.n),
  stop: null,
  memory: null,
});

describe('labRunContext', () => {
  it("keeps the learner's counters and a conclusive verdict", () => {
    const v: Verdict = { best: 'O(n)', confidence: 0.9, inconclusive: false, coefNs: 1, predictions: [] };
    const lab = {
      sectionId: 'demo-section',
      finding: 'query-per-item' as const,
      counters: [
        {
          id: 'queries',
          label: 'Queries',
          unit: 'queries',
          better: 'lower' as const,
          role: 'queries' as const,
        },
        { id: 'other', label: 'Other', unit: 'x', better: 'lower' as const },
      ],
    };
    const ctx = labRunContext(lab, {
      series: [
        series(
          'learner',
          [size(100, { queries: 101, other: 3 }), size(10000, { queries: 10001, other: 4 })],
          v,
        ),
        series('reference', [size(10000, { queries: 1 })], null),
      ],
    });
    expect(ctx).toMatchObject({ finding: 'query-per-item', sectionId: 'demo-section', verdict: 'O(n)' });
    expect(ctx?.points).toEqual([
      { n: 100, counters: { queries: 101 } },
      { n: 10000, counters: { queries: 10001 } },
    ]);
  });

  it('drops an inconclusive verdict and returns nothing for an empty run', () => {
    const v: Verdict = { best: 'O(n²)', confidence: 0.3, inconclusive: true, coefNs: 1, predictions: [] };
    const lab = { sectionId: 's', counters: [] };
    expect(labRunContext(lab, { series: [series('learner', [size(10, {})], v)] })?.verdict).toBeNull();
    expect(labRunContext(lab, { series: [] })).toBeUndefined();
  });
});
