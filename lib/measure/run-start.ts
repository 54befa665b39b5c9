/**
 * The start of a measured run, shared by the JavaScript and the Python runner: the sampling settings of
 * the run (the defaults, shortened when a test or bench asks, with this clock's resolution and the run's
 * budget), and the 'started' message with the baseline and each series' sizes.
 */
import type { RunSpec, SeriesId, WorkerToPage } from '@/lib/runner/protocol';
import { DEFAULT_SIZE_SETTINGS, type SizeSettings } from './measure-size';

export function runSizeSettings(
  spec: Pick<RunSpec, 'sampling' | 'perSizeBudgetMs'>,
  tickMs: number,
): SizeSettings {
  return { ...DEFAULT_SIZE_SETTINGS, ...spec.sampling, tickMs, budgetMs: spec.perSizeBudgetMs };
}

export function startedMessage(
  runId: number,
  series: readonly { id: SeriesId; sizes: number[] }[],
  baselineNs: number,
  tickMs: number,
): WorkerToPage {
  const main = series.find((s) => s.id === 'learner') ?? series[0];
  const seriesSizes: Partial<Record<SeriesId, number[]>> = {};
  for (const s of series) seriesSizes[s.id] = s.sizes;
  return {
    type: 'started',
    runId,
    sizes: main?.sizes ?? [],
    baselineNs,
    timerResolutionNs: tickMs * 1e6,
    seriesSizes,
  };
}
