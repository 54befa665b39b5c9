import { describe, expect, it } from 'vitest';
import type { SizeResult } from '@/lib/runner/protocol';
import { diagnoseRun } from './answer-from-run';
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
  it("keeps the learner's counters and a conclusive verdict", () => {
    const ctx = runContextFromLabRun('n-plus-one', {
      series: {
        learner: {
          results: [size(100, { queries: 101 }), size(10000, { queries: 10001 })],
          verdict: { best: 'O(n)', confidence: 0.9, inconclusive: false, coefNs: 1, predictions: [] },
        },
        reference: { results: [size(10000, { queries: 1 })] },
      },
    });
    expect(ctx).toMatchObject({ labId: 'n-plus-one', verdict: 'O(n)' });
    expect(diagnoseRun(ctx ?? {})[0]?.evidence).toContain('10,001 queries');
  });

  it('drops an inconclusive verdict and returns nothing for an empty run', () => {
    const ctx = runContextFromLabRun('quadratic-lookup', {
      series: {
        learner: {
          results: [size(10, {})],
          verdict: { best: 'O(n²)', confidence: 0.3, inconclusive: true, coefNs: 1, predictions: [] },
        },
      },
    });
    expect(ctx?.verdict).toBeNull();
    expect(runContextFromLabRun('x', { series: {} })).toBeUndefined();
    expect(runContextFromLabRun('x', null)).toBeUndefined();
  });
});
