/**
 * A Python series, loaded into the same shape as lib/measure/load-series.ts `LoadedSeries`, plus what
 * only Python can do here: time a whole batch inside Python (`timeBatch`), measure peak memory
 * (`memoryPeakBytes`), fingerprint an input it keeps (`fingerprint`), and profile (`profile`).
 *
 * Inputs never cross into JavaScript: `makeInput(n)` returns an integer handle to an object kept in
 * Python. Handles of one size are released when another size is built (and the oldest beyond a cap), and
 * the fresh inputs of a batch are released by the batch that consumed them, so memory stays bounded.
 */
import type { HarnessCheck, SeriesId } from '@/lib/runner/protocol';
import type { ProfileReport } from '@/lib/profile/types';
import { DEFAULT_SIZES, cleanSizes } from '@/lib/measure/ladder';
import type { LoadedSeries } from '@/lib/measure/load-series';
import { seedFor as defaultSeedFor } from '@/lib/measure/seed';
import { pythonBridge, type PyReply, type PyodideLike } from './bridge';
import { PythonError, type PythonErrorInfo } from './errors';
import { profilePython, type PythonProfileOptions } from './profile';
import type { PythonHarness } from './harness';

export interface PythonSeriesOptions {
  id?: SeriesId;
  /** The file name tracebacks and profiles use (default `<id>.py`, e.g. learner.py). */
  filename?: string;
  /** A lab's harness (lab mode: the harness builds inputs and makes the timed call). */
  harness?: PythonHarness | null;
  /** Sizes set by the run (RunSpec.sizes); otherwise the code's `SIZES`, the harness's, or the default ladder. */
  sizes?: readonly number[];
  /** Seed of Python's `random` before each make_input(n) (default: lib/measure/seed.ts, as for JavaScript). */
  seedFor?: (n: number) => number;
}

export interface MemoryPeak {
  /** Peak bytes allocated during one call above what was allocated before it (tracemalloc). */
  peakBytes: number;
  /** Bytes allocated by the call and still held after its output was dropped (caches, globals). */
  retainedBytes: number;
  /** The traced call's time, ms (slowed by tracing: never a timing figure). */
  ms: number;
}

export interface PythonOutput {
  /** What the code printed, in order: [stream, text]. */
  parts: ['stdout' | 'stderr', string][];
  droppedChars: number;
}

export interface PythonSeries extends LoadedSeries {
  language: 'python';
  /** ms for k calls on `input` in a Python loop; with `inputs`, call i gets inputs[i] (they are consumed). */
  timeBatch(input: unknown, k: number, inputs?: readonly unknown[] | null): number;
  fingerprint(input: unknown): number;
  memoryPeak(input: unknown): MemoryPeak;
  memoryPeakBytes(input: unknown): number;
  counters?: { reset(): void; read(): Record<string, number> };
  checks(): HarnessCheck[];
  describeInput(input: unknown): string;
  takeOutput(): PythonOutput;
  release(input: unknown): void;
  profile(input: unknown, options?: PythonProfileOptions): ProfileReport;
  /** timeit on the same call and input: the reference the bench compares its medians with. */
  timeit(input: unknown, options?: { repeat?: number; gc?: boolean; number?: number }): TimeitResult;
  dispose(): void;
}

export interface TimeitResult {
  /** Calls per round: as asked, or chosen by timeit's autorange (a round of at least 0.2 s). */
  number: number;
  /** ms per call, one entry per round. */
  perCallMs: number[];
}

export type PythonLoadResult = { ok: true; series: PythonSeries } | { ok: false; error: PythonErrorInfo };

/** Handles kept alive at once: at least this many, or as many as hold this many items in all. */
export const MIN_KEPT_INPUTS = 8;
export const KEPT_INPUT_ITEMS = 4_000_000;

let loads = 0;

function unwrap<T extends object>(r: PyReply<T>): T {
  if (!r.ok) throw new PythonError(r.error);
  const out: Partial<typeof r> = { ...r };
  delete out.ok;
  return out as T;
}

const handleOf = (input: unknown): number => {
  if (typeof input !== 'number') throw new TypeError('A Python input is a handle (a number).');
  return input;
};

export function loadPythonSeries(
  py: PyodideLike,
  source: string,
  options: PythonSeriesOptions = {},
): PythonLoadResult {
  const bridge = pythonBridge(py);
  const id = options.id ?? 'learner';
  const filename = options.filename ?? `${id}.py`;
  const sid = `${id}-${++loads}`;
  const harness = options.harness ?? null;
  const loaded = bridge.call<{ sizes: unknown; mutatesInput: boolean }>('load', {
    source,
    sid,
    filename,
    name: id,
    harness: harness?.id ?? null,
  });
  if (!loaded.ok) return loaded;
  const raw = options.sizes ?? loaded.sizes ?? harness?.sizes;
  const cleaned = cleanSizes(raw);
  if (cleaned && 'error' in cleaned) {
    bridge.call('dispose', { sid });
    const message = cleaned.error.replace('`sizes`', '`SIZES`');
    return { ok: false, error: { name: 'ContractError', message, traceback: '' } };
  }
  const call = <T extends object>(command: string, args: Record<string, unknown> = {}) =>
    unwrap(bridge.call<T>(command, { sid, ...args }));
  const seedFor = options.seedFor ?? defaultSeedFor;

  // Handle -> the n it was built for (insertion order: oldest first).
  const live = new Map<number, number>();
  let liveN = -1;
  const release = (handles: number[]) => {
    if (handles.length === 0) return;
    handles.forEach((h) => live.delete(h));
    bridge.call('release', { handles });
  };
  const makeInput = (n: number): number => {
    if (n !== liveN) {
      release([...live.keys()]);
      liveN = n;
    }
    const { handle } = call<{ handle: number }>('make_input', { n, seed: seedFor(n) });
    live.set(handle, n);
    const cap = Math.max(MIN_KEPT_INPUTS, Math.floor(KEPT_INPUT_ITEMS / Math.max(n, 1)));
    if (live.size > cap) release([...live.keys()].slice(0, live.size - cap));
    return handle;
  };

  const counters = harness?.has.counters
    ? {
        reset: () => void call('reset_counters'),
        read: () => call<{ counters: Record<string, number> }>('counters').counters,
      }
    : undefined;

  const series: PythonSeries = {
    language: 'python',
    id,
    spec: { id, code: source, lineOffset: 0 },
    exports: {},
    sizes: cleaned ? cleaned.sizes : [...DEFAULT_SIZES],
    makeInput,
    solve: (input) => call<{ value?: unknown }>('first_call', { handle: handleOf(input) }).value,
    mutatesInput: loaded.mutatesInput,
    timeBatch(input, k, inputs) {
      if (inputs && inputs.length > 0) {
        const handles = inputs.map(handleOf);
        handles.forEach((h) => live.delete(h));
        return call<{ ms: number }>('time_each', { handles }).ms;
      }
      return call<{ ms: number }>('time_batch', { handle: handleOf(input), k }).ms;
    },
    fingerprint: (input) =>
      call<{ fingerprint: number }>('fingerprint', { handle: handleOf(input) }).fingerprint,
    memoryPeak: (input) => call<MemoryPeak>('memory_peak', { handle: handleOf(input) }),
    memoryPeakBytes: (input) => call<MemoryPeak>('memory_peak', { handle: handleOf(input) }).peakBytes,
    ...(counters ? { counters } : {}),
    checks: () => (harness?.has.checks ? call<{ checks: HarnessCheck[] }>('checks').checks : []),
    describeInput: (input) => call<{ text: string }>('preview', { handle: handleOf(input) }).text,
    takeOutput: () => call<PythonOutput>('take_output'),
    release: (input) => release([handleOf(input)]),
    profile(input, opts = {}) {
      const handle = handleOf(input);
      const n = live.get(handle) ?? 0;
      return profilePython(bridge, sid, handle, {
        mutates: loaded.mutatesInput,
        ...opts,
        n,
        seed: seedFor(n),
      });
    },
    timeit: (input, opts = {}) =>
      call<TimeitResult>('timeit_call', {
        handle: handleOf(input),
        repeat: opts.repeat ?? 5,
        gc: opts.gc ?? true,
        ...(opts.number ? { number: opts.number } : {}),
      }),
    dispose() {
      release([...live.keys()]);
      bridge.call('dispose', { sid });
    },
  };
  return { ok: true, series };
}
