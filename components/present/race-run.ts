/**
 * Runs one race: the lab's starter against its reference fix on the race's fixed sizes, through the
 * shared runner (sandboxed iframe + worker, which seeds Math.random per size, so inputs are the same on
 * every run). The spec is built the same way as a lab run's. Loaded only with a race slide.
 */
import { getRunnerHost } from '@/components/runner/runner-host';
import type { RunStore } from '@/components/runner/run-store';
import { SERIES_LABELS, loadSqliteWasm } from '@/components/lab/lab-controller';
import { labRunSpec } from '@/lib/labs/lab-run-spec';
import type { Lab } from '@/lib/labs/types';
import { RACE_BUDGET_MS, raceSources } from '@/lib/present/race-plan';
import type { RacePlan } from '@/lib/present/slide-types';

export async function runRace(store: RunStore, lab: Lab, plan: RacePlan): Promise<void> {
  const sources = raceSources(lab);
  store.getState().begin(
    sources.map(([id]) => ({ id, label: SERIES_LABELS[id] })),
    RACE_BUDGET_MS,
  );
  const built = labRunSpec(lab, sources, { sizes: plan.sizes, budgetMs: RACE_BUDGET_MS });
  if (!built.ok) {
    store.setState({
      phase: 'error',
      error: {
        series: built.series,
        name: 'Not run',
        message: built.problems[0]?.message ?? 'The lab code has a problem.',
      },
    });
    return;
  }
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
  const end = await getRunnerHost().run({ ...built.spec, ...(sqliteWasm ? { sqliteWasm } : {}) }, (msg) =>
    store.getState().receive(msg),
  );
  store.getState().end(end);
}

export function stopRace(): void {
  getRunnerHost().cancel();
}

export function warmUpRace(lab: Lab): void {
  getRunnerHost().warmUp();
  if (lab.needsSqlite) void loadSqliteWasm().catch(() => undefined);
}
