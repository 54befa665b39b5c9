/**
 * Glue between a runner surface and the sandbox: transpile on the page, refuse to run code with problems,
 * hand the rest to the runner host and fold its messages into the store. Loaded with `import()` when the
 * learner presses Run (or when the page is idle), so sucrase and the host stay out of first-load JS.
 */
import type { SeriesId } from '@/lib/runner/protocol';
import { transpileLearnerCode, type SourceLanguage, type SourceProblem } from '@/lib/runner/transpile';
import { refuseRun } from './refuse-run';
import { getRunnerHost } from './runner-host';
import type { RunStore } from './run-store';

export const DEFAULT_BUDGET_MS = 1000;

export interface SourceSeries {
  id: SeriesId;
  label: string;
  source: string;
  language: SourceLanguage;
}

export interface RunOptions {
  budgetMs?: number;
  sizes?: number[];
  checkCorrectness?: boolean;
  harness?: string;
  sqliteWasm?: ArrayBuffer;
}

/** Syntax and contract problems of the learner's code, without running it (for live editor markers). */
export function checkSource(source: string, language: SourceLanguage): SourceProblem[] {
  const r = transpileLearnerCode(source, language);
  return r.ok ? [] : r.problems;
}

/** Runs one or more bodies of code (the learner's first) and resolves when the run has ended. */
export async function runSeries(
  store: RunStore,
  series: SourceSeries[],
  options: RunOptions = {},
): Promise<void> {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const compiled = [];
  for (const s of series) {
    const r = transpileLearnerCode(s.source, s.language);
    if (!r.ok) {
      refuseRun(store, s.id, r.problems, series, budgetMs);
      return;
    }
    compiled.push({ id: s.id, code: r.code, lineOffset: r.lineOffset });
  }
  store.getState().setProblems([]);
  store.getState().begin(series, budgetMs);
  const end = await getRunnerHost().run(
    {
      series: compiled,
      sizes: options.sizes,
      perSizeBudgetMs: budgetMs,
      checkCorrectness: options.checkCorrectness ?? false,
      harness: options.harness,
      sqliteWasm: options.sqliteWasm,
    },
    (msg) => store.getState().receive(msg),
  );
  store.getState().end(end);
}

export function cancelRun(): void {
  getRunnerHost().cancel();
}

/** Starts the sandbox ahead of the first Run. */
export function warmUpRunner(): void {
  getRunnerHost().warmUp();
}
