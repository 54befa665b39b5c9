/**
 * Test helpers for running labs in Node through the worker's own path (lib/measure/run-spec-node.ts) with
 * real SQLite: settings short enough for a unit test, and a retry for the few assertions that rest on
 * timing (class, speed-up), which a busy machine can upset. Counters are deterministic and never retried.
 */
import initSqlJs from 'sql.js';
import { runRequestInNode } from '@/lib/measure/run-spec-node';
import { loadTestPyodide, type TestPyodide } from '@/lib/python/pyodide.test-helpers';
import { pythonRunner } from '@/lib/python/run-python-spec';
import type { SeriesId } from '@/lib/runner/protocol';
import { lastResult, resultAt, seriesOf } from '@/lib/runner/run-queries';
import type { RunState } from '@/lib/runner/run-state';
import { evaluateLab } from './evaluate';
import { LAB_BUDGET_MS, labRunRequest } from './lab-run-request';
import type { Lab, LabEvaluation } from './types';

let sql: Promise<unknown> | null = null;
export function sqlite(): Promise<unknown> {
  sql ??= initSqlJs();
  return sql;
}

let pyodide: Promise<TestPyodide> | null = null;
/** One real Pyodide per test file (loaded on the first Python lab run; cold loads take seconds). */
export function testPyodide(): Promise<TestPyodide> {
  pyodide ??= loadTestPyodide().then((r) => r.py);
  return pyodide;
}

/** The worker's Python runner over the test file's Pyodide. */
export function nodePythonRunner() {
  return pythonRunner({
    load: async (_url, onProgress) => {
      const py = await testPyodide();
      onProgress({ phase: 'ready', loadedBytes: 0, totalBytes: 0, elapsedMs: 0 });
      return py;
    },
  });
}

/** Shorter sampling than the page's, as the lab tests have always used: less time per size, same path. */
export const TEST_SAMPLING = { samplingGoalMs: 15, warmupMs: 5, firstWarmupMs: 20, maxSamples: 9 };

export interface TryLab {
  state: RunState;
  evaluation: LabEvaluation;
}

/**
 * Runs the learner's source (and, by default, the starter and the reference) as the lab page does. For a
 * Python lab pass `labIn(lab, 'python')`: the same path, with the worker's Python runner.
 */
export async function tryLab(
  lab: Lab,
  source: string,
  opts: { compare?: ('starter' | 'reference')[]; sizes?: number[]; budgetMs?: number } = {},
): Promise<TryLab> {
  const compare = opts.compare ?? ['starter', 'reference'];
  const sources: [SeriesId, string][] = [['learner', source]];
  if (compare.includes('starter')) sources.push(['starter', lab.starter]);
  if (compare.includes('reference')) sources.push(['reference', lab.solution]);
  const request = labRunRequest(lab, sources, {
    sizes: opts.sizes ?? lab.sizes,
    budgetMs: opts.budgetMs ?? LAB_BUDGET_MS,
  });
  const state = await runRequestInNode(
    { ...request, sampling: TEST_SAMPLING },
    {
      SQL: lab.needsSqlite ? await sqlite() : undefined,
      ...(lab.language === 'python' ? { runPython: nodePythonRunner() } : {}),
    },
  );
  return { state, evaluation: evaluateLab(lab, state) };
}

/** Runs up to `attempts` times until `ok` holds; returns the last attempt (for the assertion message). */
export async function tryUntil(
  attempt: () => Promise<TryLab>,
  ok: (t: TryLab) => boolean,
  attempts = 3,
): Promise<TryLab> {
  let last = await attempt();
  for (let i = 1; i < attempts && !ok(last); i++) last = await attempt();
  return last;
}

export function failing(t: TryLab): string[] {
  return t.evaluation.items.filter((i) => !i.pass).map((i) => i.id);
}

export function explain(t: TryLab): string {
  return t.evaluation.items.map((i) => `${i.pass ? 'ok  ' : 'FAIL'} ${i.id}: ${i.reason}`).join('\n');
}

/** The counter at the largest size the given series measured. */
export function counterAtLargest(state: RunState, series: SeriesId, counter: string) {
  const last = lastResult(seriesOf(state, series));
  return last ? { n: last.n, value: last.counters?.[counter] } : null;
}

export function counterAt(state: RunState, series: SeriesId, n: number, counter: string) {
  return resultAt(seriesOf(state, series), n)?.counters?.[counter];
}
