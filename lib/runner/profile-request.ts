/**
 * A surface's run request turned into a profile request. Kept apart from the transpiler (type imports
 * only), so a page can build it without sucrase in its first-load JavaScript.
 */
import type { ProfileRequest } from './protocol';
import type { RunRequest } from './run-request';

/** Per-size budget of a profile run, ms: its phases are silent for longer than a size of a measuring run. */
export const PROFILE_BUDGET_MS = 4000;

/**
 * The same request, profiling the learner's code at size n: only the learner's series runs (with the
 * harness, when there is one), and the watchdog allows the profiler's longer silent phases.
 */
export function profileRequest(request: RunRequest, profile: ProfileRequest): RunRequest {
  return {
    ...request,
    series: request.series.filter((s) => s.id === 'learner'),
    sizes: [profile.n],
    budgetMs: Math.max(request.budgetMs, PROFILE_BUDGET_MS),
    profile,
  };
}
