/**
 * The one place a lab becomes a run request: which bodies of code (the learner's, the starter, the
 * reference), the lab's harness, sizes, correctness checking and budget. Shared by the lab page (all
 * three on the lab's sizes) and the classroom races (starter and reference on the race's fixed sizes).
 * Pure: the controller transpiles (lib/runner/run-request.ts) and hands SQLite's wasm in when needed.
 */
import type { SeriesId } from '@/lib/runner/protocol';
import type { RunRequest } from '@/lib/runner/run-request';
import type { Lab } from './types';

/** Per-size time budget of a lab run, ms. */
export const LAB_BUDGET_MS = 1000;

/**
 * Per-size budget of a lab's memory pass (Python labs with a memory budget), ms: below the time budget,
 * as the playground's, so one traced call a little slower than predicted still reports in time.
 */
export const LAB_MEMORY_BUDGET_MS = 600;

export const SERIES_LABELS: Record<SeriesId, string> = {
  learner: 'Your code',
  starter: 'Starter (slow)',
  reference: 'Reference fix',
};

export function labRunRequest(
  lab: Lab,
  sources: readonly (readonly [SeriesId, string])[],
  options: { sizes?: readonly number[]; budgetMs?: number } = {},
): RunRequest {
  return {
    series: sources.map(([id, source]) => ({ id, label: SERIES_LABELS[id], source })),
    language: lab.language === 'python' ? 'python' : 'typescript',
    contract: 'lab',
    requiredExports: lab.requiredExports,
    sizes: options.sizes ?? lab.sizes,
    budgetMs: options.budgetMs ?? LAB_BUDGET_MS,
    checkCorrectness: lab.checkCorrectness,
    harness: lab.harness,
    needsSqlite: lab.needsSqlite,
    ...(lab.language === 'python' && lab.budget.maxMemoryClass
      ? { memoryBudgetMs: LAB_MEMORY_BUDGET_MS }
      : {}),
  };
}

/** A lab run as the lab page makes it: the learner's code beside the starter and the reference. */
export function labPageRequest(lab: Lab, source: string): RunRequest {
  return labRunRequest(lab, [
    ['learner', source],
    ['starter', lab.starter],
    ['reference', lab.solution],
  ]);
}
