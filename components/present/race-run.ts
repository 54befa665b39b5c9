/**
 * Runs one race: the lab's starter against its reference fix on the race's fixed sizes, through the
 * shared runner (sandboxed iframe + worker, which seeds Math.random per size, so inputs are the same on
 * every run). The spec is built the same way as a lab run's. Loaded only with a race slide.
 */
import type { RunStore } from '@/components/runner/run-store';
import { SERIES_LABELS, runLabSpec } from '@/components/lab/lab-controller';
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
  await runLabSpec(store, lab, built.spec);
}

/** A race stops and warms up the way a lab run does (one shared runner). */
export { cancelLab as stopRace, warmUpLab as warmUpRace } from '@/components/lab/lab-controller';
