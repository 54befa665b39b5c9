/**
 * What one lab run produced, in the shape the evaluation needs. The page builds it from the run store;
 * the node runner (run-lab.ts) builds it directly. Plain data.
 */
import type { SeriesId, SizeResult, Verdict } from '@/lib/runner/protocol';
import type { HarnessCheck } from './types';

export interface SeriesStopInfo {
  /** The first size that was not (fully) measured. */
  atN: number;
  detail?: 'predicted' | 'overrun';
  /** Predicted time of one call at atN, ms (a prediction). */
  predictedCallMs?: number;
}

export interface SeriesRunError {
  name: string;
  message: string;
  line?: number;
  n?: number;
}

export interface SeriesOutcome {
  results: SizeResult[];
  verdict?: Verdict | null;
  stop?: SeriesStopInfo | null;
  error?: SeriesRunError | null;
}

export interface LabMismatch {
  series?: SeriesId;
  n: number;
  inputPreview: string;
  expected: string;
  actual: string;
}

export interface LabRun {
  series: Partial<Record<SeriesId, SeriesOutcome>>;
  /** First output that differed from the reference's (correctness comes first). */
  mismatch?: LabMismatch | null;
  /** The harness's behaviour checks of the learner's code. */
  checks?: HarnessCheck[];
  /** The harness's checks threw (e.g. the learner's function crashed inside them). */
  checksError?: string | null;
  /** The run ended before every series finished (cancelled, watchdog, crash). */
  incomplete?: string | null;
}

/** The learner's largest measured size result. */
export function lastResult(s: SeriesOutcome | undefined): SizeResult | undefined {
  return s?.results.reduce<SizeResult | undefined>((m, r) => (!m || r.n > m.n ? r : m), undefined);
}

/** The result at size n, if measured. */
export function resultAt(s: SeriesOutcome | undefined, n: number): SizeResult | undefined {
  return s?.results.find((r) => r.n === n);
}

/** The largest size both series measured. */
export function largestCommonSize(a: SeriesOutcome | undefined, b: SeriesOutcome | undefined): number | null {
  if (!a || !b) return null;
  const inB = new Set(b.results.map((r) => r.n));
  const common = a.results.map((r) => r.n).filter((n) => inB.has(n));
  return common.length ? Math.max(...common) : null;
}
