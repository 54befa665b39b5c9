/**
 * Runs one race: the lab's starter against its reference fix, on the lab's own fixed sizes, through the
 * shared runner (sandboxed iframe + worker, which seeds Math.random per size). Loaded only with a race slide.
 */
import { getRunnerHost } from '@/components/runner/runner-host';
import type { RunStore } from '@/components/runner/run-store';
import { LAB_BUDGET_MS, SERIES_LABELS, loadSqliteWasm } from '@/components/lab/lab-controller';
import { transpileLab } from '@/lib/labs/transpile-lab';
import type { Lab } from '@/lib/labs/types';
import type { SeriesId, SeriesSpec } from '@/lib/runner/protocol';

export async function runRace(store: RunStore, lab: Lab): Promise<void> {
  const order: [SeriesId, string][] = [
    ['starter', lab.starter],
    ['reference', lab.solution],
  ];
  const labels = order.map(([id]) => ({ id, label: SERIES_LABELS[id] }));
  store.getState().begin(labels, LAB_BUDGET_MS);
  const series: SeriesSpec[] = [];
  for (const [id, code] of order) {
    const r = transpileLab(code, lab.requiredExports);
    if (!r.ok) {
      store.setState({
        phase: 'error',
        error: {
          series: id,
          name: 'Not run',
          message: r.problems[0]?.message ?? 'The lab code has a problem.',
        },
      });
      return;
    }
    series.push({ id, code: r.code, lineOffset: r.lineOffset });
  }
  let bytes: ArrayBuffer | undefined;
  try {
    if (lab.needsSqlite) bytes = await loadSqliteWasm();
  } catch (e) {
    store.setState({
      phase: 'error',
      error: { series: null, name: 'Runner', message: e instanceof Error ? e.message : String(e) },
    });
    return;
  }
  const end = await getRunnerHost().run(
    {
      series,
      sizes: lab.sizes,
      perSizeBudgetMs: LAB_BUDGET_MS,
      checkCorrectness: lab.checkCorrectness,
      harness: lab.harness,
      sqliteWasm: bytes,
    },
    (msg) => store.getState().receive(msg),
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
