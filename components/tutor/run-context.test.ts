import { describe, expect, it } from 'vitest';
import type { SizeResult } from '@/lib/runner/protocol';
import { runContextFromLabRun } from './run-context';

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

describe('runContextFromLabRun', () => {
  it("keeps the learner's counters by role, the lab's finding and a conclusive verdict", () => {
    const ctx = runContextFromLabRun(
      {
        series: {
          learner: {
            results: [size(100, { queries: 101, rowsScanned: 5 }), size(10000, { queries: 10001 })],
            verdict: { best: 'O(n)', confidence: 0.9, inconclusive: false, coefNs: 1, predictions: [] },
          },
          reference: { results: [size(10000, { queries: 1 })] },
        },
      },
      { finding: 'query-per-item', counters: { queries: 'queries', rowsFetched: 'rowsRead' } },
    );
    expect(ctx).toEqual({
      finding: 'query-per-item',
      verdict: 'O(n)',
      points: [
        { n: 100, counters: { queries: 101 } },
        { n: 10000, counters: { queries: 10001 } },
      ],
    });
  });

  it('drops an inconclusive verdict and returns nothing for an empty run', () => {
    const ctx = runContextFromLabRun({
      series: {
        learner: {
          results: [size(10, {})],
          verdict: { best: 'O(n²)', confidence: 0.3, inconclusive: true, coefNs: 1, predictions: [] },
        },
      },
    });
    expect(ctx?.verdict).toBeNull();
    expect(runContextFromLabRun({ series: {} })).toBeUndefined();
    expect(runContextFromLabRun(null)).toBeUndefined();
  });
});
