import { describe, expect, it } from 'vitest';
import type { CounterInfo } from '@/lib/labs/types';
import { describeRace, largestSize, planProblems, raceSources } from './race-plan';

const QUERIES: CounterInfo = { id: 'queries', label: 'Queries', unit: 'queries', better: 'lower' };
const LAB = { counters: [QUERIES], sizeUnit: 'users' };

describe('race plans', () => {
  it('accepts a plan with fixed ascending sizes, a real counter and a production size', () => {
    expect(
      planProblems({ sizes: [10, 30, 100, 300, 1000], counter: 'queries', predictAt: 1e6 }, LAB),
    ).toEqual([]);
    expect(planProblems({ sizes: [10, 30, 100, 300, 1000], predictAt: 1e6 }, LAB)).toEqual([]);
  });

  it('names what is wrong with a plan', () => {
    expect(planProblems({ sizes: [10, 100, 1000], predictAt: 1e6 }, LAB)).toEqual([
      '3 sizes; at least 5 are needed',
    ]);
    expect(planProblems({ sizes: [10, 30, 30, 100, 1000], predictAt: 1e6 }, LAB)).toEqual([
      'sizes must be strictly ascending',
    ]);
    expect(planProblems({ sizes: [10, 11, 12, 13, 14], predictAt: 1e6 }, LAB)).toEqual([
      'sizes span under 10× (10…14)',
    ]);
    expect(planProblems({ sizes: [0.5, 10, 30, 100, 1000], predictAt: 1e6 }, LAB)).toEqual([
      'sizes must be positive integers',
    ]);
    expect(planProblems({ sizes: [10, 30, 100, 300, 1000], counter: 'rows', predictAt: 1e6 }, LAB)).toEqual([
      'the lab has no counter "rows"',
    ]);
    expect(planProblems({ sizes: [10, 30, 100, 300, 1000], predictAt: 1000 }, LAB)).toEqual([
      'predictAt must be above the largest size',
    ]);
  });

  it('runs the starter against the reference fix', () => {
    expect(raceSources({ starter: 'slow', solution: 'fast' })).toEqual([
      ['starter', 'slow'],
      ['reference', 'fast'],
    ]);
    expect(largestSize({ sizes: [1, 2, 3] })).toBe(3);
    expect(largestSize({ sizes: [] })).toBe(0);
  });

  it('tells the presenter what a race will run and show', () => {
    expect(
      describeRace({ sizes: [10, 30, 100, 300, 1000], counter: 'queries', predictAt: 1e6 }, LAB),
    ).toEqual({
      runs: 'Starter vs reference fix on 5 fixed sizes, 10 to 1,000 users, the same inputs for both.',
      shows: 'Big figure: queries counted at 1,000 users, starter vs fix (the same on every machine).',
    });
    expect(describeRace({ sizes: [10, 30, 100, 300, 1000], predictAt: 1e6 }, LAB).shows).toBe(
      'Big figure: the two measured growth classes, with both times predicted at 1M users.',
    );
  });
});
