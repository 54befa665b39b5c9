/**
 * Test helpers for running labs in node with real SQLite: settings short enough for a unit test, and
 * a retry for the few assertions that rest on timing (class, speed-up), which a busy machine can upset.
 * Counters are deterministic and never retried.
 */
import initSqlJs from 'sql.js';
import { evaluateLab } from './evaluate';
import type { LabRun } from './lab-run';
import { runLab, type HarnessEnv } from './run-lab';
import type { Lab, LabEvaluation } from './types';

export const TEST_SETTINGS = {
  budgetMs: 1000,
  samplingGoalMs: 15,
  warmupMs: 5,
  firstWarmupMs: 20,
  maxSamples: 9,
};

let env: Promise<HarnessEnv> | null = null;
export function sqliteEnv(): Promise<HarnessEnv> {
  env ??= initSqlJs().then((SQL) => ({ SQL }));
  return env;
}

export interface TryLab {
  run: LabRun;
  evaluation: LabEvaluation;
}

export async function tryLab(
  lab: Lab,
  source: string,
  opts: { compare?: ('starter' | 'reference')[]; sizes?: number[]; budgetMs?: number } = {},
): Promise<TryLab> {
  const run = await runLab({
    lab,
    learnerSource: source,
    env: await sqliteEnv(),
    now: () => performance.now(),
    settings: { ...TEST_SETTINGS, ...(opts.budgetMs ? { budgetMs: opts.budgetMs } : {}) },
    sizes: opts.sizes,
    compare: opts.compare ?? ['starter', 'reference'],
  });
  return { run, evaluation: evaluateLab(lab, run) };
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
export function counterAtLargest(run: LabRun, series: 'learner' | 'starter' | 'reference', counter: string) {
  const results = run.series[series]?.results ?? [];
  const last = results[results.length - 1];
  return last ? { n: last.n, value: last.counters?.[counter] } : null;
}

export function counterAt(
  run: LabRun,
  series: 'learner' | 'starter' | 'reference',
  n: number,
  counter: string,
) {
  return run.series[series]?.results.find((r) => r.n === n)?.counters?.[counter];
}
