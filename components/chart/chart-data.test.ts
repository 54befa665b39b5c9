import { describe, expect, it } from 'vitest';
import { alignData, logTicks, type ChartSeries } from './chart-data';

const learner: ChartSeries = {
  id: 'learner',
  label: 'Your code',
  points: [
    { n: 100, ns: 50 },
    { n: 1000, ns: 500 },
  ],
  fit: [
    { n: 100, ns: 48 },
    { n: 10_000, ns: 4800 },
  ],
  predicted: [{ n: 10_000, ns: 5000 }],
};

describe('alignData', () => {
  it('shares one sorted x array and fills gaps with null', () => {
    const [xs, measured, fit, predicted] = alignData([learner]);
    expect(xs).toEqual([100, 1000, 10_000]);
    expect(measured).toEqual([50, 500, null]);
    expect(fit).toEqual([48, null, 4800]);
    expect(predicted).toEqual([null, null, 5000]);
  });

  it('makes three lines per series even without fit or predictions', () => {
    const data = alignData([
      { id: 'starter', label: 'Original', points: [{ n: 10, ns: 1 }], predicted: [] },
      learner,
    ]);
    expect(data.length).toBe(1 + 6);
    expect(data[2]).toEqual(data[0].map(() => null));
  });

  it('drops points a log axis cannot show', () => {
    const [xs, measured] = alignData([
      {
        id: 'learner',
        label: 'x',
        points: [
          { n: 0, ns: 5 },
          { n: 10, ns: 0 },
          { n: 20, ns: Number.NaN },
          { n: 30, ns: 7 },
        ],
        predicted: [],
      },
    ]);
    expect(xs).toEqual([30]);
    expect(measured).toEqual([7]);
  });
});

describe('logTicks', () => {
  it('returns powers of ten inside the range', () => {
    expect(logTicks(100, 1e6)).toEqual([100, 1000, 1e4, 1e5, 1e6]);
  });

  it('adds 2× and 5× steps for a narrow range', () => {
    expect(logTicks(150, 900)).toEqual([200, 500]);
  });

  it('thins out very wide ranges', () => {
    const ticks = logTicks(1, 1e20);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]).toBe(1);
  });

  it('returns nothing for an unusable range', () => {
    expect(logTicks(0, 10)).toEqual([]);
    expect(logTicks(10, 1)).toEqual([]);
  });
});
