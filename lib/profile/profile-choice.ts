/**
 * What the Profile control offers after a run: the sizes to choose from (the run's ladder, else the
 * surface's own), the default (the largest measured size whose plain call stays short, see choose-size.ts;
 * before any run, the first size of at least 1,000), and the plain time per call at a size when the last
 * run measured it on the same code (so the profiler need not time it again). Pure.
 */
import { resultAt, seriesOf } from '@/lib/runner/run-queries';
import type { RunState } from '@/lib/runner/run-state';
import { defaultProfileSize } from './choose-size';

export interface ProfileChoice {
  sizes: number[];
  n: number;
}

/** `state` is the last measuring run, or null when there is none for the code now in the editor. */
export function profileChoice(
  state: Pick<RunState, 'series'> | null,
  ladder: readonly number[],
): ProfileChoice {
  const learner = state ? seriesOf(state, 'learner') : undefined;
  const sizes = learner && learner.sizes.length > 0 ? [...learner.sizes] : [...ladder];
  const measured = learner?.results ?? [];
  const n = defaultProfileSize(measured) ?? sizes.find((x) => x >= 1000) ?? sizes[0] ?? 1000;
  return { sizes: sizes.includes(n) ? sizes : [...sizes, n].sort((a, b) => a - b), n };
}

/** The last run's plain time per call at n, ns, when it measured that size. */
export function plainNsAt(state: Pick<RunState, 'series'> | null, n: number): number | undefined {
  if (!state) return undefined;
  return resultAt(seriesOf(state, 'learner'), n)?.medianNs;
}
