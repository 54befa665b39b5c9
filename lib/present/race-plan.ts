/**
 * A race slide's fixed plan: which code runs, at which sizes, within which budget, and what the presenter
 * is told it will show. Pure; the sizes themselves are content (lessons/<slug>/slides.ts).
 */
import type { CounterInfo, Lab } from '@/lib/labs/types';
import type { SeriesId } from '@/lib/runner/protocol';
import type { RacePlan } from './slide-types';
import { formatSize } from '@/lib/format/format';

/** Per-size time budget of a race, ms: the same as a lab run's, so the race shows what the lab shows. */
export const RACE_BUDGET_MS = 20_000;

/** A race is the lab's starter against its reference fix, nothing else. */
export function raceSources(lab: Pick<Lab, 'starter' | 'solution'>): [SeriesId, string][] {
  return [
    ['starter', lab.starter],
    ['reference', lab.solution],
  ];
}

export function largestSize(plan: Pick<RacePlan, 'sizes'>): number {
  return plan.sizes[plan.sizes.length - 1] ?? 0;
}

/** Fewer sizes than this cannot give a growth class (the verdict needs five, four when growth is steep). */
export const MIN_RACE_SIZES = 5;
/** Largest over smallest size: under this the verdict cannot separate growth classes. */
export const MIN_RACE_SPAN = 10;

export function raceCounter(
  plan: Pick<RacePlan, 'counter'>,
  lab: Pick<Lab, 'counters'>,
): CounterInfo | undefined {
  return plan.counter === undefined ? undefined : lab.counters.find((c) => c.id === plan.counter);
}

/** What is wrong with a plan for this lab; empty when it is fine. */
export function planProblems(plan: RacePlan, lab: Pick<Lab, 'counters'>): string[] {
  const out: string[] = [];
  const { sizes } = plan;
  if (sizes.length < MIN_RACE_SIZES) out.push(`${sizes.length} sizes; at least ${MIN_RACE_SIZES} are needed`);
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) out.push('sizes must be positive integers');
  if (sizes.some((n, i) => i > 0 && n <= (sizes[i - 1] ?? 0))) out.push('sizes must be strictly ascending');
  const first = sizes[0] ?? 0;
  if (first > 0 && largestSize(plan) / first < MIN_RACE_SPAN) {
    out.push(`sizes span under ${MIN_RACE_SPAN}× (${first}…${largestSize(plan)})`);
  }
  if (plan.counter !== undefined && !raceCounter(plan, lab)) {
    out.push(`the lab has no counter "${plan.counter}"`);
  }
  if (!(plan.predictAt > largestSize(plan))) out.push('predictAt must be above the largest size');
  return out;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** What the presenter's preview says a race will run and show, before it runs. */
export function describeRace(
  plan: RacePlan,
  lab: Pick<Lab, 'counters' | 'sizeUnit'>,
): { runs: string; shows: string } {
  const top = largestSize(plan);
  const runs =
    `Starter vs reference fix on ${plan.sizes.length} fixed sizes, ${fmt(plan.sizes[0] ?? 0)} to ${fmt(top)} ` +
    `${lab.sizeUnit}, the same inputs for both.`;
  const counter = raceCounter(plan, lab);
  const shows = counter
    ? `Big figure: ${counter.label.toLowerCase()} counted at ${fmt(top)} ${lab.sizeUnit}, starter vs fix (the same on every machine).`
    : `Big figure: the two measured growth classes, with both times predicted at ${formatSize(plan.predictAt)} ${lab.sizeUnit}.`;
  return { runs, shows };
}
