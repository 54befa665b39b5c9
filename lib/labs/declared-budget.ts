/**
 * The perf-test-first lab: the learner writes the budget as data in their own module
 * (`export const perfBudget = { maxClass: 'O(n log n)' }` or `{ size: 10000, maxMs: 50 }`). This parses
 * it, and judges one measured series against it. Pure.
 */
import type { ComplexityClass } from '@/lib/runner/protocol';
import { formatDuration } from '@/lib/format/duration';
import type { SeriesOutcome } from './lab-run';
import { resultAt } from './lab-run';
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

export type ParsedBudget = { ok: true; budget: DeclaredBudget } | { ok: false; reason: string };

const EXAMPLE =
  "for example `export const perfBudget = { maxClass: 'O(n log n)' }` or `{ size: 10000, maxMs: 50 }`";

export function parseDeclaredBudget(raw: unknown, sizes: readonly number[]): ParsedBudget {
  if (raw === null || raw === undefined) {
    return { ok: false, reason: `No budget yet: write one first, ${EXAMPLE}.` };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: `\`perfBudget\` must be an object, ${EXAMPLE}.` };
  }
  const o = raw as Record<string, unknown>;
  const budget: DeclaredBudget = {};
  if (o.maxClass !== undefined) {
    const c = parseClass(o.maxClass);
    if (!c) {
      return {
        ok: false,
        reason: `\`maxClass\` ${JSON.stringify(o.maxClass)} is not a class I know; use one of ${CLASS_ORDER.join(', ')}.`,
      };
    }
    budget.maxClass = c;
  }
  const hasSize = o.size !== undefined;
  const hasMs = o.maxMs !== undefined;
  if (hasSize !== hasMs) {
    return {
      ok: false,
      reason: 'A time budget needs both `size` (items) and `maxMs` (milliseconds per call).',
    };
  }
  if (hasSize) {
    if (typeof o.size !== 'number' || !sizes.includes(o.size)) {
      return {
        ok: false,
        reason: `\`size\` must be one of the sizes this lab measures: ${sizes.map((s) => s.toLocaleString('en-US')).join(', ')}.`,
      };
    }
    if (typeof o.maxMs !== 'number' || !Number.isFinite(o.maxMs) || o.maxMs <= 0) {
      return { ok: false, reason: '`maxMs` must be a positive number of milliseconds.' };
    }
    budget.size = o.size;
    budget.maxMs = o.maxMs;
  }
  if (!budget.maxClass && budget.size === undefined) {
    return {
      ok: false,
      reason: `\`perfBudget\` needs \`maxClass\`, or \`size\` with \`maxMs\`: ${EXAMPLE}.`,
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

export function judgeBudget(b: DeclaredBudget, s: SeriesOutcome | undefined): BudgetJudgement {
  if (!s || (s.results.length === 0 && !s.stop)) return { outcome: 'unknown', reason: 'it was not measured' };
  const parts: string[] = [];
  let missed = false;
  let unknown = false;
  if (b.maxClass) {
    const v = s.verdict;
    if (!v || v.inconclusive || !v.best) {
      unknown = true;
      parts.push(`its class could not be decided (${v?.reason ?? 'no verdict'})`);
    } else if (classRank(v.best) > classRank(b.maxClass)) {
      missed = true;
      parts.push(`it measured ${v.best}, worse than ${b.maxClass}`);
    } else {
      parts.push(`it measured ${v.best}`);
    }
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
