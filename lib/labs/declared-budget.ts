/**
 * Own-budget labs: the learner writes the budget as data in their own module
 * (`export const perfBudget = { maxClass: 'O(n log n)' }` or `{ size: 10000, maxMs: 50 }`). This parses
 * it, and judges one measured series against it. Pure.
 */
import type { ComplexityClass, Verdict } from '@/lib/runner/protocol';
import { formatDuration } from '@/lib/format/format';
import { resultAt } from '@/lib/runner/run-queries';
import type { SeriesState } from '@/lib/runner/run-state';
import type { DeclaredBudget } from './types';

export const CLASS_ORDER: readonly ComplexityClass[] = [
  'O(1)',
  'O(log n)',
  'O(n)',
  'O(n log n)',
  'O(n²)',
  'O(n³)',
  'O(2ⁿ)',
];

export function classRank(c: ComplexityClass): number {
  return CLASS_ORDER.indexOf(c);
}

/** Accepts the usual ways of typing a class: "O(n^2)", "o(n log n)", "O(nlogn)", "O(2^n)". */
export function parseClass(raw: unknown): ComplexityClass | null {
  if (typeof raw !== 'string') return null;
  const key = raw
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\^2|\*\*2/g, '²')
    .replace(/\^3|\*\*3/g, '³')
    .replace(/2\^n|2\*\*n/g, '2ⁿ')
    .replace(/·|\*/g, '');
  const table: Record<string, ComplexityClass> = {
    'o(1)': 'O(1)',
    'o(logn)': 'O(log n)',
    'o(n)': 'O(n)',
    'o(nlogn)': 'O(n log n)',
    'o(n²)': 'O(n²)',
    'o(n³)': 'O(n³)',
    'o(2ⁿ)': 'O(2ⁿ)',
  };
  return table[key] ?? null;
}

/** Fits within this factor of the best fit's error are treated as plausible classes too. */
export const PLAUSIBLE_FIT_RATIO = 1.5;

/**
 * Is the measured class no worse than `max`? A conclusive verdict decides. An inconclusive one still
 * decides when every plausible class (fits close to the best) falls on the same side of the limit: code
 * that is "O(n) or O(n log n), the data cannot tell which" meets an O(n log n) budget either way.
 */
export function judgeClassLimit(
  v: Verdict | null | undefined,
  max: ComplexityClass,
): { outcome: 'met' | 'missed' | 'unknown'; text: string } {
  if (v && !v.inconclusive && v.best) {
    return classRank(v.best) > classRank(max)
      ? { outcome: 'missed', text: `${v.best}, worse than ${max}` }
      : { outcome: 'met', text: `${v.best}` };
  }
  const fits = [...(v?.fits ?? [])].sort((a, b) => a.err - b.err);
  const best = fits[0];
  if (best) {
    const limit = Math.max(best.err * PLAUSIBLE_FIT_RATIO, best.err + 0.02);
    const plausible = fits.filter((f) => f.err <= limit).map((f) => f.cls);
    const names = CLASS_ORDER.filter((c) => plausible.includes(c));
    const either = names.join(' or ');
    if (names.every((c) => classRank(c) <= classRank(max))) {
      return { outcome: 'met', text: `${either} (the data cannot tell which; all are within ${max})` };
    }
    if (names.every((c) => classRank(c) > classRank(max))) {
      return { outcome: 'missed', text: `${either}, worse than ${max}` };
    }
  }
  return { outcome: 'unknown', text: `not decided (${v?.reason ?? 'no verdict'})` };
}

export type ParsedBudget = { ok: true; budget: DeclaredBudget } | { ok: false; reason: string };

/**
 * How the budget is spelled in the learner's language: JavaScript exports `perfBudget` with camelCase keys;
 * Python defines a module-level dict `PERF_BUDGET` with snake_case keys. The same rules apply to both.
 */
export interface BudgetWords {
  name: string;
  maxClass: string;
  maxMs: string;
  /** What the value must be, with its article: "an object", "a dict". */
  shape: string;
  example: string;
}

export const BUDGET_WORDS: Record<'javascript' | 'python', BudgetWords> = {
  javascript: {
    name: 'perfBudget',
    maxClass: 'maxClass',
    maxMs: 'maxMs',
    shape: 'an object',
    example:
      "for example `export const perfBudget = { maxClass: 'O(n log n)' }` or `{ size: 10000, maxMs: 50 }`",
  },
  python: {
    name: 'PERF_BUDGET',
    maxClass: 'max_class',
    maxMs: 'max_ms',
    shape: 'a dict',
    example: 'for example `PERF_BUDGET = {"max_class": "O(n log n)"}` or `{"size": 10000, "max_ms": 50}`',
  },
};

export function parseDeclaredBudget(
  raw: unknown,
  sizes: readonly number[],
  words: BudgetWords = BUDGET_WORDS.javascript,
): ParsedBudget {
  const { name, example } = words;
  if (raw === null || raw === undefined) {
    return { ok: false, reason: `No budget yet: write one first, ${example}.` };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: `\`${name}\` must be ${words.shape}, ${example}.` };
  }
  const o = raw as Record<string, unknown>;
  const maxClass = o[words.maxClass];
  const maxMs = o[words.maxMs];
  const budget: DeclaredBudget = {};
  if (maxClass !== undefined) {
    const c = parseClass(maxClass);
    if (!c) {
      return {
        ok: false,
        reason: `\`${words.maxClass}\` ${JSON.stringify(maxClass)} is not a class I know; use one of ${CLASS_ORDER.join(', ')}.`,
      };
    }
    budget.maxClass = c;
  }
  const hasSize = o.size !== undefined;
  const hasMs = maxMs !== undefined;
  if (hasSize !== hasMs) {
    return {
      ok: false,
      reason: `A time budget needs both \`size\` (items) and \`${words.maxMs}\` (milliseconds per call).`,
    };
  }
  if (hasSize) {
    if (typeof o.size !== 'number' || !sizes.includes(o.size)) {
      return {
        ok: false,
        reason: `\`size\` must be one of the sizes this lab measures: ${sizes.map((s) => s.toLocaleString('en-US')).join(', ')}.`,
      };
    }
    if (typeof maxMs !== 'number' || !Number.isFinite(maxMs) || maxMs <= 0) {
      return { ok: false, reason: `\`${words.maxMs}\` must be a positive number of milliseconds.` };
    }
    budget.size = o.size;
    budget.maxMs = maxMs;
  }
  if (!budget.maxClass && budget.size === undefined) {
    return {
      ok: false,
      reason: `\`${name}\` needs \`${words.maxClass}\`, or \`size\` with \`${words.maxMs}\`: ${example}.`,
    };
  }
  return { ok: true, budget };
}

export function describeBudget(b: DeclaredBudget): string {
  const parts: string[] = [];
  if (b.maxClass) parts.push(`no worse than ${b.maxClass}`);
  if (b.size !== undefined && b.maxMs !== undefined) {
    parts.push(`${b.size.toLocaleString('en-US')} items in at most ${b.maxMs} ms`);
  }
  return parts.join(' and ');
}

/** 'met' / 'missed' with the figures, or 'unknown' when the run cannot decide. */
export interface BudgetJudgement {
  outcome: 'met' | 'missed' | 'unknown';
  reason: string;
}

export function judgeBudget(
  b: DeclaredBudget,
  s: Pick<SeriesState, 'results' | 'verdict' | 'stop'> | undefined,
): BudgetJudgement {
  if (!s || (s.results.length === 0 && !s.stop)) return { outcome: 'unknown', reason: 'it was not measured' };
  const parts: string[] = [];
  let missed = false;
  let unknown = false;
  if (b.maxClass) {
    const j = judgeClassLimit(s.verdict, b.maxClass);
    if (j.outcome === 'missed') missed = true;
    if (j.outcome === 'unknown') unknown = true;
    parts.push(j.outcome === 'unknown' ? `its class was ${j.text}` : `it measured ${j.text}`);
  }
  if (b.size !== undefined && b.maxMs !== undefined) {
    const r = resultAt(s, b.size);
    const size = b.size.toLocaleString('en-US');
    if (r) {
      const ms = r.medianNs / 1e6;
      if (ms > b.maxMs) missed = true;
      parts.push(`at ${size} items it took ${formatDuration(r.medianNs)} per call (median)`);
    } else if (s.stop && s.stop.atN <= b.size) {
      // Not measured at that size: the series stopped at the per-size time limit. When the fitted curve
      // predicts a time within the budget, the stop was likely noise (a stall), so the run cannot decide.
      const pred = s.verdict?.predictions.find((p) => p.n === b.size);
      const at = s.stop.atN.toLocaleString('en-US');
      if (pred && pred.ns / 1e6 <= b.maxMs) {
        unknown = true;
        parts.push(
          `it was not measured at ${size} items (the run stopped at ${at}; predicted ≈ ${formatDuration(pred.ns)} per call, a prediction)`,
        );
      } else {
        missed = true;
        parts.push(
          pred
            ? `it was too slow to measure at ${size} items (predicted ≈ ${formatDuration(pred.ns)} per call)`
            : `it was too slow to measure at ${size} items (stopped at ${at})`,
        );
      }
    } else {
      unknown = true;
      parts.push(`it was not measured at ${size} items`);
    }
  }
  const reason = parts.join('; ');
  return { outcome: missed ? 'missed' : unknown ? 'unknown' : 'met', reason };
}
