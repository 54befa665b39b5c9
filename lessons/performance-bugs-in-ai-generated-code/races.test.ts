/**
 * The deck's races: every plan is sound for its lab, and every counted headline is the exact figure a
 * teacher will see on any machine. Counters are read through the worker's own path (lib/measure/run-spec
 * with Math.random seeded per size as in workers/measure.worker.ts), at the race's largest size, with a
 * roomy budget: nothing here depends on how fast the machine is. A growth race's headline rests on timing,
 * so its test asks only what any machine shows: the starter far slower at the largest size, and each
 * class the fit names on the right side of O(n log n).
 */
import { describe, expect, it } from 'vitest';
import { sqlite } from '@/lib/labs/labs.test-helpers';
import { labRunRequest } from '@/lib/labs/lab-run-request';
import type { Lab } from '@/lib/labs/types';
import { runRequestInNode } from '@/lib/measure/run-spec-node';
import { raceHeadline } from '@/lib/present/race-headline';
import { resultAt, seriesOf } from '@/lib/runner/run-queries';
import { RACE_BUDGET_MS, largestSize, planProblems, raceSources } from '@/lib/present/race-plan';
import type { RaceSlide } from '@/lib/present/slide-types';
import type { Verdict } from '@/lib/runner/protocol';
import { labs } from './labs/index';
import { deck } from './slides';

const races = deck.slides.filter((s): s is RaceSlide => s.kind === 'race');
const labOf = (r: RaceSlide) => labs.find((l) => l.id === r.lab) as Lab;

/** The big figure each counted race ends on, on every machine. */
const COUNTED: Record<string, string> = {
  'n-plus-one': '1,001 queries vs 1',
  'blocking-in-async': '100 calls vs 0',
  'filter-at-source': '10,000 rows vs 40',
  pagination: '30,000 rows vs 50',
  'hot-loop-allocation': '1,000 formatters vs 0',
  'unbounded-cache': '20,113 entries vs 500',
};

async function raceAt(lab: Lab, race: RaceSlide, sizes: number[]) {
  const request = labRunRequest(lab, raceSources(lab), { sizes, budgetMs: 60_000 });
  const state = await runRequestInNode(request, { SQL: await sqlite() });
  if (state.error) throw new Error(state.error.message);
  return raceHeadline(lab, race.race, seriesOf(state, 'starter'), seriesOf(state, 'reference'));
}

describe('the deck’s races', () => {
  it.each(races.map((r) => [r.lab, r] as const))('%s has a sound plan', (_id, race) => {
    expect(planProblems(race.race, labOf(race))).toEqual([]);
  });

  it('counts a figure on every race but the three whose point is growth', () => {
    expect(races.filter((r) => !r.race.counter).map((r) => r.lab)).toEqual([
      'quadratic-lookup',
      'find-the-hot-spot',
      'perf-test-first',
    ]);
    expect(Object.keys(COUNTED).sort()).toEqual(
      races
        .filter((r) => r.race.counter)
        .map((r) => r.lab)
        .sort(),
    );
  });

  it.each(races.filter((r) => r.race.counter).map((r) => [r.lab, r] as const))(
    '%s ends on its exact counted figure',
    async (id, race) => {
      const lab = labOf(race);
      const h = await raceAt(lab, race, [largestSize(race.race)]);
      expect(h?.kind).toBe('counter');
      expect(h?.big).toBe(COUNTED[id]);
      expect(h?.caption).toContain(`counted at n = ${largestSize(race.race).toLocaleString('en-US')} `);
    },
    30_000,
  );

  it.each(races.filter((r) => !r.race.counter).map((r) => [r.lab, r] as const))(
    '%s ends on two growth classes, the starter on the steep side',
    async (_id, race) => {
      const lab = labOf(race);
      const { sizes } = race.race;
      const request = labRunRequest(lab, raceSources(lab), { sizes, budgetMs: RACE_BUDGET_MS });
      const state = await runRequestInNode(request, { SQL: await sqlite() });
      const starter = seriesOf(state, 'starter');
      const fix = seriesOf(state, 'reference');
      const h = raceHeadline(lab, race.race, starter, fix);
      expect(h?.kind).toBe('growth');
      expect(h?.complete, h?.caption).toBe(true);
      const n = largestSize(race.race);
      const ratio = resultAt(starter, n)!.medianNs / resultAt(fix, n)!.medianNs;
      expect(ratio, `starter over fix at n = ${n}`).toBeGreaterThan(10);
      const named = (v: Verdict | null | undefined) => (v && !v.inconclusive ? v.best : null);
      const steep = named(starter?.verdict);
      const flat = named(fix?.verdict);
      if (steep) expect(['O(n²)', 'O(n³)', 'O(2ⁿ)']).toContain(steep);
      if (flat) expect(['O(1)', 'O(log n)', 'O(n)', 'O(n log n)']).toContain(flat);
      if (steep) expect(h?.big.startsWith(steep)).toBe(true);
    },
    90_000,
  );
});
