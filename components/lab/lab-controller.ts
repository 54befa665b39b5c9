/**
 * Runs a lab: the learner's code, the starter and the reference, through the lab's harness in the
 * sandboxed worker (with SQLite's wasm handed in when the lab needs a database). Loaded with `import()`
 * when the learner presses Run or the page is idle, so sucrase and the runner stay out of first-load JS.
 */
import { refuseRun } from '@/components/runner/refuse-run';
import { getRunnerHost } from '@/components/runner/runner-host';
import type { RunStore } from '@/components/runner/run-store';
import type { SeriesId, WorkerToPage } from '@/lib/runner/protocol';
import type { LabRunSpec } from '@/lib/labs/lab-run-spec';
import type { SourceProblem } from '@/lib/runner/transpile';
import { transpileLab } from '@/lib/labs/transpile-lab';
import { labRunSpec } from '@/lib/labs/lab-run-spec';
import type { Lab } from '@/lib/labs/types';
import type { RunState } from '@/components/runner/run-state';
import { evaluateLab } from '@/lib/labs/evaluate';
import type { LabEvaluation } from '@/lib/labs/types';
import type { LabFigure } from '@/lib/progress/schema';
import { labFigures } from './lab-figures';
import { labRunFromState, type ChecksReport } from './lab-run-from-state';

export const LAB_BUDGET_MS = 1000;
/** Built by scripts/build-runtime.mjs from node_modules/sql.js (the sandbox itself fetches nothing). */
export const SQLITE_WASM_URL = '/runtime/sql-wasm.wasm';

export const SERIES_LABELS: Record<SeriesId, string> = {
  learner: 'Your code',
  starter: 'Starter (slow)',
  reference: 'Reference fix',
};

let wasm: Promise<ArrayBuffer> | null = null;
/** The SQLite wasm bytes, fetched once per page and shared by lab runs and classroom races. */
export function loadSqliteWasm(): Promise<ArrayBuffer> {
  wasm ??= fetch(SQLITE_WASM_URL).then((r) => {
    if (!r.ok) throw new Error(`SQLite could not be loaded (${r.status} ${SQLITE_WASM_URL}).`);
    return r.arrayBuffer();
  });
  wasm.catch(() => (wasm = null));
  return wasm;
}

export function checkLabSource(lab: Lab, source: string): SourceProblem[] {
  const r = transpileLab(source, lab.requiredExports);
  return r.ok ? [] : r.problems;
}

export async function runLab(
  store: RunStore,
  lab: Lab,
  source: string,
  onChecks: (report: ChecksReport) => void,
): Promise<void> {
  const sources: [SeriesId, string][] = [
    ['learner', source],
    ['starter', lab.starter],
    ['reference', lab.solution],
  ];
  const labels = sources.map(([id]) => ({ id, label: SERIES_LABELS[id] }));
  const built = labRunSpec(lab, sources, { budgetMs: LAB_BUDGET_MS });
  if (!built.ok) {
    refuseRun(store, built.series, built.problems, labels, LAB_BUDGET_MS);
    return;
  }
  store.getState().setProblems([]);
  store.getState().begin(labels, LAB_BUDGET_MS);
  await runLabSpec(store, lab, built.spec, (msg) => {
    if (msg.type === 'done') {
      onChecks({
        ...(msg.checks ? { checks: msg.checks as ChecksReport['checks'] } : {}),
        ...(msg.checksError ? { checksError: msg.checksError } : {}),
      });
    }
  });
}

/**
 * Runs a built lab spec on a store that has begun: hands the SQLite wasm in when the lab needs it, feeds
 * every worker message to the store (after `onMessage`, if given) and ends the run. Labs and classroom
 * races both run through here.
 */
export async function runLabSpec(
  store: RunStore,
  lab: Lab,
  spec: LabRunSpec,
  onMessage?: (msg: WorkerToPage) => void,
): Promise<void> {
  let sqliteWasm: ArrayBuffer | undefined;
  try {
    if (lab.needsSqlite) sqliteWasm = await loadSqliteWasm();
  } catch (e) {
    store.setState({
      phase: 'error',
      error: { series: null, name: 'Runner', message: e instanceof Error ? e.message : String(e) },
    });
    return;
  }
  const end = await getRunnerHost().run({ ...spec, ...(sqliteWasm ? { sqliteWasm } : {}) }, (msg) => {
    onMessage?.(msg);
    store.getState().receive(msg);
  });
  store.getState().end(end);
}

export function cancelLab(): void {
  getRunnerHost().cancel();
}

export function warmUpLab(lab: Lab): void {
  getRunnerHost().warmUp();
  if (lab.needsSqlite) void loadSqliteWasm().catch(() => undefined);
}

/** The checklist for a finished run, and the figures to keep when it passed. */
export function judgeLab(
  lab: Lab,
  state: RunState,
  report: ChecksReport | null,
): { evaluation: LabEvaluation; figures: Record<string, LabFigure> } {
  const evaluation = evaluateLab(lab, labRunFromState(state, report));
  return { evaluation, figures: evaluation.passed ? labFigures(lab, state) : {} };
}
