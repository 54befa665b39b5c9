/**
 * The one place a lab becomes a runner spec: each series' TypeScript transpiled for the worker, the lab's
 * harness, correctness checking and the sizes. Shared by the lab page (learner, starter, reference on the
 * lab's sizes) and the classroom races (starter and reference on the race's fixed sizes). Pure: the
 * caller adds SQLite's wasm bytes when `lab.needsSqlite`.
 */
import type { RunSpec, SeriesId, SeriesSpec } from '@/lib/runner/protocol';
import type { SourceProblem } from '@/lib/runner/transpile';
import { transpileLab } from './transpile-lab';
import type { Lab } from './types';

export type LabRunSpec = Omit<RunSpec, 'runId' | 'sqliteWasm'>;

export type LabRunSpecResult =
  | { ok: true; spec: LabRunSpec }
  /** The first series whose source has a problem (nothing is run). */
  | { ok: false; series: SeriesId; problems: SourceProblem[] };

export function labRunSpec(
  lab: Lab,
  sources: readonly (readonly [SeriesId, string])[],
  options: { sizes?: readonly number[]; budgetMs: number },
): LabRunSpecResult {
  const series: SeriesSpec[] = [];
  for (const [id, code] of sources) {
    const r = transpileLab(code, lab.requiredExports);
    if (!r.ok) return { ok: false, series: id, problems: r.problems };
    series.push({ id, code: r.code, lineOffset: r.lineOffset });
  }
  return {
    ok: true,
    spec: {
      series,
      sizes: [...(options.sizes ?? lab.sizes)],
      perSizeBudgetMs: options.budgetMs,
      checkCorrectness: lab.checkCorrectness,
      harness: lab.harness,
    },
  };
}
