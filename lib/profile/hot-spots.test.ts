import { describe, expect, it } from 'vitest';
import { HEAT_LEVELS, heatLevel, hotSpots, lineDecorations, rankLines, rankOf } from './hot-spots';
import { profileSource } from './profile.test-helpers';
import type { ProfileLine } from './types';

const line = (l: number, share: number, hits: number): ProfileLine => ({
  line: l,
  hits,
  selfNs: share * 1e6,
  share,
});

describe('ranking', () => {
  it('orders by share, then by hits, then by line', () => {
    const lines = [line(9, 0.2, 5), line(3, 0.5, 1), line(7, 0.2, 50), line(2, 0.2, 50), line(4, 0, 0)];
    expect(rankLines({ lines }).map((l) => l.line)).toEqual([3, 2, 7, 9, 4]);
    expect(rankOf({ lines }, 7)).toBe(3);
    expect(rankOf({ lines }, 100)).toBeNull();
  });

  it('lists only lines that took time, at most k', () => {
    const lines = [line(1, 0.7, 1), line(2, 0.3, 1), line(3, 0, 10)];
    const spots = hotSpots({ lines, functions: [], calls: 1 }, 5);
    expect(spots.map((s) => [s.line, s.rank])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(hotSpots({ lines, functions: [], calls: 1 }, 1)).toHaveLength(1);
  });

  it('maps shares to heat levels 0..HEAT_LEVELS', () => {
    expect([0, 0.009, 0.01, 0.05, 0.2, 0.3, 0.99].map(heatLevel)).toEqual([0, 0, 1, 2, 3, 4, HEAT_LEVELS]);
  });

  it('decorates each line with hits per call and a hover text', () => {
    const lines = [{ ...line(4, 0.81, 40_000), fn: 0 }];
    const [d] = lineDecorations({
      lines,
      functions: [{ id: 0, name: 'usersWithTeams', line: 1, calls: 4, selfNs: 0, totalNs: 0 }],
      calls: 4,
    });
    expect(d).toMatchObject({ line: 4, heat: 5, hitsText: '×10,000' });
    expect(d!.hoverText).toContain('Line 4 in usersWithTeams: 81% of the time');
    expect(d!.hoverText).toContain('10,000 times per call (40,000 in 4 profiled calls)');
  });
});

describe('the known hot line comes first (a clock that moves with the work done)', () => {
  const cases: { name: string; source: string; hot: number }[] = [
    {
      name: 'a lookup in a loop among cheap decoys',
      hot: 6,
      source: `export function makeInput(n) { return n; }
export function solve(n) {
  const seen = [];
  let label = '';
  for (let i = 0; i < n; i++) {
    work(0.002 * seen.length);
    seen.push(i);
    label += i;
  }
  return label.length;
}`,
    },
    {
      name: 'a recursive helper with the cost on its first line',
      hot: 2,
      source: `export function makeInput(n) { return 12; }
function walk(d) { work(0.01);
  if (d === 0) return 1;
  return walk(d - 1) + 1;
}
export function solve(n) { return walk(n) + JSON.stringify({ n }).length; }`,
    },
    {
      name: 'a class method called from a callback',
      hot: 4,
      source: `export function makeInput(n) { return Array.from({ length: n }, (_, i) => i); }
class Store {
  constructor() { this.items = []; }
  add(x) { work(0.01); this.items.push(x); }
  get size() { return this.items.length; }
}
export function solve(xs) {
  const s = new Store();
  xs.forEach((x) => s.add(x));
  return xs.map((x) => x * 2).filter((x) => x % 3).length + s.size;
}`,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { outcome } = await profileSource(c.source, { n: 50 });
      if (!outcome.ok) throw new Error(outcome.error.message);
      expect(hotSpots(outcome.report, 1)[0]?.line).toBe(c.hot);
    });
  }
});
