/**
 * The run's state in one line of words (run-status), kept apart from the results' wording so the status
 * line ships with the page and everything else loads with the results. Pure.
 */
import { formatBytes, formatSize, formatDuration } from '@/lib/format/format';
import type { PythonLoadProgress } from '@/lib/runner/protocol';
import { progressOf, type RunState } from '@/lib/runner/run-state';

/** Python is loading for this run (and has not said it is ready). */
export function loadingPython(state: Pick<RunState, 'phase' | 'pythonLoad'>): PythonLoadProgress | null {
  const p = state.pythonLoad;
  return state.phase === 'starting' && p && p.phase !== 'ready' ? p : null;
}

/**
 * How far a Python load is, 0..1, for its progress bar: downloading is most of a cold load (up to 0.7,
 * by bytes), then compiling (0.75), starting the interpreter (0.9) and importing modules (0.95).
 */
export function pythonLoadFraction(p: PythonLoadProgress): number {
  if (p.phase === 'ready') return 1;
  if (p.phase === 'compile') return 0.75;
  if (p.phase === 'start') return 0.9;
  if (p.phase === 'import') return 0.95;
  return p.totalBytes > 0 ? 0.7 * Math.min(1, p.loadedBytes / p.totalBytes) : 0;
}

export function pythonLoadText(p: PythonLoadProgress): string {
  switch (p.phase) {
    case 'download':
      return p.totalBytes > 0
        ? `downloaded ${formatBytes(p.loadedBytes)} of ${formatBytes(p.totalBytes)}`
        : 'downloading';
    case 'compile':
      return 'compiling the interpreter';
    case 'start':
      return 'starting the interpreter';
    case 'import':
      return 'importing the library modules the code uses';
    case 'ready':
      return 'ready';
  }
}

export function statusText(state: RunState): string {
  switch (state.phase) {
    case 'idle':
      return 'Ready. Nothing runs until you press Run.';
    case 'starting': {
      const load = loadingPython(state);
      if (load?.phase === 'import') return `Python is ready: ${pythonLoadText(load)}…`;
      if (load) return `Loading Python (once per page): ${pythonLoadText(load)}…`;
      return state.pythonLoad ? 'Python is ready: loading your code…' : 'Starting the sandbox…';
    }
    case 'running': {
      const { done, total } = progressOf(state);
      if (total === 0) return 'Running: measuring the empty-function baseline…';
      if (done >= total && state.series.every((s) => s.verdict)) return memoryText(state);
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

/** After the timed pass of a Python run: its memory pass, size by size. */
function memoryText(state: RunState): string {
  const s = state.series.find((x) => !x.memory?.verdict);
  if (!s) return 'Running: finishing…';
  const measured = new Set((s.memory?.sizes ?? []).map((m) => m.n));
  const next = s.results.find((r) => !measured.has(r.n))?.n;
  const at = next !== undefined ? `: n = ${formatSize(next)}` : '';
  return `Running: measuring peak memory per call (its own pass, after the timing)${at}`;
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
