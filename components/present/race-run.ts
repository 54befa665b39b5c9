/**
 * Runs one race: the lab's starter against its reference fix on the race's fixed sizes, through the one
 * run controller (sandboxed iframe + worker, which seeds Math.random per size, so inputs are the same on
 * every run). The request is the lab's own, as on the lab page. Loaded only with a race slide.
 */
import { startRun, warmUpRunner } from '@/components/runner/run-controller';
import type { RunStore } from '@/components/runner/run-store';
import { labRunRequest } from '@/lib/labs/lab-run-request';
import type { Lab } from '@/lib/labs/types';
import { RACE_BUDGET_MS, raceSources } from '@/lib/present/race-plan';
import type { RacePlan } from '@/lib/present/slide-types';

export function runRace(store: RunStore, lab: Lab, plan: RacePlan): Promise<void> {
  return startRun(
    store,
    labRunRequest(lab, raceSources(lab), { sizes: plan.sizes, budgetMs: RACE_BUDGET_MS }),
  );
}

export function warmUpRace(lab: Lab): void {
  warmUpRunner(lab.needsSqlite);
}

export { cancelRun as stopRace } from '@/components/runner/run-controller';
