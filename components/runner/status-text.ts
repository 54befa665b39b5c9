/**
 * The run's state in one line of words (run-status), kept apart from the results' wording so the status
 * line ships with the page and everything else loads with the results. Pure.
 */
import { formatSize, formatDuration } from '@/lib/format/format';
import { progressOf, type RunState } from '@/lib/runner/run-state';

export function statusText(state: RunState): string {
  switch (state.phase) {
    case 'idle':
      return 'Ready. Nothing runs until you press Run.';
    case 'starting':
      return 'Starting the sandbox…';
    case 'running': {
      const { done, total } = progressOf(state);
      if (total === 0) return 'Running: measuring the empty-function baseline…';
      const k = Math.min(done + 1, total);
      const next = nextSize(state);
      return `Running: size ${k} of ${total}${next !== null ? ` (n = ${formatSize(next)})` : ''}`;
    }
    case 'done': {
      const stopped = state.series.find((s) => s.stop);
      const took = state.elapsedMs !== null ? ` in ${formatDuration(state.elapsedMs * 1e6)}` : '';
      const stop = stopped?.stop;
      if (stop) {
        const budget = formatDuration(state.budgetMs * 1e6);
        // The worker's own estimate decided the stop; the numbers shown come from the fit (one source).
        const why =
          stop.detail === 'predicted'
            ? `not measured: it was predicted to need more than the ${budget} budget per size`
            : `measuring it took longer than the ${budget} budget per size`;
        const rest = stopped?.verdict?.inconclusive
          ? 'larger sizes were not measured, and the data cannot predict them'
          : 'larger sizes are predicted';
        return `Done${took}: stopped at n = ${formatSize(stop.atN)} (${why}); ${rest}.`;
      }
      return `Done${took}.`;
    }
    case 'stopped':
      return `Stopped: ${state.reason ?? 'the run ended early'}.`;
    case 'error':
      if (state.mismatch)
        return `Wrong answer at n = ${formatSize(state.mismatch.n)}: timing does not count.`;
      if (state.error) return `Error: ${errorLine(state.error)}`;
      return 'Error.';
  }
}

function nextSize(state: RunState): number | null {
  const s = state.series.find((x) => !x.stop && x.results.length < x.sizes.length);
  if (!s) return null;
  return s.sizes[s.results.length] ?? null;
}

export function errorLine(e: {
  name: string;
  message: string;
  line?: number;
  column?: number;
  n?: number;
}): string {
  const at = e.n !== undefined ? `, while measuring n = ${formatSize(e.n)}` : '';
  const where = e.line
    ? ` (line ${e.line}${e.column ? `, column ${e.column}` : ''}${at})`
    : at
      ? ` (${at.slice(2)})`
      : '';
  return `${e.name === 'Not run' ? '' : `${e.name}: `}${e.message}${where}`;
}
