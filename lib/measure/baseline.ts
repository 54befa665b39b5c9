import { makeBatchRunner, type BatchRunner } from './batch-runner';
import { measureSize, type SizeSettings } from './measure-size';
import { sink, type Clock } from './timer';

/** The function whose time is "nothing": what the harness itself costs per call. */
const empty = (x: unknown) => x;

/**
 * Time per call of an empty function through exactly the same loop, ns (median of its samples).
 * Learner code measuring under ~1.42× this cannot be told apart from doing nothing. `run` times the
 * empty function in another loop (a Python series: an empty Python function in the Python loop).
 */
export function measureBaselineNs(
  now: Clock,
  settings: SizeSettings,
  run: BatchRunner = makeBatchRunner(empty, now, sink),
): number {
  const out = measureSize({
    n: 0,
    now,
    run,
    solve: empty,
    makeInput: () => 0,
    mutatesInput: false,
    settings: { ...settings, minSamples: 9, maxSamples: 15, budgetMs: Math.max(settings.budgetMs, 200) },
  });
  return out.result?.medianNs ?? 0;
}
