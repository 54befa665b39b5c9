/**
 * The page's whole path for a lab, minus the browser: the worker's run orchestration (lib/measure/run-spec,
 * exactly what workers/measure.worker.ts calls) with real SQLite, its messages folded by the runner's
 * reducer, turned into a LabRun and evaluated. The solution passes; the starter fails.
 */
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { applyMessage, startRun } from '@/components/runner/run-state';
import { labs } from '@/lessons/performance-bugs-in-ai-generated-code/labs/index';
import { evaluateLab } from '@/lib/labs/evaluate';
import { transpileLab } from '@/lib/labs/transpile-lab';
import type { Lab } from '@/lib/labs/types';
import { runSpecInNode } from '@/lib/measure/run-spec-node';
import type { SeriesId, WorkerToPage } from '@/lib/runner/protocol';
import { labRunFromState, type ChecksReport } from './lab-run-from-state';

const sqlite = initSqlJs();
const SHORT: Record<string, number[]> = {
  'n-plus-one': [100, 300, 1000],
  'quadratic-lookup': [100, 200, 500, 1000, 2000, 5000, 10000, 30000],
  'blocking-in-async': [50, 100, 200],
  'filter-at-source': [1000, 3000, 10000],
  pagination: [500, 1000, 3000],
  'hot-loop-allocation': [100, 300, 1000, 3000],
  'unbounded-cache': [1000, 10000, 100000],
};

async function runThroughWorker(lab: Lab, source: string) {
  const order: [SeriesId, string][] = [
    ['learner', source],
    ['starter', lab.starter],
    ['reference', lab.solution],
  ];
  const series = order.map(([id, code]) => {
    const r = transpileLab(code, lab.requiredExports);
    if (!r.ok) throw new Error(r.problems[0]?.message);
    return { id, code: r.code, lineOffset: 0 };
  });
  let state = startRun(
    order.map(([id]) => ({ id, label: id })),
    2000,
  );
  let report: ChecksReport | null = null;
  const SQL = await sqlite;
  await runSpecInNode(
    {
      runId: 1,
      series,
      sizes: SHORT[lab.id] ?? lab.sizes,
      perSizeBudgetMs: 2000,
      checkCorrectness: lab.checkCorrectness,
      harness: lab.harness,
      ...(lab.needsSqlite ? { sqliteWasm: new ArrayBuffer(8) } : {}),
    },
    (msg: WorkerToPage) => {
      if (msg.type === 'done')
        report = { checks: msg.checks as ChecksReport['checks'], checksError: msg.checksError };
      state = applyMessage(state, msg);
    },
    async () => SQL,
  );
  state = { ...state, phase: state.mismatch || state.error ? 'error' : 'done' };
  return evaluateLab(lab, labRunFromState(state, report));
}

describe.each(labs.map((l) => [l.id, l] as const))('%s through the worker path', (_id, lab) => {
  it('passes with the solution and fails with the starter', async () => {
    let good = await runThroughWorker(lab, lab.solution);
    // Timing items (class, speed-up) can be upset by a busy machine: one retry.
    if (!good.passed) good = await runThroughWorker(lab, lab.solution);
    expect(good.passed, JSON.stringify(good.items, null, 1)).toBe(true);
    const bad = await runThroughWorker(lab, lab.starter);
    expect(bad.passed).toBe(false);
  }, 180_000);
});
